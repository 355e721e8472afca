/// Decides whether a question is about something the knowledge base covers, so that a question about
/// car tyres or facial acne gets "I don't know" instead of the least bad match.
///
/// It adds up the evidence for cellulite (cellulite named, a lumpy or dimpled body area, a treatment
/// name, context such as cost or pregnancy) and subtracts evidence against it (a neighbouring subject
/// such as acne or stretch marks, words the knowledge base has never seen), then also asks that the
/// best entry actually match the question's words.
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

    func accepts(_ scope: ScopeEvidence, bestMatch: Double) -> Bool {
        support(for: scope) >= threshold && bestMatch >= minimumMatch
    }
}
