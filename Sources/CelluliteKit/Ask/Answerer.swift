/// Answers free-text questions from the knowledge base's FAQ, in lay language: misspelt brand names,
/// synonyms ("orange peel", "fake tan", "that cellulite injection"), inflections, and an honest empty
/// answer for questions outside what the knowledge base covers. The index is built once in `init`;
/// answering touches only the postings of the question's terms.
public struct Answerer: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let index: BM25Index
    private let analyzer: QueryAnalyzer
    private let gate: ScopeGate

    /// Boost for entries whose topic is a population the question names (pregnant, a man, lipedema):
    /// such a question asks whether something suits that situation, so it outranks a treatment hint.
    static let populationHintBoost = 1.9
    /// Boost for entries whose topic is a treatment the question names.
    static let specificHintBoost = 1.6
    /// Boost for entries whose topic is a general topic the question's words point at (cost, cause …).
    static let generalHintBoost = 1.25
    static let populationTopics: Set<String> = ["pregnancy-safety", "men", "lipedema"]
    /// At most this many answers share a topic, so the alternatives are real alternatives.
    static let maximumPerTopic = 2
    /// Answers scoring below this share of the best answer are dropped.
    static let relativeCutoff = 0.25

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        let documents = knowledgeBase.faq.map(FAQDocument.terms(for:))
        index = BM25Index(documents: documents)
        analyzer = QueryAnalyzer(
            lexicon: CompiledLexicon(rules: LayLexicon.rules, treatments: knowledgeBase.treatments),
            vocabulary: Set(index.vocabulary))
        gate = ScopeGate()
    }

    public func answer(_ question: String, limit: Int = 3) -> AskResult {
        let ranked = rank(question)
        return AskResult(
            question: question,
            answers: ranked.prefix(max(limit, 0)).map { AskAnswer(entry: knowledgeBase.faq[$0.entry], score: $0.score) }
        )
    }

    /// Entry indices with their scores (0…1), best first; empty when the gate declines.
    func rank(_ question: String) -> [(entry: Int, score: Double)] {
        let analyzed = analyzer.analyze(question)
        guard !analyzed.terms.isEmpty else { return [] }
        let (raw, ceiling) = index.score(analyzed.terms)
        guard ceiling > 0 else { return [] }
        var best = 0.0
        var scored: [(entry: Int, score: Double)] = []
        for (entry, value) in raw.enumerated() where value > 0 {
            let match = value / ceiling
            best = max(best, match)
            scored.append((entry, min(1, match * boost(for: knowledgeBase.faq[entry].topic, hints: analyzed.hints))))
        }
        guard gate.accepts(analyzed.scope, bestMatch: best) else { return [] }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
        let cutoff = (scored.first?.score ?? 0) * Self.relativeCutoff
        var perTopic: [String: Int] = [:]
        return scored.filter { candidate in
            guard candidate.score >= cutoff else { return false }
            let topic = knowledgeBase.faq[candidate.entry].topic
            perTopic[topic, default: 0] += 1
            return perTopic[topic]! <= Self.maximumPerTopic
        }
    }

    private func boost(for topic: String, hints: Set<String>) -> Double {
        guard hints.contains(topic) else { return 1 }
        if Self.populationTopics.contains(topic) { return Self.populationHintBoost }
        return GeneralTopic(rawValue: topic) == nil ? Self.specificHintBoost : Self.generalHintBoost
    }

    /// For tests and the evaluation: how the question was understood.
    func analysis(of question: String) -> AnalyzedQuestion { analyzer.analyze(question) }

    /// A few lines saying how a question was understood (terms, hints, corrections, scope support)
    /// and what ranked first: for debugging answers and tuning the lexicon.
    public func explanation(for question: String) -> String {
        let analyzed = analyzer.analyze(question)
        let (raw, ceiling) = index.score(analyzed.terms)
        let best = ceiling > 0 ? (raw.max() ?? 0) / ceiling : 0
        let scope = analyzed.scope
        var lines = [
            "terms: "
                + analyzed.terms.sorted { $0.key < $1.key }
                .map { "\($0.key)=\(String(format: "%.1f", $0.value))" }.joined(separator: " "),
            "hints: " + analyzed.hints.sorted().joined(separator: ", "),
            "corrections: "
                + analyzed.corrections.sorted { $0.key < $1.key }.map { "\($0.key)→\($0.value)" }
                .joined(separator: ", "),
            "scope: subject=\(scope.mentionsSubject) texture=\(scope.textureWords) area=\(scope.mentionsArea) "
                + "treatment=\(scope.treatmentStrength) context=\(scope.contextGroups.sorted()) "
                + "offDomain=\(scope.offDomainWords) distractor=\(scope.distractorWords) unknown=\(scope.unknownWords)/\(scope.contentWords) "
                + String(format: "support=%.2f bestMatch=%.3f", gate.support(for: scope), best),
        ]
        for (entry, score) in rank(question).prefix(5) {
            lines.append(String(format: "  %.3f ", score) + "\(knowledgeBase.faq[entry].id)")
        }
        return lines.joined(separator: "\n")
    }
}

/// How an FAQ entry becomes an indexed document: its questions count most, then the topic, the
/// answer, and the evidence least.
enum FAQDocument {
    static let questionWeight = 3.0
    static let topicWeight = 2.0
    static let answerWeight = 1.0
    static let evidenceWeight = 0.5

    static func terms(for entry: FAQEntry) -> [String: Double] {
        var terms: [String: Double] = [:]
        func add(_ text: String, _ weight: Double) {
            for term in TextPipeline.terms(text) { terms[term, default: 0] += weight }
        }
        entry.questions.forEach { add($0, questionWeight) }
        add(entry.topic.replacingOccurrences(of: "-", with: " "), topicWeight)
        add(entry.answer, answerWeight)
        add(entry.evidence, evidenceWeight)
        return terms
    }
}
