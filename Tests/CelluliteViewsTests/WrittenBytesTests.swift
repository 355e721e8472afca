import PropertyBased
import Testing

@testable import CelluliteViews

/// `WrittenBytes` keeps every byte it is given, in order, however often it has to grow.
@Suite struct WrittenBytesTests {
    /// One append: a single byte, or a run of bytes (empty up to several times the first capacity).
    enum Append {
        case byte(UInt8)
        case run([UInt8])
    }

    static let appends = zip(Gen.int(in: 0...2), Gen.uint8().array(of: 0...300)).map { kind, bytes in
        switch kind {
        case 0: Append.byte(bytes.first ?? 0)
        case 1: Append.run(Array(bytes.prefix(12)))
        default: Append.run(bytes)
        }
    }.array(of: 0...40)

    @Test func holdsWhatAnArrayWouldHoldAcrossGrowths() async {
        await propertyCheck(count: 500, input: Self.appends, Gen<Int>.int(in: 0...200)) { appends, capacity in
            var written = WrittenBytes(capacity: capacity)
            var expected: [UInt8] = []
            for append in appends {
                switch append {
                case .byte(let byte):
                    written.append(byte: byte)
                    expected.append(byte)
                case .run(let run):
                    run.withUnsafeBufferPointer { written.append($0) }
                    expected += run
                }
            }
            #expect(written.array == expected)
        }
    }

    @Test func aWriterStartedWithNoRoomWritesAWholeSection() {
        let text = String(repeating: "Retinol & caffeine <creams> ", count: 200)
        var html = HTMLWriter(reservingCapacity: 0)
        html.element("p", class: "intro", text: text)
        #expect(html.markup.rendered == Markup.el("p", .attr("class", "intro"), .safe(text)).rendered)
    }
}
