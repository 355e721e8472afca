/// Big-endian numbers out of untrusted bytes: nil, never a trap, when they are not all there.
enum ByteReading {
    static func bigEndian16(_ bytes: [UInt8], at offset: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
    }

    static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        return bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    /// Whether `bytes` holds `prefix` at `offset`.
    static func matches(_ bytes: [UInt8], _ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset <= bytes.count - prefix.count else { return false }
        return bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }
}
