import Synchronization

/// View-models that are a pure function of a few small values (a citation id and the page its
/// list is on; a treatment's grades), made once per distinct key and then reused: a plan page
/// makes a hundred of them, all from the same few dozen keys. Bounded, so it cannot grow without
/// end; once full, new keys are made each time.
final class PresentMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let made = Mutex<[Key: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 1_024) {
        self.capacity = capacity
    }

    func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let value = made.withLock({ $0[key] }) { return value }
        let value = make(key)
        made.withLock { made in
            if made.count < capacity { made[key] = value }
        }
        return value
    }
}
