/// The parser's features that depend on S0 and N0 only — their words, tags and clusters, the distance between
/// them, the tags of N1 and of the word before N0 — kept for the pairs met in a sentence, as the hypotheses of a
/// beam share many (S0, N0) pairs. Direct-mapped: a pair's entry is taken over by the next pair that maps to it.
/// A reference type, so that the copies of a sentence's `ParserWordFeatures` share it (a sentence is parsed on
/// one thread).
final class ParserPairFeatures {
    /// The pair templates, in the order of an entry; `ParserFeatures.extract` writes template `t` at `t - 1`.
    static let templates: [UInt64] = [16, 17, 18, 19, 20, 21, 22, 25, 31, 32, 33, 34, 35, 36, 80, 81, 82, 84, 85]
    static var count: Int { templates.count }
    static let featureIndices: [Int] = templates.map { Int($0) - 1 }

    private let mask: Int
    private let slots: Int
    /// Per entry, the pair it holds (`key`), -1 when none.
    private let keys: UnsafeMutablePointer<Int>
    /// Per entry, its features; left unset until the entry is first written.
    private let values: UnsafeMutablePointer<UInt64>

    /// A cache for a sentence of `words` words.
    init(words: Int) {
        slots = words + 2
        let entries = Self.entries(words: words)
        mask = entries - 1
        keys = .allocate(capacity: entries)
        keys.initialize(repeating: -1, count: entries)
        values = .allocate(capacity: entries * Self.templates.count)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    /// Entries of a cache for a sentence of `words` words: a power of two, about eight per position.
    static func entries(words: Int) -> Int {
        var entries = 64
        while entries < 8 * (words + 2) && entries < 1024 { entries *= 2 }
        return entries
    }

    /// A number for the pair, unique within the sentence (`slots`: the sentence's words + 2).
    @inline(__always)
    static func key(s0: Int, n0: Int, slots: Int) -> Int { (s0 &+ 1) &* slots &+ (n0 &+ 1) }

    /// The entry a pair maps to.
    @inline(__always)
    static func entry(key: Int, mask: Int) -> Int { Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The pair features of (S0, N0), in the order of `templates`, computed on the pair's first request.
    @inline(__always)
    func features(s0: Int, n0: Int, words: ParserWordFeatures) -> UnsafePointer<UInt64> {
        let key = Self.key(s0: s0, n0: n0, slots: slots)
        let e = Self.entry(key: key, mask: mask)
        let out = values + e &* Self.templates.count
        if keys[e] != key {
            ParserFeatures.pairFeatures(s0: s0, n0: n0, words: words, into: out)
            keys[e] = key
        }
        return UnsafePointer(out)
    }
}
