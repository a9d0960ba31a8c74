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
        var rdfType = ByteBuffer(capacity: 64)
        rdfType.appendIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        var graphIRI: ByteBuffer?
        if let graphName { graphIRI = ByteBuffer(capacity: 128); graphIRI!.appendExpandedIRI(graphName) }
        func end(_ out: inout ByteBuffer) {
            if let graphIRI { out.append(32); out.append(graphIRI.bytes) }
            out.append(" .\n")
        }
        // Subjects and predicates repeat on every line of a node: each is escaped once.
        var subject = ByteBuffer(capacity: 256), predicate = ByteBuffer(capacity: 128)
        for node in graph.sortedNodes {
            subject.removeAll()
            subject.appendExpandedIRI(node.id)
            for type in node.types.sorted() {
                out.append(subject.bytes); out.append(32)
                out.append(rdfType.bytes); out.append(32)
                out.appendExpandedIRI(type); end(&out)
            }
            for property in node.properties.keys.sorted() {
                predicate.removeAll()
                predicate.appendExpandedIRI(property)
                for value in node.values(property) {
                    out.append(subject.bytes); out.append(32)
                    out.append(predicate.bytes); out.append(32)
                    switch value {
                    case .node(let id): out.appendExpandedIRI(id)
                    case .string(let s): out.appendNTriplesString(s)
                    case .typed(let s, let type):
                        out.appendNTriplesString(s)
                        out.append("^^")
                        out.appendExpandedIRI(type)
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
