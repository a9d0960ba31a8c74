import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph train`: train the perceptron tagger on CoNLL data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the named-entity tagger on CoNLL data (IOB1 or IOB2).",
        discussion: "Training is deterministic for a given seed. The epoch count of each pass is chosen by dev F1."
    )

    @Option(name: .long, help: "Training data (CoNLL format).")
    var train: String

    @Option(name: .long, help: "Development data (CoNLL format), used to pick epochs and report F1.")
    var dev: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the model file.")
    var output: String

    @Option(name: .long, help: "Maximum passes over the training data per model.")
    var epochs: Int = NERTrainingOptions().epochs

    @Option(name: .long, help: "Seed for shuffling.")
    var seed: UInt64 = NERTrainingOptions().seed

    @Option(name: .long, help: "log2 of the number of feature buckets.")
    var hashBits: Int = NERTrainingOptions().hashBits

    @Flag(name: .long, help: "Train only the first (local) pass.")
    var singlePass = false

    @Option(name: .long, help: "Unlabelled JSON Lines corpus (a `body` per line) for word clusters; repeatable.")
    var unlabelled: [String] = []

    @Flag(name: .long, help: "Also learn type-cue statistics (\"Mr X\", \"X Inc\", \"X said it\") from the unlabelled corpus.")
    var typeCues = false

    @Flag(name: .long, help: "Do not learn how a first pass tags each word of the unlabelled corpus.")
    var noCorpusLabels = false

    func run() throws {
        let trainDocs = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: train))
        let devDocs = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: dev))
        var options = NERTrainingOptions()
        options.epochs = epochs
        options.seed = seed
        options.hashBits = hashBits
        options.secondPass = !singlePass
        options.typeCues = typeCues
        options.corpusLabels = !noCorpusLabels
        let start = Date()
        var unlabelledDocs: [[[String]]] = []
        for path in unlabelled {
            unlabelledDocs += try TaggerInput.documents(jsonl: URL(fileURLWithPath: path))
        }
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let tagger = NERTraining.train(train: trainDocs, dev: devDocs, unlabelled: unlabelledDocs, options: options,
                                       log: log) { p in
            var line = String(format: "%@ epoch %2d/%d  mistakes %6d  %5.1f s", p.phase, p.epoch, p.epochs, p.mistakes, p.seconds)
            if let f1 = p.devF1 { line += String(format: "  dev F1 %.2f", 100 * f1) }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        try tagger.write(to: URL(fileURLWithPath: output))
        let (score, _) = tagger.evaluate(devDocs)
        FileHandle.standardError.write(Data((score.report() + "\n").utf8))
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        FileHandle.standardError.write(Data(String(format: "wrote %@ (%.1f MB) in %.0f s\n", output,
                                                   Double(size) / 1e6, Date().timeIntervalSince(start)).utf8))
    }
}
