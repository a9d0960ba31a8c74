/// What the beam needs from a model: the scores of the transition classes (`RelationGroups`) for a state's
/// features, and the relation of an arc within its group. Inference reads the quantised tables, training the
/// perceptron's current weights.
protocol TransitionScoring {
    /// Scores of the first `RelationGroups.classes` classes, written into `scores`, for a state's features and the
    /// positions its one-position templates were read at (`ParserFeatures.extract`).
    mutating func transitionScores(_ features: UnsafeBufferPointer<UInt64>, positions: ParserWordFeatures.RolePositions,
                                   into scores: inout [Double])
    /// The relation (`DependencyRelation` raw value) of a left or right arc of a group with more than one member.
    mutating func relation(_ features: UnsafeBufferPointer<UInt64>, action: ArcEagerState.Action, group: Int) -> Int
}

/// A parser state in the beam with the sum of its transition scores.
struct BeamHypothesis {
    var state: ArcEagerState
    var score: Double
    /// Its last step in the beam's history (training), -1 before the first.
    var node: Int
    /// Whether every step so far is the gold sequence's (training).
    var onGold: Bool
}

/// One step of a hypothesis, for training: the previous step, the class taken and where the features of the
/// state it was taken in are kept.
struct BeamStep {
    let parent: Int
    let transition: Int
    let features: Int
}

/// Beam search over arc-eager transitions (Zhang & Clark 2008): each step expands every hypothesis by every
/// valid transition class and keeps the `width` best by total score. The relation of an arc is chosen within
/// its group by the relation classifier, so a transition class leads to exactly one next state. Finished
/// hypotheses stay in the beam unchanged. Ties go to the earlier hypothesis, then the lower class, so decoding
/// is deterministic; a beam of width 1 makes the greedy parser's decisions.
///
/// Nothing is allocated per step: the hypotheses live in two pools of `width` states, the current step's and
/// the next one's, which swap after every step (a state is copied into a recycled one, `ArcEagerState.assign`),
/// and the features of the hypotheses being expanded share one buffer.
struct TransitionBeam {
    let width: Int
    /// The current hypotheses, best first: `pool[0..<live]`.
    private var pool: [BeamHypothesis]
    private var nextPool: [BeamHypothesis]
    private var live = 1
    /// Training only: every step taken, and the feature vectors of the states expanded (one vector per state).
    private(set) var steps: [BeamStep] = []
    private(set) var featureArena: [UInt64] = []
    let recordsSteps: Bool

    /// The features of the hypotheses being expanded, one row each.
    private let features: FeatureRows
    private var scores = [Double](repeating: 0, count: RelationGroups.classes)
    private var candidates: [(score: Double, hypothesis: Int, transition: Int)] = []
    private var arenaOffset: [Int]

    init(width: Int, wordCount: Int, recordsSteps: Bool = false) {
        self.width = max(1, width)
        self.recordsSteps = recordsSteps
        // Each pooled state gets storage of its own (copies of one state would share it until their first change).
        func fresh() -> [BeamHypothesis] {
            (0..<max(1, width)).map { _ in BeamHypothesis(state: ArcEagerState(wordCount: wordCount), score: 0, node: -1, onGold: true) }
        }
        pool = fresh()
        nextPool = fresh()
        features = FeatureRows(rows: self.width, width: ParserFeatures.count)
        arenaOffset = [Int](repeating: -1, count: self.width)
        candidates.reserveCapacity(self.width + 1)
    }

    /// The hypotheses, best first.
    var hypotheses: ArraySlice<BeamHypothesis> { pool[0..<live] }
    var isFinished: Bool {
        for i in 0..<live where !pool[i].state.isTerminal { return false }
        return true
    }
    var best: BeamHypothesis { pool[0] }

    /// Expands the beam by one transition. `gold` is the gold sequence's next step (class and relation, 0 for a
    /// shift or reduce), nil once it has finished; it only marks which hypothesis is still the gold one.
    mutating func advance<S: TransitionScoring>(words: ParserWordFeatures, scorer: inout S,
                                                gold: (transition: Int, relation: Int)? = nil) {
        candidates.removeAll(keepingCapacity: true)
        // The hypotheses are read in place (`pool[i].…`): a copy of one would retain and release its state.
        for i in 0..<live {
            arenaOffset[i] = -1
            let score = pool[i].score
            if pool[i].state.isTerminal { consider(score, i, -1); continue }
            let positions = ParserFeatures.extract(pool[i].state, words: words, into: features.row(i))
            scorer.transitionScores(UnsafeBufferPointer(features.row(i)), positions: positions, into: &scores)
            var valid = RelationGroups.validClasses(in: pool[i].state)
            while valid != 0 {
                let c = valid.trailingZeroBitCount
                valid &= valid &- 1
                consider(score + scores[c], i, c)
            }
        }
        for k in candidates.indices {
            let (score, i, c) = candidates[k]
            nextPool[k].state.assign(pool[i].state)
            nextPool[k].score = score
            let parentNode = pool[i].node, parentOnGold = pool[i].onGold
            guard c >= 0 else {
                nextPool[k].node = parentNode
                nextPool[k].onGold = parentOnGold && gold == nil
                continue
            }
            let (action, group) = RelationGroups.decode(c)
            var label = 0
            if action == .left || action == .right {
                let members = RelationGroups.members[group]
                if action == .right && pool[i].state.s0 == 0 {
                    label = DependencyRelation.root.rawValue
                } else if members.count == 1 {
                    label = members[0]
                } else {
                    label = scorer.relation(UnsafeBufferPointer(features.row(i)), action: action, group: group)
                }
            }
            nextPool[k].state.apply(action, label: label)
            var node = parentNode
            if recordsSteps {
                if arenaOffset[i] < 0 {
                    arenaOffset[i] = featureArena.count
                    featureArena.append(contentsOf: features.row(i))
                }
                node = steps.count
                steps.append(BeamStep(parent: parentNode, transition: c, features: arenaOffset[i]))
            }
            nextPool[k].node = node
            nextPool[k].onGold = parentOnGold && gold.map { $0.transition == c && $0.relation == label } == true
        }
        live = candidates.count
        swap(&pool, &nextPool)
    }

    /// Keeps the `width` best candidates, best first; an equal score does not displace an earlier candidate.
    private mutating func consider(_ score: Double, _ hypothesis: Int, _ transition: Int) {
        var k = candidates.count
        if k == width {
            guard score > candidates[width - 1].score else { return }
            k -= 1
        } else {
            candidates.append((score, hypothesis, transition))
        }
        while k > 0 && candidates[k - 1].score < score {
            candidates[k] = candidates[k - 1]
            k -= 1
        }
        candidates[k] = (score, hypothesis, transition)
    }

    /// The steps (class, feature offset) that led to a hypothesis's history node, first to last.
    func path(to node: Int) -> [BeamStep] {
        var out: [BeamStep] = []
        var k = node
        while k >= 0 { out.append(steps[k]); k = steps[k].parent }
        return out.reversed()
    }
}

/// Rows of features in one allocation (a class, so that a row can be written while the beam is mutated).
private final class FeatureRows {
    let width: Int
    private let base: UnsafeMutablePointer<UInt64>

    init(rows: Int, width: Int) {
        self.width = width
        base = .allocate(capacity: rows * width)
        base.initialize(repeating: 0, count: rows * width)
    }

    @inline(__always)
    func row(_ i: Int) -> UnsafeMutableBufferPointer<UInt64> { UnsafeMutableBufferPointer(start: base + i * width, count: width) }

    deinit { base.deallocate() }
}
