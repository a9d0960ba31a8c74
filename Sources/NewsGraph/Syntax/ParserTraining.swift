import Foundation

/// Settings of `ParserTraining.train`; the defaults made the bundled model.
public struct ParserTrainingOptions: Sendable {
    public var tagEpochs = 12
    public var parseEpochs = 14
    public var seed: UInt64 = 2011
    public var tagHashBits = 19
    public var actionHashBits = 18
    public var labelHashBits = 16
    /// Folds for jackknifed training tags (the parser trains on predicted tags, as it will run); 1 = gold tags.
    public var folds = 4
    /// After the first epoch, the probability of following the model's own (possibly wrong) transition.
    public var explore = 0.9
    /// Quantised weights with a smaller magnitude are dropped from the model file.
    public var prune: Int16 = 2
    /// Beam width for global training and decoding; 1 trains the greedy parser with the dynamic oracle.
    public var beamWidth = 8
    public init() {}
}

/// A report after each epoch of training.
public struct ParserTrainingProgress: Sendable {
    public let phase: String
    public let epoch: Int
    public let epochs: Int
    public let mistakes: Int
    public let seconds: Double
    /// UPOS accuracy (tagger) or LAS (parser) on dev.
    public let devScore: Double
}

/// Trains the UPOS tagger, then the parser on jackknifed predicted tags: globally for beam decoding
/// (`GlobalParserTraining`) when `beamWidth` is above 1, otherwise greedily with a dynamic oracle (Goldberg &
/// Nivre 2012). Non-projective training trees are made projective by lifting their shortest crossing arc to the
/// head's head until none is left (labels unchanged); the parser only ever builds projective trees.
/// Deterministic for a given seed; dev picks the epoch of each model.
public enum ParserTraining {
    public static func train(train: [UDSentence], dev: [UDSentence], options: ParserTrainingOptions = .init(),
                             log: (String) -> Void = { _ in },
                             progress: (ParserTrainingProgress) -> Void = { _ in }) throws -> DependencyParser {
        let clusters = try PerceptronTagger.loadDefault().extractor.clusters
        let trainWords = train.map { SyntaxWords($0.words.map(\.form), clusters: clusters) }
        let devWords = dev.map { SyntaxWords($0.words.map(\.form), clusters: clusters) }
        let trainTags = train.map { $0.words.map { $0.upos?.rawValue ?? UPOS.X.rawValue } }
        let devTags = dev.map { $0.words.map { $0.upos?.rawValue ?? UPOS.X.rawValue } }

        // 1. The tagger, its epoch chosen on dev.
        let (tagTable, tagEpoch, devUPOS) = trainTagger(trainWords, trainTags, epochs: options.tagEpochs,
                                                        hashBits: options.tagHashBits, seed: options.seed,
                                                        dev: (devWords, devTags), phase: "tagger", progress: progress)
        log(String(format: "tagger: best epoch %d, dev UPOS %.4f", tagEpoch, devUPOS))

        // 2. Jackknifed tags for the parser's training data.
        var predictedTrainTags = trainTags
        if options.folds > 1 {
            for fold in 0..<options.folds {
                let inFold = trainWords.indices.filter { $0 % options.folds == fold }
                let rest = trainWords.indices.filter { $0 % options.folds != fold }
                let (table, _, _) = trainTagger(rest.map { trainWords[$0] }, rest.map { trainTags[$0] }, epochs: tagEpoch,
                                                hashBits: options.tagHashBits, seed: options.seed &+ UInt64(fold), dev: nil,
                                                phase: "jackknife \(fold + 1)/\(options.folds)", progress: progress)
                var f: [UInt64] = []
                for i in inFold { predictedTrainTags[i] = POSTagging.tag(trainWords[i], table: table, features: &f) }
            }
        }
        var f: [UInt64] = []
        let predictedDevTags = devWords.map { POSTagging.tag($0, table: tagTable, features: &f) }

        // 3. The parser.
        var goldHeads: [[Int]] = [], goldLabels: [[Int]] = []
        var lifted = 0
        for s in train {
            let heads = [0] + s.words.map { $0.head ?? 0 }
            let projective = Projectivity.lifted(heads)
            if projective != heads { lifted += 1 }
            goldHeads.append(projective)
            goldLabels.append([0] + s.words.map { $0.relation.rawValue })
        }
        log("parser: \(train.count) training sentences, \(lifted) made projective by lifting")
        let classCount = RelationGroups.classes
        var actions = MulticlassPerceptron(classes: RelationGroups.tableClasses, hashBits: options.actionHashBits)
        var costs = [Int](repeating: Int.max, count: classCount)
        var labels = MulticlassPerceptron(classes: RelationGroups.relationClasses, hashBits: options.labelHashBits)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(train.indices)
        var best: (las: Double, epoch: Int, parser: DependencyParser)? = nil
        var scratch = ParserScratch()
        var actionScores = [Float](repeating: 0, count: RelationGroups.tableClasses)
        var labelScores = [Float](repeating: 0, count: labels.classes)
        let rootLabel = DependencyRelation.root.rawValue
        if options.beamWidth > 1 {
            best = trainGlobally(words: trainWords, tags: predictedTrainTags, heads: goldHeads, labels: goldLabels,
                                 dev: dev, devWords: devWords, devTags: predictedDevTags, clusters: clusters,
                                 tagTable: tagTable, options: options, log: log, progress: progress)
        } else {
            for epoch in 1...options.parseEpochs {
                let start = Date()
                order.shuffle(using: &rng)
                var mistakes = 0
                for s in order {
                    let words = trainWords[s], tags = predictedTrainTags[s], gold = goldHeads[s], goldLabel = goldLabels[s]
                    let wordFeatures = ParserWordFeatures(words, tags: tags)
                    var state = ArcEagerState(wordCount: words.count)
                    while !state.isTerminal {
                        ParserFeatures.extract(state, words: wordFeatures, into: &scratch.features)
                        actions.scores(scratch.features, into: &actionScores)
                        var baseCost = [Int](repeating: Int.max, count: 4)
                        for a in ArcEagerState.Action.allCases where state.isValid(a) { baseCost[a.rawValue] = state.cost(a, gold: gold) }
                        var predicted = -1, oracle = -1, minCost = Int.max
                        for c in 0..<classCount where RelationGroups.isValid(c, in: state) {
                            let (a, group) = RelationGroups.decode(c)
                            var cost = baseCost[a.rawValue]
                            if a == .left || a == .right {
                                let (h, d) = a == .left ? (state.buffer(0), state.s0) : (state.s0, state.buffer(0))
                                if gold[d] == h && RelationGroups.ofRelation[goldLabel[d]] != group { cost += 1 }
                            }
                            costs[c] = cost
                            minCost = min(minCost, cost)
                            if predicted < 0 || actionScores[c] > actionScores[predicted] { predicted = c }
                        }
                        guard predicted >= 0 else { break }
                        for c in 0..<classCount where RelationGroups.isValid(c, in: state) && costs[c] == minCost {
                            if oracle < 0 || actionScores[c] > actionScores[oracle] { oracle = c }
                        }
                        if costs[predicted] > minCost {
                            actions.update(scratch.features, gold: oracle, predicted: predicted)
                            mistakes += 1
                        }
                        actions.tick()
                        let explore = epoch > 1 && Double(rng.next() >> 11) / Double(1 << 53) < options.explore
                        let (follow, group) = RelationGroups.decode(costs[predicted] == minCost || explore ? predicted : oracle)
                        var label = 0
                        if follow == .left || follow == .right {
                            let (h, d) = follow == .left ? (state.buffer(0), state.s0) : (state.s0, state.buffer(0))
                            if h == 0 {
                                label = rootLabel
                            } else {
                                // The relation classifier learns from every gold arc, in the gold relation's group.
                                let goldGroup = RelationGroups.ofRelation[goldLabel[d]]
                                if gold[d] == h && RelationGroups.members[goldGroup].count > 1 {
                                    DependencyParser.labelFeatures(scratch.features, action: follow, group: goldGroup,
                                                                   into: &scratch.labelFeatures)
                                    let members = RelationGroups.members[goldGroup]
                                    labels.scores(scratch.labelFeatures, into: &labelScores)
                                    var guess = 0
                                    for k in 1..<members.count where labelScores[k] > labelScores[guess] { guess = k }
                                    let want = RelationGroups.memberIndex[goldLabel[d]]
                                    if guess != want { labels.update(scratch.labelFeatures, gold: want, predicted: guess) }
                                    labels.tick()
                                }
                                let members = RelationGroups.members[group]
                                if gold[d] == h && goldGroup == group {
                                    label = goldLabel[d]
                                } else if members.count == 1 {
                                    label = members[0]
                                } else {
                                    DependencyParser.labelFeatures(scratch.features, action: follow, group: group,
                                                                   into: &scratch.labelFeatures)
                                    labels.scores(scratch.labelFeatures, into: &labelScores)
                                    var guess = 0
                                    for k in 1..<members.count where labelScores[k] > labelScores[guess] { guess = k }
                                    label = members[guess]
                                }
                            }
                        }
                        state.apply(follow, label: label)
                    }
                }
                let parser = DependencyParser(clusters: clusters, tagTable: tagTable,
                                              actionTable: actions.averagedTable(), labelTable: labels.averagedTable(), metadata: [:])
                let score = parser.evaluate(dev, tags: predictedDevTags, words: devWords)
                progress(ParserTrainingProgress(phase: "parser", epoch: epoch, epochs: options.parseEpochs, mistakes: mistakes,
                                                seconds: Date().timeIntervalSince(start), devScore: score.las))
                if best == nil || score.las > best!.las { best = (score.las, epoch, parser) }
            }
        }
        guard let chosen = best else { throw ModelFileError.unsupported("no training epochs") }
        let pruned = DependencyParser(clusters: clusters,
                                      tagTable: tagTable.pruned(below: options.prune),
                                      actionTable: chosen.parser.actionTable.pruned(below: options.prune),
                                      labelTable: chosen.parser.labelTable.pruned(below: options.prune), metadata: [:],
                                      beamWidth: options.beamWidth)
        let final = pruned.evaluate(dev).score
        let metadata: [String: String] = [
            "trainedOn": "Universal Dependencies English EWT (UD_English-EWT), train split, \(train.count) sentences",
            "license": "CC BY-SA 4.0 (training data: UD_English-EWT, Silveira et al. 2014; Universal Dependencies)",
            "devUPOS": String(format: "%.4f", final.uposAccuracy),
            "devUAS": String(format: "%.4f", final.uas),
            "devLAS": String(format: "%.4f", final.las),
            "tagEpochs": "\(tagEpoch)", "parseEpochs": "\(chosen.epoch)", "seed": "\(options.seed)",
            "folds": "\(options.folds)", "explore": "\(options.explore)", "prune": "\(options.prune)",
            "beamWidth": "\(options.beamWidth)",
            "transitionSystem": options.beamWidth > 1
                ? "arc-eager, beam search, global training (max-violation structured perceptron)"
                : "arc-eager, dynamic oracle, greedy",
            "nonProjective": "lifted to projective for training",
        ]
        log("parser: best epoch \(chosen.epoch); dev " + final.report())
        return DependencyParser(clusters: clusters, tagTable: pruned.tagTable,
                                actionTable: pruned.actionTable, labelTable: pruned.labelTable, metadata: metadata)
    }

    /// Trains a tagger; with dev data, keeps the epoch with the best dev accuracy.
    static func trainTagger(_ words: [SyntaxWords], _ tags: [[Int]], epochs: Int, hashBits: Int, seed: UInt64,
                            dev: (words: [SyntaxWords], tags: [[Int]])?, phase: String,
                            progress: (ParserTrainingProgress) -> Void) -> (QuantizedTable, Int, Double) {
        let classes = POSTagging.classes
        var model = MulticlassPerceptron(classes: classes, hashBits: hashBits)
        var rng = SeededGenerator(seed: seed)
        var order = Array(words.indices)
        var f: [UInt64] = []
        var scores = [Float](repeating: 0, count: classes)
        var best: (table: QuantizedTable, epoch: Int, accuracy: Double)? = nil
        for epoch in 1...max(1, epochs) {
            let start = Date()
            order.shuffle(using: &rng)
            var mistakes = 0
            for s in order {
                var p1 = classes, p2 = classes + 1
                for i in 0..<words[s].count {
                    POSTagging.features(words[s], i, previous: p1, p2, into: &f)
                    model.scores(f, into: &scores)
                    var guess = 0
                    for c in 1..<classes where scores[c] > scores[guess] { guess = c }
                    let gold = tags[s][i]
                    if guess != gold { model.update(f, gold: gold, predicted: guess); mistakes += 1 }
                    model.tick()
                    p2 = p1; p1 = guess
                }
            }
            guard let dev else {
                if epoch == epochs { best = (model.averagedTable(), epoch, 0) }
                progress(ParserTrainingProgress(phase: phase, epoch: epoch, epochs: epochs, mistakes: mistakes,
                                                seconds: Date().timeIntervalSince(start), devScore: 0))
                continue
            }
            let table = model.averagedTable()
            var correct = 0, total = 0
            for (w, gold) in zip(dev.words, dev.tags) {
                for (p, g) in zip(POSTagging.tag(w, table: table, features: &f), gold) { total += 1; if p == g { correct += 1 } }
            }
            let accuracy = Double(correct) / Double(max(1, total))
            progress(ParserTrainingProgress(phase: phase, epoch: epoch, epochs: epochs, mistakes: mistakes,
                                            seconds: Date().timeIntervalSince(start), devScore: accuracy))
            if best == nil || accuracy > best!.accuracy { best = (table, epoch, accuracy) }
        }
        return (best!.table, best!.epoch, best!.accuracy)
    }
}

extension DependencyParser {
    /// Scores the parser alone on sentences with the given tags and prepared words.
    func evaluate(_ sentences: [UDSentence], tags: [[Int]], words: [SyntaxWords]) -> ParseScore {
        var score = ParseScore()
        var scratch = ParserScratch()
        for (i, gold) in sentences.enumerated() {
            let (heads, labels) = parse(words[i], tags: tags[i], scratch: &scratch)
            var out = gold
            for k in out.words.indices {
                out.words[k].upos = UPOS(rawValue: tags[i][k])
                out.words[k].head = heads[k + 1]
                out.words[k].deprel = DependencyRelation(rawValue: labels[k + 1])!.name
            }
            score.add(gold: gold, predicted: out)
        }
        return score
    }
}
