/// A question turned into weighted search terms, topic hints and the evidence the scope gate weighs.
struct AnalyzedQuestion: Sendable {
    /// Stem → query weight (1 for the person's own words, less for synonyms added by the lexicon).
    var terms: [String: Double] = [:]
    /// Treatment slugs and general topics the question points at.
    var hints: Set<String> = []
    var scope = ScopeEvidence()
    /// Misspellings corrected, for tests and debugging: typed stem → corrected stem.
    var corrections: [String: String] = [:]
    /// The question's content words (numbers left out), for checking that an entry accounts for all
    /// of them.
    var words: [QuestionWord] = []

    /// Red, hot, spreading skin or a fever together with another sign (swelling, pain): what a skin
    /// infection looks like, so the cellulitis answer must come first.
    var suggestsInfection: Bool {
        scope.infectionSigns >= 1 && scope.infectionSigns + scope.symptomWords >= 2
    }
}

/// One content word of a question: its stem and, when a lay phrase covers it, that phrase's
/// knowledge-base expansions. An entry accounts for the word when it contains one of these stems.
struct QuestionWord: Sendable, Hashable {
    var stems: [String]
    /// A body area (thighs, bum, legs): where the cellulite is, rather than what is asked about it.
    var isBodyArea = false
}

/// What the question says about being in scope; `ScopeGate` turns it into a yes or no.
struct ScopeEvidence: Sendable {
    var mentionsSubject = false
    var textureWords = 0
    var mentionsArea = false
    /// The strongest treatment name in the question (0 when none).
    var treatmentStrength = 0.0
    var contextGroups: Set<String> = []
    var offDomainWords = 0
    var distractorWords = 0
    /// Content words that neither the knowledge base nor the lexicon knows.
    var unknownWords = 0
    var contentWords = 0
    /// Signs of a skin infection (red, hot, spreading, fever), counted per phrase.
    var infectionSigns = 0
    /// Pain, tenderness or swelling words, counted per phrase.
    var symptomWords = 0
}

/// Lay language in, knowledge-base vocabulary out: spelling correction, lay phrases, treatment aliases.
struct QueryAnalyzer: Sendable {
    let lexicon: CompiledLexicon
    /// Stems present in the corpus.
    let vocabulary: Set<String>

    func analyze(_ question: String) -> AnalyzedQuestion {
        var tokens = TextPipeline.tokens(question)
        var result = AnalyzedQuestion()

        // 1. Rejoin brand names split in two ("cool sculpting", "cell fina"), then correct misspellings.
        var index = 0
        while index + 1 < tokens.count {
            let joined = Stemmer.stem(tokens[index].surface + tokens[index + 1].surface)
            if !tokens[index].isStopWord, !tokens[index + 1].isStopWord,
                !isKnown(tokens[index].stem)
                    || !isKnown(tokens[index + 1].stem), lexicon.knownStems.contains(joined)
            {
                tokens[index] = TextPipeline.Token(surface: joined, stem: joined, isStopWord: false, isNumber: false)
                tokens.remove(at: index + 1)
            }
            index += 1
        }
        for i in tokens.indices where !tokens[i].isStopWord && !tokens[i].isNumber && !isKnown(tokens[i].stem) {
            if let corrected = lexicon.correction(for: tokens[i].stem) {
                result.corrections[tokens[i].stem] = corrected
                tokens[i].stem = corrected
            }
        }

        // 2. Lay phrases and aliases, longest match first; their words count as known.
        let stems = tokens.map(\.stem)
        var covered = [Bool](repeating: false, count: tokens.count)
        var ownWeight = [Double](repeating: 1, count: tokens.count)
        var senses = stems.map { [$0] }
        var isArea = [Bool](repeating: false, count: tokens.count)
        var position = 0
        while position < stems.count {
            guard let rule = lexicon.longestMatch(in: stems, at: position) else {
                position += 1
                continue
            }
            apply(rule, to: &result)
            // "Cellulite" inside a longer phrase ("cellulite cream") still names the subject, and a
            // texture word inside one ("look smoother") still describes the skin.
            if rule.stems.count > 1 {
                for inner in position..<(position + rule.stems.count) {
                    if let single = lexicon.longestMatch(in: [stems[inner]], at: 0), single.stems.count == 1,
                        single.signal == .subject || (single.signal == .texture && rule.signal != .texture)
                    {
                        record(single.signal, in: &result.scope)
                    }
                }
            }
            for covering in position..<(position + rule.stems.count) {
                covered[covering] = true
                ownWeight[covering] = min(ownWeight[covering], rule.ownWeight)
                senses[covering] += rule.expansions
                if case .context("area") = rule.signal { isArea[covering] = true }
            }
            position += rule.stems.count
        }

        // 3. The person's own content words, at full weight.
        for (i, token) in tokens.enumerated() where !token.isStopWord {
            result.scope.contentWords += 1
            if !token.isNumber || covered[i] {
                result.words.append(QuestionWord(stems: senses[i], isBodyArea: isArea[i]))
            }
            if vocabulary.contains(token.stem) {
                result.terms[token.stem] = max(result.terms[token.stem] ?? 0, ownWeight[i])
            } else if !covered[i] && !token.isNumber && !lexicon.knownStems.contains(token.stem) {
                result.scope.unknownWords += 1
            }
        }
        return result
    }

    private func isKnown(_ stem: String) -> Bool {
        vocabulary.contains(stem) || lexicon.knownStems.contains(stem)
    }

    private func apply(_ rule: CompiledLexicon.Rule, to result: inout AnalyzedQuestion) {
        for expansion in rule.expansions where vocabulary.contains(expansion) {
            result.terms[expansion] = max(result.terms[expansion] ?? 0, rule.weight)
        }
        if let hint = rule.hint { result.hints.insert(hint) }
        record(rule.signal, in: &result.scope)
    }

    private func record(_ signal: ScopeSignal, in scope: inout ScopeEvidence) {
        switch signal {
        case .subject: scope.mentionsSubject = true
        case .texture: scope.textureWords += 1
        case .treatment(let strength): scope.treatmentStrength = max(scope.treatmentStrength, strength)
        case .context(let group):
            scope.contextGroups.insert(group)
            if group == "area" { scope.mentionsArea = true }
            if group == "symptom" { scope.symptomWords += 1 }
        case .infection:
            scope.contextGroups.insert("infection")
            scope.infectionSigns += 1
        case .offDomain: scope.offDomainWords += 1
        case .distractor: scope.distractorWords += 1
        case .none: break
        }
    }
}
