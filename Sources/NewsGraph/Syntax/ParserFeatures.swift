/// The parser's feature templates, after Zhang & Nivre (2011): words, tags and clusters of the top of
/// the stack (S0, S1) and the front of the buffer (N0, N1, N2), S0's head and grandhead, the leftmost
/// and rightmost children of S0 and N0 with their labels, valencies, label sets and the S0–N0 distance.
enum ParserFeatures {
    /// Bumped whenever the templates change (model files record it).
    static let version: UInt32 = 3

    /// Positions in the feature vector of the templates the relation classifier reads: words, tags and their
    /// pairs and triples; heads, children and their labels; clusters.
    static let relationTemplates: [Range<Int>] = [0..<30, 42..<54, 76..<85]

    private static let noWord: UInt64 = FeatureHash.mix(0x5157)
    private static let rootWord: UInt64 = FeatureHash.mix(0x7007)

    static func extract(_ st: ArcEagerState, words s: SyntaxWords, tags: [Int], into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let none = ArcEagerState.none
        @inline(__always) func w(_ x: Int) -> UInt64 { x == none ? noWord : (x == 0 ? rootWord : s.infos[x - 1].lower) }
        @inline(__always) func p(_ x: Int) -> UInt64 { x == none ? 40 : (x == 0 ? 41 : UInt64(tags[x - 1])) }
        @inline(__always) func c(_ x: Int) -> UInt64 { x == none ? 0xFFFF_FFFE : (x == 0 ? 0xFFFF_FFFD : UInt64(s.clusters[x - 1])) }
        @inline(__always) func l(_ x: Int) -> UInt64 { x == none ? 60 : UInt64(bitPattern: Int64(st.label(x))) &+ 1 }

        let S0 = st.s0, S1 = st.s1
        let N0 = st.buffer(0), N1 = st.buffer(1), N2 = st.buffer(2)
        let S0h = S0 == 0 ? none : st.head(S0)
        let S0h2 = S0h == none || S0h == 0 ? none : st.head(S0h)
        let S0l = S0 == none ? none : st.leftmost(S0), S0l2 = S0 == none ? none : st.left2(S0)
        let S0r = S0 == none ? none : st.rightmost(S0), S0r2 = S0 == none ? none : st.right2(S0)
        let N0l = N0 == none ? none : st.leftmost(N0), N0l2 = N0 == none ? none : st.left2(N0)

        let s0w = w(S0), s0p = p(S0), n0w = w(N0), n0p = p(N0), n1w = w(N1), n1p = p(N1), n2w = w(N2), n2p = p(N2)
        let s1w = w(S1), s1p = p(S1)
        f.append(feat(1, 0))
        // Single words.
        f.append(feat(2, s0w, s0p)); f.append(feat(3, s0w)); f.append(feat(4, s0p))
        f.append(feat(5, n0w, n0p)); f.append(feat(6, n0w)); f.append(feat(7, n0p))
        f.append(feat(8, n1w, n1p)); f.append(feat(9, n1w)); f.append(feat(10, n1p))
        f.append(feat(11, n2w, n2p)); f.append(feat(12, n2w)); f.append(feat(13, n2p))
        f.append(feat(14, s1w, s1p)); f.append(feat(15, s1p))
        // Pairs.
        f.append(feat(16, feat(0, s0w, s0p), n0w, n0p)); f.append(feat(17, feat(0, s0w, s0p), n0w))
        f.append(feat(18, s0w, feat(0, n0w, n0p))); f.append(feat(19, feat(0, s0w, s0p), n0p))
        f.append(feat(20, s0p, feat(0, n0w, n0p))); f.append(feat(21, s0w, n0w)); f.append(feat(22, s0p, n0p))
        f.append(feat(23, n0p, n1p))
        // Three tags.
        f.append(feat(24, n0p, n1p, n2p)); f.append(feat(25, s0p, n0p, n1p))
        f.append(feat(26, p(S0h), s0p, n0p)); f.append(feat(27, s0p, p(S0l), n0p))
        f.append(feat(28, s0p, p(S0r), n0p)); f.append(feat(29, s0p, n0p, p(N0l)))
        f.append(feat(30, s1p, s0p, n0p))
        // Distance.
        let d: UInt64 = S0 == 0 || N0 == none ? 0 : UInt64(min(N0 - S0, 10))
        f.append(feat(31, s0w, d)); f.append(feat(32, s0p, d)); f.append(feat(33, n0w, d)); f.append(feat(34, n0p, d))
        f.append(feat(35, feat(0, s0w, n0w), d)); f.append(feat(36, feat(0, s0p, n0p), d))
        // Valency.
        let s0vl = S0 == none ? 9 : UInt64(min(st.leftCount(S0), 5)), s0vr = S0 == none ? 9 : UInt64(min(st.rightCount(S0), 5))
        let n0vl = N0 == none ? 9 : UInt64(min(st.leftCount(N0), 5))
        f.append(feat(37, s0w, s0vr)); f.append(feat(38, s0p, s0vr)); f.append(feat(39, s0w, s0vl)); f.append(feat(40, s0p, s0vl))
        f.append(feat(41, n0w, n0vl)); f.append(feat(42, n0p, n0vl))
        // Heads, children and their labels.
        f.append(feat(43, w(S0h))); f.append(feat(44, p(S0h))); f.append(feat(45, l(S0)))
        f.append(feat(46, w(S0l))); f.append(feat(47, p(S0l))); f.append(feat(48, l(S0l)))
        f.append(feat(49, w(S0r))); f.append(feat(50, p(S0r))); f.append(feat(51, l(S0r)))
        f.append(feat(52, w(N0l))); f.append(feat(53, p(N0l))); f.append(feat(54, l(N0l)))
        // Third order.
        f.append(feat(55, w(S0h2))); f.append(feat(56, p(S0h2))); f.append(feat(57, l(S0h)))
        f.append(feat(58, w(S0l2))); f.append(feat(59, p(S0l2))); f.append(feat(60, l(S0l2)))
        f.append(feat(61, w(S0r2))); f.append(feat(62, p(S0r2))); f.append(feat(63, l(S0r2)))
        f.append(feat(64, w(N0l2))); f.append(feat(65, p(N0l2))); f.append(feat(66, l(N0l2)))
        f.append(feat(67, s0p, p(S0l), p(S0l2))); f.append(feat(68, s0p, p(S0r), p(S0r2)))
        f.append(feat(69, s0p, p(S0h), p(S0h2))); f.append(feat(70, n0p, p(N0l), p(N0l2)))
        // Label sets.
        let s0ls = S0 == none ? 1 << 63 : st.leftLabels(S0), s0rs = S0 == none ? 1 << 63 : st.rightLabels(S0)
        let n0ls = N0 == none ? 1 << 63 : st.leftLabels(N0)
        f.append(feat(71, s0w, s0rs)); f.append(feat(72, s0p, s0rs)); f.append(feat(73, s0w, s0ls)); f.append(feat(74, s0p, s0ls))
        f.append(feat(75, n0w, n0ls)); f.append(feat(76, n0p, n0ls))
        // Word clusters (fine 1024 and coarse 64).
        let s0c = c(S0), n0c = c(N0), n1c = c(N1), s1c = c(S1)
        f.append(feat(77, s0c & 0x3FF)); f.append(feat(78, n0c & 0x3FF)); f.append(feat(79, n1c & 0x3FF))
        f.append(feat(80, s0c >> 18, n0c >> 18)); f.append(feat(81, s0c & 0x3FF, n0p)); f.append(feat(82, s0p, n0c & 0x3FF))
        f.append(feat(83, s1c & 0x3FF)); f.append(feat(84, (s0c >> 10) & 0xFF, (n0c >> 10) & 0xFF))
        f.append(feat(85, s0p, n0p, p(N0 == none ? none : N0 - 1)))
    }
}
