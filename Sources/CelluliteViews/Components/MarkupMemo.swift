/// Subtrees that depend only on a few fixed values (the header for the current section, a
/// treatment's evidence and cost facts), written once per distinct key and then reused as they
/// are. Keys are the view-model values the subtree is built from, so a reused subtree is the one
/// that would have been built. Bounded: once full, new keys are built each time. Never keyed by
/// what a person answered, so it cannot stand in for building their plan.
final class MarkupMemo<Key: Hashable & Sendable>: Sendable {
    private let written: BoundedMemo<Key, String>

    init(capacity: Int = 256) {
        written = BoundedMemo(capacity: capacity)
    }

    func markup(_ key: Key, _ build: () -> Markup) -> Markup {
        .raw(text(key) { _ in build().rendered })
    }

    /// Any text made from the key alone (a page's head, written by Plot).
    func text(_ key: Key, _ build: (Key) -> String) -> String {
        written.value(key, build)
    }
}
