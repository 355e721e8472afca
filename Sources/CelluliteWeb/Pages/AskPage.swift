import CelluliteKit
import CelluliteViews

enum AskPage {
    static func model(_ context: WebContext, query: QueryParameters) -> AskVM {
        let kb = context.knowledgeBase
        let raw = query.values("q").last ?? ""
        let question = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let exampleLinks = kb.meta.exampleQuestions.map {
            LinkVM(name: $0.question, href: .ask(SiteURL.Query(QueryParameters(pairs: [("q", $0.question)]))))
        }
        var model = AskVM(
            chrome: Present.chrome(
                kb.meta, title: question.isEmpty ? "Ask a question" : "Ask: \(question.prefix(60))", active: .ask),
            query: String(String.UnicodeScalarView(raw.unicodeScalars.prefix(QuestionText.maxLength))), answers: nil,
            examples: exampleLinks, error: nil)
        guard query.names.contains("q") else { return model }
        if let problem = QuestionText.problem(raw) {
            model.error =
                switch problem {
                case .blank: "Type a question, like “Does caffeine cream work?”"
                case .tooLong: "Make your question shorter than \(QuestionText.maxLength) characters."
                case .controlCharacter:
                    "Type your question as plain text, without special control or text-direction characters."
                }
            model.chrome.title = "Error: Ask a question"
            return model
        }
        let result = context.answerer.answer(question)
        var glossary = Glossary.FirstUse()
        model.answers = result.answers.map { answer in
            AskAnswerVM(
                question: answer.question, answer: answer.answer, evidence: answer.evidence,
                citations: Presentation.refs(answer.citations),
                confidenceNote: Present.confidenceNote(answer.confidence),
                readMore: kb.treatment(answer.topic).map {
                    LinkVM(name: "Read everything about \($0.name)", href: .treatment(slug: $0.id))
                }, terms: glossary.terms(in: answer.answer, answer.evidence))
        }
        return model
    }
}
