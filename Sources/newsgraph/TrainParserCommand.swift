import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph train-parser`: train the UPOS tagger and the dependency parser on CoNLL-U treebanks.
struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-parser",
        abstract: "Train the part-of-speech tagger and the dependency parser on Universal Dependencies (CoNLL-U).",
        discussion: """
            Trains the UPOS tagger, tags the training data by jackknifing, then trains the arc-eager parser: \
            globally for beam decoding (max-violation structured perceptron, --beam above 1) or greedily with a \
            dynamic oracle (--beam 1). Dev picks the epoch of each model. Deterministic for a given seed. \
            Word clusters come from the bundled entity model.
            """
    )

    @Option(name: .long, help: "Training treebank (CoNLL-U).")
    var train: String

    @Option(name: .long, help: "Development treebank (CoNLL-U), used to choose epochs.")
    var dev: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the model file.")
    var output: String

    @Option(name: .long, help: "Maximum passes of the parser over the training data.")
    var epochs: Int = ParserTrainingOptions().parseEpochs

    @Option(name: .long, help: "Maximum passes of the tagger over the training data.")
    var tagEpochs: Int = ParserTrainingOptions().tagEpochs

    @Option(name: .long, help: "Seed for shuffling and exploration.")
    var seed: UInt64 = ParserTrainingOptions().seed

    @Option(name: .long, help: "Folds for jackknifed training tags (1: train the parser on gold tags).")
    var folds: Int = ParserTrainingOptions().folds

    @Option(name: .long, help: "Drop quantised weights of smaller magnitude (smaller model file).")
    var prune: Int16 = ParserTrainingOptions().prune

    @Option(name: .long, help: "log2 of the feature buckets of the tagger's table.")
    var tagHashBits: Int = ParserTrainingOptions().tagHashBits

    @Option(name: .long, help: "log2 of the feature buckets of the transition table.")
    var actionHashBits: Int = ParserTrainingOptions().actionHashBits

    @Option(name: .long, help: "log2 of the feature buckets of the relation table.")
    var labelHashBits: Int = ParserTrainingOptions().labelHashBits

    @Option(name: .long, help: "After the first parser epoch, how often training follows the model's own transition.")
    var explore: Double = ParserTrainingOptions().explore

    @Option(name: .long, help: "Beam width: above 1, the parser is trained globally for beam decoding of that width.")
    var beam: Int = ParserTrainingOptions().beamWidth

    func run() throws {
        let start = Date()
        let trainSentences = try CoNLLU.read(contentsOf: URL(fileURLWithPath: train))
        let devSentences = try CoNLLU.read(contentsOf: URL(fileURLWithPath: dev))
        var options = ParserTrainingOptions()
        options.parseEpochs = epochs
        options.tagEpochs = tagEpochs
        options.seed = seed
        options.folds = folds
        options.prune = prune
        options.actionHashBits = actionHashBits
        options.labelHashBits = labelHashBits
        options.tagHashBits = tagHashBits
        options.explore = explore
        options.beamWidth = beam
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let parser = try ParserTraining.train(train: trainSentences, dev: devSentences, options: options, log: log) { p in
            log(String(format: "%@ epoch %2d/%d  mistakes %7d  %5.1f s  dev %.4f", p.phase, p.epoch, p.epochs, p.mistakes,
                       p.seconds, p.devScore))
        }
        try parser.write(to: URL(fileURLWithPath: output))
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        log(String(format: "wrote %@ (%.1f MB) in %.0f s", output, Double(size) / 1e6, Date().timeIntervalSince(start)))
    }
}
