/// Coarse groups of relations that the transition classifier predicts together with the arc direction
/// (a left arc of a subject and a left arc of a determiner are different decisions); the relation itself is
/// then chosen within the group by the relation classifier.
enum RelationGroups {
    static let count = 15
    static let root = 14
    static let ofRelation: [Int] = DependencyRelation.allCases.map { relation in
        switch relation {
        case .nsubj, .csubj, .expl: return 0
        case .obj, .iobj: return 1
        case .ccomp, .xcomp: return 2
        case .advcl, .acl: return 3
        case .obl, .nmod: return 4
        case .case: return 5
        case .det, .clf, .nummod: return 6
        case .aux, .cop: return 7
        case .mark, .cc: return 8
        case .amod, .advmod, .discourse: return 9
        case .conj: return 10
        case .compound, .flat, .fixed, .goeswith, .dep: return 11
        case .appos, .parataxis, .dislocated, .vocative, .list, .orphan, .reparandum: return 12
        case .punct: return 13
        case .root: return 14
        }
    }

    /// The relations of each group; a group of one needs no relation classifier.
    static let members: [[Int]] = (0..<count).map { g in DependencyRelation.allCases.map(\.rawValue).filter { ofRelation[$0] == g } }

    /// Each relation's place among the members of its group: the class of the relation classifier.
    static let memberIndex: [Int] = DependencyRelation.allCases.map { r in members[ofRelation[r.rawValue]].firstIndex(of: r.rawValue)! }

    /// Classes of the relation table: enough for the largest group, padded to one SIMD load.
    static let relationClasses = 8

    /// Transition classes: shift, reduce, a left arc per group but the root's, a right arc per group.
    static let classes = 2 + 2 * count - 1
    /// Columns of the transition table: `classes` padded so that a row fills one 64-byte cache line.
    static let tableClasses = 32

    static func decode(_ c: Int) -> (action: ArcEagerState.Action, group: Int) {
        switch c {
        case 0: return (.shift, 0)
        case 1: return (.reduce, 0)
        case 2..<(1 + count): return (.left, c - 2)
        default: return (.right, c - 1 - count)
        }
    }

    static func encode(_ action: ArcEagerState.Action, group: Int) -> Int {
        switch action {
        case .shift: return 0
        case .reduce: return 1
        case .left: return 2 + group
        case .right: return 1 + count + group
        }
    }

    /// The classes that `isValid` allows in a state, as bits (class `c` is bit `c`), with the validity of each
    /// transition decided once.
    static func validClasses(in state: ArcEagerState) -> UInt32 {
        var mask: UInt32 = 0
        if state.isValid(.shift) { mask |= 1 << encode(.shift, group: 0) }
        if state.isValid(.reduce) { mask |= 1 << encode(.reduce, group: 0) }
        if state.isValid(.left) { mask |= leftArcClasses }
        if state.isValid(.right) { mask |= state.s0 == 0 ? rootArcClass : rightArcClasses & ~rootArcClass }
        return mask
    }

    private static let leftArcClasses: UInt32 = (0..<root).reduce(0) { $0 | 1 << encode(.left, group: $1) }
    private static let rightArcClasses: UInt32 = (0..<count).reduce(0) { $0 | 1 << encode(.right, group: $1) }
    private static let rootArcClass: UInt32 = 1 << encode(.right, group: root)

    /// Whether class `c` may be taken: its transition is valid, and the root group is used exactly for the
    /// root's arc.
    static func isValid(_ c: Int, in state: ArcEagerState) -> Bool {
        let (action, group) = decode(c)
        guard state.isValid(action) else { return false }
        return action != .right || (state.s0 == 0) == (group == root)
    }
}
