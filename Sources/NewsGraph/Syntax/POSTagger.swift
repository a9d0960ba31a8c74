/// Greedy left-to-right UPOS tagging with an averaged perceptron (the previous two predicted tags are
/// features), over hashed features of the word, its affixes, shape, clusters and neighbours.
struct POSTagging {
    static let classes = UPOS.allCases.count
    /// Bumped whenever the features change (model files record it).
    static let featureVersion: UInt32 = 1

    /// The features of word `i` given the previous two tags (`classes` and `classes + 1` for none).
    static func features(_ s: SyntaxWords, _ i: Int, previous p1: Int, _ p2: Int, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let t = s.infos[i]
        let before = i > 0 ? s.infos[i - 1] : TokenInfo.before
        let before2 = i > 1 ? s.infos[i - 2] : TokenInfo.before2
        let after = i + 1 < s.count ? s.infos[i + 1] : TokenInfo.after
        let after2 = i + 2 < s.count ? s.infos[i + 2] : TokenInfo.after2
        let c = s.clusters[i]
        let cb = i > 0 ? s.clusters[i - 1] : 0xFFFF_FFFE
        let ca = i + 1 < s.count ? s.clusters[i + 1] : 0xFFFF_FFFD
        let P1 = UInt64(p1), P2 = UInt64(p2)
        f.append(feat(1, 0))
        f.append(feat(2, t.word))
        f.append(feat(3, t.lower))
        f.append(feat(4, t.suf1)); f.append(feat(5, t.suf2)); f.append(feat(6, t.suf3)); f.append(feat(7, t.suf4))
        f.append(feat(8, t.pre1)); f.append(feat(9, t.pre2)); f.append(feat(10, t.pre3))
        f.append(feat(11, t.shape))
        f.append(feat(12, t.caseClass.rawValue, i == 0 ? 1 : 0))
        f.append(feat(13, P1))
        f.append(feat(14, P1, P2))
        f.append(feat(15, P1, t.lower))
        f.append(feat(16, before.lower)); f.append(feat(17, before2.lower))
        f.append(feat(18, after.lower)); f.append(feat(19, after2.lower))
        f.append(feat(20, before.suf3)); f.append(feat(21, after.suf3))
        f.append(feat(22, before.lower, t.lower)); f.append(feat(23, t.lower, after.lower))
        f.append(feat(24, P1, after.lower))
        f.append(feat(25, UInt64(c & 0x3FF))); f.append(feat(26, UInt64((c >> 10) & 0xFF))); f.append(feat(27, UInt64(c >> 18)))
        f.append(feat(28, UInt64(cb & 0x3FF))); f.append(feat(29, UInt64(ca & 0x3FF)))
        f.append(feat(30, P1, UInt64(c >> 10)))
        f.append(feat(31, after.shape)); f.append(feat(32, before.shape))
        f.append(feat(33, t.suf3, after.lower))
    }

    /// Tags a sentence greedily with a quantised table.
    static func tag(_ s: SyntaxWords, table: QuantizedTable, features f: inout [UInt64]) -> [Int] {
        var tags = [Int](repeating: 0, count: s.count)
        var scores = [Int32](repeating: 0, count: classes)
        var p1 = classes, p2 = classes + 1
        for i in 0..<s.count {
            features(s, i, previous: p1, p2, into: &f)
            for c in 0..<classes { scores[c] = 0 }
            f.withUnsafeBufferPointer { fb in scores.withUnsafeMutableBufferPointer { table.accumulate(fb, into: $0.baseAddress!) } }
            var best = 0
            for c in 1..<classes where scores[c] > scores[best] { best = c }
            tags[i] = best
            p2 = p1; p1 = best
        }
        return tags
    }
}
