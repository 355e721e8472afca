import CelluliteKit

/// Plain-text layout for an 80-column terminal.
enum TextLayout {
    static let width = 80

    /// Wraps `text` at word boundaries; the first line starts with `first`, the rest with `rest`.
    static func wrap(_ text: String, first: String = "", rest: String? = nil, width: Int = width) -> String {
        let continuation = rest ?? String(repeating: " ", count: first.count)
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = continuation
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    static func heading(_ title: String) -> String {
        "\n" + title.uppercased() + "\n" + String(repeating: "-", count: min(title.count, width))
    }

    /// "$3,000–$6,000 per treatment", "price not known".
    static func cost(min: Int?, max: Int?, unit: String, confidence: Confidence) -> String {
        guard let min else { return "price not known" }
        let range = (max == nil || max == min) ? dollars(min) : "\(dollars(min))–\(dollars(max!))"
        let note = confidence.isLow ? " (\(confidenceWords(confidence)))" : ""
        return "\(range) \(unit)\(note)"
    }

    static func dollars(_ amount: Int) -> String { Money.dollars(amount) }

    static func confidenceWords(_ confidence: Confidence) -> String {
        switch confidence {
        case .confirmed: "confirmed"
        case .lowQualitySource: "low confidence: from a consumer or clinic site"
        case .unconfirmed: "low confidence: not confirmed"
        }
    }

    static func evidence(_ grade: GRADECertainty, sort: SORTGrade, label: String) -> String {
        "\(grade.symbol) \(label) (SORT \(sort.rawValue))"
    }

    static func evidence(_ evidence: Evidence) -> String {
        self.evidence(evidence.grade, sort: evidence.sort, label: evidence.label)
    }

    /// A fact with its sources and, when low, its confidence in words.
    static func fact(_ fact: Fact) -> String {
        let sources = fact.citations.isEmpty ? "" : " [\(fact.citations.joined(separator: ", "))]"
        let confidence = fact.confidence.isLow ? " (\(confidenceWords(fact.confidence)))" : ""
        return fact.text + sources + confidence
    }
}
