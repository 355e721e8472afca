/// The four poses a progress photo is taken in (ARCHITECTURE 3.7). Only photos of one view are
/// ever compared: a side view next to a back view says nothing about change.
public enum PhotoView: String, Sendable, Hashable, CaseIterable, Codable {
    case backRelaxed = "back-relaxed"
    case backTensed = "back-tensed"
    case leftSide = "left-side"
    case rightSide = "right-side"

    /// For people: "Back, relaxed".
    public var name: String {
        switch self {
        case .backRelaxed: "Back, relaxed"
        case .backTensed: "Back, buttocks tensed"
        case .leftSide: "Left side"
        case .rightSide: "Right side"
        }
    }

    /// How to stand, in one sentence.
    public var pose: String {
        switch self {
        case .backRelaxed:
            "Stand with your back to the camera, feet hip-width apart, weight on both legs, muscles relaxed."
        case .backTensed:
            "The same position, with the buttocks squeezed: tensing shows dimples that relaxed skin hides (the pinch test's cousin)."
        case .leftSide:
            "Turn so your left side faces the camera, arms folded at chest height so they do not cover the hip."
        case .rightSide:
            "Turn so your right side faces the camera, arms folded at chest height so they do not cover the hip."
        }
    }
}
