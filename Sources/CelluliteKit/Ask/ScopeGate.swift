/// Decides whether a question is about something the knowledge base covers, so that a question about
/// car tyres or facial acne gets "I don't know" instead of the least bad match.
///
/// It adds up the evidence for cellulite (cellulite named, a lumpy or dimpled body area, a treatment
/// name, context such as cost or pregnancy) and subtracts evidence against it (a neighbouring subject
/// such as acne or stretch marks, words the knowledge base has never seen), then also asks that the
/// best entry actually match the question's words.
///
/// On a cellulite site the subject is often implied: people type "pregnant", "is it normal" or "which
/// option works best". Such a question names no subject, so it gets a second, stricter way in (`acceptsImpliedSubject`): nothing in it may be foreign to the knowledge base, it
/// must point at a topic, and the best answers on that topic must account for every one of its words. "How do I reset my router" fails the first test, "how long does a cold last" the second,
/// "is it safe to exercise during pregnancy" the third.
struct ScopeGate: Sendable {
    var threshold = 0.55
    /// The best entry must match at least this share of the question's weighted terms.
    var minimumMatch = BaselineAnswerer.defaultMinimumMatch
    var subjectWeight = 1.0
    var textureWithAreaWeight = 1.0
    var textureAloneWeight = 0.35
    var contextGroupWeight = 0.3
    var offDomainPenalty = 0.8
    var distractorPenalty = 0.4
    var unknownWordPenalty = 0.2

    /// What the best-ranked entry says about a question whose subject is only implied.
    struct ImpliedSubject: Sendable {
        /// The best entry's topic is one the question's own words point at.
        var topicMatchesHint: Bool
        /// Every content word of the question (or a lay synonym of it) occurs in the best entry or in
        /// the next-best entry on the same topic.
        var entryExplainsEveryWord: Bool
    }

    func support(for scope: ScopeEvidence) -> Double {
        var support = 0.0
        if scope.mentionsSubject { support += subjectWeight }
        if scope.textureWords > 0 { support += scope.mentionsArea ? textureWithAreaWeight : textureAloneWeight }
        support += scope.treatmentStrength
        support += contextGroupWeight * Double(scope.contextGroups.count)
        support -= offDomainPenalty * Double(min(scope.offDomainWords, 3))
        support -= distractorPenalty * Double(min(scope.distractorWords, 2))
        support -= unknownWordPenalty * Double(min(scope.unknownWords, 4))
        return support
    }

    /// The general rule: enough support for cellulite in the question, and a real match. Context words
    /// alone (pregnancy, exercise, cost, legs) never name the subject, however many there are: "is it
    /// safe to exercise during pregnancy" is not about cellulite. Such a question must pass the
    /// implied-subject rule instead.
    func accepts(_ scope: ScopeEvidence, bestMatch: Double) -> Bool {
        namesTheSubject(scope) && support(for: scope) >= threshold && bestMatch >= minimumMatch
    }

    /// Cellulite named (or a word only cellulite questions use), a lumpy or dimpled texture, or a
    /// treatment.
    func namesTheSubject(_ scope: ScopeEvidence) -> Bool {
        scope.mentionsSubject || scope.textureWords > 0 || scope.treatmentStrength > 0
    }

    /// The implied-subject rule for questions that name neither cellulite nor a treatment.
    func acceptsImpliedSubject(_ scope: ScopeEvidence, bestMatch: Double, best: ImpliedSubject) -> Bool {
        scope.offDomainWords == 0 && scope.distractorWords == 0 && scope.unknownWords == 0
            && scope.contentWords > 0 && bestMatch >= minimumMatch
            && best.topicMatchesHint && best.entryExplainsEveryWord
    }

    /// Signs of a skin infection are always answered (with the urgent cellulitis answer), unless the
    /// question is plainly about another body part the knowledge base does not cover (gums, face).
    func acceptsInfectionSigns(_ scope: ScopeEvidence) -> Bool {
        scope.offDomainWords == 0
    }
}
