import CelluliteViews

/// Jargon the knowledge base uses, explained in plain words the first time a page uses it.
enum Glossary {
    enum Term: CaseIterable, Sendable {
        case fda, k510, cfr, productCode, classII, bmi

        var word: String {
            switch self {
            case .fda: "FDA"
            case .k510: "510(k)"
            case .cfr: "21 CFR"
            case .productCode: "Product code"
            case .classII: "Class II"
            case .bmi: "BMI"
            }
        }

        var explanation: String {
            switch self {
            case .fda:
                "the US Food and Drug Administration, which regulates medicines, medical devices and cosmetics in the "
                    + "United States. Other countries have their own regulators."
            case .k510:
                "the FDA’s clearance route for a medical device that is shown to be as safe and effective as one "
                    + "already sold. It is a clearance, not a full approval; the K number after it is the FDA’s record."
            case .cfr:
                "Title 21 of the US Code of Federal Regulations, the rules the FDA applies. The number after it names "
                    + "the rule."
            case .productCode:
                "the FDA’s three-letter code for a kind of device; devices of the same kind share it."
            case .classII:
                "the FDA’s middle risk class for devices: more controls than everyday items, fewer than implants."
            case .bmi:
                "body mass index: weight in kilograms divided by the square of height in metres. Studies use it to "
                    + "say whose bodies they included."
            }
        }

        /// Whether `text` uses the term (whole words, as the knowledge base writes them).
        func occurs(in text: String) -> Bool {
            switch self {
            case .fda: text.contains("FDA")
            case .k510: text.contains("510(k)")
            case .cfr: text.contains("21 CFR")
            case .productCode: text.contains("product code")
            case .classII: text.contains("Class II ")
            case .bmi: text.contains("BMI")
            }
        }

        var vm: TermVM { TermVM(term: word, explanation: explanation) }
    }

    /// Hands out each term once per page: call it on the page's texts in reading order.
    struct FirstUse {
        private var explained: Set<String> = []

        mutating func terms(in texts: String...) -> [TermVM] {
            let text = texts.joined(separator: " ")
            return Term.allCases.filter { term in
                term.occurs(in: text) && explained.insert(term.word).inserted
            }.map(\.vm)
        }

        mutating func annotate(_ fact: inout FactVM) {
            fact.terms += terms(in: fact.text)
        }

        mutating func annotate(_ facts: inout [FactVM]) {
            for index in facts.indices { annotate(&facts[index]) }
        }
    }

    /// Every term, for the sources page's list.
    static var all: [TermVM] { Term.allCases.map(\.vm) }
}
