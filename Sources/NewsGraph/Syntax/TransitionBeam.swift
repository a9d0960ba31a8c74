/// What the beam needs from a model: the scores of the transition classes (`RelationGroups`) for a state's
/// features, and the relation of an arc within its group. Inference reads the quantised tables, training the
/// perceptron's current weights.
protocol TransitionScoring {
    /// Scores of the first `RelationGroups.classes` classes, written into `scores`.
    mutating func transitionScores(_ features: [UInt64], into scores: inout [Double])
    /// The relation (`DependencyRelation` raw value) of a left or right arc of a group with more than one member.
    mutating func relation(_ features: [UInt64], action: ArcEagerState.Action, group: Int) -> Int
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
struct TransitionBeam {
    let width: Int
    private(set) var hypotheses: [BeamHypothesis]
    /// Training only: every step taken, and the feature vectors of the states expanded (one vector per state).
    private(set) var steps: [BeamStep] = []
    private(set) var featureArena: [UInt64] = []
    let recordsSteps: Bool

    private var features: [[UInt64]]
    private var scores = [Double](repeating: 0, count: RelationGroups.classes)
    private var candidates: [(score: Double, hypothesis: Int, transition: Int)] = []
    private var arenaOffset: [Int]

    init(width: Int, wordCount: Int, recordsSteps: Bool = false) {
        self.width = max(1, width)
        self.recordsSteps = recordsSteps
        hypotheses = [BeamHypothesis(state: ArcEagerState(wordCount: wordCount), score: 0, node: -1, onGold: true)]
        features = [[UInt64]](repeating: [], count: self.width)
        for i in features.indices { features[i].reserveCapacity(96) }
        arenaOffset = [Int](repeating: -1, count: self.width)
        candidates.reserveCapacity(self.width + 1)
    }

    var isFinished: Bool { hypotheses.allSatisfy(\.state.isTerminal) }
    /// The hypotheses are kept best first.
    var best: BeamHypothesis { hypotheses[0] }

    /// Expands the beam by one transition. `gold` is the gold sequence's next step (class and relation, 0 for a
    /// shift or reduce), nil once it has finished; it only marks which hypothesis is still the gold one.
    mutating func advance<S: TransitionScoring>(words: SyntaxWords, tags: [Int], scorer: inout S,
                                                gold: (transition: Int, relation: Int)? = nil) {
        candidates.removeAll(keepingCapacity: true)
        for (i, h) in hypotheses.enumerated() {
            arenaOffset[i] = -1
            if h.state.isTerminal { consider(h.score, i, -1); continue }
            ParserFeatures.extract(h.state, words: words, tags: tags, into: &features[i])
            scorer.transitionScores(features[i], into: &scores)
            for c in 0..<RelationGroups.classes where RelationGroups.isValid(c, in: h.state) {
                consider(h.score + scores[c], i, c)
            }
        }
        var next: [BeamHypothesis] = []
        next.reserveCapacity(candidates.count)
        for (score, i, c) in candidates {
            let parent = hypotheses[i]
            guard c >= 0 else {
                next.append(BeamHypothesis(state: parent.state, score: score, node: parent.node,
                                           onGold: parent.onGold && gold == nil))
                continue
            }
            let (action, group) = RelationGroups.decode(c)
            var label = 0
            if action == .left || action == .right {
                let members = RelationGroups.members[group]
                if action == .right && parent.state.s0 == 0 {
                    label = DependencyRelation.root.rawValue
                } else if members.count == 1 {
                    label = members[0]
                } else {
                    label = scorer.relation(features[i], action: action, group: group)
                }
            }
            var state = parent.state
            state.apply(action, label: label)
            var node = parent.node
            if recordsSteps {
                if arenaOffset[i] < 0 { arenaOffset[i] = featureArena.count; featureArena.append(contentsOf: features[i]) }
                node = steps.count
                steps.append(BeamStep(parent: parent.node, transition: c, features: arenaOffset[i]))
            }
            let onGold = parent.onGold && gold.map { $0.transition == c && $0.relation == label } == true
            next.append(BeamHypothesis(state: state, score: score, node: node, onGold: onGold))
        }
        hypotheses = next
    }

    /// Keeps the `width` best candidates, best first; an equal score does not displace an earlier candidate.
    private mutating func consider(_ score: Double, _ hypothesis: Int, _ transition: Int) {
        if candidates.count == width {
            guard score > candidates[width - 1].score else { return }
            candidates.removeLast()
        }
        var k = candidates.count
        while k > 0 && candidates[k - 1].score < score { k -= 1 }
        candidates.insert((score, hypothesis, transition), at: k)
    }

    /// The steps (class, feature offset) that led to a hypothesis's history node, first to last.
    func path(to node: Int) -> [BeamStep] {
        var out: [BeamStep] = []
        var k = node
        while k >= 0 { out.append(steps[k]); k = steps[k].parent }
        return out.reversed()
    }
}
