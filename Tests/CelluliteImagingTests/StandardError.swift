import Foundation

/// What the process writes to its standard error while `body` runs, caught through a pipe and
/// then passed on to the real standard error (other tests running meanwhile lose nothing).
enum StandardError {
    static func capturing(_ body: () throws -> Void) rethrows -> String {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return "" }
        // Room for anything written meanwhile, so a write never blocks on the unread pipe (F_SETPIPE_SZ).
        _ = fcntl(ends[1], 1031, 1 << 20)
        fflush(nil)  // every C stream, stderr among them
        let saved = dup(2)
        dup2(ends[1], 2)
        close(ends[1])
        defer {
            fflush(nil)  // every C stream, stderr among them
            dup2(saved, 2)
            close(saved)
        }
        try body()
        fflush(nil)  // every C stream, stderr among them
        dup2(saved, 2)
        _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
        var caught: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(ends[0], &chunk, chunk.count)
            guard count > 0 else { break }
            caught += chunk[0..<count]
        }
        close(ends[0])
        if !caught.isEmpty { _ = caught.withUnsafeBytes { write(2, $0.baseAddress, $0.count) } }
        return String(decoding: caught, as: UTF8.self)
    }
}
