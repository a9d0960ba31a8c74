/// Beam scoring with a trained model's quantised transition and relation tables.
struct QuantizedTransitionScorer: TransitionScoring {
    let actionTable: QuantizedTable
    let labelTable: QuantizedTable
    private var raw = [Int32](repeating: 0, count: RelationGroups.tableClasses)
    private var labelFeatures: [UInt64] = []

    init(actionTable: QuantizedTable, labelTable: QuantizedTable) {
        self.actionTable = actionTable
        self.labelTable = labelTable
        labelFeatures.reserveCapacity(96)
    }

    mutating func transitionScores(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Double]) {
        for i in raw.indices { raw[i] = 0 }
        raw.withUnsafeMutableBufferPointer { actionTable.accumulate(features, into: $0.baseAddress!) }
        for c in 0..<RelationGroups.classes { scores[c] = Double(raw[c]) }
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
