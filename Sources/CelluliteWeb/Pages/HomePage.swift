import CelluliteKit
import CelluliteViews

enum HomePage {
    /// Order matches the numbers drawn on the diagram.
    static let mechanismOrder: [(Mechanism, String)] = [
        (
            .releaseBands,
            "A needle, a small blade or a laser cuts the tight bands under a dimple (this is called subcision). "
                + "Once a band is cut, the skin can lift back up."
        ),
        (
            .reduceFat,
            "Shrinking the fat that bulges up between the bands can soften bumps. Losing weight alone does not "
                + "remove cellulite, because the bands stay in place."
        ),
        (
            .firmSkin,
            "Thicker, firmer skin hides what is underneath a little better. Creams and devices that aim at this "
                + "have small effects."
        ),
        (
            .fill,
            "A filler injected under a dimple raises it towards the level of the skin around it."
        ),
        (
            .camouflage,
            "Self-tanner, bronzing oil or shimmer make the surface look more even for a few days. "
                + "Nothing under the skin changes."
        ),
        (
            .reduceFluid,
            "Massage, compression and caffeine creams may push out a little fluid. Any effect lasts hours to days."
        ),
    ]

    static func model(_ kb: KnowledgeBase) -> HomeVM {
        let mechanisms = mechanismOrder.enumerated().map { index, entry in
            MechanismVM(
                number: index + 1, title: Present.mechanismTitle(entry.0), explanation: entry.1,
                treatments: kb.treatments.filter { $0.mechanisms.contains(entry.0) }.map { treatment in
                    LinkVM(
                        name: treatment.name, href: .treatment(slug: treatment.id),
                        note: treatment.availability.status == .discontinued ? "discontinued" : nil)
                })
        }
        return HomeVM(
            chrome: Present.chrome(
                kb.meta, title: "What cellulite is and what helps", active: .home,
                description:
                    "What cellulite is, why it happens, how each kind of treatment works, and what to expect, with sources."
            ),
            about: kb.meta.about.map { Present.fact($0, sourcesOn: .sources) },
            mechanisms: mechanisms,
            expectations: kb.meta.expectations.map { Present.fact($0, sourcesOn: .sources) })
    }
}
