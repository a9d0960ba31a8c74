/// Decodes a whole document with one pass's weights: emission scoring per sentence, then
/// constrained Viterbi. Shared by the tagger (quantised weights) and the trainer (float weights).
struct DocumentDecoder {
    private var emissions: [Float] = []
    private var scratch: [Float] = [Float](repeating: 0, count: 2 * BILOU.count)
    private var backpointers: [Int32] = []
    private var path: [Int] = []

    private mutating func reserve(_ n: Int) {
        let need = n * BILOU.count
        if emissions.count < need {
            emissions = [Float](repeating: 0, count: need)
            backpointers = [Int32](repeating: 0, count: need)
            path = [Int](repeating: 0, count: n)
        }
    }

    /// Decodes with quantised weights; returns one BILOU index per token. `cache` holds word sums of
    /// `stage` only (see `WordEmissionCache`).
    mutating func decode(_ doc: PreparedDocument, features: FeatureVectors, stage: StageWeights,
                         cache: inout WordEmissionCache) -> [Int] {
        var out = [Int](repeating: 0, count: doc.tokenCount)
        for s in 0..<doc.sentenceCount {
            let a = doc.sentenceStarts[s], b = doc.sentenceStarts[s + 1]
            let n = b - a
            guard n > 0 else { continue }
            reserve(n)
            emissions.withUnsafeMutableBufferPointer { e in
                doc.infos.withUnsafeBufferPointer { words in
                    stage.emissions(features, tokens: a..<b, words: words.baseAddress!, cache: &cache, into: e.baseAddress!)
                }
            }
            viterbi(n, transitions: stage.transitions)
            for i in 0..<n { out[a + i] = path[i] }
        }
        return out
    }

    /// Decodes with float weights (training); `weights` is the dense `buckets × 17` table.
    mutating func decode(_ doc: PreparedDocument, features: FeatureVectors,
                         weights: UnsafeBufferPointer<Float>, transitions: [Float]) -> [Int] {
        var out = [Int](repeating: 0, count: doc.tokenCount)
        for s in 0..<doc.sentenceCount {
            let a = doc.sentenceStarts[s], b = doc.sentenceStarts[s + 1]
            decodeSentence(a..<b, features: features, weights: weights, transitions: transitions)
            for i in 0..<(b - a) { out[a + i] = path[i] }
        }
        return out
    }

    /// Decodes one sentence (token range) with float weights; the result is `path[0..<n]`.
    @discardableResult
    mutating func decodeSentence(_ range: Range<Int>, features: FeatureVectors,
                                 weights: UnsafeBufferPointer<Float>, transitions: [Float]) -> ArraySlice<Int> {
        let n = range.count
        guard n > 0 else { return [] }
        reserve(n)
        let L = BILOU.count
        emissions.withUnsafeMutableBufferPointer { e in
            features.rows.withUnsafeBufferPointer { rows in
                features.starts.withUnsafeBufferPointer { starts in
                    var o = e.baseAddress!
                    for t in range {
                        for l in 0..<L { o[l] = 0 }
                        for k in Int(starts[t])..<Int(starts[t + 1]) {
                            let r = weights.baseAddress! + Int(rows[k])
                            for l in 0..<L { o[l] += r[l] }
                        }
                        o += L
                    }
                }
            }
        }
        viterbi(n, transitions: transitions)
        return path[0..<n]
    }

    private mutating func viterbi<C: Collection>(_ n: Int, transitions: C) where C.Element == Float {
        let ok: Void? = transitions.withContiguousStorageIfAvailable { tr in
            runViterbi(n, tr.baseAddress!)
        }
        if ok == nil {
            let copy = Array(transitions)
            copy.withUnsafeBufferPointer { runViterbi(n, $0.baseAddress!) }
        }
    }

    private mutating func runViterbi(_ n: Int, _ tr: UnsafePointer<Float>) {
        emissions.withUnsafeBufferPointer { e in
            path.withUnsafeMutableBufferPointer { p in
                scratch.withUnsafeMutableBufferPointer { s in
                    backpointers.withUnsafeMutableBufferPointer { bp in
                        ViterbiDecoder.decode(emissions: e.baseAddress!, count: n, transitions: tr,
                                              path: p.baseAddress!, scratch: s.baseAddress!,
                                              backpointers: bp.baseAddress!)
                    }
                }
            }
        }
    }
}
