/// Which active ingredients a person's product examples must leave out. A product can belong to one
/// treatment class yet contain an ingredient of another (a body lotion listing "vitamin A").
enum ProductSafety {
    /// Retinol and the vitamin A forms a label may hide it behind.
    static let retinoids: Set<String> = ["retinol", "vitamin-a", "retinyl-palmitate", "retinal", "retinoid"]

    static func activesToAvoid(for profile: Profile, ruledOut: [String]) -> Set<String> {
        var avoid: Set<String> = []
        if ruledOut.contains("retinol-topical") { avoid.formUnion(retinoids) }
        if profile.allergies.contains(.caffeine) { avoid.insert("caffeine") }
        return avoid
    }
}
