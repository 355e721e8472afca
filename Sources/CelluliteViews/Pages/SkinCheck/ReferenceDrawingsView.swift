import Plot

/// Reference drawings for the skin check, drawn here as inline SVG (no files, no script, only
/// presentation attributes, so a strict CSP allows them). Each has a text alternative.
enum ReferenceDrawingsView {
    static func figure(_ drawings: [ReferenceDrawingVM], caption: String?, id: String) -> BodyNode {
        .el(
            "figure",
            [
                .attr("class", "reference-drawings"), .attr("id", id),
                caption.map { .el("figcaption", .safe($0)) } ?? .empty,
                .el(
                    "ul",
                    [.attr("class", "drawing-list")]
                        + drawings.map { drawing in
                            .el(
                                "li",
                                .attr("class", "drawing-panel"),
                                .raw(svg(drawing)),
                                .el("span", .attr("class", "drawing-caption"), .safe(drawing.caption)))
                        }),
            ])
    }

    static let width = 120
    static let height = 72
    private static let skin = "#e9d2bb"
    private static let line = "#3b2a1e"
    private static let shade = "#a8826a"

    static func svg(_ drawing: ReferenceDrawingVM) -> String {
        let titleID = "\(drawing.id)-title"
        return """
            <svg class="drawing" viewBox="0 0 \(width) \(height)" width="\(width * 2)" height="\(height * 2)" \
            role="img" aria-labelledby="\(titleID.attributeEscaped)" focusable="false">\
            <title id="\(titleID.attributeEscaped)">\(drawing.description.textEscaped)</title>\
            \(shapes(drawing.drawing))</svg>
            """
    }

    private static func shapes(_ drawing: SkinDrawing) -> String {
        switch drawing {
        case .depth(let level): return crossSection(surface: dents(depth: [0, 3, 7, 13][clamped(level)]))
        case .texture(let level): return crossSection(surface: texture(level: clamped(level)))
        case .laxity(let level): return folds(level: clamped(level))
        case .pinch(let showsPattern): return pinch(showsPattern: showsPattern)
        }
    }

    private static func clamped(_ level: Int) -> Int { min(max(level, 0), 3) }

    // MARK: Skin seen from the side

    private static let surfaceY = 26.0

    /// Skin below a surface line that starts at x = 0 and ends at x = width.
    private static func crossSection(surface: String) -> String {
        let path = "M0,\(f(surfaceY)) \(surface) L\(width),\(height) L0,\(height) Z"
        return """
            <path d="\(path)" fill="\(skin)" stroke="none"/>\
            <path d="M0,\(f(surfaceY)) \(surface)" fill="none" stroke="\(line)" stroke-width="2" stroke-linejoin="round"/>
            """
    }

    /// A flat surface with three dents `depth` deep.
    private static func dents(depth: Double) -> String {
        guard depth > 0 else { return "L\(width),\(f(surfaceY))" }
        let halfWidth = 9.0
        return [20.0, 60.0, 100.0].map { center in
            "L\(f(center - halfWidth)),\(f(surfaceY)) Q\(f(center)),\(f(surfaceY + 2 * depth)) \(f(center + halfWidth)),\(f(surfaceY))"
        }.joined(separator: " ") + " L\(width),\(f(surfaceY))"
    }

    /// Even, orange peel (tiny pits), cottage cheese (small uneven lumps), mattress (big bulges).
    private static func texture(level: Int) -> String {
        switch level {
        case 0:
            return "L\(width),\(f(surfaceY))"
        case 1:
            return stride(from: 4.0, to: Double(width) - 4, by: 8).map { x in
                "L\(f(x - 2.5)),\(f(surfaceY)) Q\(f(x)),\(f(surfaceY + 5)) \(f(x + 2.5)),\(f(surfaceY))"
            }.joined(separator: " ") + " L\(width),\(f(surfaceY))"
        case 2:
            let bumps: [(width: Double, height: Double)] = [
                (13, 4), (10, 3), (16, 5), (11, 3), (15, 4.5), (12, 3.5), (17, 5), (12, 3), (14, 4),
            ]
            var x = 0.0
            return bumps.map { bump in
                defer { x += bump.width }
                return "Q\(f(x + bump.width / 2)),\(f(surfaceY - 2 * bump.height)) \(f(x + bump.width)),\(f(surfaceY))"
            }.joined(separator: " ")
        default:
            let crease = surfaceY + 6
            return "L0,\(f(crease)) "
                + stride(from: 0.0, to: Double(width), by: 30).map { x in
                    "Q\(f(x + 15)),\(f(crease - 26)) \(f(x + 30)),\(f(crease))"
                }.joined(separator: " ") + " L\(width),\(f(surfaceY))"
        }
    }

    // MARK: Skin seen from behind: sagging shows as drooping folds

    private static func folds(level: Int) -> String {
        let patch = """
            <rect x="4" y="4" width="\(width - 8)" height="\(height - 8)" rx="10" fill="\(skin)" stroke="\(line)" stroke-width="1.5"/>
            """
        let lines: [(y: Double, sag: Double, weight: Double)]
        switch level {
        case 0: lines = []
        case 1: lines = [(40, 4, 1.5)]
        case 2: lines = [(30, 6, 2), (44, 8, 2), (56, 6, 1.5)]
        default: lines = [(20, 8, 2.5), (32, 11, 3), (44, 13, 3), (56, 10, 2.5)]
        }
        return patch
            + lines.map { fold in
                """
                <path d="M14,\(f(fold.y)) Q60,\(f(fold.y + 2 * fold.sag)) 106,\(f(fold.y))" fill="none" \
                stroke="\(level == 3 ? line : shade)" stroke-width="\(f(fold.weight))" stroke-linecap="round"/>
                """
            }.joined()
    }

    // MARK: A pinch between finger and thumb

    private static func pinch(showsPattern: Bool) -> String {
        let base = 56.0
        let mound = "M0,\(f(base)) L34,\(f(base)) Q60,0 86,\(f(base)) L\(width),\(f(base))"
        let fingers = [22.0, 86.0].map { x in
            """
            <rect x="\(f(x))" y="6" width="12" height="\(f(base - 10))" rx="6" fill="#f6e9dc" stroke="\(line)" stroke-width="1.5"/>
            """
        }.joined()
        let pattern =
            showsPattern
            ? [
                (52.0, 34.0), (60.0, 30.0), (68.0, 34.0), (48.0, 44.0), (56.0, 41.0), (64.0, 41.0), (72.0, 44.0),
                (44.0, 52.0), (52.0, 50.0), (60.0, 49.0), (68.0, 50.0), (76.0, 52.0),
            ]
            .map { "<circle cx=\"\(f($0.0))\" cy=\"\(f($0.1))\" r=\"1.8\" fill=\"\(line)\"/>" }.joined()
            : "<path d=\"M50,46 Q60,40 70,46\" fill=\"none\" stroke=\"\(shade)\" stroke-width=\"1.5\"/>"
        return """
            <path d="\(mound) L\(width),\(height) L0,\(height) Z" fill="\(skin)" stroke="none"/>\
            <path d="\(mound)" fill="none" stroke="\(line)" stroke-width="2" stroke-linejoin="round"/>\
            \(pattern)\(fingers)
            """
    }

    /// Coordinates with at most one decimal, so the markup stays short and stable.
    private static func f(_ value: Double) -> String {
        // In tenths, as integers: the same text as "%.1f" without needing Foundation's formatter.
        let tenths = Int((value * 10).rounded())
        guard tenths % 10 != 0 else { return String(tenths / 10) }
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
