/// Beam scoring with a trained model's quantised transition and relation tables, for one sentence: the rows of
/// the one-position templates come summed per position (`TransitionPositionScores`), those of the S0–N0 pair
/// templates per pair (`TransitionPairScores`), the others row by row.
struct QuantizedTransitionScorer: TransitionScoring {
    let actionTable: QuantizedTable
    let labelTable: QuantizedTable
    private let positionScores: TransitionPositionScores
    private var pairScores: TransitionPairScores
    private let ownIndices = ParserFeatures.ownIndices
    private var labelFeatures: [UInt64] = []

    init(actionTable: QuantizedTable, labelTable: QuantizedTable, words: ParserWordFeatures) {
        precondition(actionTable.classes == RelationGroups.tableClasses && RelationGroups.tableClasses == 32)
        self.actionTable = actionTable
        self.labelTable = labelTable
        positionScores = TransitionPositionScores(table: actionTable, words: words)
        pairScores = TransitionPairScores(words: words.count)
        labelFeatures.reserveCapacity(96)
    }

    mutating func transitionScores(_ features: UnsafeBufferPointer<UInt64>, positions: ParserWordFeatures.RolePositions,
                                   into scores: inout [Double]) {
        // Each part is summed in local variables and returned, so that the sums stay in registers.
        var (even, odd) = ownIndices.withUnsafeBufferPointer { indices in
            var even = SIMD16<Int32>.zero, odd = even
            for i in indices { actionTable.addRow32(features[i], even: &even, odd: &odd) }
            return (even, odd)
        }
        let position = positionScores.sum(positions)
        let pair = pairScores.sum(s0: positions.s0, n0: positions.n0, features: features, table: actionTable)
        even &+= position.even &+ pair.even
        odd &+= position.odd &+ pair.odd
        // Read back through memory: a SIMD vector's lane at a varying index is slow to reach.
        withUnsafeBytes(of: even) { even in
            withUnsafeBytes(of: odd) { odd in
                for c in 0..<RelationGroups.classes {
                    scores[c] = Double((c & 1 == 0 ? even : odd).load(fromByteOffset: (c >> 1) &* 4, as: Int32.self))
                }
            }
        }
    }

    mutating func relation(_ features: UnsafeBufferPointer<UInt64>, action: ArcEagerState.Action, group: Int) -> Int {
        let members = RelationGroups.members[group]
        DependencyParser.labelFeatures(features, action: action, group: group, into: &labelFeatures)
        var scores = SIMD8<Int32>(repeating: 0)
        withUnsafeMutableBytes(of: &scores) { raw in
            let out = raw.baseAddress!.assumingMemoryBound(to: Int32.self)
            labelFeatures.withUnsafeBufferPointer { labelTable.accumulate($0, into: out) }
        }
        var best = 0
        for k in 1..<members.count where scores[k] > scores[best] { best = k }
        return members[best]
    }
}
