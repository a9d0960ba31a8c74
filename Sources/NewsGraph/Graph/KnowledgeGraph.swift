/// A value of a property: a link to another node or a literal.
public enum GraphValue: Sendable, Hashable, Comparable {
    /// A node reference, as a compact IRI ("ngid:person/toshimitsu-motegi").
    case node(String)
    case string(String)
    /// A literal with a datatype ("2019-06-28", "xsd:date").
    case typed(String, String)
    case integer(Int)

    private var sortKey: (Int, String, Int) {
        switch self {
        case .node(let iri): return (0, iri, 0)
        case .string(let s): return (1, s, 0)
        case .typed(let s, let type): return (2, s + "^^" + type, 0)
        case .integer(let n): return (3, "", n)
        }
    }

    public static func < (a: GraphValue, b: GraphValue) -> Bool { a.sortKey < b.sortKey }

    /// The text of a literal, or the IRI of a node.
    public var text: String {
        switch self {
        case .node(let s), .string(let s), .typed(let s, _): return s
        case .integer(let n): return String(n)
        }
    }
}

/// A node: its IRI, its types and its properties (each property holds a sorted set of values).
public struct GraphNode: Sendable, Hashable {
    public let id: String
    public var types: Set<String>
    public var properties: [String: Set<GraphValue>]

    public init(id: String, types: Set<String>, properties: [String: Set<GraphValue>] = [:]) {
        self.id = id
        self.types = types
        self.properties = properties
    }

    /// The values of a property, sorted.
    public func values(_ property: String) -> [GraphValue] { (properties[property] ?? []).sorted() }

    /// The first literal value of a property.
    public func string(_ property: String) -> String? { values(property).first?.text }

    /// The linked node IRIs of a property, sorted.
    public func links(_ property: String) -> [String] {
        values(property).compactMap { if case .node(let iri) = $0 { return iri } else { return nil } }
    }

    public mutating func add(_ property: String, _ value: GraphValue) {
        properties[property, default: []].insert(value)
    }

    public mutating func set(_ property: String, _ value: GraphValue) {
        properties[property] = [value]
    }
}

/// The knowledge graph: nodes by IRI. Output order is always by IRI, so output is deterministic.
public struct KnowledgeGraph: Sendable {
    public private(set) var nodes: [String: GraphNode] = [:]

    public init() {}

    /// Adds a node, or merges types and properties into the node with the same IRI.
    public mutating func merge(_ node: GraphNode) {
        if var existing = nodes[node.id] {
            existing.types.formUnion(node.types)
            for (property, values) in node.properties { existing.properties[property, default: []].formUnion(values) }
            nodes[node.id] = existing
        } else {
            nodes[node.id] = node
        }
    }

    /// Replaces a node.
    public mutating func put(_ node: GraphNode) { nodes[node.id] = node }

    public subscript(id: String) -> GraphNode? { nodes[id] }

    /// All nodes sorted by IRI.
    public var sortedNodes: [GraphNode] { nodes.values.sorted { $0.id < $1.id } }

    /// Nodes having a type.
    public func nodes(ofType type: String) -> [GraphNode] { sortedNodes.filter { $0.types.contains(type) } }

    /// Number of triples (type statements included).
    public var tripleCount: Int { nodes.values.reduce(0) { $0 + $1.types.count + $1.properties.values.reduce(0) { $0 + $1.count } } }
}
