/// What counts as a question, for the /ask page and GET /api/ask alike, and as the OpenAPI
/// document states it: at most 500 characters (code points, as JSON Schema counts them), no
/// control characters and no bidirectional embeddings, overrides or isolates (they reorder the
/// page around the echoed question), and something besides spaces.
enum QuestionText {
    static let maxLength = 500

    /// The same rule as a JSON Schema pattern (ECMA-262, as Python and ICU read it too).
    static let pattern =
        #"^[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*"#
        + #"[^\u0000-\u0020\u007F-\u009F\u202A-\u202E\u2066-\u2069]"#
        + #"[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$"#

    enum Problem: Equatable {
        case blank
        case tooLong
        case controlCharacter
    }

    static func problem(_ text: String) -> Problem? {
        let scalars = text.unicodeScalars
        if scalars.count > maxLength { return .tooLong }
        if scalars.contains(where: { LogSafe.isControl($0) || isDirectionalFormatting($0) }) {
            return .controlCharacter
        }
        if !scalars.contains(where: { $0 != " " }) { return .blank }
        return nil
    }

    static func isDirectionalFormatting(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
