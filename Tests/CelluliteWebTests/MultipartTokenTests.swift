import NIOCore
import PropertyBased
import Testing

@testable import CelluliteWeb

/// The CSRF token of a multipart upload is read from the body's first part without parsing the
/// rest: it must find exactly the token a form sends first, and nothing in any other body.
@Suite struct MultipartTokenTests {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    static let token = Gen.int(in: 0..<alphabet.count).array(of: 1...80).map { String($0.map { alphabet[$0] }) }

    static func body(_ parts: [(name: String, value: String)], boundary: String) -> ByteBuffer {
        var body = ByteBuffer()
        for part in parts {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"\r\n\r\n\(part.value)\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return body
    }

    @Test func theFirstPartsTokenIsFound() async {
        await propertyCheck(count: 300, input: Self.token, Self.token) { token, boundary in
            let body = Self.body([("csrfToken", token), ("view", "back-relaxed")], boundary: boundary)
            #expect(MultipartToken.leading(in: body, boundary: boundary) == token)
        }
    }

    @Test func aTokenThatIsNotFirstOrUnderAnotherNameIsNotFound() async {
        await propertyCheck(count: 300, input: Self.token, Self.token) { token, boundary in
            let later = Self.body([("view", "back-relaxed"), ("csrfToken", token)], boundary: boundary)
            #expect(MultipartToken.leading(in: later, boundary: boundary) == nil)
            let renamed = Self.body([("csrfTokens", token)], boundary: boundary)
            #expect(MultipartToken.leading(in: renamed, boundary: boundary) == nil)
            let otherBoundary = Self.body([("csrfToken", token)], boundary: boundary + "x")
            #expect(MultipartToken.leading(in: otherBoundary, boundary: boundary) == nil)
        }
    }

    @Test func arbitraryBytesNeverGiveAToken() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...600)) { bytes in
            #expect(MultipartToken.leading(in: ByteBuffer(bytes: bytes), boundary: "b") == nil)
        }
    }
}
