import Foundation

/// Reads a file a line at a time without holding it whole: a table of photos can be gigabytes.
struct JSONLinesReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var atEnd = false

    init(url: URL) throws { handle = try FileHandle(forReadingFrom: url) }

    /// The next non-empty line without its newline, or nil at the end of the file.
    mutating func next() throws -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.isEmpty { continue }
                return Data(line)
            }
            if atEnd {
                defer { buffer.removeAll() }
                return buffer.isEmpty ? nil : Data(buffer)
            }
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }

    func close() { try? handle.close() }
}
