/// The transition table's rows of the S0–N0 pair templates (`ParserPairFeatures`) summed per pair, for the pairs
/// met in a sentence (direct-mapped as `ParserPairFeatures`): a state whose pair was met adds one sum where it
/// added 19 rows. The Int32 sums wrap as the row-by-row sum does, so every score is the same.
struct TransitionPairScores {
    private let mask: Int
    private let slots: Int
    /// Per entry, the pair it holds (`ParserPairFeatures.key`), -1 when none.
    private var keys: [Int]
    /// Per entry, the sums split by class parity (`QuantizedTable.addRow32`): even classes, then odd.
    private var sums: [SIMD16<Int32>]
    private let featureIndices = ParserPairFeatures.featureIndices

    init(words: Int) {
        slots = words + 2
        let entries = ParserPairFeatures.entries(words: words)
        mask = entries - 1
        keys = [Int](repeating: -1, count: entries)
        // Left unset: an entry is read only once its key says it was written.
        sums = [SIMD16<Int32>](unsafeUninitializedCapacity: 2 * entries) { _, count in count = 2 * entries }
    }

    /// The sum of the pair rows of a state with S0 `s0` and N0 `n0`, whose features are `features`: even classes,
    /// odd classes.
    @inline(__always)
    mutating func sum(s0: Int, n0: Int, features: UnsafeBufferPointer<UInt64>,
                      table: QuantizedTable) -> (even: SIMD16<Int32>, odd: SIMD16<Int32>) {
        let key = ParserPairFeatures.key(s0: s0, n0: n0, slots: slots)
        let e = ParserPairFeatures.entry(key: key, mask: mask)
        if keys[e] != key {
            let (even, odd) = featureIndices.withUnsafeBufferPointer { indices in
                var even = SIMD16<Int32>.zero, odd = even
                for i in indices { table.addRow32(features[i], even: &even, odd: &odd) }
                return (even, odd)
            }
            sums[2 &* e] = even
            sums[2 &* e &+ 1] = odd
            keys[e] = key
        }
        return sums.withUnsafeBufferPointer { s in (s[2 &* e], s[2 &* e &+ 1]) }
    }
}
