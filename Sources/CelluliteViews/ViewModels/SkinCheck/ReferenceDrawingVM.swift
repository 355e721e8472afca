/// Which reference drawing to show; the views turn it into SVG.
public enum SkinDrawing: Sendable, Hashable {
    /// Dimple depth, 0 (even) to 3 (deep).
    case depth(Int)
    /// Raised areas between dimples, 0 (even) to 3 ("mattress").
    case texture(Int)
    /// Sagging skin, 0 (none) to 3 (severely draped).
    case laxity(Int)
    /// A pinched fold of skin, with or without the orange-peel pattern.
    case pinch(showsPattern: Bool)
}

/// One reference drawing with its caption and its text alternative.
public struct ReferenceDrawingVM: Sendable, Hashable {
    var id: String
    var drawing: SkinDrawing
    var caption: String
    var description: String

    public init(
        id: String, drawing: SkinDrawing, caption: String, description: String
    ) {
        self.id = id
        self.drawing = drawing
        self.caption = caption
        self.description = description
    }
}
