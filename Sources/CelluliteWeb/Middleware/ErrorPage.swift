import CelluliteKit
import CelluliteViews
import Plot
import Vapor

/// The friendly HTML page shown for any error outside /api: what happened in plain words and a
/// way on, in the site's own layout (rendering it is pure, so it cannot fail where a page did).
enum ErrorPage {
    static func render(_ problem: Problem, meta: KnowledgeMeta) -> String {
        let (heading, advice) = wording(for: problem)
        return MessagePageView.render(
            Present.chrome(meta, title: heading, active: nil),
            heading: heading, text: advice,
            // Server errors keep their details in the log, not on the page.
            detail: problem.status < 500 ? problem.detail : nil,
            link: LinkVM(name: "Go to the start page", href: .home)
        ).render()
    }

    private static func wording(for problem: Problem) -> (String, String) {
        switch problem.status {
        case 404:
            ("Page not found", "If you typed the web address, check it is correct. Or start again from the home page.")
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
