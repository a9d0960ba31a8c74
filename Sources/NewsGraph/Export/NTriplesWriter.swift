/// Writes the graph as N-Triples (one triple a line, sorted), with full IRIs, or as N-Quads
/// when given a graph name (the streaming output names each article's graph by the article IRI).
public struct NTriplesWriter: Sendable {
    /// The graph IRI (compact or full) written as the fourth term of every line; nil for N-Triples.
    public var graphName: String?

    public init(graphName: String? = nil) {
        self.graphName = graphName
    }

    public func write(_ graph: KnowledgeGraph) -> String { String(decoding: writeBytes(graph), as: UTF8.self) }

    /// The triples as UTF-8 bytes.
    public func writeBytes(_ graph: KnowledgeGraph) -> [UInt8] {
        var out = ByteBuffer(capacity: graph.nodes.count * 800)
        let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        let graphIRI = graphName.map(Vocabulary.expand)
        func end(_ out: inout ByteBuffer) {
            if let graphIRI { out.append(32); out.appendIRI(graphIRI) }
            out.append(" .\n")
        }
        for node in graph.sortedNodes {
            let subject = Vocabulary.expand(node.id)
            for type in node.types.sorted() {
                out.appendIRI(subject); out.append(32)
                out.appendIRI(rdfType); out.append(32)
                out.appendIRI(Vocabulary.expand(type)); end(&out)
            }
            for property in node.properties.keys.sorted() {
                let predicate = Vocabulary.expand(property)
                for value in node.values(property) {
                    out.appendIRI(subject); out.append(32)
                    out.appendIRI(predicate); out.append(32)
                    switch value {
                    case .node(let id): out.appendIRI(Vocabulary.expand(id))
                    case .string(let s): out.appendNTriplesString(s)
                    case .typed(let s, let type):
                        out.appendNTriplesString(s)
                        out.append("^^")
                        out.appendIRI(Vocabulary.expand(type))
                    case .integer(let n):
                        out.append(34); out.appendNumber(n); out.append("\"^^<http://www.w3.org/2001/XMLSchema#integer>")
                    }
                    end(&out)
                }
            }
        }
        return out.bytes
    }
}
