import CelluliteKit
import Foundation
import PropertyBased
import Testing

/// `JSONText` must write what `JSONEncoder` (sorted keys, slashes unescaped) writes, byte for byte:
/// the API's answers must not change form because they are written faster.
@Suite struct JSONTextPropertyTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Mostly ASCII (every control character and JSON's specials among them), then the rest of
    /// Unicode without the surrogate range, which holds no scalars.
    static let text = Gen<Character>.frequency(
        (6, Gen.character(in: "\u{0}"..."\u{7F}")),
        (1, Gen.character(in: "\u{80}"..."\u{D7FF}")),
        (1, Gen.character(in: "\u{E000}"..."\u{10FFFF}"))
    ).string(of: 0...40)

    @Test func stringsAreEscapedAsTheEncoderEscapesThem() async throws {
        await propertyCheck(count: 2_000, input: Self.text.array(of: 0...4)) { strings in
            let written = JSONText.write { $0.array(strings) { $0.string($1) } }
            let encoded = try Self.encoder.encode(strings)
            #expect(Data(written) == encoded, "\(strings.map(\.unicodeScalars))")
        }
    }

    @Test func numbersAreWrittenAsTheEncoderWritesThem() async throws {
        let numbers = zip(Gen.int(in: Int.min...Int.max), Gen.double(in: -1e12...1e12), Gen.double(in: 0...1))
        await propertyCheck(count: 2_000, input: numbers) { integer, large, fraction in
            let rounded = (fraction * 1000).rounded() / 1000
            let written = JSONText.write { json in
                json.object { json in
                    json.field("a", integer)
                    json.field("b", large)
                    json.field("c", rounded)
                    json.field("d", Double(integer))
                }
            }
            struct Numbers: Encodable { var a: Int, b: Double, c: Double, d: Double }
            let encoded = try Self.encoder.encode(Numbers(a: integer, b: large, c: rounded, d: Double(integer)))
            #expect(Data(written) == encoded, "\(String(decoding: written, as: UTF8.self))")
        }
    }

    @Test func plansAreWrittenAsTheEncoderWritesThem() async throws {
        await propertyCheck(count: 400, input: profiles) { profile in
            let plan = engine.plan(for: profile)
            let encoded = try Self.encoder.encode(plan)
            #expect(Data(plan.jsonBytes) == encoded)
        }
    }

    @Test func answersAreWrittenAsTheEncoderWritesThem() async throws {
        let answerer = Answerer(knowledgeBase: knowledgeBase)
        let questions = knowledgeBase.faq.flatMap(\.questions)
        let asked = zip(Gen.int(in: 0...(questions.count - 1)), Self.text)
        await propertyCheck(count: 400, input: asked) { index, noise in
            for question in [questions[index], questions[index] + " " + noise, noise] {
                let result = answerer.answer(question, limit: 3)
                let encoded = try Self.encoder.encode(result)
                #expect(Data(result.jsonBytes) == encoded, "\(question)")
            }
        }
    }
}
