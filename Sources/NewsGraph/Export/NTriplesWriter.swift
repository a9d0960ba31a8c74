/// Writes the graph as N-Triples (one triple a line, sorted), with full IRIs.
public struct NTriplesWriter: Sendable {
    public init() {}

    public func write(_ graph: KnowledgeGraph) -> String {
        var lines: [String] = []
        let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
        for node in graph.sortedNodes {
            let subject = iri(node.id)
            for type in node.types.sorted() { lines.append("\(subject) \(rdfType) \(iri(type)) .") }
            for property in node.properties.keys.sorted() {
                let predicate = iri(property)
                for value in node.values(property) { lines.append("\(subject) \(predicate) \(term(value)) .") }
            }
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    private func iri(_ compact: String) -> String {
        var out = "<"
        for scalar in Vocabulary.expand(compact).unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    private func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private func term(_ value: GraphValue) -> String {
        switch value {
        case .node(let id): return iri(id)
        case .string(let s): return literal(s)
        case .typed(let s, let type): return literal(s) + "^^" + iri(type)
        case .integer(let n): return "\"\(n)\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        }
    }
}
