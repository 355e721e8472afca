/// Writes JSON straight into bytes, in exactly the form Foundation's `JSONEncoder` gives with
/// `.sortedKeys` and `.withoutEscapingSlashes`: the API's responses have always had that form, and
/// tests hold this writer to it byte for byte. The encoder spent three quarters of a plan
/// request's time on its containers and boxing (a profile of the release server); this writes
/// each byte once.
///
/// Callers write an object's keys in sorted (byte) order themselves; a nil optional is left out,
/// as the synthesized `Encodable` conformances do.
public struct JSONText: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value is the first in its container (no comma before it).
    private var atFirstItem = true

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public static func write(capacity: Int = 0, _ body: (inout JSONText) -> Void) -> [UInt8] {
        var text = JSONText(capacity: capacity)
        body(&text)
        return text.bytes
    }

    // MARK: Containers

    public mutating func object(_ body: (inout JSONText) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        atFirstItem = true
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        atFirstItem = false
    }

    public mutating func array<Element>(_ elements: [Element], _ write: (inout JSONText, Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        atFirstItem = true
        for element in elements { write(&self, element) }
        bytes.append(UInt8(ascii: "]"))
        atFirstItem = false
    }

    /// The key of the object member whose value is written next.
    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        atFirstItem = true
    }

    // MARK: Members

    public mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    public mutating func field(_ key: StaticString, _ value: Int) {
        self.key(key)
        number(value)
    }

    public mutating func field(_ key: StaticString, _ value: Int?) {
        if let value { field(key, value) }
    }

    public mutating func field(_ key: StaticString, _ value: Double) {
        self.key(key)
        number(value)
    }

    public mutating func field(_ key: StaticString, _ value: Bool) {
        self.key(key)
        separate()
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    public mutating func field(_ key: StaticString, _ values: [String]) {
        self.key(key)
        array(values) { $0.string($1) }
    }

    public mutating func field<Value: RawRepresentable<String>>(_ key: StaticString, _ value: Value) {
        field(key, value.rawValue)
    }

    public mutating func field<Value: RawRepresentable<String>>(_ key: StaticString, _ values: [Value]) {
        self.key(key)
        array(values) { $0.string($1.rawValue) }
    }

    public mutating func field(_ key: StaticString, _ body: (inout JSONText) -> Void) {
        self.key(key)
        object(body)
    }

    // MARK: Values

    public mutating func number(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Least significant digit first, then turned around in place.
        let start = bytes.count
        var magnitude = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Finite values only, as `JSONEncoder` refuses the others: the shortest text that reads
    /// back as the same value, without a trailing ".0".
    public mutating func number(_ value: Double) {
        precondition(value.isFinite, "JSON has no \(value)")
        separate()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: Private

    private mutating func separate() {
        if !atFirstItem { bytes.append(UInt8(ascii: ",")) }
        atFirstItem = false
    }

    private mutating func appendEscape(_ byte: UInt8) {
        let short: UInt8? =
            switch byte {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case 0x08: UInt8(ascii: "b")
            case 0x09: UInt8(ascii: "t")
            case 0x0A: UInt8(ascii: "n")
            case 0x0C: UInt8(ascii: "f")
            case 0x0D: UInt8(ascii: "r")
            default: nil
            }
        bytes.append(UInt8(ascii: "\\"))
        if let short {
            bytes.append(short)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(contentsOf: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
