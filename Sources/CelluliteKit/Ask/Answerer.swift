/// Answers free-text questions from the knowledge base's FAQ, in lay language: misspelt brand names,
/// synonyms ("orange peel", "fake tan", "that cellulite injection"), inflections, and an honest empty
/// answer for questions outside what the knowledge base covers. The index is built once in `init`;
/// answering touches only the postings of the question's terms.
public struct Answerer: Sendable {
    public let knowledgeBase: KnowledgeBase
    private let index: BM25Index
    /// Each entry's indexed stems, to check that an entry accounts for every word of a question.
    private let documentTerms: [Set<String>]
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
        documentTerms = documents.map { Set($0.keys) }
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
        rank(analyzer.analyze(question))
    }

    /// Every entry sharing a term with the question, boosted by topic hints, best first; and the best
    /// unboosted match (the share of the question's weighted terms the best entry matches).
    private func score(_ analyzed: AnalyzedQuestion) -> (scored: [(entry: Int, score: Double)], bestMatch: Double) {
        guard !analyzed.terms.isEmpty else { return ([], 0) }
        let (raw, ceiling) = index.score(analyzed.terms)
        guard ceiling > 0 else { return ([], 0) }
        var best = 0.0
        var scored: [(entry: Int, score: Double, match: Double)] = []
        for (entry, value) in raw.enumerated() where value > 0 {
            let match = value / ceiling
            best = max(best, match)
            scored.append(
                (entry, min(1, match * boost(for: knowledgeBase.faq[entry].topic, hints: analyzed.hints)), match))
        }
        // Boosted scores are capped at 1, so ties are common: the better raw match goes first.
        scored.sort {
            $0.score != $1.score
                ? $0.score > $1.score : $0.match != $1.match ? $0.match > $1.match : $0.entry < $1.entry
        }
        return (scored.map { ($0.entry, $0.score) }, best)
    }

    private func rank(_ analyzed: AnalyzedQuestion) -> [(entry: Int, score: Double)] {
        let (ranked, best) = score(analyzed)
        guard !ranked.isEmpty else { return [] }
        var scored = ranked

        let urgent = analyzed.suggestsInfection && gate.acceptsInfectionSigns(analyzed.scope)
        let accepted =
            urgent || gate.accepts(analyzed.scope, bestMatch: best)
            || gate.acceptsImpliedSubject(analyzed.scope, bestMatch: best, best: impliedSubject(ranked, analyzed))
        guard accepted else { return [] }
        if urgent { pinInfectionAnswer(&scored) }

        let cutoff = scored[0].score * Self.relativeCutoff
        var perTopic: [String: Int] = [:]
        return scored.filter { candidate in
            guard candidate.score >= cutoff else { return false }
            let topic = knowledgeBase.faq[candidate.entry].topic
            perTopic[topic, default: 0] += 1
            return perTopic[topic]! <= Self.maximumPerTopic
        }
    }

    /// How the best answers bear on a question whose subject is only implied: the best entry's topic,
    /// and whether the best entry, with the next one on its topic (answers show up to two per topic),
    /// accounts for every word of the question.
    private func impliedSubject(
        _ ranked: [(entry: Int, score: Double)], _ analyzed: AnalyzedQuestion
    ) -> ScopeGate.ImpliedSubject {
        guard let top = ranked.first else {
            return ScopeGate.ImpliedSubject(topicMatchesHint: false, entryExplainsEveryWord: false)
        }
        let topic = knowledgeBase.faq[top.entry].topic
        let sameTopic = ranked.lazy.filter { self.knowledgeBase.faq[$0.entry].topic == topic }
            .prefix(Self.maximumPerTopic).map { self.documentTerms[$0.entry] }
        let explained = Self.wordsToExplain(analyzed).allSatisfy { word in
            sameTopic.contains { terms in word.stems.contains(where: terms.contains) }
        }
        return ScopeGate.ImpliedSubject(
            topicMatchesHint: analyzed.hints.contains(topic), entryExplainsEveryWord: explained)
    }

    /// The words an entry must account for. A body area is where the cellulite is, so it needs no
    /// explaining when the question also says what it wants to know (an occasion, a cost, a symptom:
    /// "quick fix for my thighs before a wedding"); when the area is the only cue, it does ("how do I
    /// tone my arms" is about arms, not cellulite).
    static func wordsToExplain(_ analyzed: AnalyzedQuestion) -> [QuestionWord] {
        let otherCues = analyzed.scope.contextGroups.subtracting(["area"])
        return otherCues.isEmpty ? analyzed.words : analyzed.words.filter { !$0.isBodyArea }
    }

    /// Red, hot, swollen skin may be an infection: the best cellulitis entry goes first (sharing the
    /// best score, so scores stay in order), whatever else matched.
    private func pinInfectionAnswer(_ scored: inout [(entry: Int, score: Double)]) {
        let topic = GeneralTopic.cellulitis.rawValue
        let bestScore = scored.first?.score ?? 1
        if let position = scored.firstIndex(where: { knowledgeBase.faq[$0.entry].topic == topic }) {
            let pinned = scored.remove(at: position)
            scored.insert((pinned.entry, max(pinned.score, bestScore)), at: 0)
        } else if let entry = knowledgeBase.faq.firstIndex(where: { $0.topic == topic }) {
            scored.insert((entry, bestScore), at: 0)
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
        let (scored, best) = score(analyzed)
        let scope = analyzed.scope
        let ranked = rank(analyzed)
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
                + String(format: "support=%.2f bestMatch=%.3f", gate.support(for: scope), best)
                + " infection=\(scope.infectionSigns)+\(scope.symptomWords)",
            "words: "
                + analyzed.words.map { ($0.isBodyArea ? "@" : "") + $0.stems.joined(separator: "|") }
                .joined(separator: " "),
        ]
        if let top = scored.first {
            let implied = impliedSubject(scored, analyzed)
            let terms = documentTerms[top.entry]
            let unexplained = Self.wordsToExplain(analyzed).filter { !$0.stems.contains(where: terms.contains) }
                .map { $0.stems[0] }
            lines.append(
                "implied subject (\(knowledgeBase.faq[top.entry].id)): topic matches hint=\(implied.topicMatchesHint) "
                    + "explained=\(implied.entryExplainsEveryWord); not in the best entry: \(unexplained)")
        }
        let (raw, ceiling) = index.score(analyzed.terms)
        lines.append(
            "candidates: "
                + scored.prefix(6).map {
                    "\(knowledgeBase.faq[$0.entry].id) "
                        + String(format: "%.3f/%.3f", $0.score, raw[$0.entry] / ceiling)
                }.joined(separator: ", "))
        for (entry, score) in ranked.prefix(5) {
            lines.append(
                String(format: "  %.3f (match %.3f) ", score, ceiling > 0 ? raw[entry] / ceiling : 0)
                    + "\(knowledgeBase.faq[entry].id)")
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
