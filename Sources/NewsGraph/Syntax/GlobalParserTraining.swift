import Foundation

/// Beam scoring with the weights being trained (not averaged). It owns the two perceptrons so that updating
/// them between sentences never copies their tables.
struct PerceptronTransitionScorer: TransitionScoring {
    var actions: MulticlassPerceptron
    var labels: MulticlassPerceptron
    private var raw = [Float](repeating: 0, count: RelationGroups.tableClasses)
    private var labelScores = [Float](repeating: 0, count: RelationGroups.relationClasses)
    var labelFeatures: [UInt64] = []

    init(actions: MulticlassPerceptron, labels: MulticlassPerceptron) {
        self.actions = actions
        self.labels = labels
    }

    mutating func transitionScores(_ features: UnsafeBufferPointer<UInt64>, positions: ParserWordFeatures.RolePositions,
                                   into scores: inout [Double]) {
        actions.scores(features, into: &raw)
        for c in 0..<RelationGroups.classes { scores[c] = Double(raw[c]) }
    }

    mutating func relation(_ features: UnsafeBufferPointer<UInt64>, action: ArcEagerState.Action, group: Int) -> Int {
        RelationGroups.members[group][bestMember(features, action: action, group: group)]
    }

    /// The index among the group's members of the best-scoring relation (`labelFeatures` is left filled in).
    mutating func bestMember(_ features: UnsafeBufferPointer<UInt64>, action: ArcEagerState.Action, group: Int) -> Int {
        DependencyParser.labelFeatures(features, action: action, group: group, into: &labelFeatures)
        labels.scores(labelFeatures, into: &labelScores)
        var best = 0
        for k in 1..<RelationGroups.members[group].count where labelScores[k] > labelScores[best] { best = k }
        return best
    }
}

/// Global training of the transition table for beam decoding: a structured averaged perceptron over whole
/// transition sequences (Zhang & Clark 2008; Zhang & Nivre 2011) with max-violation updates (Huang, Fayong &
/// Guo 2012). Each sentence is decoded with the beam; at the step where the best hypothesis outscores the gold
/// prefix by the most, the gold prefix's transitions are rewarded and the hypothesis's penalised (one averaging
/// tick per sentence). The relation classifier stays local: it learns each gold arc on the gold sequence's states.
struct GlobalParserTraining {
    let width: Int
    private(set) var scorer: PerceptronTransitionScorer
    private var goldFeatures: [UInt64] = []
    private var goldOffsets: [Int] = []
    private var featureBuffer: [UInt64] = []
    private var scores = [Double](repeating: 0, count: RelationGroups.classes)

    init(width: Int, actionHashBits: Int, labelHashBits: Int) {
        self.width = width
        scorer = PerceptronTransitionScorer(
            actions: MulticlassPerceptron(classes: RelationGroups.tableClasses, hashBits: actionHashBits),
            labels: MulticlassPerceptron(classes: RelationGroups.relationClasses, hashBits: labelHashBits))
        featureBuffer.reserveCapacity(96)
    }

    /// Learns from one sentence; returns whether the transition weights were updated.
    mutating func learn(words: SyntaxWords, tags: [Int], gold: [GoldTransitions.Step]) -> Bool {
        // The gold states' features, the relation classifier's lessons, and the gold prefix scores.
        goldFeatures.removeAll(keepingCapacity: true)
        goldOffsets.removeAll(keepingCapacity: true)
        var goldScore = [0.0]
        let wordFeatures = ParserWordFeatures(words, tags: tags)
        var state = ArcEagerState(wordCount: words.count)
        for step in gold {
            let positions = ParserFeatures.extract(state, words: wordFeatures, into: &featureBuffer)
            goldOffsets.append(goldFeatures.count)
            goldFeatures.append(contentsOf: featureBuffer)
            featureBuffer.withUnsafeBufferPointer { scorer.transitionScores($0, positions: positions, into: &scores) }
            goldScore.append(goldScore[goldScore.count - 1] + scores[step.transition])
            let (action, group) = RelationGroups.decode(step.transition)
            if (action == .left || action == .right) && step.relation != DependencyRelation.root.rawValue
                && RelationGroups.members[group].count > 1 {
                let guess = featureBuffer.withUnsafeBufferPointer { scorer.bestMember($0, action: action, group: group) }
                let want = RelationGroups.memberIndex[step.relation]
                if guess != want { scorer.labels.update(scorer.labelFeatures, gold: want, predicted: guess) }
                scorer.labels.tick()
            }
            state.apply(action, label: step.relation)
        }

        // Decode with the beam, noting the best hypothesis after each step.
        var beam = TransitionBeam(width: width, wordCount: words.count, recordsSteps: true)
        var bests: [(score: Double, node: Int, onGold: Bool)] = [(0, -1, true)]
        while !beam.isFinished {
            let t = bests.count - 1
            beam.advance(words: wordFeatures, scorer: &scorer, gold: t < gold.count ? gold[t] : nil)
            bests.append((beam.best.score, beam.best.node, beam.best.onGold))
        }

        // The step of maximal violation (the first, on ties). A best hypothesis off the gold sequence that only
        // ties with the gold prefix is a violation too, as a tie is a perceptron's mistake.
        var worst = 0, violation = -Double.infinity
        let steps = max(bests.count - 1, gold.count)
        for t in stride(from: 1, through: steps, by: 1) {
            let b = bests[min(t, bests.count - 1)]
            let v = b.score - goldScore[min(t, gold.count)]
            if !b.onGold && v >= 0 && v > violation { violation = v; worst = t }
        }
        defer { scorer.actions.tick() }
        guard worst > 0 else { return false }

        let predicted = beam.path(to: bests[min(worst, bests.count - 1)].node)
        let goldLength = min(worst, gold.count)
        let n = ParserFeatures.count
        let arena = beam.featureArena
        var common = 0
        while common < min(goldLength, predicted.count) && predicted[common].transition == gold[common].transition
                && arena[predicted[common].features..<(predicted[common].features + n)]
                    == goldFeatures[goldOffsets[common]..<(goldOffsets[common] + n)] {
            common += 1
        }
        goldFeatures.withUnsafeBufferPointer { g in
            for t in common..<goldLength {
                scorer.actions.add(UnsafeBufferPointer(rebasing: g[goldOffsets[t]..<(goldOffsets[t] + n)]),
                                   class: gold[t].transition, delta: 1)
            }
        }
        arena.withUnsafeBufferPointer { a in
            for step in predicted[common...] {
                scorer.actions.add(UnsafeBufferPointer(rebasing: a[step.features..<(step.features + n)]),
                                   class: step.transition, delta: -1)
            }
        }
        return true
    }
}

extension ParserTraining {
    /// The epochs of global training; dev (decoded with the same beam) picks the epoch.
    static func trainGlobally(words: [SyntaxWords], tags: [[Int]], heads: [[Int]], labels: [[Int]],
                              dev: [UDSentence], devWords: [SyntaxWords], devTags: [[Int]], clusters: WordClusters,
                              tagTable: QuantizedTable, options: ParserTrainingOptions, log: (String) -> Void,
                              progress: (ParserTrainingProgress) -> Void) -> (las: Double, epoch: Int, parser: DependencyParser)? {
        var sequences: [[GoldTransitions.Step]?] = []
        for (h, l) in zip(heads, labels) { sequences.append(GoldTransitions.sequence(heads: h, labels: l)) }
        let usable = words.indices.filter { sequences[$0] != nil }
        log("parser: beam \(options.beamWidth), global training on \(usable.count) sentences "
            + "(\(words.count - usable.count) the transition system cannot build)")
        var trainer = GlobalParserTraining(width: options.beamWidth, actionHashBits: options.actionHashBits,
                                           labelHashBits: options.labelHashBits)
        var rng = SeededGenerator(seed: options.seed)
        var order = usable
        var best: (las: Double, epoch: Int, parser: DependencyParser)? = nil
        for epoch in 1...options.parseEpochs {
            let start = Date()
            order.shuffle(using: &rng)
            var updates = 0
            for s in order where trainer.learn(words: words[s], tags: tags[s], gold: sequences[s]!) { updates += 1 }
            let parser = DependencyParser(clusters: clusters, tagTable: tagTable,
                                          actionTable: trainer.scorer.actions.averagedTable(),
                                          labelTable: trainer.scorer.labels.averagedTable(), metadata: [:],
                                          beamWidth: options.beamWidth)
            let score = parser.evaluate(dev, tags: devTags, words: devWords)
            progress(ParserTrainingProgress(phase: "parser", epoch: epoch, epochs: options.parseEpochs, mistakes: updates,
                                            seconds: Date().timeIntervalSince(start), devScore: score.las))
            if best == nil || score.las > best!.las { best = (score.las, epoch, parser) }
        }
        return best
    }
}
