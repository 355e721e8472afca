/// Why an assessment could not be scored. `description` is one line that names the problem.
public enum AssessmentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A score outside its scale's range.
    case scoreOutOfRange(scale: String, value: Int, range: ClosedRange<Int>)
    /// The Hexsel CSS needs exactly five items, A to E.
    case wrongItemCount(expected: Int, got: Int)
    /// A Hexsel CSS item outside 0–3.
    case itemOutOfRange(item: HexselCSSItem, value: Int)
    /// Nürnberger–Müller observations that no stage describes.
    case contradictoryObservations(String)
    /// A reading on another scale than the one asked for.
    case scaleMismatch(expected: String, got: String)

    public var description: String {
        switch self {
        case let .scoreOutOfRange(scale, value, range):
            "\(scale) score \(value) is out of range \(range.lowerBound)–\(range.upperBound)"
        case let .wrongItemCount(expected, got):
            "the Hexsel CSS needs \(expected) item scores (A,B,C,D,E), got \(got)"
        case let .itemOutOfRange(item, value):
            "Hexsel CSS item \(item.rawValue) (\(item.shortTitle)) is \(value); each item is scored 0–3"
        case let .contradictoryObservations(reason):
            reason
        case let .scaleMismatch(expected, got):
            "expected a \(expected) score, got one on \(got); scores on different scales are not comparable"
        }
    }
}
