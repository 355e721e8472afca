import CelluliteKit
import CelluliteViews

/// The skin check's wording, in plain words. Labels come from exhaustive switches over the
/// domain's enums, so a new level or scale cannot be left without words.
enum SkinCheckCopy {
    // MARK: Choosing a check

    static let chooseQuestion = "Which check would you like to do?"

    static func choice(_ scale: SkinCheckScale) -> (label: String, hint: String) {
        switch scale {
        case .hexselCSS:
            (
                "Full check: the Hexsel scale (5 short steps)",
                "The most detailed published scale: how many dimples, how deep, the raised areas between them, "
                    + "sagging, and how the skin looks standing and lying down. Total 0 to 15."
            )
        case .nurnbergerMuller:
            (
                "Quick check: the Nürnberger–Müller stage (3 questions)",
                "How your skin looks standing, lying down and pinched. Stage 0 to III."
            )
        case .selfRating:
            ("Fastest: rate it yourself (1 question)", "Pick the description closest to your skin. Level 0 to 4.")
        }
    }

    /// How the result names the check the person did.
    static func checkName(_ scale: SkinCheckScale) -> String {
        switch scale {
        case .hexselCSS: "Full check (Hexsel scale)"
        case .nurnbergerMuller: "Quick check (Nürnberger–Müller stage)"
        case .selfRating: "Your own rating"
        }
    }

    // MARK: Hexsel items A–D

    /// What to look at, under the question.
    static func hint(_ item: HexselCSSItem) -> String {
        switch item {
        case .a:
            "Look at one area, for example the back of one thigh, standing relaxed in good light. A rough count is fine."
        case .b:
            "Light from one side shows depth best. Compare with the drawings: they show the skin from the side."
        case .c:
            "These are the bumps between the dimples, not the dimples themselves. The drawings show the skin from the side."
        case .d:
            "Sagging means the skin hangs in soft folds, like a curtain. Look standing relaxed, from behind or in a photo."
        case .e:
            "This comes from the standing, lying-down and pinch questions."
        }
    }

    /// "Dimples of medium depth (2 points)".
    static func optionLabel(_ level: HexselCSSLevel) -> String {
        "\(trimmed(level.plainLanguage)) (\(points(level.level)))"
    }

    static func points(_ n: Int) -> String { n == 1 ? "1 point" : "\(n) points" }

    /// The caption under a reference drawing.
    static func drawingCaption(_ level: HexselCSSLevel) -> String {
        let words: String
        switch (level.item, level.level) {
        case (.b, 0), (.c, 0): words = "Even"
        case (.b, 1): words = "Shallow"
        case (.b, 2): words = "Medium"
        case (.b, _): words = "Deep"
        case (.c, 1): words = "Orange peel"
        case (.c, 2): words = "Cottage cheese"
        case (.c, _): words = "Mattress"
        case (.d, 0): words = "No sagging"
        case (.d, 1): words = "Slight"
        case (.d, 2): words = "Moderate"
        case (.d, _): words = "Severe"
        case (.a, _), (.e, _): words = trimmed(level.plainLanguage)
        }
        return "\(level.level): \(words)"
    }

    /// The text alternative of a reference drawing.
    static func drawingDescription(_ level: HexselCSSLevel) -> String {
        switch (level.item, level.level) {
        case (.b, 0): "Skin seen from the side with a flat, even surface."
        case (.b, 1): "Skin seen from the side with three shallow dents."
        case (.b, 2): "Skin seen from the side with three dents of medium depth."
        case (.b, _): "Skin seen from the side with three deep, narrow dents."
        case (.c, 0): "Skin seen from the side with a flat, even surface and no bumps."
        case (.c, 1): "Skin seen from the side with many tiny pits, like the peel of an orange."
        case (.c, 2): "Skin seen from the side with small, uneven lumps."
        case (.c, _): "Skin seen from the side with big rounded bulges between deep creases, like a buttoned mattress."
        case (.d, 0): "A patch of skin seen from behind, with no folds."
        case (.d, 1): "A patch of skin seen from behind, with one faint curved fold."
        case (.d, 2): "A patch of skin seen from behind, with a few curved folds where it hangs."
        case (.d, _): "A patch of skin seen from behind, with several deep, drooping folds, like a draped curtain."
        case (.a, _), (.e, _): trimmed(level.plainLanguage)
        }
    }

    /// Above the drawings of one question.
    static func drawingsCaption(_ item: HexselCSSItem) -> String {
        switch item {
        case .d: "What the answers look like: simple drawings of a patch of skin seen from behind."
        case .a, .b, .c, .e: "What the answers look like: simple drawings of the skin seen from the side."
        }
    }

    static let pinchDrawingsCaption = "What the answers look like: simple drawings of a pinched fold of skin."

    // MARK: Standing, lying down, pinched

    static let observationsHeading = "How does your skin look standing, lying down and pinched?"
    static let observationsIntro =
        "Do these three checks in front of a mirror, or take a photo. Relax your muscles unless a question says otherwise."

    static func legend(_ field: ObservationField) -> String {
        switch field {
        case .standing: "Standing relaxed, without touching the skin: can you see dimples?"
        case .lying: "Lying down on your front or side: can you see dimples?"
        case .pinch: "Gently pinch the skin between finger and thumb, or tighten the muscle. What do you see?"
        }
    }

    /// How the result lists the question (shorter than the legend).
    static func rowLabel(_ field: ObservationField) -> String {
        switch field {
        case .standing: "Standing: can you see dimples?"
        case .lying: "Lying down: can you see dimples?"
        case .pinch: "When you pinch the skin"
        }
    }

    enum ObservationField: String, CaseIterable, Sendable {
        case standing, lying, pinch
    }

    static func label(_ appearance: NurnbergerMullerObservations.Appearance, lying: Bool) -> String {
        switch appearance {
        case .smooth: "No, it looks smooth"
        case .dimpled: lying ? "Yes, I can still see dimples" : "Yes, I can see dimples"
        }
    }

    static func label(_ pinch: NurnbergerMullerObservations.Pinch) -> String {
        switch pinch {
        case .negative: "Only ordinary folds"
        case .positive: "An orange-peel or mattress pattern"
        }
    }

    static let pinchHint =
        "An orange-peel or mattress pattern is a pitted or bumpy look that the pinch brings out, not just the usual folds."

    static func pinchDrawingCaption(_ pinch: NurnbergerMullerObservations.Pinch) -> String {
        switch pinch {
        case .negative: "Ordinary folds"
        case .positive: "Orange peel or mattress"
        }
    }

    static func pinchDrawingDescription(_ pinch: NurnbergerMullerObservations.Pinch) -> String {
        switch pinch {
        case .negative: "Skin pinched between finger and thumb, rising in a smooth fold."
        case .positive: "Skin pinched between finger and thumb, rising in a fold covered in pits and bumps."
        }
    }

    // MARK: Rating it yourself

    static let selfRatingQuestion = "Which description is closest to your skin?"
    static let selfRatingHint = "Look at the area in good light, standing relaxed."

    static func label(_ level: SelfRatingLevel) -> String {
        "\(level.rawValue) – \(level.label.capitalizedFirst): \(level.plainLanguage)"
    }

    // MARK: Every step

    static let startIntro =
        "Cellulite is normal: most women have some, and it needs no treatment unless it bothers you. "
        + "This check rates how it looks on a published scale, in two to five minutes, and says what the result "
        + "means and how much change would count."
    static let privacyNote =
        "We do not save your answers. They are kept in this page’s address, so they stay in your browser’s "
        + "history: on a shared device, use a private window."
    static let notADiagnosis =
        "A self-check is not a diagnosis. If the skin is painful, hard, hot or red, or changing quickly, see a doctor."

    static func trimmed(_ sentence: String) -> String {
        sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    }
}
