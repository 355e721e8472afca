/// What counts as a question, for the /ask page and GET /api/ask alike, and as the OpenAPI
/// document states it: at most 500 characters (code points, as JSON Schema counts them), no
/// control characters, and something besides spaces.
enum QuestionText {
    static let maxLength = 500

    /// The same rule as a JSON Schema pattern (ECMA-262, as Python and ICU read it too).
    static let pattern = #"^[^\u0000-\u001F\u007F-\u009F]*[^\u0000-\u0020\u007F-\u009F][^\u0000-\u001F\u007F-\u009F]*$"#

    enum Problem: Equatable {
        case blank
        case tooLong
        case controlCharacter
    }

    static func problem(_ text: String) -> Problem? {
        let scalars = text.unicodeScalars
        if scalars.count > maxLength { return .tooLong }
        if scalars.contains(where: LogSafe.isControl) { return .controlCharacter }
        if !scalars.contains(where: { $0 != " " }) { return .blank }
        return nil
    }
}
