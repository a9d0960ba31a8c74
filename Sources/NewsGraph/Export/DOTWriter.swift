/// Graphviz DOT for the whole graph, and what every diagram shares: the shape and color of each
/// entity type and the quoting of DOT strings.
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

    /// Draw at most this many entities (the most connected), with a note saying so; nil draws all.
    public var maxNodes: Int?

    public init(maxNodes: Int? = nil) {
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

    /// The graph in the style of `newsgraph render --view all` (see `DiagramViews.overview()`):
    /// meetings as small nodes between their attendees with topic, date and place, offices as edges,
    /// entities with no relation named in one box.
    public func write(_ graph: KnowledgeGraph) -> String {
        write(GraphIndex(graph))
    }

    /// The same, from an index already built (building one is the costly part on a large graph).
    public func write(_ index: GraphIndex) -> String {
        DiagramViews(index: index, maxNodes: maxNodes ?? Int.max).overview().dot
    }
}
