/// What the parser's features (`ParserFeatures`) read about single positions of a sentence — each position's
/// word, tag and cluster, and the hashes of the templates that look at one position only — computed once per
/// sentence instead of at every transition of every hypothesis. A position is an arc-eager one:
/// `ArcEagerState.none`, the root 0 or a word 1...n; it is kept at slot `position + 1`.
struct ParserWordFeatures {
    /// The one-position templates, each the hash of a template id and the position's word and tag, word, tag or
    /// fine cluster (the role in the name is where `ParserFeatures` uses it); as the front of the buffer, a word
    /// also determines the next two (N1, N2), so the templates over their tags are N0's too.
    enum Column: Int, CaseIterable {
        case s0WordTag, s0Word, s0Tag, n0WordTag, n0Word, n0Tag, n1WordTag, n1Word, n1Tag, n2WordTag, n2Word, n2Tag
        case n0n1Tags, n0n1n2Tags
        case s1WordTag, s1Tag
        /// Template 0 over word and tag: the first value of the S0–N0 pair templates.
        case wordTag
        case s0hWord, s0hTag, s0lWord, s0lTag, s0rWord, s0rTag, n0lWord, n0lTag
        case s0h2Word, s0h2Tag, s0l2Word, s0l2Tag, s0r2Word, s0r2Tag, n0l2Word, n0l2Tag
        case s0Cluster, n0Cluster, n1Cluster, s1Cluster

        enum Value { case wordTag, word, tag, fineCluster, tagAndNextTag, tagAndNextTwoTags }

        /// Where `ParserFeatures.extract` writes the column's feature (template `t` at `t - 1`; nowhere for
        /// `wordTag`, which only enters pairs).
        var featureIndex: Int { Int(definition.template) - 1 }

        /// The template id and what it reads.
        var definition: (template: UInt64, value: Value) {
            switch self {
            case .s0WordTag: return (2, .wordTag)
            case .s0Word: return (3, .word)
            case .s0Tag: return (4, .tag)
            case .n0WordTag: return (5, .wordTag)
            case .n0Word: return (6, .word)
            case .n0Tag: return (7, .tag)
            case .n1WordTag: return (8, .wordTag)
            case .n1Word: return (9, .word)
            case .n1Tag: return (10, .tag)
            case .n2WordTag: return (11, .wordTag)
            case .n2Word: return (12, .word)
            case .n2Tag: return (13, .tag)
            case .n0n1Tags: return (23, .tagAndNextTag)
            case .n0n1n2Tags: return (24, .tagAndNextTwoTags)
            case .s1WordTag: return (14, .wordTag)
            case .s1Tag: return (15, .tag)
            case .wordTag: return (0, .wordTag)
            case .s0hWord: return (43, .word)
            case .s0hTag: return (44, .tag)
            case .s0lWord: return (46, .word)
            case .s0lTag: return (47, .tag)
            case .s0rWord: return (49, .word)
            case .s0rTag: return (50, .tag)
            case .n0lWord: return (52, .word)
            case .n0lTag: return (53, .tag)
            case .s0h2Word: return (55, .word)
            case .s0h2Tag: return (56, .tag)
            case .s0l2Word: return (58, .word)
            case .s0l2Tag: return (59, .tag)
            case .s0r2Word: return (61, .word)
            case .s0r2Tag: return (62, .tag)
            case .n0l2Word: return (64, .word)
            case .n0l2Tag: return (65, .tag)
            case .s0Cluster: return (77, .fineCluster)
            case .n0Cluster: return (78, .fineCluster)
            case .n1Cluster: return (79, .fineCluster)
            case .s1Cluster: return (83, .fineCluster)
            }
        }
    }

    /// The positions of a state at which one-position templates are read, each with its columns.
    enum Role: Int, CaseIterable {
        case s0, n0, n1, n2, s1, s0h, s0l, s0r, n0l, s0h2, s0l2, s0r2, n0l2

        var columns: [Column] {
            switch self {
            case .s0: return [.s0WordTag, .s0Word, .s0Tag, .s0Cluster]
            case .n0: return [.n0WordTag, .n0Word, .n0Tag, .n0Cluster, .n0n1Tags, .n0n1n2Tags]
            case .n1: return [.n1WordTag, .n1Word, .n1Tag, .n1Cluster]
            case .n2: return [.n2WordTag, .n2Word, .n2Tag]
            case .s1: return [.s1WordTag, .s1Tag, .s1Cluster]
            case .s0h: return [.s0hWord, .s0hTag]
            case .s0l: return [.s0lWord, .s0lTag]
            case .s0r: return [.s0rWord, .s0rTag]
            case .n0l: return [.n0lWord, .n0lTag]
            case .s0h2: return [.s0h2Word, .s0h2Tag]
            case .s0l2: return [.s0l2Word, .s0l2Tag]
            case .s0r2: return [.s0r2Word, .s0r2Tag]
            case .n0l2: return [.n0l2Word, .n0l2Tag]
            }
        }
    }

    /// A state's position for each role (`ArcEagerState.none` where it has none), as `ParserFeatures.extract`
    /// read them.
    struct RolePositions {
        var s0 = ArcEagerState.none, n0 = ArcEagerState.none, n1 = ArcEagerState.none, n2 = ArcEagerState.none
        var s1 = ArcEagerState.none, s0h = ArcEagerState.none, s0l = ArcEagerState.none, s0r = ArcEagerState.none
        var n0l = ArcEagerState.none, s0h2 = ArcEagerState.none, s0l2 = ArcEagerState.none, s0r2 = ArcEagerState.none
        var n0l2 = ArcEagerState.none

        @inline(__always)
        subscript(role: Role) -> Int {
            switch role {
            case .s0: return s0
            case .n0: return n0
            case .n1: return n1
            case .n2: return n2
            case .s1: return s1
            case .s0h: return s0h
            case .s0l: return s0l
            case .s0r: return s0r
            case .n0l: return n0l
            case .s0h2: return s0h2
            case .s0l2: return s0l2
            case .s0r2: return s0r2
            case .n0l2: return n0l2
            }
        }
    }

    static let columns = Column.allCases.count
    /// Slots: none, the root and the words.
    var slots: Int { count + 2 }
    private static let noWord: UInt64 = FeatureHash.mix(0x5157)
    private static let rootWord: UInt64 = FeatureHash.mix(0x7007)

    /// Words 1...n.
    let count: Int
    /// Per slot: the lowercased word's hash, the tag (40 for none, 41 for the root) and the cluster path.
    private(set) var word: [UInt64]
    private(set) var tag: [UInt64]
    private(set) var cluster: [UInt64]
    /// Per slot, `columns` hashes in the order of `Column`.
    private var hashes: [UInt64]
    /// The sentence's S0–N0 pair features met so far.
    let pairs: ParserPairFeatures

    init(_ s: SyntaxWords, tags: [Int]) {
        count = s.count
        pairs = ParserPairFeatures(words: s.count)
        let slots = s.count + 2
        word = [UInt64](repeating: 0, count: slots)
        tag = word
        cluster = word
        word[0] = Self.noWord; tag[0] = 40; cluster[0] = 0xFFFF_FFFE
        word[1] = Self.rootWord; tag[1] = 41; cluster[1] = 0xFFFF_FFFD
        for i in 0..<s.count {
            word[i + 2] = s.infos[i].lower
            tag[i + 2] = UInt64(tags[i])
            cluster[i + 2] = UInt64(s.clusters[i])
        }
        hashes = [UInt64](repeating: 0, count: slots * Self.columns)
        let allColumns = Column.allCases
        for slot in 0..<slots {
            let w = word[slot], p = tag[slot], c = cluster[slot]
            // The tags of the words after this one as the front of the buffer (none past the end).
            let x = slot - 1
            let p1 = tag[x >= 1 && x + 1 <= count ? slot + 1 : 0], p2 = tag[x >= 1 && x + 2 <= count ? slot + 2 : 0]
            for column in allColumns {
                let (template, value) = column.definition
                let hash: UInt64
                switch value {
                case .wordTag: hash = feat(template, w, p)
                case .word: hash = feat(template, w)
                case .tag: hash = feat(template, p)
                case .fineCluster: hash = feat(template, c & 0x3FF)
                case .tagAndNextTag: hash = feat(template, p, p1)
                case .tagAndNextTwoTags: hash = feat(template, p, p1, p2)
                }
                hashes[slot * Self.columns + column.rawValue] = hash
            }
        }
    }

    /// The hash of a one-position template for `position` (`ArcEagerState.none`, 0 or a word).
    @inline(__always)
    subscript(position: Int, column: Column) -> UInt64 {
        hashes[(position &+ 1) &* Self.columns &+ column.rawValue]
    }

    @inline(__always) func word(_ position: Int) -> UInt64 { word[position &+ 1] }
    @inline(__always) func tag(_ position: Int) -> UInt64 { tag[position &+ 1] }
    @inline(__always) func cluster(_ position: Int) -> UInt64 { cluster[position &+ 1] }
}
