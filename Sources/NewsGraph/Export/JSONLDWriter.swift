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

    public func write(_ graph: KnowledgeGraph) -> String { String(decoding: writeBytes(graph), as: UTF8.self) }

    /// The document as UTF-8 bytes.
    public func writeBytes(_ graph: KnowledgeGraph) -> [UInt8] {
        var out = ByteBuffer(capacity: graph.nodes.count * 300)
        out.append("{\n  \"@context\": " + JSONLDWriter.contextJSON + ",\n  \"@graph\": [\n")
        let nodes = graph.sortedNodes
        for (index, node) in nodes.enumerated() {
            out.append("    {\"@id\": ")
            out.appendJSONString(node.id)
            if !node.types.isEmpty {
                out.append(", \"@type\": ")
                let types = node.types.sorted()
                if types.count > 1 { out.append(91) }
                for (t, type) in types.enumerated() {
                    if t > 0 { out.append(", ") }
                    out.appendJSONString(type)
                }
                if types.count > 1 { out.append(93) }
            }
            for property in node.properties.keys.sorted() {
                let values = node.values(property)
                guard !values.isEmpty else { continue }
                out.append(",\n      ")
                out.appendJSONString(property)
                out.append(": ")
                if values.count > 1 { out.append(91) }
                for (v, value) in values.enumerated() {
                    if v > 0 { out.append(", ") }
                    append(value, to: &out)
                }
                if values.count > 1 { out.append(93) }
            }
            out.append(index + 1 < nodes.count ? "},\n" : "}\n")
        }
        out.append("  ]\n}\n")
        return out.bytes
    }

    private func append(_ value: GraphValue, to out: inout ByteBuffer) {
        switch value {
        case .node(let iri):
            out.append("{\"@id\": ")
            out.appendJSONString(iri)
            out.append(125)
        case .string(let s):
            out.appendJSONString(s)
        case .typed(let s, let type):
            out.append("{\"@value\": ")
            out.appendJSONString(s)
            out.append(", \"@type\": ")
            out.appendJSONString(type)
            out.append(125)
        case .integer(let n):
            out.appendNumber(n)
        }
    }
}
