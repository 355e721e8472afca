// View-models: plain values the views render. Views never see the knowledge base, the plan
// engine or a Fluent model; the presenters in this folder build these from domain values.

/// The top-level sections of the site, in navigation order.
enum NavItem: String, CaseIterable, Sendable {
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

    var path: String {
        switch self {
        case .home: "/"
        // The person's last plan on this device, else the first question (LastPlanCookie).
        case .plan: "/plan/last"
        case .treatments: "/treatments"
        case .products: "/products"
        case .ask: "/ask"
        case .assess: "/assess"
        case .about: "/about"
        case .sources: "/sources"
        }
    }

    /// Sources live in the footer; the rest are in the main navigation.
    static let primary: [NavItem] = [.home, .plan, .treatments, .products, .ask, .assess, .about]
}

/// What every page shares: its title, where it sits in the navigation, and the footer facts.
struct PageChrome: Sendable {
    var title: String
    var active: NavItem?
    /// ISO date, for `<time datetime>`.
    var lastReviewed: String
    /// The same date in words ("26 November 2026").
    var lastReviewedText: String
    var version: String
    /// A short description for `<meta name="description">`.
    var description: String = "Evidence-based information about cellulite and its treatments."
}

/// A source reference inside a sentence: "[S21]" linking to the full citation.
struct CitationRef: Sendable, Hashable {
    var id: String
    var href: String
}

/// One claim with its sources and, when it is not well supported, a warning in words.
struct FactVM: Sendable, Hashable {
    var text: String
    var citations: [CitationRef]
    /// Nil when confirmed; otherwise a plain sentence such as "Low confidence: ...".
    var confidenceNote: String?
    /// Jargon this claim is the first on its page to use, explained right after it.
    var terms: [TermVM] = []
}

/// A technical term and what it means in plain words ("BMI": "body mass index: ...").
struct TermVM: Sendable, Hashable {
    var term: String
    var explanation: String
}

/// A full bibliographic citation.
struct CitationVM: Sendable, Hashable {
    var id: String
    /// The element id the citation is rendered with ("source-S21").
    var anchor: String
    /// "Hexsel D, Dal'Forno T, Hexsel CL (2009)".
    var byline: String
    var title: String
    var journal: String?
    var doi: String?
    var doiURL: String?
    var pmid: String?
    var pubmedURL: String?
    var pmcid: String?
    var pmcURL: String?
    /// "Primary study or record", "Review", "Consumer site or clinic page".
    var qualityText: String
    var isLowQuality: Bool
    /// What could not be checked, in words.
    var unconfirmed: String?
}

/// An evidence badge: words AND a symbol, never colour alone.
struct EvidenceVM: Sendable, Hashable {
    /// "Limited evidence".
    var label: String
    /// "●●○○"; decorative, hidden from screen readers.
    var symbol: String
    /// "high", "moderate", "low" or "very-low", used as a CSS class suffix.
    var level: String
    /// "Strength of recommendation (SORT): B. Certainty (GRADE): low. Best study (Oxford CEBM): level 4."
    var detail: String
}

struct CostVM: Sendable, Hashable {
    /// "$3,000 to $6,000 per treatment" or "No reliable price found".
    var text: String
    var note: String?
    var confidenceNote: String?
    var citations: [CitationRef]
    /// "US dollars, as quoted in 2023": the currency and when the source gave the price.
    var currencyNote: String? = nil
}

/// A labelled choice of a form control (radio, checkbox, select option).
struct ChoiceVM: Sendable, Hashable {
    var value: String
    var label: String
    var hint: String? = nil
    var isSelected: Bool = false
}

// MARK: - Forms

/// One problem with what the person entered: shown in the summary (linking to `fieldID`) and
/// again beside the field.
struct FormErrorVM: Sendable, Hashable {
    var fieldID: String
    var message: String
    /// Where the summary links to when the field is on another page; nil for `#fieldID`.
    var href: String? = nil
}

/// A single-line text input with its label, hint and error.
struct TextFieldVM: Sendable, Hashable {
    var name: String
    var id: String
    var label: String
    var hint: String?
    var value: String
    var error: String?
    /// "numeric" for whole numbers.
    var inputMode: String?
    /// Text shown before the box ("$") or after it ("days").
    var prefix: String?
    var suffix: String?
    /// CSS width class: "width-3", "width-5", "width-full".
    var width: String = "width-5"
    var autocomplete: String? = nil
    /// "text", or "date" for a date picker (a plain text box where the browser has none).
    var inputType: String = "text"
    /// The earliest date a date picker offers, as "2027-03-14".
    var min: String? = nil
}

/// A group of radios or checkboxes in a fieldset.
struct ChoiceFieldVM: Sendable, Hashable {
    enum Kind: String, Sendable { case radio, checkbox }
    var kind: Kind
    var name: String
    /// The id of the first input, which the error summary links to.
    var id: String
    var legend: String
    var hint: String?
    /// "Why we ask": shown under the legend for health questions.
    var whyWeAsk: String?
    var choices: [ChoiceVM]
    var error: String?
    /// Lay the choices out side by side (short labels like 1–6).
    var inline: Bool = false
}
