/// The arc-eager transition system (Nivre 2003) over words `1...n` with the artificial root `0` at the
/// bottom of the stack. The root takes exactly one dependent; words left without a head when the
/// buffer runs out are attached afterwards (`finish`).
struct ArcEagerState {
    enum Action: Int, CaseIterable { case shift = 0, reduce, left, right }
    static let none = -1

    let n: Int
    /// The first word of the buffer; `n + 1` when the buffer is empty.
    private(set) var next = 1
    private(set) var stackCount = 1
    /// Every per-word field and the stack in one buffer, so that copying a state (as the beam does at every step)
    /// retains and copies one array: `n + 1` cells per field, in the order of `Field`, then the stack.
    private var cells: [Int]
    private enum Field: Int { case head = 0, label, leftmost, left2, rightmost, right2, leftCount, rightCount,
                                  leftLabels, rightLabels, stack }

    init(wordCount n: Int) {
        self.n = n
        let size = n + 1
        cells = [Int](repeating: Self.none, count: 11 * size)
        for k in (6 * size)..<(10 * size) { cells[k] = 0 }
        cells[10 * size] = 0
    }

    /// Makes this state a copy of `other`, a state of the same sentence, in its own storage: no allocation when
    /// that storage is not shared (the beam recycles the states of its previous step this way).
    mutating func assign(_ other: ArcEagerState) {
        precondition(other.n == n)
        next = other.next
        stackCount = other.stackCount
        let used = Field.stack.rawValue * (n + 1) + stackCount
        cells.withUnsafeMutableBufferPointer { to in
            other.cells.withUnsafeBufferPointer { from in to.baseAddress!.update(from: from.baseAddress!, count: used) }
        }
    }

    @inline(__always) private func cell(_ f: Field, _ x: Int) -> Int { cells[f.rawValue &* (n &+ 1) &+ x] }
    @inline(__always) private mutating func set(_ f: Field, _ x: Int, _ v: Int) { cells[f.rawValue &* (n &+ 1) &+ x] = v }

    func head(_ x: Int) -> Int { cell(.head, x) }
    func label(_ x: Int) -> Int { cell(.label, x) }
    func leftmost(_ x: Int) -> Int { cell(.leftmost, x) }
    func left2(_ x: Int) -> Int { cell(.left2, x) }
    func rightmost(_ x: Int) -> Int { cell(.rightmost, x) }
    func right2(_ x: Int) -> Int { cell(.right2, x) }
    func leftCount(_ x: Int) -> Int { cell(.leftCount, x) }
    func rightCount(_ x: Int) -> Int { cell(.rightCount, x) }
    func leftLabels(_ x: Int) -> UInt64 { UInt64(bitPattern: Int64(cell(.leftLabels, x))) }
    func rightLabels(_ x: Int) -> UInt64 { UInt64(bitPattern: Int64(cell(.rightLabels, x))) }
    /// The `k`-th word of the stack from the bottom (the root is 0).
    func stackItem(_ k: Int) -> Int { cell(.stack, k) }

    /// Heads of words 0...n (`none` where not attached yet).
    var heads: [Int] { Array(cells[0..<(n + 1)]) }
    /// Relations of words 0...n (`none` where not attached yet).
    var labels: [Int] { Array(cells[(n + 1)..<(2 * n + 2)]) }

    var s0: Int { stackItem(stackCount - 1) }
    var s1: Int { stackCount > 1 ? stackItem(stackCount - 2) : Self.none }
    var bufferEmpty: Bool { next > n }
    var isTerminal: Bool { next > n }
    func buffer(_ k: Int) -> Int { next + k <= n ? next + k : Self.none }

    func isValid(_ action: Action) -> Bool {
        switch action {
        case .shift: return next <= n
        case .reduce: return stackCount > 1 && head(s0) != Self.none
        case .left: return next <= n && s0 != 0 && head(s0) == Self.none
        case .right: return next <= n && (s0 != 0 || rightCount(0) == 0)
        }
    }

    mutating func apply(_ action: Action, label: Int) {
        switch action {
        case .shift: push(next); next += 1
        case .reduce: stackCount -= 1
        case .left: addArc(head: next, dependent: s0, label: label); stackCount -= 1
        case .right: addArc(head: s0, dependent: next, label: label); push(next); next += 1
        }
    }

    private mutating func push(_ w: Int) { set(.stack, stackCount, w); stackCount += 1 }

    private mutating func addArc(head h: Int, dependent d: Int, label: Int) {
        set(.head, d, h)
        set(.label, d, label)
        let bit = Int(bitPattern: UInt(1) << UInt(label))
        if d < h {
            set(.leftCount, h, leftCount(h) + 1)
            set(.leftLabels, h, cell(.leftLabels, h) | bit)
            if leftmost(h) == Self.none || d < leftmost(h) { set(.left2, h, leftmost(h)); set(.leftmost, h, d) }
            else if left2(h) == Self.none || d < left2(h) { set(.left2, h, d) }
        } else {
            set(.rightCount, h, rightCount(h) + 1)
            set(.rightLabels, h, cell(.rightLabels, h) | bit)
            if rightmost(h) == Self.none || d > rightmost(h) { set(.right2, h, rightmost(h)); set(.rightmost, h, d) }
            else if right2(h) == Self.none || d > right2(h) { set(.right2, h, d) }
        }
    }

    /// Heads and labels of words 1...n (index 0 unused); words left without a head are attached to the
    /// root's dependent (or become it) with `fallbackLabel(word)`.
    func finish(fallbackLabel: (Int) -> Int) -> (heads: [Int], labels: [Int]) {
        var h = heads, l = labels
        var root = rightmost(0)
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
            for i in 1..<stackCount where head(stackItem(i)) == Self.none && gold[stackItem(i)] == b { c += 1 }
            return c
        case .shift:
            var c = 0
            if inStack(gold[b]) { c += 1 }
            for i in 1..<stackCount where head(stackItem(i)) == Self.none && gold[stackItem(i)] == b { c += 1 }
            return c
        }
    }

    private func inStack(_ w: Int) -> Bool {
        if w == 0 { return true }
        for i in stride(from: stackCount - 1, through: 0, by: -1) where stackItem(i) == w { return true }
        return false
    }

    /// The static arc-eager oracle for a projective gold tree.
    func staticOracle(gold: [Int]) -> Action {
        let s = s0, b = next
        if s != 0 && gold[s] == b && head(s) == Self.none { return .left }
        if gold[b] == s { return .right }
        if head(s) != Self.none {
            for i in 0..<(stackCount - 1) where gold[stackItem(i)] == b || gold[b] == stackItem(i) { return .reduce }
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
    /// (labels are kept). Gives up (returning the tree as lifted so far) after 4n lifts, which only a cyclic tree needs.
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
