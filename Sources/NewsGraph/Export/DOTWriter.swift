/// Writes the entity graph as Graphviz DOT: entities as nodes (shape and color by type), roles and
/// meetings as edges (meeting edges labelled with topic and date, dashed when planned), SVG
/// tooltips carrying the evidence sentence, and a legend.
public struct DOTWriter: Sendable {
    /// How each entity type is drawn.
    public struct Style: Sendable {
        public let shape: String
        public let color: String
    }

    public static let styles: [(type: String, label: String, style: Style)] = [
        ("schema:Person", "Person", Style(shape: "ellipse", color: "#cfe2ff")),
        ("schema:Organization", "Organization", Style(shape: "box", color: "#ffe8a3")),
        ("schema:Country", "Country", Style(shape: "hexagon", color: "#c7f0c2")),
        ("schema:City", "City", Style(shape: "house", color: "#e6d5f5")),
        ("schema:Place", "Place", Style(shape: "house", color: "#eeeeee")),
        ("schema:Event", "Event", Style(shape: "octagon", color: "#ffd1dc")),
    ]

    /// Include a legend cluster.
    public var legend: Bool
    /// Draw at most this many entities (the most connected), with a note saying so; nil draws all.
    public var maxNodes: Int?

    public init(legend: Bool = true, maxNodes: Int? = nil) {
        self.legend = legend
        self.maxNodes = maxNodes
    }

    /// Escapes text for a double-quoted DOT string that Graphviz also reads as a label:
    /// backslashes doubled, quotes escaped, newlines as `\n`, `&` as an entity so `&amp;`-like
    /// text is not decoded.
    ///
    /// Graphviz unescapes tooltips twice (once as a string, once as an escString), so for
    /// `tooltip: true` backslashes are written four times to come out as one.
    public static func quoted(_ text: String, tooltip: Bool = false) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 92 || $0 == 34 || $0 == 38 || $0 == 60 || $0 == 62 || $0 == 0xE2 }) {
            return "\"" + text + "\""  // nothing to escape: the common case
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += tooltip ? "\\\\\\\\" : "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if scalar.value < 0x20 || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    out += "&#\(scalar.value);"  // control and bidirectional-override characters stay visible, never active
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func style(of node: GraphNode) -> (String, Style)? {
        for entry in styles where node.types.contains(entry.type) { return (entry.label, entry.style) }
        return nil
    }

    private struct Edge {
        let from: String
        let to: String
        let attributes: String
    }

    public func write(_ graph: KnowledgeGraph) -> String {
        let nodes = graph.sortedNodes
        // Roles without an organization go into the person's label.
        var roleLines: [String: [String]] = [:]
        var edges: [Edge] = []
        // Who holds each role: one pass over the people, not one per role.
        var holdersOfRole: [String: [GraphNode]] = [:]
        for node in nodes where node.types.contains("schema:Person") {
            for role in node.links("schema:memberOf") { holdersOfRole[role, default: []].append(node) }
        }
        for node in nodes where node.types.contains("schema:OrganizationRole") {
            guard let name = node.string("schema:roleName") else { continue }
            let evidence = evidenceText(graph, node)
            for holder in holdersOfRole[node.id] ?? [] {
                if let org = node.links("schema:memberOf").first {
                    edges.append(Edge(from: holder.id, to: org, attributes: "label=\(DOTWriter.quoted(name)), tooltip=\(DOTWriter.quoted(evidence, tooltip: true)), color=\"#3b7dd8\""))
                } else {
                    roleLines[holder.id, default: []].append(name)
                }
            }
        }
        for node in nodes where node.types.contains("ng:Meeting") {
            let attendees = node.links("schema:attendee")
            var label = node.string("schema:about") ?? ""
            if let date = node.string("schema:startDate") { label += (label.isEmpty ? "" : "\n") + date }
            let planned = node.string("ng:status") == "planned"
            let evidence = evidenceText(graph, node)
            for a in attendees.indices {
                for b in attendees.indices where b > a {
                    edges.append(Edge(from: attendees[a], to: attendees[b], attributes: "dir=\"none\", label=\(DOTWriter.quoted(label)), tooltip=\(DOTWriter.quoted(evidence, tooltip: true)), color=\"#d62728\", penwidth=\"2\", style=\"\(planned ? "dashed" : "solid")\""))
                }
            }
        }
        for node in nodes where node.types.contains("schema:Event") && !node.types.contains("ng:Meeting") {
            for place in node.links("schema:location") {
                edges.append(Edge(from: node.id, to: place, attributes: "label=\"at\", style=\"dotted\", tooltip=\(DOTWriter.quoted(evidenceText(graph, node), tooltip: true))"))
            }
        }
        var degree: [String: Int] = [:]
        for edge in edges {
            degree[edge.from, default: 0] += 1
            degree[edge.to, default: 0] += 1
        }
        // Entities worth drawing: anything with an edge or mentioned in a story (credits alone are not).
        var candidates = nodes.filter { node in
            DOTWriter.style(of: node) != nil && !node.types.contains("ng:Meeting")
                && (degree[node.id] != nil || node.properties["ng:mentionCount"] != nil || roleLines[node.id] != nil)
        }
        var note: String? = nil
        if let maxNodes, candidates.count > maxNodes {
            let total = candidates.count
            func mentions(_ node: GraphNode) -> Int { Int(node.string("ng:mentionCount") ?? "") ?? 0 }
            candidates = candidates.sorted { a, b in
                let da = degree[a.id] ?? 0, db = degree[b.id] ?? 0
                if da != db { return da > db }
                if mentions(a) != mentions(b) { return mentions(a) > mentions(b) }
                return a.id < b.id
            }
            candidates = Array(candidates.prefix(maxNodes)).sorted { $0.id < $1.id }
            note = "Showing the \(maxNodes) most connected of \(total) entities"
        }
        let kept = Set(candidates.map(\.id))
        let keptEdges = edges.filter { kept.contains($0.from) && kept.contains($0.to) }

        var out = "digraph \"newsgraph\" {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"DejaVu Sans\", overlap=\"false\", outputorder=\"edgesfirst\""
        // Curved edge routing costs seconds on a few hundred edges; straight lines beyond that.
        out += keptEdges.count <= 200 ? ", splines=\"true\"" : ""
        if let note { out += ", label=\(DOTWriter.quoted(note)), labelloc=\"t\"" }
        out += "];\n"
        out += "  node [style=\"filled\", fontname=\"DejaVu Sans\", fontsize=\"11\"];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=\"9\", color=\"#666666\"];\n"
        for node in candidates {
            guard let (kind, style) = DOTWriter.style(of: node) else { continue }
            let name = node.string("schema:name") ?? node.id
            var label = name
            for line in (roleLines[node.id] ?? []).sorted() { label += "\n" + line }
            var tooltip = "\(kind): \(name)"
            let aliases = node.values("schema:alternateName").map(\.text)
            if !aliases.isEmpty { tooltip += "\nalso: " + aliases.joined(separator: ", ") }
            out += "  \(DOTWriter.quoted(node.id)) [label=\(DOTWriter.quoted(label)), shape=\"\(style.shape)\", fillcolor=\"\(style.color)\", tooltip=\(DOTWriter.quoted(tooltip, tooltip: true))];\n"
        }
        for edge in keptEdges {
            out += "  \(DOTWriter.quoted(edge.from)) -> \(DOTWriter.quoted(edge.to)) [\(edge.attributes)];\n"
        }
        if legend {
            out += "  subgraph \"cluster_legend\" {\n    label=\"Legend\"; fontname=\"DejaVu Sans\"; fontsize=\"10\"; style=\"rounded\"; color=\"#999999\";\n"
            for (index, entry) in DOTWriter.styles.enumerated() {
                out += "    \"legend_\(index)\" [label=\(DOTWriter.quoted(entry.label)), shape=\"\(entry.style.shape)\", fillcolor=\"\(entry.style.color)\", fontsize=\"9\"];\n"
            }
            out += "    \"legend_m1\" [label=\"\", shape=\"point\", width=\"0.05\"];\n    \"legend_m2\" [label=\"\", shape=\"point\", width=\"0.05\"];\n"
            out += "    \"legend_m1\" -> \"legend_m2\" [dir=\"none\", label=\"meeting (dashed: planned)\", color=\"#d62728\", penwidth=\"2\"];\n"
            out += "  }\n"
        }
        out += "}\n"
        return out
    }

    /// "sentence" (article id) of a fact node's first evidence.
    private func evidenceText(_ graph: KnowledgeGraph, _ node: GraphNode) -> String {
        guard let evidenceID = node.links("ng:evidence").first, let evidence = graph[evidenceID] else { return "" }
        let article = evidence.links("ng:article").first.flatMap { graph[$0]?.string("schema:identifier") } ?? ""
        return (evidence.string("schema:text") ?? "") + " [" + article + "]"
    }
}
