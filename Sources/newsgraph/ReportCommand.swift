import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

/// `newsgraph report GRAPH.jsonld -o report.html`: one self-contained page to send to a colleague.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: meetings diagram, timeline, a table of meetings, top entities.",
        discussion: """
            The page needs no network: no external script, style or font. The diagrams are inline SVG
            (scroll to zoom, drag to pan, hover a node or edge for the sentence and article stating it,
            click an entity to filter the table); the table of meetings (who, whom, topic, place, date,
            status, sources, evidence) sorts by any column and filters as you type.

            Example:
              newsgraph report out/graph.jsonld -o report.html
            """
    )

    @Argument(help: "A graph written by `newsgraph build`.")
    var graph: String

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String

    @Option(help: "The page title.")
    var title: String?

    @Option(help: "Entities in the meetings diagram (the most connected).")
    var maxNodes: Int = 80

    @Option(help: "Lanes of the timeline (the most active entities).")
    var lanes: Int = 12

    @Option(help: "Stop with an error when a Graphviz layout takes longer than this many seconds (0: no limit).")
    var renderTimeout: Double = 300

    @Flag(name: .shortAndLong, help: "No summary line.")
    var quiet = false

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
        if lanes < 1 { throw ValidationError("--lanes must be at least 1") }
        let ext = (output as NSString).pathExtension.lowercased()
        if !["html", "htm"].contains(ext) { throw ValidationError("-o must end in .html (got '\(output)')") }
    }

    func run() throws {
        let started = Date()
        let loaded = try loadGraphFile(graph)
        let views = DiagramViews(index: loaded.index, maxNodes: maxNodes)
        let meetings = views.meetings()
        let timeline = views.timeline(lanes: lanes)
        var figures: [HTMLReport.Figure] = []
        for (heading, diagram, layout) in [("Who met whom", meetings, GraphvizLayout(rawValue: DiagramViews.recommendedLayout(nodeCount: meetings.nodeCount))),
                                           ("Meetings over time", timeline, GraphvizLayout.nop)] {
            guard diagram.nodeCount > 0 else {
                figures.append(HTMLReport.Figure(heading: heading, svg: nil, note: diagram.notes.last ?? "nothing to draw"))
                continue
            }
            do {
                let result = try RenderWatchdog.run(limit: renderTimeout, what: output) {
                    try GraphvizRenderer.render(dot: diagram.dot, layout: layout, format: .svg)
                }
                figures.append(HTMLReport.Figure(heading: heading, svg: String(decoding: result.bytes, as: UTF8.self), note: diagram.notes.joined(separator: "; ")))
            } catch let error as GraphvizError {
                throw CLIError("graphviz: \(error)")
            }
        }
        let page = HTMLReport(index: loaded.index, title: title ?? "NewsGraph report").write(figures: figures)
        let bytes = Array(page.utf8)
        do {
            try AtomicFileWriter.write([(output, bytes)])
        } catch let error as AtomicFileWriter.WriteError {
            throw CLIError(error.description)
        }
        if !quiet {
            let line = String(format: "report: %d meetings, %.1f KB → %@ (load %.2f s, total %.2f s)\n",
                              loaded.index.ids(ofType: "ng:Meeting").count, Double(bytes.count) / 1024, output,
                              loaded.parseSeconds + loaded.indexSeconds, Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
