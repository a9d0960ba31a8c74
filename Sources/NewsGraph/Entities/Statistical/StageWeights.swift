/// The quantised weights of one pass of the tagger: a dense hashed table of
/// `2^hashBits × 17` Int16 emission weights and a `(17 + 1) × 17` transition table,
/// all in the same (quantised) units.
struct StageWeights: Sendable {
    static let L = BILOU.count
    let hashBits: Int
    /// Dense emission weights, row-major by bucket.
    let weights: ContiguousArray<Int16>
    /// Transition scores (row 17 = sentence start), in quantised units.
    let transitions: ContiguousArray<Float>
    /// Quantisation step: real weight = stored value × scale.
    let scale: Float

    init(hashBits: Int, weights: ContiguousArray<Int16>, transitions: ContiguousArray<Float>, scale: Float) {
        precondition(weights.count == (1 << hashBits) * Self.L)
        precondition(transitions.count == (Self.L + 1) * Self.L)
        self.hashBits = hashBits
        self.weights = weights
        self.transitions = transitions
        self.scale = scale
    }

    /// Quantises float weights (e.g. averaged perceptron weights) to Int16, zeroing those whose
    /// magnitude is below `pruneBelow` quantisation steps.
    init(hashBits: Int, floatWeights: [Float], floatTransitions: [Float], pruneBelow: Int16 = 0) {
        var maxAbs: Float = 1e-9
        for w in floatWeights { maxAbs = max(maxAbs, abs(w)) }
        let scale = maxAbs / 32000
        var q = ContiguousArray<Int16>(repeating: 0, count: floatWeights.count)
        for i in floatWeights.indices {
            let v = Int16((floatWeights[i] / scale).rounded())
            q[i] = abs(Int32(v)) < Int32(pruneBelow) ? 0 : v
        }
        let t = ContiguousArray(floatTransitions.map { $0 / scale })
        self.init(hashBits: hashBits, weights: q, transitions: t, scale: scale)
    }

    /// Emission scores of tokens `range` of a feature vector set, written to `out` (`count × 17`).
    @inline(__always)
    func emissions(_ features: FeatureVectors, tokens range: Range<Int>, into out: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { wb in
            let w = UnsafeRawPointer(wb.baseAddress!)
            let wp = wb.baseAddress!
            features.rows.withUnsafeBufferPointer { rows in
                features.starts.withUnsafeBufferPointer { starts in
                    var o = out
                    for t in range {
                        var acc = SIMD16<Int32>(repeating: 0)
                        var last: Int32 = 0
                        for k in Int(starts[t])..<Int(starts[t + 1]) {
                            let r = Int(rows[k])
                            let v = w.loadUnaligned(fromByteOffset: r &* 2, as: SIMD16<Int16>.self)
                            acc &+= SIMD16<Int32>(truncatingIfNeeded: v)
                            last &+= Int32(wp[r &+ 16])
                        }
                        for l in 0..<16 { o[l] = Float(acc[l]) }
                        o[16] = Float(last)
                        o += Self.L
                    }
                }
            }
        }
    }

    /// Number of non-zero weights.
    var nonZeroCount: Int { weights.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }
}
