/// The plan's question pages, in order, each at an address of its own (/plan/about-you). What
/// each step asks and says belongs to the web layer's presenters.
public enum PlanStep: String, CaseIterable, Sendable {
    case aboutYou = "about-you"
    case yourCellulite = "your-cellulite"
    case eventAndLimits = "event-and-limits"
    case skinAndHealth = "skin-and-health"
}
