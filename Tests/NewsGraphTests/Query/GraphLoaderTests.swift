import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphLoaderTests {
    func read(_ text: String, path: String = "g.jsonld") throws -> KnowledgeGraph {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { try JSONLDReader().read(bytes: $0, path: path) }
    }

    func failure(_ text: String) -> String {
        do { _ = try read(text); return "" } catch { return "\(error)" }
    }

    @Test func readsBackWhatTheWriterWrites() throws {
        var graph = QueryFixture.graph
        // Escapes, non-Latin text, astral characters, negative integers.
        graph.merge(GraphNode(id: "ngid:person/odd", types: ["schema:Person"], properties: [
            "schema:name": [.string("Quote \" back\\slash\nnew line\ttab \u{1} 東京 😀 é")], "ng:mentionCount": [.integer(-3)],
        ]))
        let text = JSONLDWriter().write(graph)
        let back = try read(text)
        #expect(back.nodes == graph.nodes)
        #expect(JSONLDWriter().write(back) == text)
    }

    @Test func acceptsEscapedSlashesAndSurrogatePairs() throws {
        let context = JSONLDWriter.contextJSON
        let graph = try read("{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\", \"@type\": [\"schema:Person\"], \"schema:name\": \"a\\/b \\ud83d\\ude00 \\u00e9\"}]}")
        #expect(graph["ngid:person/x"]?.string("schema:name") == "a/b 😀 é")
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: String
        var testDescription: String { name }
    }

    static let context = JSONLDWriter.contextJSON
    static let broken: [Broken] = [
        Broken(name: "empty", text: "", expected: "g.jsonld: empty file"),
        Broken(name: "plain text", text: "hello world", expected: "not a NewsGraph graph: not JSON"),
        Broken(name: "array", text: "[1, 2]", expected: "not a NewsGraph graph: a JSON array"),
        Broken(name: "other JSON", text: "{\"name\": \"package\", \"version\": \"1.0\"}", expected: "not a NewsGraph graph: unexpected top-level key \"name\""),
        Broken(name: "no context", text: "{\"@graph\": []}", expected: "@graph before @context"),
        Broken(name: "foreign context", text: "{\"@context\": {\"schema\": \"http://schema.org/\"}, \"@graph\": []}", expected: "does not declare schema:"),
        Broken(name: "remote context", text: "{\"@context\": \"https://schema.org\", \"@graph\": []}", expected: "a remote @context"),
        Broken(name: "truncated", text: "{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\", \"schema:name\": \"Mo", expected: "truncated: the file ends before the graph is complete"),
        Broken(name: "dangling link", text: "{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\", \"schema:memberOf\": {\"@id\": \"ngid:role/gone\"}}]}", expected: "links to ngid:role/gone, which is not in the graph"),
        Broken(name: "duplicate", text: "{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\"}, {\"@id\": \"ngid:person/x\"}]}", expected: "ngid:person/x appears twice"),
        Broken(name: "float", text: "{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\", \"ng:mentionCount\": 1.5}]}", expected: "non-integer number"),
        Broken(name: "missing comma", text: "{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\" \"schema:name\": \"X\"}]}", expected: "invalid JSON: expected ',' or '}'"),
        Broken(name: "no id", text: "{\"@context\": \(context), \"@graph\": [{\"schema:name\": \"X\"}]}", expected: "a node without @id"),
        Broken(name: "null", text: "{\"@context\": \(context), \"@graph\": [{\"@id\": \"ngid:person/x\", \"schema:name\": null}]}", expected: "true/false/null value of schema:name"),
    ]

    @Test(arguments: broken)
    func rejectsWithOneLine(_ input: Broken) {
        let message = failure(input.text)
        #expect(message.contains(input.expected), "\(message)")
        #expect(!message.contains("\n"))
        #expect(message.hasPrefix("g.jsonld"))
    }

    @Test func truncationIsNamedAndLocated() {
        let text = JSONLDWriter().write(QueryFixture.graph)
        let cut = String(text.prefix(text.count / 2))
        let message = failure(cut)
        #expect(message.contains("truncated"), "\(message)")
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(message.hasPrefix("g.jsonld:\(lines):"), "\(message)")
    }

    @Test func loaderNamesMissingFiles() {
        #expect(throws: GraphLoadError.self) { try GraphLoader.load(path: "/no/such/graph.jsonld") }
        do { _ = try GraphLoader.load(path: "/no/such/graph.jsonld") } catch { #expect("\(error)" == "/no/such/graph.jsonld: no such file") }
    }
}
