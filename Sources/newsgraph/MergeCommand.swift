import ArgumentParser
import Foundation
import NewsGraph

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial graphs (N-Quads or N-Triples from `build --stream` or `--formats nt`) into one graph.",
        discussion: """
            The result is the graph one `build` of all the articles gives, byte for byte: each
            article's N-Quads from `build --stream` carry its analysis (entities with their names
            and mention counts, roles, meetings, quotations; see ng:ArticleAnalysis in
            Schemas/VOCABULARY.md), and the articles are merged by the same rules as in `build`.
            A graph written by `build --formats nt` is read back as `add` reads one.

            Example (a corpus split over a cluster, then merged):
              newsgraph build --stream part-0001.jsonl -o part-0001.nq
              newsgraph merge part-*.nq -o merged --formats jsonld,nt
            """
    )

    @Argument(help: "N-Quads (.nq) or N-Triples (.nt) files.")
    var inputs: [String]

    @OptionGroup var outputOptions: GraphOutputOptions

    func run() throws {
        _ = try outputOptions.chosenFormats()
        _ = try outputOptions.chosenLayout()
        var builder = GraphBuilder()
        var origin: [String: String] = [:]  // article id → the input it came from
        for input in inputs {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw CLIError(FileManager.default.fileExists(atPath: input) ? "\(input): cannot read file" : "\(input): no such file")
            }
            let documents: [Document]
            do {
                documents = try PartialGraphs.documents([UInt8](data), source: input)
            } catch let error as NQuadsReader.ParseError {
                throw CLIError("\(input):\(error.line): \(error.message) (not N-Quads/N-Triples written by newsgraph?)")
            } catch let error as ArticleAnalysis.DecodingError {
                throw CLIError("\(input): \(error.message)")
            }
            for document in documents {
                let id = document.article.id
                if let first = origin[id] { throw CLIError("\(input): article id \"\(id)\" is also in \(first)") }
                origin[id] = input
                builder.add(document)
            }
        }
        guard builder.documentCount > 0 else { throw CLIError("\(inputs.joined(separator: " ")): no articles") }
        let graph = builder.build()
        try outputOptions.write(graph)
    }
}
