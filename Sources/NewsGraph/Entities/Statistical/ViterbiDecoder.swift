/// First-order Viterbi decoding over the BILOU label set, restricted to valid transitions,
/// so the best path is always a well-formed BILOU (and hence IOB2) sequence.
enum ViterbiDecoder {
    static let L = BILOU.count
    /// Row index of the start state in a transition table of `(L + 1) × L` scores.
    static let startRow = BILOU.count

    /// For each label, the labels that may precede it.
    static let predecessors: [[Int]] = (0..<BILOU.count).map { next in
        (0..<BILOU.count).filter { BILOU.allowed(from: $0, to: next) }
    }
    static let allowedAtStart: [Bool] = (0..<BILOU.count).map { BILOU.allowed(from: nil, to: $0) }
    static let allowedAtEnd: [Bool] = (0..<BILOU.count).map { BILOU.allowedAtEnd($0) }

    /// Flattened predecessor lists for the hot loop.
    private static let predecessorFlat: [Int] = predecessors.flatMap { $0 }
    private static let predecessorStart: [Int] = {
        var starts = [0]
        for p in predecessors { starts.append(starts.last! + p.count) }
        return starts
    }()

    /// Decodes `n` tokens. `emissions[t * L + l]` is the score of label l at token t;
    /// `transitions[p * L + l]` the score of moving from p to l (row `startRow` = sentence start).
    /// Writes the best valid label sequence into `path` (capacity n); `scratch` needs 2·n·L+2L.
    static func decode(emissions: UnsafePointer<Float>, count n: Int, transitions: UnsafePointer<Float>,
                       path: UnsafeMutablePointer<Int>, scratch: UnsafeMutablePointer<Float>,
                       backpointers: UnsafeMutablePointer<Int32>) {
        guard n > 0 else { return }
        let negInf: Float = -.infinity
        var score = scratch           // current column (L)
        var nextScore = scratch + L   // next column (L)
        predecessorFlat.withUnsafeBufferPointer { pf in
            predecessorStart.withUnsafeBufferPointer { ps in
                for l in 0..<L {
                    score[l] = allowedAtStart[l] ? transitions[startRow * L + l] + emissions[l] : negInf
                }
                if n > 1 {
                    for t in 1..<n {
                        let e = emissions + t * L
                        let bp = backpointers + t * L
                        for l in 0..<L {
                            var best = negInf
                            var arg: Int32 = 0
                            for k in ps[l]..<ps[l + 1] {
                                let p = pf[k]
                                let v = score[p] + transitions[p * L + l]
                                if v > best { best = v; arg = Int32(p) }
                            }
                            nextScore[l] = best + e[l]
                            bp[l] = arg
                        }
                        swap(&score, &nextScore)
                    }
                }
            }
        }
        var best = negInf
        var arg = 0
        for l in 0..<L where allowedAtEnd[l] && score[l] > best { best = score[l]; arg = l }
        path[n - 1] = arg
        var t = n - 1
        while t > 0 {
            arg = Int(backpointers[t * L + arg])
            path[t - 1] = arg
            t -= 1
        }
    }

    /// Convenience wrapper for arrays (tests, tools).
    static func decode(emissions: [Float], transitions: [Float]) -> [Int] {
        let n = emissions.count / L
        guard n > 0 else { return [] }
        var path = [Int](repeating: 0, count: n)
        var scratch = [Float](repeating: 0, count: 2 * L)
        var bp = [Int32](repeating: 0, count: n * L)
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                path.withUnsafeMutableBufferPointer { p in
                    scratch.withUnsafeMutableBufferPointer { s in
                        bp.withUnsafeMutableBufferPointer { b in
                            decode(emissions: e.baseAddress!, count: n, transitions: tr.baseAddress!,
                                   path: p.baseAddress!, scratch: s.baseAddress!, backpointers: b.baseAddress!)
                        }
                    }
                }
            }
        }
        return path
    }
}
