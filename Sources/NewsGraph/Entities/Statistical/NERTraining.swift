import Foundation

/// Settings for training a `PerceptronTagger`.
public struct NERTrainingOptions: Sendable {
    /// Passes over the training data per model.
    public var epochs = 15
    /// The weight table has `2^hashBits` feature buckets.
    public var hashBits = 20
    /// Folds used to produce honest first-pass labels on the training data for pass 2.
    public var folds = 5
    /// Seed of the document shuffling.
    public var seed: UInt64 = 2003
    /// Whether to train the second (document-level) pass.
    public var secondPass = true
    /// Perceptrons (differently shuffled) whose weights are averaged per model.
    public var ensemble = 3
    /// Quantised weights smaller than this many steps are dropped (model size).
    public var pruneBelow: Int16 = 2
    /// Whether to learn type-cue statistics from the unlabelled text (see `TypeCueCounter`). Off by
    /// default: on the resolution dev sets they did not help (README, "Names: the entity tagger").
    public var typeCues = false
    /// Whether to learn how a first pass tags each word across the unlabelled text (see `CorpusLabelCounter`).
    public var corpusLabels = true

    public init() {}
}

/// A progress report of the training loop (one per epoch of each model trained).
public struct NERTrainingProgress: Sendable {
    /// Which model: "fold 2/5", "pass 1", "pass 2".
    public var phase: String
    public var epoch: Int
    public var epochs: Int
    /// Training tokens mislabelled during the epoch.
    public var mistakes: Int
    /// Entity F1 on the dev set with the averaged weights after this epoch (nil for folds).
    public var devF1: Double?
    public var seconds: Double
}

/// Trains the two-pass perceptron tagger on CoNLL documents, choosing the epoch count of each
/// pass by dev-set F1.
public enum NERTraining {
    /// Trains a tagger. `unlabelled` documents (sentences of tokens, e.g. from
    /// `TaggerInput.documents(jsonl:)`) are used, with the training tokens, to learn word clusters;
    /// `log` receives progress lines of that step.
    public static func train(train: [CoNLLDocument], dev: [CoNLLDocument],
                             unlabelled: [[[String]]] = [],
                             options: NERTrainingOptions = NERTrainingOptions(),
                             log: (String) -> Void = { _ in },
                             progress: (NERTrainingProgress) -> Void = { _ in }) -> PerceptronTagger {
        var clusters = WordClusters.empty
        var cues = WordBinTable.empty
        if !unlabelled.isEmpty {
            let start = Date()
            let corpus = unlabelled + train.map { $0.sentences.map(\.tokens) }
            clusters = WordClusterBuilder().build(documents: corpus, log: log)
            log(String(format: "clusters: built in %.1f s", Date().timeIntervalSince(start)))
            if options.typeCues {
                cues = TypeCueCounter().build(documents: corpus)
                log("type cues: \(cues.count) words")
            }
        }
        var extractor = FeatureExtractor(hashBits: options.hashBits, clusters: clusters, cues: cues)
        func instances(_ docs: [CoNLLDocument]) -> [TrainingInstance] {
            docs.map { doc in
                let prepared = extractor.prepare(doc.sentences.map(\.tokens))
                let gold = doc.sentences.flatMap { BILOU.encode($0.gold) }
                return TrainingInstance(prepared: prepared, features: extractor.stage1(prepared), gold: gold)
            }
        }
        var train1 = instances(train)
        var dev1 = instances(dev)
        let devGold = dev.map { $0.sentences.map(\.gold) }

        func devScore(_ predictions: [[Int]]) -> EntityScore {
            var score = EntityScore()
            for (d, doc) in dev1.enumerated() {
                for s in 0..<doc.prepared.sentenceCount {
                    let a = doc.prepared.sentenceStarts[s], b = doc.prepared.sentenceStarts[s + 1]
                    score.add(gold: devGold[d][s], predicted: BILOU.decode(Array(predictions[d][a..<b])))
                }
            }
            return score
        }

        /// Trains `options.ensemble` perceptrons (different shuffling seeds) in lockstep and
        /// averages their averaged weights; with dev instances, keeps the epoch with the best dev F1.
        func fit(_ data: [TrainingInstance], devData: [TrainingInstance]?, phase: String, seed: UInt64)
            -> (weights: [Float], transitions: [Float], epochs: Int, devF1: Double)
        {
            let members = max(1, options.ensemble)
            var models = (0..<members).map { _ in AveragedPerceptron(hashBits: options.hashBits) }
            var rngs = (0..<members).map { SeededGenerator(seed: seed &+ UInt64($0) &* 7919) }
            var orders = (0..<members).map { _ in Array(data.indices) }
            var best: (weights: [Float], transitions: [Float], epochs: Int, devF1: Double)? = nil
            func mean() -> (weights: [Float], transitions: [Float]) {
                var sum = models[0].averaged()
                for m in 1..<members {
                    let avg = models[m].averaged()
                    for i in sum.weights.indices { sum.weights[i] += avg.weights[i] }
                    for i in sum.transitions.indices { sum.transitions[i] += avg.transitions[i] }
                }
                if members > 1 {
                    let inv = 1 / Float(members)
                    for i in sum.weights.indices { sum.weights[i] *= inv }
                    for i in sum.transitions.indices { sum.transitions[i] *= inv }
                }
                return sum
            }
            for epoch in 1...options.epochs {
                let start = Date()
                var mistakes = 0
                for m in 0..<members {
                    // Fisher–Yates with our own generator, for determinism across platforms.
                    for i in stride(from: orders[m].count - 1, to: 0, by: -1) {
                        let j = Int(rngs[m].next() % UInt64(i + 1))
                        orders[m].swapAt(i, j)
                    }
                    mistakes += models[m].trainEpoch(data, order: orders[m])
                }
                var f1: Double? = nil
                if let devData {
                    let avg = mean()
                    let score = devScore(AveragedPerceptron.decode(devData, weights: avg.weights, transitions: avg.transitions))
                    f1 = score.overall.f1
                    if best == nil || score.overall.f1 > best!.devF1 {
                        best = (avg.weights, avg.transitions, epoch, score.overall.f1)
                    }
                } else if epoch == options.epochs {
                    let avg = mean()
                    best = (avg.weights, avg.transitions, epoch, 0)
                }
                progress(NERTrainingProgress(phase: phase, epoch: epoch, epochs: options.epochs, mistakes: mistakes / members,
                                             devF1: f1, seconds: Date().timeIntervalSince(start)))
            }
            return best!
        }

        // Corpus labels: a first pass without them tags the unlabelled text (never the training
        // data), and the final model learns from how it tagged each word there.
        var corpusLabels = WordBinTable.empty
        if options.corpusLabels && !unlabelled.isEmpty {
            let first = fit(train1, devData: dev1, phase: "corpus tagger", seed: options.seed &+ 200)
            let stage = StageWeights(hashBits: options.hashBits, floatWeights: first.weights,
                                     floatTransitions: first.transitions, pruneBelow: options.pruneBelow)
            let start = Date()
            corpusLabels = CorpusLabelCounter().build(documents: unlabelled, extractor: extractor, stage: stage)
            log(String(format: "corpus labels: %d words in %.1f s", corpusLabels.count, Date().timeIntervalSince(start)))
            extractor = FeatureExtractor(hashBits: options.hashBits, clusters: clusters, cues: cues, corpusLabels: corpusLabels)
            train1 = instances(train)
            dev1 = instances(dev)
        }

        // Pass 1 on all training data.
        let pass1 = fit(train1, devData: dev1, phase: "pass 1", seed: options.seed)
        let stage1 = StageWeights(hashBits: options.hashBits, floatWeights: pass1.weights,
                                  floatTransitions: pass1.transitions, pruneBelow: options.pruneBelow)
        var metadata: [String: String] = [
            "hashBits": String(options.hashBits),
            "seed": String(options.seed),
            "ensemble": String(options.ensemble),
            "pass1Epochs": String(pass1.epochs),
            "pass1DevF1": String(format: "%.4f", pass1.devF1),
            "trainDocuments": String(train.count),
            "clusterWords": String(clusters.count),
            "typeCueWords": String(cues.count),
            "corpusLabelWords": String(corpusLabels.count),
        ]
        guard options.secondPass else {
            let tagger = PerceptronTagger(hashBits: options.hashBits, stage1: stage1, stage2: nil, clusters: clusters,
                                          cues: cues, corpusLabels: corpusLabels, metadata: metadata)
            return finish(tagger, dev: dev, metadata: metadata)
        }

        // Honest first-pass labels for the training data: k-fold jackknifing.
        var firstPassTrain = [[Int]](repeating: [], count: train1.count)
        let k = max(2, options.folds)
        for fold in 0..<k {
            let heldOut = train1.indices.filter { $0 % k == fold }
            let rest = train1.indices.filter { $0 % k != fold }.map { train1[$0] }
            let m = fit(rest, devData: nil, phase: "fold \(fold + 1)/\(k)", seed: options.seed &+ UInt64(fold + 1))
            let q = StageWeights(hashBits: options.hashBits, floatWeights: m.weights,
                                 floatTransitions: m.transitions, pruneBelow: options.pruneBelow)
            var decoder = DocumentDecoder()
            var cache = WordEmissionCache()
            for d in heldOut {
                firstPassTrain[d] = decoder.decode(train1[d].prepared, features: train1[d].features, stage: q, cache: &cache)
            }
        }
        var decoder = DocumentDecoder()
        var cache = WordEmissionCache()
        let firstPassDev = dev1.map { decoder.decode($0.prepared, features: $0.features, stage: stage1, cache: &cache) }
        let train2 = train1.indices.map { d in
            TrainingInstance(prepared: train1[d].prepared,
                             features: extractor.stage2(train1[d].prepared, base: train1[d].features, firstPass: firstPassTrain[d]),
                             gold: train1[d].gold)
        }
        let dev2 = dev1.indices.map { d in
            TrainingInstance(prepared: dev1[d].prepared,
                             features: extractor.stage2(dev1[d].prepared, base: dev1[d].features, firstPass: firstPassDev[d]),
                             gold: dev1[d].gold)
        }
        let pass2 = fit(train2, devData: dev2, phase: "pass 2", seed: options.seed &+ 100)
        let stage2 = StageWeights(hashBits: options.hashBits, floatWeights: pass2.weights,
                                  floatTransitions: pass2.transitions, pruneBelow: options.pruneBelow)
        metadata["pass2Epochs"] = String(pass2.epochs)
        metadata["pass2DevF1"] = String(format: "%.4f", pass2.devF1)
        let tagger = PerceptronTagger(hashBits: options.hashBits, stage1: stage1, stage2: stage2, clusters: clusters,
                                      cues: cues, corpusLabels: corpusLabels, metadata: metadata)
        return finish(tagger, dev: dev, metadata: metadata)
    }

    /// Scores the quantised tagger on dev and records the figure in its metadata.
    private static func finish(_ tagger: PerceptronTagger, dev: [CoNLLDocument], metadata: [String: String]) -> PerceptronTagger {
        var metadata = metadata
        let score = tagger.evaluate(dev).score
        metadata["devF1"] = String(format: "%.4f", score.overall.f1)
        return PerceptronTagger(hashBits: tagger.extractor.hashBits, stage1: tagger.stage1, stage2: tagger.stage2,
                                clusters: tagger.extractor.clusters, cues: tagger.extractor.cues,
                                corpusLabels: tagger.extractor.corpusLabels, metadata: metadata)
    }
}
