/// The comparison point for the evaluation: plain BM25 keyword overlap over the same FAQ entries and
/// fields, with lower-casing and stop words but none of the lay-language work (no accent folding,
/// stemming, synonyms, spelling correction, aliases or topic hints). It declines only when the best
/// entry matches less of the question than the answerer's own minimum.
public struct BaselineAnswerer: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let index: BM25Index
    let minimumMatch: Double
    /// The same minimum match the answerer's scope gate asks of its best entry.
    public static let defaultMinimumMatch = 0.12

    public init(knowledgeBase: KnowledgeBase, minimumMatch: Double = BaselineAnswerer.defaultMinimumMatch) {
        self.knowledgeBase = knowledgeBase
        self.minimumMatch = minimumMatch
        index = BM25Index(
            documents: knowledgeBase.faq.map { entry in
                var terms: [String: Double] = [:]
                func add(_ text: String, _ weight: Double) {
                    for word in Self.words(text) { terms[word, default: 0] += weight }
                }
                entry.questions.forEach { add($0, FAQDocument.questionWeight) }
                add(entry.topic, FAQDocument.topicWeight)
                add(entry.answer, FAQDocument.answerWeight)
                add(entry.evidence, FAQDocument.evidenceWeight)
                return terms
            })
    }

    public func answer(_ question: String, limit: Int = 3) -> AskResult {
        var query: [String: Double] = [:]
        for word in Self.words(question) { query[word] = 1 }
        let (raw, ceiling) = index.score(query)
        guard ceiling > 0 else { return AskResult(question: question, answers: []) }
        let ranked = raw.enumerated().filter { $0.element > 0 }
            .map { (entry: $0.offset, score: $0.element / ceiling) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
        guard let best = ranked.first, best.score >= minimumMatch else {
            return AskResult(question: question, answers: [])
        }
        return AskResult(
            question: question,
            answers: ranked.prefix(max(limit, 0)).map { AskAnswer(entry: knowledgeBase.faq[$0.entry], score: $0.score) }
        )
    }

    /// Lower-case words split on anything that is not a letter or digit, stop words removed.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }
            .map { $0.replacingOccurrences(of: "'", with: "") }
            .filter { !$0.isEmpty && !StopWords.all.contains($0) }
    }
}
