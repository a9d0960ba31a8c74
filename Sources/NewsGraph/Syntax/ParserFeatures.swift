/// The parser's feature templates, after Zhang & Nivre (2011): words, tags and clusters of the top of
/// the stack (S0, S1) and the front of the buffer (N0, N1, N2), S0's head and grandhead, the leftmost
/// and rightmost children of S0 and N0 with their labels, valencies, label sets and the S0–N0 distance.
/// The templates over one position are hashed once per sentence (`ParserWordFeatures`), those over S0 and N0
/// once per pair met (`ParserPairFeatures`), those over a position's label once for all (`labelHashes`); the
/// rest at every state. Decoding relies on the order (template `t` at index `t - 1`) and on these groups: the
/// transition scorer sums the rows of the first two per position and per pair.
enum ParserFeatures {
    /// Bumped whenever the templates change (model files record it).
    static let version: UInt32 = 3

    /// Features of every state, in the order `extract` writes them.
    static let count = 85

    /// Positions in the feature vector of the templates that are not one position's (`ParserWordFeatures.Role`):
    /// the ones a state's transition scores need rows of, where the one-position rows come summed per position
    /// (`TransitionPositionScores`).
    static let perStateIndices: [Int] = {
        let onePosition = Set(ParserWordFeatures.Role.allCases.flatMap { $0.columns.map(\.featureIndex) })
        return (0..<count).filter { !onePosition.contains($0) }
    }()

    /// `perStateIndices` but for the S0–N0 pair templates (`ParserPairFeatures`): the templates that need
    /// more of a state than two of its positions.
    static let ownIndices: [Int] = perStateIndices.filter { !ParserPairFeatures.featureIndices.contains($0) }

    /// Positions in the feature vector of the templates the relation classifier reads: words, tags and their
    /// pairs and triples; heads, children and their labels; clusters.
    static let relationTemplates: [Range<Int>] = [0..<30, 42..<54, 76..<85]

    private static let bias = feat(1, 0)
    /// The label templates (45, 48, ..., 66, in the order of `LabelOf`), each hashed with every label value:
    /// the position's relation + 1 (0 when it has no head yet), 60 for no position.
    private static let labelTemplates: [UInt64] = [45, 48, 51, 54, 57, 60, 63, 66]
    private static let labelHashes: [UInt64] = labelTemplates.flatMap { t in (0..<64).map { feat(t, UInt64($0)) } }
    private enum LabelOf: Int { case s0, s0l, s0r, n0l, s0h, s0l2, s0r2, n0l2 }

    /// The features of a state, into an array (training).
    @discardableResult
    static func extract(_ st: ArcEagerState, words a: ParserWordFeatures,
                        into f: inout [UInt64]) -> ParserWordFeatures.RolePositions {
        if f.count != count { f = [UInt64](repeating: 0, count: count) }
        return f.withUnsafeMutableBufferPointer { extract(st, words: a, into: $0) }
    }

    /// The `count` features of a state, written to `f` (template `t` at index `t - 1`); returns the positions
    /// its one-position templates were read at. (A buffer, not a pointer: `&array` would silently pass an
    /// array's storage as a pointer, whatever its count.)
    @discardableResult
    static func extract(_ st: ArcEagerState, words a: ParserWordFeatures,
                        into f: UnsafeMutableBufferPointer<UInt64>) -> ParserWordFeatures.RolePositions {
        precondition(f.count >= count)
        let none = ArcEagerState.none
        @inline(__always) func w(_ x: Int) -> UInt64 { a.word(x) }
        @inline(__always) func p(_ x: Int) -> UInt64 { a.tag(x) }
        @inline(__always) func l(_ template: LabelOf, _ x: Int) -> UInt64 {
            labelHashes[template.rawValue &* 64 &+ (x == none ? 60 : st.label(x) &+ 1)]
        }
        var k = 0
        @inline(__always) func put(_ v: UInt64) { f[k] = v; k &+= 1 }

        let S0 = st.s0, S1 = st.s1
        let N0 = st.buffer(0), N1 = st.buffer(1), N2 = st.buffer(2)
        let S0h = S0 == 0 ? none : st.head(S0)
        let S0h2 = S0h == none || S0h == 0 ? none : st.head(S0h)
        let S0l = S0 == none ? none : st.leftmost(S0), S0l2 = S0 == none ? none : st.left2(S0)
        let S0r = S0 == none ? none : st.rightmost(S0), S0r2 = S0 == none ? none : st.right2(S0)
        let N0l = N0 == none ? none : st.leftmost(N0), N0l2 = N0 == none ? none : st.left2(N0)

        let s0w = w(S0), s0p = p(S0), n0w = w(N0), n0p = p(N0)
        let s1p = p(S1)
        let pair = a.pairs.features(s0: S0, n0: N0, words: a)
        put(bias)
        // Single words.
        put(a[S0, .s0WordTag]); put(a[S0, .s0Word]); put(a[S0, .s0Tag])
        put(a[N0, .n0WordTag]); put(a[N0, .n0Word]); put(a[N0, .n0Tag])
        put(a[N1, .n1WordTag]); put(a[N1, .n1Word]); put(a[N1, .n1Tag])
        put(a[N2, .n2WordTag]); put(a[N2, .n2Word]); put(a[N2, .n2Tag])
        put(a[S1, .s1WordTag]); put(a[S1, .s1Tag])
        // Pairs (16-22).
        for k in 0..<7 { put(pair[k]) }
        put(a[N0, .n0n1Tags])
        // Three tags.
        put(a[N0, .n0n1n2Tags]); put(pair[7])
        put(feat(26, p(S0h), s0p, n0p)); put(feat(27, s0p, p(S0l), n0p))
        put(feat(28, s0p, p(S0r), n0p)); put(feat(29, s0p, n0p, p(N0l)))
        put(feat(30, s1p, s0p, n0p))
        // Distance (31-36).
        for k in 8..<14 { put(pair[k]) }
        // Valency.
        let s0vl = S0 == none ? 9 : UInt64(min(st.leftCount(S0), 5)), s0vr = S0 == none ? 9 : UInt64(min(st.rightCount(S0), 5))
        let n0vl = N0 == none ? 9 : UInt64(min(st.leftCount(N0), 5))
        put(feat(37, s0w, s0vr)); put(feat(38, s0p, s0vr)); put(feat(39, s0w, s0vl)); put(feat(40, s0p, s0vl))
        put(feat(41, n0w, n0vl)); put(feat(42, n0p, n0vl))
        // Heads, children and their labels.
        put(a[S0h, .s0hWord]); put(a[S0h, .s0hTag]); put(l(.s0, S0))
        put(a[S0l, .s0lWord]); put(a[S0l, .s0lTag]); put(l(.s0l, S0l))
        put(a[S0r, .s0rWord]); put(a[S0r, .s0rTag]); put(l(.s0r, S0r))
        put(a[N0l, .n0lWord]); put(a[N0l, .n0lTag]); put(l(.n0l, N0l))
        // Third order.
        put(a[S0h2, .s0h2Word]); put(a[S0h2, .s0h2Tag]); put(l(.s0h, S0h))
        put(a[S0l2, .s0l2Word]); put(a[S0l2, .s0l2Tag]); put(l(.s0l2, S0l2))
        put(a[S0r2, .s0r2Word]); put(a[S0r2, .s0r2Tag]); put(l(.s0r2, S0r2))
        put(a[N0l2, .n0l2Word]); put(a[N0l2, .n0l2Tag]); put(l(.n0l2, N0l2))
        put(feat(67, s0p, p(S0l), p(S0l2))); put(feat(68, s0p, p(S0r), p(S0r2)))
        put(feat(69, s0p, p(S0h), p(S0h2))); put(feat(70, n0p, p(N0l), p(N0l2)))
        // Label sets.
        let s0ls = S0 == none ? 1 << 63 : st.leftLabels(S0), s0rs = S0 == none ? 1 << 63 : st.rightLabels(S0)
        let n0ls = N0 == none ? 1 << 63 : st.leftLabels(N0)
        put(feat(71, s0w, s0rs)); put(feat(72, s0p, s0rs)); put(feat(73, s0w, s0ls)); put(feat(74, s0p, s0ls))
        put(feat(75, n0w, n0ls)); put(feat(76, n0p, n0ls))
        // Word clusters (fine 1024 and coarse 64).
        put(a[S0, .s0Cluster]); put(a[N0, .n0Cluster]); put(a[N1, .n1Cluster])
        put(pair[14]); put(pair[15]); put(pair[16])
        put(a[S1, .s1Cluster]); put(pair[17])
        put(pair[18])
        assert(k == count)
        let positions = ParserWordFeatures.RolePositions(s0: S0, n0: N0, n1: N1, n2: N2, s1: S1, s0h: S0h, s0l: S0l,
                                                         s0r: S0r, n0l: N0l, s0h2: S0h2, s0l2: S0l2, s0r2: S0r2, n0l2: N0l2)
        #if DEBUG
        for role in ParserWordFeatures.Role.allCases {
            for column in role.columns { assert(f[column.featureIndex] == a[positions[role], column]) }
        }
        for (k, i) in ParserPairFeatures.featureIndices.enumerated() { assert(f[i] == pair[k]) }
        #endif
        return positions
    }

    /// The templates over S0 and N0 only, in the order of `ParserPairFeatures.templates`.
    static func pairFeatures(s0 S0: Int, n0 N0: Int, words a: ParserWordFeatures, into f: UnsafeMutablePointer<UInt64>) {
        let none = ArcEagerState.none
        // N0 determines the words after it (as `ArcEagerState.buffer`) and before it.
        let N1 = N0 != none && N0 + 1 <= a.count ? N0 + 1 : none
        let before = N0 == none ? none : N0 - 1
        let s0w = a.word(S0), s0p = a.tag(S0), n0w = a.word(N0), n0p = a.tag(N0), n1p = a.tag(N1)
        let s0wp = a[S0, .wordTag], n0wp = a[N0, .wordTag]
        let s0c = a.cluster(S0), n0c = a.cluster(N0)
        let d: UInt64 = S0 == 0 || N0 == none ? 0 : UInt64(min(N0 - S0, 10))
        f[0] = feat(16, s0wp, n0w, n0p); f[1] = feat(17, s0wp, n0w)
        f[2] = feat(18, s0w, n0wp); f[3] = feat(19, s0wp, n0p)
        f[4] = feat(20, s0p, n0wp); f[5] = feat(21, s0w, n0w); f[6] = feat(22, s0p, n0p)
        f[7] = feat(25, s0p, n0p, n1p)
        f[8] = feat(31, s0w, d); f[9] = feat(32, s0p, d); f[10] = feat(33, n0w, d); f[11] = feat(34, n0p, d)
        f[12] = feat(35, feat(0, s0w, n0w), d); f[13] = feat(36, feat(0, s0p, n0p), d)
        f[14] = feat(80, s0c >> 18, n0c >> 18); f[15] = feat(81, s0c & 0x3FF, n0p); f[16] = feat(82, s0p, n0c & 0x3FF)
        f[17] = feat(84, (s0c >> 10) & 0xFF, (n0c >> 10) & 0xFF)
        f[18] = feat(85, s0p, n0p, a.tag(before))
    }
}
