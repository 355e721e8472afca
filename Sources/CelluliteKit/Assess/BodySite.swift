/// Where a site-level score (Hexsel CSS) was taken. The CSS is scored per site because the
/// items behave differently on each (item–total correlation was lower at the right buttock) [S11].
public enum BodySite: String, Codable, Sendable, CaseIterable {
    case leftThigh = "left-thigh"
    case rightThigh = "right-thigh"
    case leftButtock = "left-buttock"
    case rightButtock = "right-buttock"

    /// "left thigh".
    public var label: String { rawValue.split(separator: "-").joined(separator: " ") }
}
