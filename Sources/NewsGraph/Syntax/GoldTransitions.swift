/// The gold transition sequence of a training tree for a globally trained parser: the static oracle's
/// transitions as classes of `RelationGroups`, each with the relation its arc gets (0 for a shift or reduce;
/// `root` for the root's arc).
enum GoldTransitions {
    typealias Step = (transition: Int, relation: Int)

    /// The sequence that rebuilds a projective tree (heads and labels indexed 1...n), or nil when the arc-eager
    /// system cannot build it (a second dependent of the root, a crossing arc left after lifting).
    static func sequence(heads gold: [Int], labels: [Int]) -> [Step]? {
        var state = ArcEagerState(wordCount: gold.count - 1)
        var out: [Step] = []
        out.reserveCapacity(2 * gold.count)
        while !state.isTerminal {
            let action = state.staticOracle(gold: gold)
            var step: Step = (RelationGroups.encode(action, group: 0), 0)
            if action == .left || action == .right {
                let (head, dependent) = action == .left ? (state.buffer(0), state.s0) : (state.s0, state.buffer(0))
                let relation = head == 0 ? DependencyRelation.root.rawValue : labels[dependent]
                step = (RelationGroups.encode(action, group: RelationGroups.ofRelation[relation]), relation)
            }
            guard RelationGroups.isValid(step.transition, in: state) else { return nil }
            state.apply(action, label: step.relation)
            out.append(step)
        }
        for w in 1..<gold.count where state.heads[w] != gold[w] { return nil }
        return out
    }
}
