import CelluliteKit

/// The domain services every controller needs, built once at configure time.
public struct WebContext: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let planEngine: PlanEngine
    public let answerer: Answerer
    public let clock: WebClock
    /// The catalogue pages, once rendered.
    let renderedPages = RenderedPageCache()

    public init(knowledgeBase: KnowledgeBase, clock: WebClock = .system) {
        self.knowledgeBase = knowledgeBase
        self.planEngine = PlanEngine(knowledgeBase: knowledgeBase)
        self.answerer = Answerer(knowledgeBase: knowledgeBase)
        self.clock = clock
    }
}
