import Foundation

/// The sums of the word-determined feature rows (`FeatureVectors.wordDetermined`) of recently seen
/// words, for one stage's weights: a direct-mapped table keyed by the word's hash.
///
/// A word's dozen word-determined features are a dozen scattered loads from the weight table; news
/// repeats its words ("the", "said", "Corp", the names of the day), so one load of their sum serves
/// most tokens. Sums are exact integers, so a cached sum equals the computed one and the labels never
/// depend on what the cache holds.
struct WordEmissionCache {
    /// log2 of the slot count.
    let slotBits: Int
    private(set) var keys: ContiguousArray<UInt64>
    private(set) var heads: ContiguousArray<SIMD16<Int32>>
    private(set) var tails: ContiguousArray<Int32>

    /// 2^14 slots of 76 bytes: about 1.2 MB.
    init(slotBits: Int = 14) {
        precondition((1...24).contains(slotBits))
        self.slotBits = slotBits
        let n = 1 << slotBits
        keys = ContiguousArray(repeating: 0, count: n)
        heads = ContiguousArray(repeating: SIMD16(repeating: 0), count: n)
        tails = ContiguousArray(repeating: 0, count: n)
    }

    /// A word hash's slot is the top `slotBits` bits of its product with this odd constant, which
    /// spreads any hash's bits over the top ones.
    static let spread: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Runs `body` with raw pointers to the keys, sums and tails (for the emission loop).
    mutating func withSlots<R>(_ body: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<SIMD16<Int32>>,
                                        UnsafeMutablePointer<Int32>) -> R) -> R {
        keys.withUnsafeMutableBufferPointer { k in
            heads.withUnsafeMutableBufferPointer { h in
                tails.withUnsafeMutableBufferPointer { t in body(k.baseAddress!, h.baseAddress!, t.baseAddress!) }
            }
        }
    }
}

/// Caches for the tagger's stages, lent to one document's decoding at a time, so that threads tagging
/// different documents never share one.
final class WordEmissionCachePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [[WordEmissionCache]] = []
    private let stages: Int

    init(stages: Int) { self.stages = stages }

    /// Calls `body` with one cache per stage, taken from the pool (or new) and returned after.
    func borrow<R>(_ body: (inout [WordEmissionCache]) -> R) -> R {
        lock.lock()
        var caches = idle.popLast() ?? []
        lock.unlock()
        if caches.isEmpty { caches = (0..<stages).map { _ in WordEmissionCache() } }
        let result = body(&caches)
        lock.lock()
        idle.append(caches)
        lock.unlock()
        return result
    }
}
