import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph ner`: tag a CoNLL file (and score it) or find the entities in a plain-text file.
struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tag named entities (PER, ORG, LOC, MISC) in a CoNLL file or in plain text.",
        discussion: """
            With --conll FILE, tags the tokens of a CoNLL file, writes WORD GOLD PRED lines (IOB2) \
            to -o (or stdout) and prints entity-level precision, recall and F1 to stderr. \
            Otherwise prints the entities of a plain-text file, one per line: \
            START END TYPE TEXT (Unicode code point offsets, end exclusive).
            """
    )

    @Option(name: .long, help: "A CoNLL file to tag and score.")
    var conll: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the tagged CoNLL lines (default: stdout).")
    var output: String?

    @Option(name: .long, help: "A model file to use instead of the bundled one.")
    var model: String?

    @Option(name: .long, help: ArgumentHelp("Time the tagger on the bodies of a JSON Lines corpus.", visibility: .hidden))
    var benchmark: String?

    @Option(name: .long, help: ArgumentHelp("Articles to read for --benchmark.", visibility: .hidden))
    var limit: Int?

    @Argument(help: "A plain-text file whose entities to print.")
    var textFile: String?

    func validate() throws {
        if conll == nil && textFile == nil && benchmark == nil {
            throw ValidationError("give --conll FILE or a text file")
        }
    }

    func run() throws {
        let loadStart = Date()
        let tagger = try model.map { try PerceptronTagger(contentsOf: URL(fileURLWithPath: $0)) }
            ?? PerceptronTagger.loadDefault()
        let loadSeconds = Date().timeIntervalSince(loadStart)

        if let benchmark {
            let r = try NERBenchmark.run(jsonl: URL(fileURLWithPath: benchmark), tagger: tagger, limit: limit)
            print(String(format: "model load: %.3f s", loadSeconds))
            print("articles: \(r.articles)  words: \(r.words)  tokens: \(r.tokens)  entities: \(r.entities)")
            print(String(format: "tokenize: %.3f s  tag: %.3f s", r.tokenizeSeconds, r.tagSeconds))
            print(String(format: "tagger tokens/s: %.0f", r.tokensPerSecond))
            print(String(format: "end-to-end words/s: %.0f", r.wordsPerSecondEndToEnd))
            return
        }

        if let conll {
            let documents = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: conll))
            let (score, predictions) = tagger.evaluate(documents)
            let bytes = CoNLLWriter.pairBytes(documents: documents, predictions: predictions)
            if let output {
                try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            FileHandle.standardError.write(Data((score.report() + "\n").utf8))
            return
        }

        if let textFile {
            let text = try String(contentsOfFile: textFile, encoding: .utf8)
            var lines = ""
            for e in tagger.entities(inText: text) {
                lines += "\(e.start)\t\(e.end)\t\(e.kind.rawValue)\t\(e.text)\n"
            }
            print(lines, terminator: "")
        }
    }
}
