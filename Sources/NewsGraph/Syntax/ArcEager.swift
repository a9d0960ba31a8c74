/// The arc-eager transition system (Nivre 2003) over words `1...n` with the artificial root `0` at the
/// bottom of the stack. The root takes exactly one dependent; words left without a head when the
/// buffer runs out are attached afterwards (`finish`).
struct ArcEagerState {
    enum Action: Int, CaseIterable { case shift = 0, reduce, left, right }
    static let none = -1

    let n: Int
    private(set) var stack: [Int] = [0]
    /// The first word of the buffer; `n + 1` when the buffer is empty.
    private(set) var next = 1
    private(set) var heads: [Int]
    private(set) var labels: [Int]
    private(set) var leftmost: [Int], left2: [Int], rightmost: [Int], right2: [Int]
    private(set) var leftCount: [Int], rightCount: [Int]
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    init(wordCount n: Int) {
        self.n = n
        let size = n + 1
        heads = [Int](repeating: Self.none, count: size)
        labels = [Int](repeating: Self.none, count: size)
        leftmost = heads; left2 = heads; rightmost = heads; right2 = heads
        leftCount = [Int](repeating: 0, count: size); rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: size); rightLabels = leftLabels
        stack.reserveCapacity(size)
    }

    var s0: Int { stack[stack.count - 1] }
    var s1: Int { stack.count > 1 ? stack[stack.count - 2] : Self.none }
    var bufferEmpty: Bool { next > n }
    var isTerminal: Bool { next > n }
    func buffer(_ k: Int) -> Int { next + k <= n ? next + k : Self.none }

    func isValid(_ action: Action) -> Bool {
        switch action {
        case .shift: return next <= n
        case .reduce: return stack.count > 1 && heads[s0] != Self.none
        case .left: return next <= n && s0 != 0 && heads[s0] == Self.none
        case .right: return next <= n && (s0 != 0 || rightCount[0] == 0)
        }
    }

    mutating func apply(_ action: Action, label: Int) {
        switch action {
        case .shift: stack.append(next); next += 1
        case .reduce: stack.removeLast()
        case .left: addArc(head: next, dependent: s0, label: label); stack.removeLast()
        case .right: addArc(head: s0, dependent: next, label: label); stack.append(next); next += 1
        }
    }

    private mutating func addArc(head h: Int, dependent d: Int, label: Int) {
        heads[d] = h
        labels[d] = label
        if d < h {
            leftCount[h] += 1
            leftLabels[h] |= 1 << UInt64(label)
            if leftmost[h] == Self.none || d < leftmost[h] { left2[h] = leftmost[h]; leftmost[h] = d }
            else if left2[h] == Self.none || d < left2[h] { left2[h] = d }
        } else {
            rightCount[h] += 1
            rightLabels[h] |= 1 << UInt64(label)
            if rightmost[h] == Self.none || d > rightmost[h] { right2[h] = rightmost[h]; rightmost[h] = d }
            else if right2[h] == Self.none || d > right2[h] { right2[h] = d }
        }
    }

    /// Heads and labels of words 1...n (index 0 unused); words left without a head are attached to the
    /// root's dependent (or become it) with `fallbackLabel(word)`.
    func finish(fallbackLabel: (Int) -> Int) -> (heads: [Int], labels: [Int]) {
        var h = heads, l = labels
        var root = rightmost[0]
        for w in 1..<(n + 1) where h[w] == Self.none {
            if root == Self.none {
                root = w; h[w] = 0; l[w] = DependencyRelation.root.rawValue
            } else {
                h[w] = root; l[w] = fallbackLabel(w)
            }
        }
        return (h, l)
    }

    // MARK: - Oracles (gold heads indexed 1...n, gold[0] unused)

    /// Goldberg & Nivre (2012): the number of gold arcs still reachable that `action` makes unreachable.
    func cost(_ action: Action, gold: [Int]) -> Int {
        let b = next
        switch action {
        case .reduce:
            var c = 0
            let s = s0
            if b <= n { for k in b...n where gold[k] == s { c += 1 } }
            return c
        case .left:
            let s = s0
            var c = 0
            if gold[s] > b { c += 1 }
            for k in b...n where gold[k] == s { c += 1 }
            return c
        case .right:
            var c = 0
            let s = s0
            let g = gold[b]
            if g != s && (g > b || inStack(g)) { c += 1 }
            for k in stack where k != 0 && heads[k] == Self.none && gold[k] == b { c += 1 }
            return c
        case .shift:
            var c = 0
            if inStack(gold[b]) { c += 1 }
            for k in stack where k != 0 && heads[k] == Self.none && gold[k] == b { c += 1 }
            return c
        }
    }

    private func inStack(_ w: Int) -> Bool {
        if w == 0 { return true }
        for k in stack.reversed() where k == w { return true }
        return false
    }

    /// The static arc-eager oracle for a projective gold tree.
    func staticOracle(gold: [Int]) -> Action {
        let s = s0, b = next
        if s != 0 && gold[s] == b && heads[s] == Self.none { return .left }
        if gold[b] == s { return .right }
        if heads[s] != Self.none {
            for k in stack.dropLast() where gold[k] == b || gold[b] == k { return .reduce }
        }
        return .shift
    }
}

/// Projectivity and lifting of non-projective arcs, for training.
enum Projectivity {
    /// Whether the tree (heads indexed 1...n, 0 = root) has no crossing arcs.
    static func isProjective(_ heads: [Int]) -> Bool { nonProjectiveArcs(heads).isEmpty }

    /// Dependents whose arc spans a word the head does not dominate.
    static func nonProjectiveArcs(_ heads: [Int]) -> [Int] {
        let n = heads.count - 1
        var result: [Int] = []
        for d in 1..<(n + 1) {
            let h = heads[d]
            let (lo, hi) = h < d ? (h, d) : (d, h)
            guard hi - lo > 1 else { continue }
            for k in (lo + 1)..<hi where !dominates(h, k, heads) { result.append(d); break }
        }
        return result
    }

    static func dominates(_ a: Int, _ k: Int, _ heads: [Int]) -> Bool {
        var x = k, steps = 0
        while x != 0 && steps < heads.count {
            x = heads[x]
            if x == a { return true }
            steps += 1
        }
        return a == 0
    }

    /// Lifts the shortest non-projective arc to the head's head until the tree is projective
    /// (labels are kept). Returns nil for trees with cycles.
    static func lifted(_ heads: [Int]) -> [Int] {
        var h = heads
        for _ in 0..<(4 * heads.count) {
            let arcs = nonProjectiveArcs(h)
            guard let d = arcs.min(by: { abs(h[$0] - $0) < abs(h[$1] - $1) }) else { return h }
            h[d] = h[h[d]]
        }
        return h
    }
}
