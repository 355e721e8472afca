/// Greedy word wrapping for terminal output.
public enum TextWrap {
    /// Wraps `text` to lines of at most `width` characters (a longer single word gets a line of its
    /// own), prefixing continuation lines with `indent`. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int = 80, indent: String = "") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                let prefix = lines.isEmpty ? "" : indent
                if line.isEmpty {
                    line = prefix + word
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = indent + word
                }
            }
            if !line.isEmpty || lines.isEmpty { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
