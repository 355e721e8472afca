import Plot
import Vapor

/// The friendly HTML page shown for any error outside /api: what happened in plain words and a
/// way back. Standalone (no shared layout) so it renders even when a page's own code failed.
enum ErrorPage {
    static func render(_ problem: Problem) -> String {
        let (heading, advice) = wording(for: problem)
        let html = HTML(
            .lang(.english),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                .title("\(heading) – Cellulite Advisor"),
                .stylesheet("/css/app.css")
            ),
            .body(
                .main(
                    .class("error-page"),
                    .h1(.text(heading)),
                    .p(.text(advice)),
                    // Server errors keep their details in the log, not on the page.
                    .if(
                        problem.status < 500 && problem.detail != nil,
                        .p(.class("error-detail"), .text(problem.detail ?? ""))),
                    .p(.a(.href("/"), .text("Go to the start page")))
                )
            )
        )
        return html.render()
    }

    private static func wording(for problem: Problem) -> (String, String) {
        switch problem.status {
        case 404:
            ("Page not found", "If you typed the web address, check it is correct.")
        case 403:
            (
                "This form has expired",
                "For your safety we could not accept it. Go back, reload the page and send the form again."
            )
        case 400..<500:
            ("There is a problem with your request", "Go back and check what you entered.")
        default:
            ("Sorry, there is a problem with the service", "Try again later. Nothing you entered was stored.")
        }
    }
}
