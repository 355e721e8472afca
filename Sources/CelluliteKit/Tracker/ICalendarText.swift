/// The text rules of iCalendar (RFC 5545): TEXT escaping (3.3.11), content-line folding (3.1).
public enum ICalendarText {
    /// The longest physical line in octets, line break excluded (RFC 5545 3.1).
    public static let maxLineOctets = 75

    /// A TEXT value: backslash, semicolon and comma escaped, every line break (CRLF, LF or CR)
    /// written `\n`. Other control characters are not allowed in TEXT and are left out.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n" where previous != "\r": escaped += "\\n"
            case "\n": break  // the second half of a CRLF, already written
            case "\t": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory != .control { escaped.unicodeScalars.append(scalar) }
            }
            previous = scalar
        }
        return escaped
    }

    /// One content line folded into physical lines of at most 75 octets, joined and ended by
    /// CRLF; each continuation starts with one space (which counts toward the 75). Lines break
    /// only between Unicode scalars, so no UTF-8 sequence is ever split.
    public static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maxLineOctets {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += width
        }
        return result + "\r\n"
    }

    /// The content lines of a folded text: CRLF followed by a space or tab joins lines (RFC 5545 3.1).
    public static func unfold(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                if index + 2 < bytes.count, bytes[index + 2] == 0x20 || bytes[index + 2] == 0x09 {
                    index += 3
                } else {
                    lines.append([])
                    index += 2
                }
                continue
            }
            lines[lines.count - 1].append(bytes[index])
            index += 1
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { String(decoding: $0, as: UTF8.self) }
    }
}
