/// Writes the graph as JSON-LD: an inline `@context` and a `@graph` of nodes sorted by IRI,
/// with properties sorted by name and values sorted, so equal graphs give identical bytes.
public struct JSONLDWriter: Sendable {
    public init() {}

    /// The `@context` object (also saved as `Schemas/newsgraph.context.jsonld`).
    public static var contextJSON: String {
        var lines: [String] = []
        for (name, namespace) in Vocabulary.prefixes {
            lines.append("    \(JSONText.quoted(name)): \(JSONText.quoted(namespace))")
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n  }"
    }

    public func write(_ graph: KnowledgeGraph) -> String {
        var out = "{\n  \"@context\": " + JSONLDWriter.contextJSON + ",\n  \"@graph\": [\n"
        let nodes = graph.sortedNodes
        for (index, node) in nodes.enumerated() {
            out += "    {\"@id\": " + JSONText.quoted(node.id)
            if !node.types.isEmpty {
                let types = node.types.sorted().map(JSONText.quoted)
                out += ", \"@type\": " + (types.count == 1 ? types[0] : "[" + types.joined(separator: ", ") + "]")
            }
            for property in node.properties.keys.sorted() {
                let values = node.values(property).map(valueJSON)
                guard !values.isEmpty else { continue }
                out += ",\n      " + JSONText.quoted(property) + ": " + (values.count == 1 ? values[0] : "[" + values.joined(separator: ", ") + "]")
            }
            out += index + 1 < nodes.count ? "},\n" : "}\n"
        }
        out += "  ]\n}\n"
        return out
    }

    private func valueJSON(_ value: GraphValue) -> String {
        switch value {
        case .node(let iri): return "{\"@id\": " + JSONText.quoted(iri) + "}"
        case .string(let s): return JSONText.quoted(s)
        case .typed(let s, let type): return "{\"@value\": " + JSONText.quoted(s) + ", \"@type\": " + JSONText.quoted(type) + "}"
        case .integer(let n): return String(n)
        }
    }
}
