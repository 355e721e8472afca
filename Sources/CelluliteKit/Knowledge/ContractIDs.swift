/// Treatment slugs fixed by ARCHITECTURE 3.1. The knowledge base must define every one.
public enum ContractTreatmentIDs {
    public static let all: [String] = [
        "cellfina", "aveli", "qwo", "cellulaze", "sculptra", "manual-subcision",
        "radiofrequency", "acoustic-wave", "mechanical-massage", "cryolipolysis",
        "caffeine-topical", "retinol-topical", "antioxidant-topical", "self-tanner",
        "bronzing-oil", "weight-loss-exercise", "compression-garments",
        // Second release (ARCHITECTURE 3.1; evidence-review-2026-12.md section 3).
        "rf-microneedling", "sofwave", "calcium-hydroxylapatite", "liposuction", "muscle-stimulation",
        "mesotherapy", "collagen-peptides",
    ]
}
