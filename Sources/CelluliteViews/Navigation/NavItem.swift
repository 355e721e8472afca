/// The top-level sections of the site, in navigation order.
public enum NavItem: String, CaseIterable, Sendable {
    case home, plan, treatments, products, ask, assess, about, sources

    var title: String {
        switch self {
        case .home: "Home"
        case .plan: "Your plan"
        case .treatments: "Treatments"
        case .products: "Products"
        case .ask: "Ask a question"
        case .assess: "Check your skin"
        case .about: "About"
        case .sources: "Sources"
        }
    }

    var url: SiteURL {
        switch self {
        case .home: .home
        // The person's last plan on this device, else the first question (LastPlanCookie).
        case .plan: .planLast
        case .treatments: .treatments
        case .products: .products
        case .ask: .ask()
        case .assess: .assess()
        case .about: .about
        case .sources: .sources
        }
    }

    /// Sources live in the footer; the rest are in the main navigation.
    static let primary: [NavItem] = [.home, .plan, .treatments, .products, .ask, .assess, .about]
}
