/// Our own outline of each photo pose: a plain figure, no face, drawn in `currentColor` so it
/// follows the text colour and forced-colour modes. Text alternatives come with the drawing.
enum PoseDrawing {
    static func svg(view: String, name: String) -> BodyNode {
        let figure: String
        switch view {
        case "back-relaxed": figure = back
        case "back-tensed": figure = back + tensedMarks
        case "left-side": figure = side
        case "right-side": figure = #"<g transform="translate(120 0) scale(-1 1)">"# + side + "</g>"
        default: figure = ""
        }
        return .raw(
            #"<svg class="pose" viewBox="0 0 120 240" width="120" height="240" role="img" aria-labelledby="pose-\#(view)-title" focusable="false"><title id="pose-\#(view)-title">Outline of the pose: \#(name.textEscaped)</title><g fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">\#(figure)</g></svg>"#
        )
    }

    /// From behind: head, shoulders, arms a little away from the body, hips, legs apart.
    private static let back =
        #"<circle cx="60" cy="22" r="14"/>"#
        + #"<path d="M48 38 L30 48 L26 102 L34 102 L38 64 L40 110 Q36 130 38 150 L44 230 L56 230 L58 160 L62 160 L64 230 L76 230 L82 150 Q84 130 80 110 L82 64 L86 102 L94 102 L90 48 L72 38 Z"/>"#
        + #"<path d="M60 112 L60 150"/>"#

    /// The buttocks squeezed: the dimples tensing brings out.
    private static let tensedMarks =
        #"<path d="M46 128 q6 4 12 0 M62 128 q6 4 12 0 M48 138 q5 3 10 0 M64 138 q5 3 10 0"/>"#

    /// The left side to the camera, facing the viewer's left; arms folded at chest height.
    private static let side =
        #"<circle cx="58" cy="22" r="13"/>"#
        + #"<path d="M53 35 L50 60 Q44 82 48 102 Q40 126 50 146 L50 230 L62 230 L64 150 Q77 130 70 104 Q74 82 66 60 L63 35 Z"/>"#
        + #"<path d="M46 70 L72 74 L70 80 L46 76"/>"#
}
