import Foundation
import Testing
import Vapor
import VaporTesting

/// Reads pages the way a browser would, for tests that walk journeys: forms, links, visible text.
enum PageBrowsing {
    /// `&amp;` and friends, as Plot and the views write them.
    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            Issue.record("bad pattern \(pattern)")
            return []
        }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        matches(#"\s\#(name)="([^"]*)""#, in: tag).first.map { decodeEntities($0[1]) }
    }

    /// What a person sees or hears: the body's text, without tags, attributes or the document head.
    static func visibleText(_ html: String) -> String {
        var body = html
        if let head = body.range(of: "</head>") { body = String(body[head.upperBound...]) }
        body = body.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        return decodeEntities(body).replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// The address a GET form sends when `choices` are picked and its one submit button pressed.
    static func submit(_ html: String, choosing choices: [String: String] = [:]) -> String? {
        guard let form = matches(#"<form\b([^>]*)>(.*?)</form>"#, in: html).first else { return nil }
        let (formTag, inside) = (form[1], form[2])
        #expect(attribute("method", in: formTag) == "get", "the form is sent with GET")
        guard let action = attribute("action", in: formTag) else { return nil }
        var pairs: [(String, String)] = []
        for input in matches(#"<input\b[^>]*>"#, in: inside).map({ $0[0] }) {
            guard let name = attribute("name", in: input) else { continue }
            let value = attribute("value", in: input) ?? ""
            switch attribute("type", in: input) {
            case "hidden": pairs.append((name, value))
            case "radio", "checkbox":
                let chosen = choices[name].map { $0 == value } ?? input.contains(" checked")
                if chosen { pairs.append((name, value)) }
            default: break
            }
        }
        for button in matches(#"<button\b[^>]*>"#, in: inside).map({ $0[0] }) {
            if let name = attribute("name", in: button) { pairs.append((name, attribute("value", in: button) ?? "")) }
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let query = pairs.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)="
                + value.addingPercentEncoding(withAllowedCharacters: allowed)!
        }.joined(separator: "&")
        return "\(action)?\(query)"
    }

    /// The href of the first link whose text starts with `text`.
    static func link(_ text: String, in html: String) -> String? {
        matches(#"<a\b([^>]*)>(.*?)</a>"#, in: html).first { match in
            visibleText(match[2]).trimmingCharacters(in: .whitespaces).hasPrefix(text)
        }.flatMap { attribute("href", in: " " + $0[1]) }
    }

    static func links(_ text: String, in html: String) -> [String] {
        matches(#"<a\b([^>]*)>(.*?)</a>"#, in: html).filter { match in
            visibleText(match[2]).trimmingCharacters(in: .whitespaces).hasPrefix(text)
        }.compactMap { attribute("href", in: " " + $0[1]) }
    }
}

/// A page as fetched, with what the journey tests check on every one.
struct FetchedPage {
    var status: HTTPStatus
    var html: String
    var location: String?
    var setsCookie: Bool

    var text: String { PageBrowsing.visibleText(html) }
}

extension Application {
    /// GETs `path` with no cookie at all, as a browser that blocks cookies would.
    func fetch(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> FetchedPage {
        var page = FetchedPage(status: .internalServerError, html: "", location: nil, setsCookie: false)
        try await testing().test(.GET, path) { response in
            page = FetchedPage(
                status: response.status, html: response.body.string,
                location: response.headers.first(name: .location), setsCookie: response.headers.setCookie != nil)
        }
        return page
    }
}
