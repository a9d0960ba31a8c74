import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph parse`: tag and parse a CoNLL-U file (scored against its gold columns) or a text article.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Part-of-speech tag and dependency-parse a CoNLL-U file or a text article; CoNLL-U out.",
        discussion: """
            FILE.conllu: the gold words are kept, UPOS, HEAD and DEPREL are predicted, and UPOS accuracy, \
            UAS and LAS (with and without punctuation; relations without subtypes) are printed to stderr. \
            Any other file is read as an article (.txt or .jsonl) and tokenized as `newsgraph build` does.
            """
    )

    @Argument(help: "A CoNLL-U file, or an article (.txt, .jsonl).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the CoNLL-U output (default: stdout).")
    var output: String?

    @Option(name: .long, help: "A parser model file to use instead of the bundled one.")
    var model: String?

    @Option(name: .long, help: "Beam width to decode with instead of the model's own.")
    var beam: Int?

    func run() throws {
        let loadStart = Date()
        var parser = try model.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) } ?? DependencyParser.loadDefault()
        if let beam { parser = parser.withBeamWidth(beam) }
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let sentences: [UDSentence]
        if file.hasSuffix(".conllu") {
            let gold: [UDSentence]
            do { gold = try CoNLLU.read(contentsOf: URL(fileURLWithPath: file)) } catch let error as CoNLLUError {
                throw CLIError(error.description)
            }
            let start = Date()
            let (score, predicted) = parser.evaluate(gold)
            let seconds = Date().timeIntervalSince(start)
            sentences = predicted
            FileHandle.standardError.write(Data((score.report() + "\n").utf8))
            FileHandle.standardError.write(Data(String(format: "model load %.3f s; tagging+parsing %.3f s, %.0f words/s; beam width %d\n",
                                                       loadSeconds, seconds, Double(score.words) / max(seconds, 1e-9),
                                                       parser.beamWidth).utf8))
        } else {
            let articles: [Article]
            do { articles = try ArticleReader.read(path: file) } catch { throw CLIError("\(error)") }
            sentences = articles.flatMap { TextParsing.parse($0, parser: parser) }
        }
        let text = CoNLLU.write(sentences)
        if let output {
            try AtomicFileWriter.write([(output, Array(text.utf8))])
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
