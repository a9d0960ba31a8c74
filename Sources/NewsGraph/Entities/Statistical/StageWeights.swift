/// The quantised weights of one pass of the tagger: a hashed table of `2^hashBits` buckets ×
/// 17 Int16 emission weights and a `(17 + 1) × 17` transition table, all in the same
/// (quantised) units.
///
/// Most buckets are all zero (pruned or never seen), so only the non-zero rows are kept,
/// packed in bucket order; a bitmap of the present buckets with a running count per 64-bit
/// word maps a bucket to its packed row. The table then fits in cache, which is what makes
/// emission scoring fast; row 0 is all zeros and stands for every absent bucket.
struct StageWeights: Sendable {
    static let L = BILOU.count
    let hashBits: Int
    /// One bit per bucket: whether its row is stored.
    let present: ContiguousArray<UInt64>
    /// Per bitmap word: the packed row index of its first present bucket (1 + rows before it).
    let rank: ContiguousArray<UInt32>
    /// Packed rows: the first 16 weights of each (one aligned 32-byte vector, so a row never
    /// straddles two cache lines) and, apart, the 17th. Row 0 is the zero row.
    let heads: ContiguousArray<SIMD16<Int16>>
    let tails: ContiguousArray<Int16>
    /// Transition scores (row 17 = sentence start), in quantised units.
    let transitions: ContiguousArray<Float>
    /// Quantisation step: real weight = stored value × scale.
    let scale: Float

    /// Packs a dense table of `2^hashBits × 17` weights.
    init(hashBits: Int, weights: ContiguousArray<Int16>, transitions: ContiguousArray<Float>, scale: Float) {
        precondition(weights.count == (1 << hashBits) * Self.L)
        let L = Self.L
        var builder = Builder(hashBits: hashBits, capacity: 0)
        for bucket in 0..<(1 << hashBits) {
            let row = weights[(bucket * L)..<((bucket + 1) * L)]
            if row.contains(where: { $0 != 0 }) { builder.append(bucket: bucket, weights: row) }
        }
        self.init(hashBits: hashBits, builder: builder, transitions: transitions, scale: scale)
    }

    init(hashBits: Int, builder: Builder, transitions: ContiguousArray<Float>, scale: Float) {
        precondition(transitions.count == (Self.L + 1) * Self.L)
        self.hashBits = hashBits
        self.present = builder.present
        var rank = ContiguousArray<UInt32>(repeating: 0, count: builder.present.count)
        var running: UInt32 = 1
        for w in builder.present.indices {
            rank[w] = running
            running += UInt32(builder.present[w].nonzeroBitCount)
        }
        self.rank = rank
        self.heads = builder.heads
        self.tails = builder.tails
        self.transitions = transitions
        self.scale = scale
    }

    /// Collects non-zero rows in increasing bucket order.
    struct Builder {
        var present: ContiguousArray<UInt64>
        var heads: ContiguousArray<SIMD16<Int16>>
        var tails: ContiguousArray<Int16>
        private(set) var lastBucket = -1

        init(hashBits: Int, capacity: Int) {
            present = ContiguousArray(repeating: 0, count: max(1, (1 << hashBits) / 64))
            heads = [SIMD16(repeating: 0)]
            tails = [0]
            heads.reserveCapacity(capacity + 1)
            tails.reserveCapacity(capacity + 1)
        }

        /// Appends the row of `bucket`, which must be greater than every bucket appended before.
        mutating func append<C: Collection>(bucket: Int, weights: C) where C.Element == Int16 {
            precondition(bucket > lastBucket)
            lastBucket = bucket
            present[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var head = SIMD16<Int16>(repeating: 0)
            var i = weights.startIndex
            for l in 0..<16 { head[l] = weights[i]; i = weights.index(after: i) }
            heads.append(head)
            tails.append(weights[i])
        }
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

    /// Calls `body` with each stored row (bucket, `L` weights) in increasing bucket order.
    func forEachRow(_ body: (Int, UnsafeBufferPointer<Int16>) -> Void) {
        let L = Self.L
        var row = [Int16](repeating: 0, count: L)
        row.withUnsafeMutableBufferPointer { r in
            var packed = 1
            for w in present.indices {
                var bits = present[w]
                while bits != 0 {
                    let bucket = w * 64 + bits.trailingZeroBitCount
                    bits &= bits - 1
                    for l in 0..<16 { r[l] = heads[packed][l] }
                    r[16] = tails[packed]
                    body(bucket, UnsafeBufferPointer(r))
                    packed += 1
                }
            }
        }
    }

    /// The dense `2^hashBits × 17` table (for comparing models).
    var weights: ContiguousArray<Int16> {
        let L = Self.L
        var dense = ContiguousArray<Int16>(repeating: 0, count: (1 << hashBits) * L)
        forEachRow { bucket, row in
            for l in 0..<L { dense[bucket * L + l] = row[l] }
        }
        return dense
    }

    /// Packed row index of a bucket (0, the zero row, when the bucket is absent).
    @inline(__always)
    private static func packedRow(_ bucket: Int, _ present: UnsafePointer<UInt64>, _ rank: UnsafePointer<UInt32>) -> Int {
        let word = present[bucket &>> 6]
        let bit = UInt64(bucket & 63)
        let below = word & ((1 &<< bit) &- 1)
        let has = Int((word &>> bit) & 1)
        return (Int(rank[bucket &>> 6]) &+ below.nonzeroBitCount) &* has
    }

    /// Emission scores of tokens `range` of a feature vector set, written to `out` (`count × 17`).
    /// Sums are exact (integers), so the order of features does not matter, and the sum of a token's
    /// word-determined features may come from `cache` (keyed by `words[t].word`).
    @inline(__always)
    func emissions(_ features: FeatureVectors, tokens range: Range<Int>, words: UnsafePointer<TokenInfo>,
                   cache: inout WordEmissionCache, into out: UnsafeMutablePointer<Float>) {
        let L = Self.L
        let prefix = features.wordDetermined
        heads.withUnsafeBufferPointer { hb in
            tails.withUnsafeBufferPointer { tb in
                present.withUnsafeBufferPointer { pb in
                    rank.withUnsafeBufferPointer { rb in
                        let hp = hb.baseAddress!, tp = tb.baseAddress!
                        let pp = pb.baseAddress!, rp = rb.baseAddress!
                        features.rows.withUnsafeBufferPointer { rows in
                            features.starts.withUnsafeBufferPointer { starts in
                                let slotShift = UInt64(64 - cache.slotBits)
                                cache.withSlots { cacheKeys, cacheHeads, cacheTails in
                                    @inline(__always)
                                    func add(_ from: Int, _ to: Int, _ acc: inout SIMD16<Int32>, _ last: inout Int32) {
                                        for k in from..<to {
                                            // Feature rows are offsets into the dense layout (bucket × L).
                                            let r = Self.packedRow(Int(rows[k]) / L, pp, rp)
                                            acc &+= SIMD16<Int32>(truncatingIfNeeded: hp[r])
                                            last &+= Int32(tp[r])
                                        }
                                    }
                                    var o = out
                                    for t in range {
                                        var acc = SIMD16<Int32>(repeating: 0)
                                        var last: Int32 = 0
                                        var k = Int(starts[t])
                                        let end = Int(starts[t + 1])
                                        let word = words[t].word
                                        if prefix > 0 && word != 0 && end - k >= prefix {
                                            let slot = Int(truncatingIfNeeded: (word &* WordEmissionCache.spread) &>> slotShift)
                                            if cacheKeys[slot] == word {
                                                acc = cacheHeads[slot]
                                                last = cacheTails[slot]
                                            } else {
                                                add(k, k + prefix, &acc, &last)
                                                cacheKeys[slot] = word
                                                cacheHeads[slot] = acc
                                                cacheTails[slot] = last
                                            }
                                            k += prefix
                                        }
                                        add(k, end, &acc, &last)
                                        for l in 0..<16 { o[l] = Float(acc[l]) }
                                        o[16] = Float(last)
                                        o += L
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Number of non-zero weights.
    var nonZeroCount: Int {
        var n = 0
        forEachRow { _, row in n += row.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }
        return n
    }
}
