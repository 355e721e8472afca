/// Where HTML bytes are appended: an array (`Markup`'s pieces) or `WrittenBytes` (`HTMLWriter`).
protocol ByteSink: ~Copyable {
    mutating func append(byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension ByteSink where Self: ~Copyable {
    /// The text's UTF-8 bytes, through the string's own contiguous storage: for the short
    /// literals and names a page writes thousands of, `+= text.utf8` took the generic sequence
    /// copy instead (`copyUTF8(into:)`, 1.3% of a plan page in `perf`).
    @inline(__always)
    mutating func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }
}

extension [UInt8]: ByteSink {
    mutating func append(byte: UInt8) {
        append(byte)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}

extension String {
    /// The text's UTF-8 bytes, lent without a copy when the string holds them contiguously, as
    /// native strings and literals do (`withUTF8` would copy `self` into a variable first).
    @inline(__always)
    func withUTF8Bytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if utf8.withContiguousStorageIfAvailable(body) == nil {
            var text = self
            text.withUTF8(body)
        }
    }
}

/// Bytes in memory of their own, grown by doubling, for `HTMLWriter`. An append checks the
/// capacity and copies; an array's append also checks that its storage is not shared and goes
/// through the generic sequence copy, which on a plan page's ten thousand small appends cost more
/// than the copying.
struct WrittenBytes: ~Copyable, ByteSink {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes written so far, as an array of their own.
    var array: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Room for `extra` more bytes at least, doubling the capacity so that appends stay cheap.
    private mutating func grow(toHold extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
