import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

/// `newsgraph render GRAPH.jsonld -o FILE`: draw a view of a built graph.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a view of a graph: who met whom, the neighbourhood of one entity, or everything.",
        discussion: """
            Views:
              meetings  people, countries and organizations that met; one edge per pair, labelled with
                        topic and date (several meetings: one thicker edge listing them); officials are
                        grouped in a box with their country. The default.
              focus     the relations around --focus NAME, to --depth hops (roles, meetings, places, events).
              all       every relation in the graph, as `build` draws it: meetings as small boxes between
                        their attendees (topic or kind, date, place), offices as edges, summits as events.
              timeline  meetings along a time axis: one lane per entity among the --lanes most active
                        (with --focus NAME: that entity and its counterparts), a mark per meeting with
                        counterpart and topic (hollow: planned), one column per period with meetings.
            The format follows the extension of -o: .svg (tooltips carry the evidence sentence and article of
            every node and edge), .png, .pdf, or .dot (the DOT text, not laid out). Larger views are pruned to
            the --max-nodes most connected entities, with a note in the title.

            Examples:
              newsgraph render out/graph.jsonld -o meetings.svg
              newsgraph render out/graph.jsonld -o motegi.png --focus Motegi --depth 2
              newsgraph render out/graph.jsonld -o trade.svg --about trade --from 2019-01 --to 2019-12
              newsgraph render out/graph.jsonld -o timeline.png --view timeline --focus Trump --from 2019
            """
    )

    @Argument(help: "A graph written by `newsgraph build`.")
    var graph: String

    @Option(name: .shortAndLong, help: "The file to write: .svg, .png, .pdf or .dot.")
    var output: String

    @Option(help: "meetings, focus, all or timeline (default: focus with --focus, else meetings).")
    var view: String?

    @Option(help: "The entity at the centre of the focus view (or the first lane of the timeline).")
    var focus: String?

    @Option(help: "Hops around the focus entity.")
    var depth: Int = 1

    @Option(help: "Lanes of the timeline (the most active entities).")
    var lanes: Int = 12

    @Option(help: "Only meetings whose topic contains these words.")
    var about: String?

    @Option(help: "Only meetings and events on or after this date (yyyy, yyyy-mm, yyyy-mm-dd).")
    var from: String?

    @Option(help: "Only meetings and events on or before this date.")
    var to: String?

    @Option(help: "Only entities mentioned at least this many times.")
    var minMentions: Int = 0

    @Option(help: "dot, neato, fdp, sfdp, circo (default: by size — dot up to 25 entities, neato up to 300, sfdp beyond).")
    var layout: String?

    @Option(help: "Draw at most this many entities (the most connected).")
    var maxNodes: Int = 120

    @Option(help: "Resolution of PNG output.")
    var dpi: Double = 110

    @Option(help: "Stop with an error when the Graphviz layout takes longer than this many seconds (0: no limit).")
    var renderTimeout: Double = 300

    @Flag(name: .shortAndLong, help: "No summary line.")
    var quiet = false

    func validate() throws {
        try checkDate(from, "--from")
        try checkDate(to, "--to")
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
        if let view, !["meetings", "focus", "all", "timeline"].contains(view) { throw ValidationError("unknown view '\(view)' (choose from meetings, focus, all, timeline)") }
        if view == "focus" && focus == nil { throw ValidationError("the focus view needs --focus NAME") }
        if focus != nil && view != nil && view != "focus" && view != "timeline" { throw ValidationError("--focus goes with --view focus or timeline") }
        if lanes < 1 { throw ValidationError("--lanes must be at least 1") }
        if let layout, !GraphvizLayout.allCases.contains(where: { $0.rawValue == layout }) {
            throw ValidationError("unknown layout '\(layout)' (choose from \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let ext = (output as NSString).pathExtension.lowercased()
        if !["svg", "png", "pdf", "dot"].contains(ext) { throw ValidationError("-o must end in .svg, .png, .pdf or .dot (got '\(output)')") }
    }

    func run() throws {
        let started = Date()
        let loaded = try loadGraphFile(graph)
        let index = loaded.index
        let filter = FactFilter(about: about, from: from, to: to, minMentions: minMentions)
        let views = DiagramViews(index: index, filter: filter, maxNodes: maxNodes)
        let diagram: Diagram
        let chosen = view ?? (focus != nil ? "focus" : "meetings")
        func focusID() throws -> String? {
            guard let focus else { return nil }
            do { return try GraphQueries(index: index).resolve(focus) } catch let error as QueryError { throw CLIError(error.description) }
        }
        switch chosen {
        case "focus": diagram = views.relations(focus: try focusID()!, depth: depth)
        case "timeline": diagram = views.timeline(focus: try focusID(), lanes: lanes)
        case "all": diagram = views.overview()
        default: diagram = views.meetings()
        }
        if diagram.nodeCount == 0 { throw CLIError("nothing to draw: " + (diagram.notes.last ?? "the view is empty")) }
        for note in diagram.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        let ext = (output as NSString).pathExtension.lowercased()
        var bytes = Array(diagram.dot.utf8)
        var layoutUsed = "none"
        if ext != "dot" {
            let format = GraphvizFormat(rawValue: ext)!
            do {
                // The timeline carries its own positions.
                let chosenLayout = chosen == "timeline" ? .nop : GraphvizLayout(rawValue: layout ?? DiagramViews.recommendedLayout(nodeCount: diagram.nodeCount))
                let result = try RenderWatchdog.run(limit: renderTimeout, what: output) {
                    try GraphvizRenderer.render(dot: diagram.dot, layout: chosenLayout,
                                                format: format, dpi: format == .png ? dpi : nil)
                }
                if let note = result.note { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
                bytes = result.bytes
                layoutUsed = result.layoutUsed.rawValue
            } catch let error as GraphvizError {
                throw CLIError("graphviz: \(error)")
            }
        }
        do {
            try AtomicFileWriter.write([(output, bytes)])
        } catch let error as AtomicFileWriter.WriteError {
            throw CLIError(error.description)
        }
        if !quiet {
            let line = String(format: "%@ view: %d nodes, %d edges, layout %@ → %@ (load %.2f s, total %.2f s)\n",
                              chosen, diagram.nodeCount, diagram.edgeCount, layoutUsed, output,
                              loaded.parseSeconds + loaded.indexSeconds, Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
