/// The answer as `GET /api/ask` gives it: the bytes `JSONEncoder` wrote from the `Encodable`
/// conformance, keys in sorted order (held to it by a property test).
extension AskResult {
    public var jsonBytes: [UInt8] {
        JSONText.write(capacity: 4 * 1024) { json in
            json.object { json in
                json.key("answers")
                json.array(answers) { json, answer in
                    json.object { json in
                        json.field("answer", answer.answer)
                        json.field("citations", answer.citations)
                        json.field("confidence", answer.confidence)
                        json.field("evidence", answer.evidence)
                        json.field("id", answer.id)
                        json.field("question", answer.question)
                        json.field("score", answer.score)
                        json.field("topic", answer.topic)
                    }
                }
                json.field("question", question)
            }
        }
    }
}
