import Synchronization

/// Values made from a key alone, made once per distinct key and then reused. Bounded, so keys
/// that come from requests cannot grow it without end: once full, new keys are made each time.
/// Used for pieces of pages (`MarkupMemo`) and for view-models that are a pure function of a few
/// small values (a citation's link, a treatment's evidence grades).
public final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline let made = Mutex<[Key: Value]>([:])
    @usableFromInline let capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// Inlinable so that a caller in another module gets it specialized for its types: unspecialized,
    /// each lookup first fetched the dictionary's generic metadata (a third of its cost).
    @inlinable
    public func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let value = made.withLock({ $0[key] }) { return value }
        let value = make(key)
        made.withLock { made in
            if made.count < capacity { made[key] = value }
        }
        return value
    }
}
