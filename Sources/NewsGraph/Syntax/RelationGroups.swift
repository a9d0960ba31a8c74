/// Coarse groups of relations that the transition classifier predicts together with the arc direction
/// (a left arc of a subject and a left arc of a determiner are different decisions); the relation itself is
/// then chosen within the group by the relation classifier.
enum RelationGroups {
    static let count = 11
    static let root = 10
    static let ofRelation: [Int] = DependencyRelation.allCases.map { relation in
        switch relation {
        case .nsubj, .csubj, .expl: return 0
        case .obj, .iobj: return 1
        case .ccomp, .xcomp: return 2
        case .advcl, .acl, .parataxis, .dislocated, .vocative: return 3
        case .obl, .nmod, .appos, .orphan: return 4
        case .case, .mark, .det, .aux, .cop, .clf, .cc: return 5
        case .amod, .advmod, .nummod, .discourse: return 6
        case .conj: return 7
        case .compound, .flat, .fixed, .goeswith, .list, .reparandum, .dep: return 8
        case .punct: return 9
        case .root: return 10
        }
    }

    /// Transition classes: shift, reduce, then a left arc and a right arc per group.
    static let classes = 2 + 2 * count

    static func decode(_ c: Int) -> (action: ArcEagerState.Action, group: Int) {
        switch c {
        case 0: return (.shift, 0)
        case 1: return (.reduce, 0)
        case 2..<(2 + count): return (.left, c - 2)
        default: return (.right, c - 2 - count)
        }
    }

    static func encode(_ action: ArcEagerState.Action, group: Int) -> Int {
        switch action {
        case .shift: return 0
        case .reduce: return 1
        case .left: return 2 + group
        case .right: return 2 + count + group
        }
    }

    /// Whether class `c` may be taken: its transition is valid, and the root group is used exactly for the
    /// root's arc.
    static func isValid(_ c: Int, in state: ArcEagerState) -> Bool {
        let (action, group) = decode(c)
        guard state.isValid(action) else { return false }
        switch action {
        case .left: return group != root
        case .right: return (state.s0 == 0) == (group == root)
        default: return true
        }
    }
}
