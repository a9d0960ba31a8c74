import Foundation

/// A time limit on Graphviz layouts. Graphviz cannot be interrupted from inside the process, so
/// when a layout runs past the limit the command stops with a one-line error. Nothing has been
/// written at that point (outputs are written only after every render), so nothing is left behind.
final class RenderWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false

    /// Runs `body`; if it takes longer than `seconds`, exits with status 1 and an explanation.
    static func run<T>(limit seconds: Double, what: String, _ body: () throws -> T) rethrows -> T {
        guard seconds > 0 else { return try body() }
        let watchdog = RenderWatchdog()
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            watchdog.lock.lock()
            defer { watchdog.lock.unlock() }
            guard !watchdog.finished else { return }
            let message = "Error: graphviz: laying out \(what) took longer than \(Int(seconds)) s; "
                + "try --layout sfdp, fewer entities (--max-drawn-nodes / --max-nodes) or a larger --render-timeout\n"
            FileHandle.standardError.write(Data(message.utf8))
            exit(1)
        }
        defer {
            watchdog.lock.lock()
            watchdog.finished = true
            watchdog.lock.unlock()
        }
        return try body()
    }
}
