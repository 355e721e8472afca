import Foundation

/// Foundation's JSON parser accepts a trailing comma (`{"age": 34,}`), which RFC 8259 does not.
/// The API promises 400 for anything that is not JSON, so bodies are checked for it first.
enum StrictJSON {
    static func rejectTrailingCommas(_ data: Data) throws(APIError) {
        var inString = false, escaped = false, pendingComma = false
        for byte in data {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if pendingComma { throw .malformedJSON("a comma before a closing bracket is not allowed") }
            case UInt8(ascii: "\""):
                inString = true
            default:
                break
            }
            pendingComma = byte == UInt8(ascii: ",")
        }
    }
}
