/// The one text pipeline shared by the index and the question: fold, tokenise, stem.
enum TextPipeline {
    struct Token: Sendable, Hashable {
        /// Folded surface form ("thighs").
        var surface: String
        /// Stemmed form ("thigh").
        var stem: String
        var isStopWord: Bool
        var isNumber: Bool
    }

    static func tokens(_ text: String) -> [Token] {
        Tokenizer.tokens(text).map { word in
            Token(
                surface: word, stem: Stemmer.stem(word), isStopWord: StopWords.all.contains(word),
                isNumber: word.allSatisfy(\.isNumber))
        }
    }

    /// Content terms only (stop words removed), stemmed: what the index stores.
    static func terms(_ text: String) -> [String] {
        tokens(text).filter { !$0.isStopWord }.map(\.stem)
    }

    /// A phrase as a stem sequence, stop words kept (phrases such as "how much" are made of them).
    static func phrase(_ text: String) -> [String] {
        tokens(text).map(\.stem)
    }
}
