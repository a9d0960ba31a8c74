/// Beam scoring with a trained model's quantised transition and relation tables, for one sentence: the rows of
/// the one-position templates come summed per position (`TransitionPositionScores`), the others row by row.
struct QuantizedTransitionScorer: TransitionScoring {
    let actionTable: QuantizedTable
    let labelTable: QuantizedTable
    private let positionScores: TransitionPositionScores
    private let perStateIndices = ParserFeatures.perStateIndices
    private var labelFeatures: [UInt64] = []

    init(actionTable: QuantizedTable, labelTable: QuantizedTable, words: ParserWordFeatures) {
        precondition(actionTable.classes == RelationGroups.tableClasses && RelationGroups.tableClasses == 32)
        self.actionTable = actionTable
        self.labelTable = labelTable
        positionScores = TransitionPositionScores(table: actionTable, words: words)
        labelFeatures.reserveCapacity(96)
    }

    mutating func transitionScores(_ features: UnsafeBufferPointer<UInt64>, positions: ParserWordFeatures.RolePositions,
                                   into scores: inout [Double]) {
        var even = SIMD16<Int32>.zero, odd = even
        perStateIndices.withUnsafeBufferPointer { indices in
            for i in indices { actionTable.addRow32(features[i], even: &even, odd: &odd) }
        }
        positionScores.add(positions, even: &even, odd: &odd)
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
