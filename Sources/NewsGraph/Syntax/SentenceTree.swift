/// The dependency tree of one sentence at the level of our tokens, with the navigation extractors use.
/// Token indices are those of `Document.tokens`; a head of nil marks the sentence's root.
public struct SentenceTree: Sendable, Hashable {
    public let tokenRange: Range<Int>
    /// UPOS tag of each token of the sentence (indexed from the sentence's first token).
    public let tags: [UPOS]
    /// Head token of each token, nil for the root.
    public let heads: [Int?]
    public let relations: [DependencyRelation]
    /// The token's text, lowercased, for markers ("with", "between").
    private let lowered: [String]

    init(tokenRange: Range<Int>, tokens: [String], tags: [UPOS], heads: [Int?], relations: [DependencyRelation]) {
        self.tokenRange = tokenRange
        self.tags = tags
        self.heads = heads
        self.relations = relations
        self.lowered = tokens.map { $0.lowercased() }
    }

    @inline(__always) private func local(_ t: Int) -> Int { t - tokenRange.lowerBound }

    public func tag(of t: Int) -> UPOS { tags[local(t)] }
    public func head(of t: Int) -> Int? { heads[local(t)] }
    public func relation(of t: Int) -> DependencyRelation { relations[local(t)] }

    /// The root token (the main predicate).
    public var root: Int? { tokenRange.first { head(of: $0) == nil } }

    /// Dependents of `t` in order, optionally only those with one of `relations`.
    public func dependents(of t: Int, _ relations: Set<DependencyRelation>? = nil) -> [Int] {
        tokenRange.filter { head(of: $0) == t && (relations == nil || relations!.contains(relation(of: $0))) }
    }

    /// The subjects of a predicate (`nsubj`, `csubj`), with their conjuncts ("Motegi and Lighthizer met").
    /// For a predicate that is itself a conjunct without a subject ("met and agreed"), the first conjunct's.
    public func subjects(of t: Int) -> [Int] {
        var found = dependents(of: t, [.nsubj, .csubj])
        if found.isEmpty, relation(of: t) == .conj, let h = head(of: t) { found = dependents(of: h, [.nsubj, .csubj]) }
        return withConjuncts(found)
    }

    /// The objects of a predicate (`obj`, `iobj`), with their conjuncts.
    public func objects(of t: Int) -> [Int] { withConjuncts(dependents(of: t, [.obj, .iobj])) }

    /// The other members of the coordination `t` belongs to ("A, B and C": for B, A and C).
    public func conjuncts(of t: Int) -> [Int] {
        var first = t
        while relation(of: first) == .conj, let h = head(of: first) { first = h }
        var members: [Int] = [first]
        var i = 0
        while i < members.count {
            members += dependents(of: members[i], [.conj])
            i += 1
        }
        return members.filter { $0 != t }.sorted()
    }

    /// The obliques of a predicate (`obl`, or `nmod` for a noun), each with its case marker lowercased
    /// ("with", "between", "on"; nil when there is none, as in "met Saturday").
    public func obliques(of t: Int) -> [(token: Int, marker: String?)] {
        let relation: DependencyRelation = [.NOUN, .PROPN, .PRON].contains(tag(of: t)) ? .nmod : .obl
        return withConjuncts(dependents(of: t, [relation])).map { ($0, caseMarker(of: $0)) }
    }

    /// Noun modifiers of a noun ("the agreement between A and B": between-phrase of agreement), with markers.
    public func nominalModifiers(of t: Int) -> [(token: Int, marker: String?)] {
        withConjuncts(dependents(of: t, [.nmod])).map { ($0, caseMarker(of: $0)) }
    }

    /// The case marker of a nominal ("with" in "with Trump"), lowercased; multiword markers joined ("because of").
    public func caseMarker(of t: Int) -> String? {
        var x = t
        // A conjunct shares the marker of the first conjunct ("between A and B").
        var markers = dependents(of: x, [.case])
        while markers.isEmpty, relation(of: x) == .conj, let h = head(of: x) { x = h; markers = dependents(of: x, [.case]) }
        guard let m = markers.first(where: { $0 < x }) ?? markers.first else { return nil }
        let fixed = dependents(of: m, [.fixed]).map { lowered[local($0)] }
        return ([lowered[local(m)]] + fixed).joined(separator: " ")
    }

    /// The tokens of the phrase headed by `t` (its whole subtree; contiguous as trees are projective).
    public func phrase(headedBy t: Int) -> Range<Int> {
        var low = t, high = t
        for x in tokenRange where dominates(t, x) { low = min(low, x); high = max(high, x) }
        return low..<(high + 1)
    }

    /// Whether `a` is `x` or one of its ancestors.
    public func dominates(_ a: Int, _ x: Int) -> Bool {
        var y: Int? = x, steps = 0
        while let current = y, steps <= tokenRange.count {
            if current == a { return true }
            y = head(of: current)
            steps += 1
        }
        return false
    }

    /// The token of `span` whose head lies outside it (the head of a name of several words), or nil.
    public func head(ofSpan span: Range<Int>) -> Int? {
        span.first { t in head(of: t).map { !span.contains($0) } ?? true }
    }

    /// The ancestors of `t`, nearest first.
    public func ancestors(of t: Int) -> [Int] {
        var out: [Int] = []
        var y = head(of: t)
        while let current = y, out.count <= tokenRange.count { out.append(current); y = head(of: current) }
        return out
    }

    /// The tokens on the tree path from `a` to `b`, both included (up to their lowest common ancestor, then down).
    public func path(from a: Int, to b: Int) -> [Int] {
        let up = [a] + ancestors(of: a)
        let down = [b] + ancestors(of: b)
        guard let common = up.first(where: { down.contains($0) }) else { return [] }
        let rising = up.prefix { $0 != common } + [common]
        let falling = down.prefix { $0 != common }.reversed()
        return Array(rising) + Array(falling)
    }

    /// The relations along `path(from:to:)` ("nsubj↑ obl↓" style): each step's relation and whether it goes up.
    public func pathRelations(from a: Int, to b: Int) -> [(relation: DependencyRelation, up: Bool)] {
        let p = path(from: a, to: b)
        guard p.count > 1 else { return [] }
        var out: [(DependencyRelation, Bool)] = []
        for i in 0..<(p.count - 1) {
            if head(of: p[i]) == p[i + 1] { out.append((relation(of: p[i]), true)) } else { out.append((relation(of: p[i + 1]), false)) }
        }
        return out
    }

    private func withConjuncts(_ tokens: [Int]) -> [Int] {
        var out: [Int] = []
        for t in tokens {
            out.append(t)
            for c in dependents(of: t, [.conj]) where !out.contains(c) { out.append(c) }
        }
        return out
    }
}
