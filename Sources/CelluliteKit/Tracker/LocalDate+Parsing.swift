/// Why a text is not a `LocalDate`. `description` is one line naming the problem.
public enum LocalDateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not ten characters of the form YYYY-MM-DD with ASCII digits.
    case notYYYYMMDD(String)
    /// Year 0000: the type covers 0001–9999.
    case yearOutOfRange(Int)
    /// Well formed, but no such day: month 13, 31 April, 29 February of a common year.
    case noSuchDay(year: Int, month: Int, day: Int)

    public var description: String {
        switch self {
        case .notYYYYMMDD(let text):
            "\"\(text.prefix(40))\" is not a date written YYYY-MM-DD, like 2027-03-14"
        case .yearOutOfRange(let year):
            "year \(year) is outside 0001–9999"
        case let .noSuchDay(year, month, day) where (1...12).contains(month):
            "there is no day \(day) in month \(month) of \(year) (it has \(LocalDate.daysIn(month: month, year: year)) days)"
        case let .noSuchDay(_, month, _):
            "there is no month \(month); months are 01–12"
        }
    }
}

extension LocalDate {
    /// Exactly `YYYY-MM-DD`: ten ASCII characters, zero-padded, no sign, no spaces, no time, a real day.
    /// Stricter than `Int(_:)`-based splitting, which would take "2027-+3-14".
    public init(parsing text: String) throws(LocalDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .notYYYYMMDD(text)
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            throw .notYYYYMMDD(text)
        }
        guard year >= 1 else { throw .yearOutOfRange(year) }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            throw .noSuchDay(year: year, month: month, day: day)
        }
        self = date
    }

    /// Nil unless `text` is exactly a real `YYYY-MM-DD` date.
    public init?(iso text: String) {
        guard let date = try? LocalDate(parsing: text) else { return nil }
        self = date
    }
}

extension LocalDate: Codable {
    /// Decodes only the strict `YYYY-MM-DD` form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try LocalDate(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
