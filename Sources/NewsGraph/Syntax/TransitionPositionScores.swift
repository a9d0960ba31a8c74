/// The transition table's rows of the one-position templates (`ParserWordFeatures.Role`) summed per position and
/// role, once per sentence: scoring a state then adds 13 sums where it added 34 rows. The Int32 sums wrap as the
/// row-by-row sum does, so every score is the same.
struct TransitionPositionScores {
    private static let roles = ParserWordFeatures.Role.allCases.count
    /// Per slot and role, the sums split by class parity (`QuantizedTable.addRow32`): even classes, then odd.
    private var sums: [SIMD16<Int32>]

    init(table: QuantizedTable, words: ParserWordFeatures) {
        precondition(table.classes == 32)
        let roles = ParserWordFeatures.Role.allCases
        let columns = roles.map(\.columns)
        sums = [SIMD16<Int32>](unsafeUninitializedCapacity: words.slots * roles.count * 2) { s, count in
            for slot in 0..<words.slots {
                for role in roles {
                    var even = SIMD16<Int32>.zero, odd = even
                    for column in columns[role.rawValue] { table.addRow32(words[slot - 1, column], even: &even, odd: &odd) }
                    let k = (slot * roles.count + role.rawValue) * 2
                    s[k] = even
                    s[k + 1] = odd
                }
            }
            count = words.slots * roles.count * 2
        }
    }

    /// The sums of a state's positions, even classes and odd (returned rather than added to arguments, so that
    /// the sums stay in registers).
    @inline(__always)
    func sum(_ p: ParserWordFeatures.RolePositions) -> (even: SIMD16<Int32>, odd: SIMD16<Int32>) {
        sums.withUnsafeBufferPointer { s in
            var even = SIMD16<Int32>.zero, odd = even
            @inline(__always) func add(_ position: Int, _ role: ParserWordFeatures.Role) {
                let k = ((position &+ 1) &* Self.roles &+ role.rawValue) &* 2
                even &+= s[k]
                odd &+= s[k &+ 1]
            }
            add(p.s0, .s0); add(p.n0, .n0); add(p.n1, .n1); add(p.n2, .n2); add(p.s1, .s1)
            add(p.s0h, .s0h); add(p.s0l, .s0l); add(p.s0r, .s0r); add(p.n0l, .n0l)
            add(p.s0h2, .s0h2); add(p.s0l2, .s0l2); add(p.s0r2, .s0r2); add(p.n0l2, .n0l2)
            return (even, odd)
        }
    }
}
