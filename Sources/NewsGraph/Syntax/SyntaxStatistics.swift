import Foundation

/// Process-wide counts of sentences analyzed and sentences parsed on demand, and the time parsing took,
/// so that a build can report what the lazy parser cost.
public final class SyntaxStatistics: @unchecked Sendable {
    public static let shared = SyntaxStatistics()
    private let lock = NSLock()
    private var sentences = 0
    private var parsed = 0
    private var nanoseconds: UInt64 = 0

    func addSentences(_ count: Int) { lock.withLock { sentences += count } }
    func addParse(nanoseconds elapsed: UInt64) { lock.withLock { parsed += 1; nanoseconds += elapsed } }

    /// Sentences analyzed, sentences parsed, seconds spent parsing (summed over threads).
    public var snapshot: (sentences: Int, parsed: Int, seconds: Double) {
        lock.withLock { (sentences, parsed, Double(nanoseconds) / 1e9) }
    }

    /// "parsed 120 of 98765 sentences (0.1%), 0.02 s of parsing"
    public var summary: String {
        let s = snapshot
        return String(format: "parsed %d of %d sentences (%.1f%%), %.2f s of parsing", s.parsed, s.sentences,
                      100 * Double(s.parsed) / Double(max(1, s.sentences)), s.seconds)
    }
}
