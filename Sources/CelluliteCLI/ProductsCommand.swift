import ArgumentParser
import CelluliteKit

/// `cellulite products`: products by active ingredient, with what is known and unknown.
struct ProductsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products", abstract: "List products, optionally by active ingredient.")

    @Option(help: "Only products with this active ingredient, e.g. retinol or caffeine.") var active: String?
    @Flag(help: "Print as JSON.") var json = false

    init() {}

    mutating func run() async throws {
        let base = try KnowledgeBaseLoader.loadForCommand()
        var products = base.products
        if let active {
            products = base.products(withActive: active)
            guard !products.isEmpty else {
                let known = Set(base.products.flatMap(\.actives)).sorted().joined(separator: ", ")
                throw CLIError.badInput("no product lists the active '\(active)'; known actives: \(known)")
            }
        }
        if json {
            CommandIO.out(try JSONOutput.string(products))
            return
        }
        for product in products {
            CommandIO.out("\n\(product.displayName)")
            let price = product.price
            CommandIO.out(
                "  Price: "
                    + TextLayout.cost(
                        min: price.minUSD, max: price.maxUSD, unit: price.unit, confidence: price.confidence))
            CommandIO.out("  Actives: \(product.actives.joined(separator: ", "))")
            if let treatment = base.treatment(product.treatment) {
                CommandIO.out(
                    "  Evidence (as \(treatment.name)): \(TextLayout.evidence(treatment.evidence))"
                )
            }
            for fact in product.contents {
                CommandIO.out(TextLayout.wrap(TextLayout.fact(fact), first: "  - ", rest: "    "))
            }
            if !product.unknowns.isEmpty {
                CommandIO.out(TextLayout.wrap("Not known: " + product.unknowns.joined(separator: "; "), first: "  "))
            }
        }
    }
}
