import Foundation

/// Renders an ask result for a terminal: the direct answer first, then the evidence in plain words,
/// then the sources, wrapped to 80 columns; other matches follow as one "Related" line.
public enum AnswerFormatter {
    /// What the human output says when the knowledge base does not cover a question.
    public static let outOfScopeMessage =
        "I don't know: that is outside what Cellulite Advisor covers. I can answer questions about "
        + "cellulite itself (what causes it, how common it is, how it is graded), about treatments from "
        + "self-tanner and creams to Cellfina, Avéli and other procedures (whether they work, cost, "
        + "downtime, how long results last, risks), about safety in pregnancy, for teenagers, for men and with "
        + "lipedema, and about telling cellulite from cellulitis, a skin infection."

    public static func text(for result: AskResult, knowledgeBase: KnowledgeBase, width: Int = 80) -> String {
        guard let best = result.answers.first else { return TextWrap.wrap(outOfScopeMessage, width: width) }
        var blocks = [TextWrap.wrap(best.answer, width: width)]
        var evidence = "Evidence: " + best.evidence
        switch best.confidence {
        case .confirmed: break
        case .lowQualitySource: evidence += " (Some of this comes only from consumer sites: low confidence.)"
        case .unconfirmed: evidence += " (Some of this is unconfirmed: low confidence.)"
        }
        blocks.append(TextWrap.wrap(evidence, width: width))
        let sources = best.citations.map { id in
            knowledgeBase.citation(id).map { "\(id) \(shortReference(for: $0))" } ?? id
        }
        blocks.append(TextWrap.wrap("Sources: " + sources.joined(separator: "; "), width: width, indent: "  "))
        let related = result.answers.dropFirst().map(\.question)
        if !related.isEmpty {
            blocks.append(TextWrap.wrap("Related: " + related.joined(separator: " / "), width: width, indent: "  "))
        }
        return blocks.joined(separator: "\n")
    }

    /// "Kaminer 2017", "US Food and Drug Administration", "PureWow": first author's surname (or the
    /// publisher, or the journal when the authors are unknown) and the year, short enough to sit on one
    /// line with a few others.
    static func shortReference(for citation: Citation) -> String {
        func upToDetails(_ text: String) -> String {
            // "PureWow (quoting …)" → "PureWow"; "Hautarzt 61(10):864" → "Hautarzt".
            let cut = text.firstIndex { $0 == "(" || $0.isNumber } ?? text.endIndex
            return text[..<cut].trimmingCharacters(in: .whitespaces)
        }
        var who: String
        if citation.authors.hasPrefix("["), let journal = citation.journal {
            who = upToDetails(journal)
        } else if citation.authors.hasPrefix("[") {
            who = String(citation.title.prefix(30))
        } else {
            who = upToDetails(
                String(citation.authors.split(whereSeparator: { $0 == "," || $0 == ";" }).first ?? ""))
            let words = who.split(separator: " ")
            if words.count > 1, let last = words.last, last.allSatisfy(\.isUppercase) {
                who = words.dropLast().joined(separator: " ")
            }
        }
        if who.isEmpty { who = String(citation.title.prefix(30)) }
        if let year = citation.year { return "\(who) \(year)" }
        return who
    }
}
