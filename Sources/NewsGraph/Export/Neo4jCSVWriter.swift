import Foundation

/// Writes the graph in Neo4j's CSV bulk-import format (`neo4j-admin database import`):
/// `nodes.csv` (`id:ID`, `:LABEL`, literal properties) and `relationships.csv`
/// (`:START_ID`, `:END_ID`, `:TYPE`), with `;` between the values of array columns.
public struct Neo4jCSVWriter: Sendable {
    /// The literal properties exported as node columns, with their Neo4j header.
    public static let columns: [(property: String, header: String)] = [
        ("schema:name", "name"), ("schema:alternateName", "alternateName:string[]"), ("schema:identifier", "identifier"),
        ("schema:headline", "headline"), ("schema:datePublished", "datePublished"), ("schema:roleName", "roleName"),
        ("schema:about", "about:string[]"), ("schema:startDate", "startDate"), ("ng:status", "status"), ("ng:mode", "mode"),
        ("schema:text", "text"), ("ng:mentionCount", "mentionCount:int"), ("ng:eventKind", "eventKind"),
        ("ng:sentenceIndex", "sentenceIndex:int"), ("ng:startOffset", "startOffset:int"), ("ng:endOffset", "endOffset:int"),
        ("ng:sentenceStart", "sentenceStart:int"), ("ng:sentenceEnd", "sentenceEnd:int"),
    ]

    public init() {}

    /// (nodes.csv, relationships.csv)
    public func write(_ graph: KnowledgeGraph) -> (nodes: [UInt8], relationships: [UInt8]) {
        var nodes = ByteBuffer()
        var relationships = ByteBuffer()
        nodes.append("id:ID,:LABEL," + Neo4jCSVWriter.columns.map(\.header).joined(separator: ",") + "\n")
        relationships.append(":START_ID,:END_ID,:TYPE\n")
        for node in graph.sortedNodes {
            var fields = [node.id, node.types.sorted().map(Neo4jCSVWriter.label).joined(separator: ";")]
            for (property, _) in Neo4jCSVWriter.columns {
                fields.append(node.values(property).map(\.text).joined(separator: ";"))
            }
            nodes.append(fields.map(Neo4jCSVWriter.csvField).joined(separator: ",") + "\n")
            for property in node.properties.keys.sorted() {
                for target in node.links(property) {
                    relationships.append([node.id, target, Neo4jCSVWriter.relationshipType(property)].map(Neo4jCSVWriter.csvField).joined(separator: ",") + "\n")
                }
            }
        }
        return (nodes.bytes, relationships.bytes)
    }

    /// "schema:NewsArticle" → "NewsArticle".
    static func label(_ type: String) -> String {
        String(type.split(separator: ":").last ?? Substring(type))
    }

    /// "schema:memberOf" → "MEMBER_OF", "prov:wasDerivedFrom" → "WAS_DERIVED_FROM".
    static func relationshipType(_ property: String) -> String {
        var out = ""
        for ch in label(property) {
            if ch.isUppercaseLetter, !out.isEmpty { out.append("_") }
            out += ch.uppercased()
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, a quote, a newline or the array delimiter.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
