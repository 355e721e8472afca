public struct AskVM: Sendable {
    public var chrome: PageChrome
    var query: String
    /// Nil before a question is asked.
    public var answers: [AskAnswerVM]?
    var examples: [LinkVM]
    public var error: String?

    public init(
        chrome: PageChrome, query: String, answers: [AskAnswerVM]? = nil, examples: [LinkVM], error: String? = nil
    ) {
        self.chrome = chrome
        self.query = query
        self.answers = answers
        self.examples = examples
        self.error = error
    }
}

public struct AskAnswerVM: Sendable, Hashable {
    var question: String
    var answer: String
    var evidence: String
    var citations: [CitationRef]
    var confidenceNote: String?
    var readMore: LinkVM?
    /// Jargon the answer is the first on the page to use, explained under it.
    var terms: [TermVM]

    public init(
        question: String, answer: String, evidence: String, citations: [CitationRef], confidenceNote: String? = nil,
        readMore: LinkVM? = nil, terms: [TermVM] = []
    ) {
        self.question = question
        self.answer = answer
        self.evidence = evidence
        self.citations = citations
        self.confidenceNote = confidenceNote
        self.readMore = readMore
        self.terms = terms
    }
}
