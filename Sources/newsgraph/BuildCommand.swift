import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the graph of a set of articles and write it in the chosen formats.",
        discussion: """
            INPUT may be .txt files (first line = title; an optional yyyy-mm-dd date line after it; a dateline such as "OSAKA (Reuters) -" and
            trailing "Reporting by ...; Editing by ..." lines are recognised), .jsonl files (one article
            per line: "body" required; "id", "title", "date", "dateline", "url", "author" optional) or
            folders (searched recursively for both).

            Writes DIR/graph.jsonld, graph.dot, graph.svg, graph.png (and graph.nt with --formats nt).
            Files are written atomically: on any error no partial output is left.

            Example:
              newsgraph build ../shared/examples/japan-us-trade-talks-osaka.txt -o osaka-graph
            """
    )

    @Argument(help: "Article files (.txt, .jsonl) or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Option(help: "Comma-separated formats: jsonld, dot, svg, png, nt.")
    var formats: String = "jsonld,dot,svg,png"

    @Option(help: "Graphviz layout for svg/png: dot, neato, fdp, sfdp, circo (default: chosen by graph size).")
    var layout: String?

    @Option(help: "Draw at most this many entities (the most connected) in graph.svg/png; graph.dot keeps all.")
    var maxDrawnNodes: Int = 150

    @Flag(help: "Skip unreadable files and articles (reported and counted) instead of stopping.")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    @Option(help: "Worker threads for the analysis (default: the number of cores). The output does not depend on it.")
    var threads: Int?

    @Flag(help: "Print the time each phase took to standard error.")
    var timings = false

    func run() throws {
        let chosen = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known: Set<String> = ["jsonld", "dot", "svg", "png", "nt"]
        if let unknown = chosen.first(where: { !known.contains($0) }) {
            throw ValidationError("unknown format '\(unknown)' (choose from jsonld, dot, svg, png, nt)")
        }
        var chosenLayout: GraphvizLayout? = nil
        if let layout {
            guard let parsed = GraphvizLayout(rawValue: layout) else {
                throw ValidationError("unknown layout '\(layout)' (choose from \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            chosenLayout = parsed
        }
        let progress = ProgressDisplay(enabled: !quiet)
        let started = Date()
        let tagger: any EntityTagger
        do {
            tagger = try DefaultTagger.make()
        } catch {
            throw CLIError("cannot load the entity model: \(error)")
        }
        var builder = CorpusBuilder(pipeline: Pipeline(tagger: tagger), keepGoing: keepGoing)
        if let threads {
            guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
            builder.threads = threads
        }
        var phaseStart = Date()
        func phase(_ name: String) {
            guard timings else { return }
            let now = Date()
            let line = name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %7.3f s\n", now.timeIntervalSince(phaseStart))
            FileHandle.standardError.write(Data(line.utf8))
            phaseStart = now
        }
        let graph: KnowledgeGraph
        let statistics: CorpusBuilder.Statistics
        do {
            (graph, statistics) = try builder.build(paths: inputs) { done, total, articles, words in
                progress.update(done: done, total: total, articles: articles, words: words)
            }
        } catch let error as InputError {
            progress.finish()
            throw CLIError(error.description)
        }
        progress.finish()
        phase("analyze")
        for skipped in statistics.skipped { FileHandle.standardError.write(Data("skipped: \(skipped)\n".utf8)) }

        var files: [(path: String, bytes: [UInt8])] = []
        func path(_ name: String) -> String { (output as NSString).appendingPathComponent(name) }
        let needsDOT = chosen.contains("dot") || chosen.contains("svg") || chosen.contains("png")
        let dot = needsDOT ? DOTWriter().write(graph) : ""
        // The picture of a large corpus shows its most connected entities; graph.dot keeps them all.
        let picture = needsDOT ? DOTWriter(maxNodes: maxDrawnNodes).write(graph) : ""
        phase("dot")
        if chosen.contains("jsonld") { files.append((path("graph.jsonld"), JSONLDWriter().writeBytes(graph))); phase("jsonld") }
        if chosen.contains("dot") { files.append((path("graph.dot"), Array(dot.utf8))) }
        if chosen.contains("nt") { files.append((path("graph.nt"), NTriplesWriter().writeBytes(graph))); phase("nt") }
        for format in [GraphvizFormat.svg, .png] where chosen.contains(format.rawValue) {
            do {
                let result = try GraphvizRenderer.render(dot: picture, layout: chosenLayout, format: format, dpi: format == .png ? 110 : nil)
                if let note = result.note { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
                files.append((path("graph.\(format.rawValue)"), result.bytes))
                phase(format.rawValue)
            } catch let error as GraphvizError {
                throw CLIError("graphviz: \(error)")
            }
        }
        do {
            try AtomicFileWriter.write(files)
            phase("write")
        } catch let error as AtomicFileWriter.WriteError {
            throw CLIError(error.description)
        }
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            let summary = String(format: "%d articles, %d words, %d nodes in %.2f s (%.0f words/s) → %@",
                                 statistics.articles, statistics.words, graph.nodes.count, seconds,
                                 Double(statistics.words) / max(seconds, 0.001), output)
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
    }
}
