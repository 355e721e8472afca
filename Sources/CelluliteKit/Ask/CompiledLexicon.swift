/// The lay lexicon and the knowledge base's treatment aliases, normalised into stem sequences and
/// indexed by first stem for longest-match phrase lookup.
struct CompiledLexicon: Sendable {
    struct Rule: Sendable {
        var stems: [String]
        var expansions: [String]
        var weight: Double
        /// Weight of the phrase's own words.
        var ownWeight: Double
        var signal: ScopeSignal
        var hint: String?
    }

    /// Rules by their first stem, longest phrase first.
    private(set) var rulesByFirstStem: [String: [Rule]] = [:]
    /// Every stem the lexicon knows (a word people use that the knowledge base may not).
    private(set) var knownStems: Set<String> = []
    /// Words worth correcting a misspelling towards: brand names, treatment words, lay terms.
    private(set) var fuzzyTargets: [String: [[Character]]] = [:]
    /// Lexicon phrases that stem to the same words as an earlier phrase but mean something else
    /// ("expecting" a baby vs "expect" results): the later one is silently lost, so tests keep this empty.
    private(set) var collisions: [String] = []

    init(rules: [LexiconRule], treatments: [Treatment]) {
        var seen = Set<[String]>()
        var firstRule: [[String]: LexiconRule] = [:]
        var compiled: [Rule] = []
        var normalisedExpansions: [[String]: [String]] = [:]
        for rule in rules {
            let stems = TextPipeline.phrase(rule.phrase)
            guard !stems.isEmpty else { continue }
            guard seen.insert(stems).inserted else {
                if let first = firstRule[stems], first.hint != rule.hint || first.signal != rule.signal {
                    collisions.append("\"\(rule.phrase)\" is read as \"\(first.phrase)\"")
                }
                continue
            }
            firstRule[stems] = rule
            // Phrases of one group share their expansion list: normalise each list once.
            let expansions: [String]
            if let cached = normalisedExpansions[rule.expansions] {
                expansions = cached
            } else {
                expansions = rule.expansions.flatMap(TextPipeline.terms)
                normalisedExpansions[rule.expansions] = expansions
            }
            compiled.append(
                Rule(
                    stems: stems, expansions: expansions, weight: rule.weight,
                    ownWeight: rule.ownWeight, signal: rule.signal, hint: rule.hint))
        }
        // Treatment names and aliases from the knowledge base; a lexicon phrase with the same words wins.
        for treatment in treatments {
            let topicWords =
                TextPipeline.terms(treatment.id.replacingOccurrences(of: "-", with: " "))
                + TextPipeline.terms(treatment.name)
            for alias in [treatment.name] + treatment.aliases {
                let stems = TextPipeline.phrase(alias)
                guard !stems.isEmpty, seen.insert(stems).inserted else { continue }
                let strength: Double =
                    treatment.setting == .inOffice ? 1.0 : (stems.count > 1 ? 0.7 : 0.6)
                compiled.append(
                    Rule(
                        stems: stems, expansions: Array(Set(topicWords)).sorted(), weight: 0.8,
                        ownWeight: 1, signal: .treatment(strength), hint: treatment.id))
            }
        }
        for rule in compiled {
            rulesByFirstStem[rule.stems[0], default: []].append(rule)
            knownStems.formUnion(rule.stems)
            knownStems.formUnion(rule.expansions)
            for stem in rule.stems where stem.count >= 5 && stem.allSatisfy(\.isLetter) {
                fuzzyTargets[String(stem.prefix(1)), default: []].append(Array(stem))
            }
        }
        for key in rulesByFirstStem.keys {
            rulesByFirstStem[key]?.sort { $0.stems.count > $1.stems.count }
        }
        for key in fuzzyTargets.keys {
            let unique = Set(fuzzyTargets[key]!.map { String($0) }).sorted()
            fuzzyTargets[key] = unique.map(Array.init)
        }
    }

    /// The longest rule that matches `stems` at `position`.
    func longestMatch(in stems: [String], at position: Int) -> Rule? {
        guard let candidates = rulesByFirstStem[stems[position]] else { return nil }
        for rule in candidates where position + rule.stems.count <= stems.count {
            if stems[position..<(position + rule.stems.count)].elementsEqual(rule.stems) { return rule }
        }
        return nil
    }

    /// The closest lexicon word to a misspelt stem, within the edit tolerance for its length.
    func correction(for stem: String) -> String? {
        let characters = Array(stem)
        let limit = EditDistance.tolerance(forLength: characters.count)
        guard limit > 0, let first = characters.first, let candidates = fuzzyTargets[String(first)] else {
            return nil
        }
        var best: (word: [Character], distance: Int)?
        for candidate in candidates {
            guard
                let distance = EditDistance.distance(
                    characters, candidate, limit: best.map { $0.distance - 1 } ?? limit)
            else { continue }
            if distance > 0 { best = (candidate, distance) }
            if distance == 1 { break }
        }
        return best.map { String($0.word) }
    }
}
