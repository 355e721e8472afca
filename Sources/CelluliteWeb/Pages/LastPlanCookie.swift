import Foundation
import Vapor

/// "Your plan" in the menu returns to the person's last plan. Its answers stay on their device:
/// this cookie holds the plan's query string (the same text as the address bar), is sent only to
/// this site, cannot be read by scripts, and lasts 30 days. Nothing is stored on the server.
enum LastPlanCookie {
    static let name = "last-plan"
    static let maxAge = 60 * 60 * 24 * 30

    /// The cookie for a plan that was just shown.
    static func value(for answers: PlanAnswers) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: escape(answers.canonical), maxAge: maxAge, path: "/", isSecure: false, isHTTPOnly: true,
            sameSite: .lax)
    }

    /// The answers of the last plan shown, or nil; anything but answer fields is dropped.
    static func answers(in request: Request) -> PlanAnswers? {
        guard let raw = request.cookies[name]?.string, let query = raw.removingPercentEncoding else { return nil }
        // A cookie that does not parse within the usual limits is ignored, like a missing one.
        guard let parsed = try? QueryParameters(encoded: query, limits: QueryLimits()) else { return nil }
        let answers = PlanAnswers(parsed)
        return answers.isEmpty ? nil : answers
    }

    /// Cookie values may not hold ";", "," or spaces, and "=" and "&" confuse some parsers: all but
    /// the unreserved characters are percent-encoded.
    private static func escape(_ query: String) -> String {
        QueryParameters.percentEncoded(query)
    }
}
