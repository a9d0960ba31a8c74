import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

/// The output options shared by `build` and `merge`, and the writing of the chosen files.
struct GraphOutputOptions: ParsableArguments {
    static let knownFormats = ["jsonld", "dot", "svg", "png", "nt", "neo4j"]

    @Option(name: .shortAndLong, help: "Output folder (with build --stream: an N-Quads file, or - for standard output).")
    var output: String

    @Option(help: "Comma-separated formats: jsonld, dot, svg, png, nt (N-Triples), neo4j (nodes.csv + relationships.csv for neo4j-admin import).")
    var formats: String = "jsonld,dot,svg,png"

    @Option(help: "Graphviz layout for svg/png: dot, neato, fdp, sfdp, circo, twopi (default: chosen by graph size).")
    var layout: String?

    @Option(help: "Draw at most this many entities (the most connected) in graph.svg/png; graph.dot keeps all.")
    var maxDrawnNodes: Int = 150

    @Option(help: "Stop with an error when a Graphviz layout takes longer than this many seconds (0: no limit).")
    var renderTimeout: Double = 300

    /// The formats chosen, validated.
    func chosenFormats() throws -> Set<String> {
        let chosen = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let unknown = chosen.first(where: { !GraphOutputOptions.knownFormats.contains($0) }) {
            throw ValidationError("unknown format '\(unknown)' (choose from \(GraphOutputOptions.knownFormats.joined(separator: ", ")))")
        }
        return Set(chosen)
    }

    func chosenLayout() throws -> GraphvizLayout? {
        guard let layout else { return nil }
        guard let parsed = GraphvizLayout(rawValue: layout), GraphvizLayout.allCases.contains(parsed) else {
            throw ValidationError("unknown layout '\(layout)' (choose from \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return parsed
    }

    /// Writes every chosen file atomically (all or nothing). `timed` is told how long each part took.
    ///
    /// Three lanes run at once on the immutable graph: the serializers (JSON-LD, N-Triples, Neo4j CSV),
    /// the text of graph.dot, and, on this thread, the picture (the overview and its Graphviz renderings,
    /// which are serial anyway: Graphviz runs one call at a time).
    func write(_ graph: KnowledgeGraph, timed: (String, TimeInterval) -> Void = { _, _ in }) throws {
        let chosen = try chosenFormats()
        let layout = try chosenLayout()
        func path(_ name: String) -> String { (output as NSString).appendingPathComponent(name) }

        let lanes = DispatchGroup()
        let serialized = SideLane()
        let outputPath = output
        DispatchQueue.global().async(group: lanes) {
            serialized.runSerializers(graph, formats: chosen) { (outputPath as NSString).appendingPathComponent($0) }
        }

        var files: [(path: String, bytes: [UInt8])] = []
        var stopwatch = Stopwatch()
        let needsPicture = chosen.contains("svg") || chosen.contains("png")
        let index = chosen.contains("dot") || needsPicture ? GraphIndex(graph) : nil
        let fullDOT = SideLane()
        if let index, chosen.contains("dot") {
            let dotPath = path("graph.dot")
            DispatchQueue.global().async(group: lanes) { fullDOT.runDOT(index, path: dotPath) }
        }
        // The picture of a large corpus shows its most connected entities; graph.dot keeps them all.
        let picture = needsPicture ? index.map { DiagramViews(index: $0, maxNodes: maxDrawnNodes).overview() } : nil
        if index != nil { timed("index + overview", stopwatch.lap()) }
        var renderError: CLIError?
        // One layout drawn in every picture format asked for (SVG at its default resolution, PNG at 110 dpi).
        let outputs = [(format: GraphvizFormat.svg, dpi: Double?.none), (format: .png, dpi: 110)].filter { chosen.contains($0.format.rawValue) }
        if !outputs.isEmpty {
            do {
                let what = outputs.map { "graph.\($0.format.rawValue)" }.joined(separator: " and ")
                let results = try RenderWatchdog.run(limit: renderTimeout, what: what) {
                    try GraphvizRenderer.render(dot: picture!.dot, layout: layout ?? GraphvizLayout(rawValue: DiagramViews.recommendedLayout(nodeCount: picture!.nodeCount)),
                                                outputs: outputs)
                }
                if let note = results.first?.note { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
                for result in results { files.append((path("graph.\(result.format.rawValue)"), result.bytes)) }
                timed(outputs.map(\.format.rawValue).joined(separator: " + "), stopwatch.lap())
            } catch let error as GraphvizError {
                renderError = CLIError("graphviz: \(error)")
            }
        }
        lanes.wait()
        if let renderError { throw renderError }
        for (name, seconds) in fullDOT.timings + serialized.timings { timed(name + " (parallel)", seconds) }
        files = fullDOT.files + files + serialized.files
        stopwatch = Stopwatch()
        do {
            try AtomicFileWriter.write(files)
            timed("write", stopwatch.lap())
        } catch let error as AtomicFileWriter.WriteError {
            throw CLIError(error.description)
        }
    }
}

/// A lane of `GraphOutputOptions.write` beside the picture: its files and timings, read after the lanes end.
private final class SideLane: @unchecked Sendable {
    private(set) var files: [(path: String, bytes: [UInt8])] = []
    private(set) var timings: [(String, TimeInterval)] = []

    func runSerializers(_ graph: KnowledgeGraph, formats: Set<String>, path: (String) -> String) {
        var stopwatch = Stopwatch()
        if formats.contains("jsonld") { files.append((path("graph.jsonld"), JSONLDWriter().writeBytes(graph))); timings.append(("jsonld", stopwatch.lap())) }
        if formats.contains("nt") { files.append((path("graph.nt"), NTriplesWriter().writeBytes(graph))); timings.append(("nt", stopwatch.lap())) }
        if formats.contains("neo4j") {
            let csv = Neo4jCSVWriter().write(graph)
            files.append((path("nodes.csv"), csv.nodes))
            files.append((path("relationships.csv"), csv.relationships))
            timings.append(("neo4j", stopwatch.lap()))
        }
    }

    func runDOT(_ index: GraphIndex, path: String) {
        var stopwatch = Stopwatch()
        files.append((path, Array(DOTWriter().write(index).utf8)))
        timings.append(("dot", stopwatch.lap()))
    }
}

/// Time since it was made or last asked.
private struct Stopwatch {
    private var last = Date()

    mutating func lap() -> TimeInterval {
        let now = Date()
        defer { last = now }
        return now.timeIntervalSince(last)
    }
}
