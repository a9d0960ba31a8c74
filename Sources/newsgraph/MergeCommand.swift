import ArgumentParser
import Foundation
import NewsGraph

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial graphs (N-Quads or N-Triples from `build --stream` or `--formats nt`) into one graph.",
        discussion: """
            Node IRIs are derived from names, so the same entity has the same IRI in every partial
            graph and merging is the union of their statements. Bare surnames that name exactly one
            full name in the merged graph are folded into it, as in one big build. An entity's
            ng:mentionCount becomes the number of articles that mention it.

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
        var graph = KnowledgeGraph()
        for input in inputs {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw CLIError(FileManager.default.fileExists(atPath: input) ? "\(input): cannot read file" : "\(input): no such file")
            }
            do {
                try NQuadsReader.read([UInt8](data), into: &graph)
            } catch let error as NQuadsReader.ParseError {
                throw CLIError("\(input):\(error.line): \(error.message) (not N-Quads/N-Triples written by newsgraph?)")
            }
        }
        guard !graph.nodes.isEmpty else { throw CLIError("\(inputs.joined(separator: " ")): no statements") }
        graph = SurnameFolding.fold(graph)
        graph.recountMentionsByArticle()
        try outputOptions.write(graph)
    }
}
