import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite struct ExportTests {
    static let hostileName = "Ana \"Q\" Back\\slash {x} <b>&amp; \u{202E}rtl"

    static var graph: KnowledgeGraph {
        var graph = Analysis.graph([(id: "x", text: "Chinese President Xi Jinping met U.S. President Donald Trump in Osaka on Saturday to discuss trade.")])
        graph.merge(GraphNode(id: "ngid:person/hostile", types: ["schema:Person"], properties: ["schema:name": [.string(hostileName)], "ng:mentionCount": [.integer(1)]]))
        return graph
    }

    @Test func jsonLDIsValidJSONWithContextAndSortedGraph() throws {
        let text = JSONLDWriter().write(Self.graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let context = try #require(object["@context"] as? [String: String])
        #expect(context["schema"] == "https://schema.org/")
        let nodes = try #require(object["@graph"] as? [[String: Any]])
        let ids = nodes.compactMap { $0["@id"] as? String }
        #expect(ids == ids.sorted())
        #expect(nodes.contains { ($0["schema:name"] as? String) == Self.hostileName })
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        #expect(JSONLDWriter().write(Self.graph) == JSONLDWriter().write(Self.graph))
        #expect(DOTWriter().write(Self.graph) == DOTWriter().write(Self.graph))
        #expect(NTriplesWriter().write(Self.graph) == NTriplesWriter().write(Self.graph))
    }

    @Test func nTriplesHasOneLinePerTriple() {
        let lines = NTriplesWriter().write(Self.graph).split(separator: "\n")
        #expect(lines.count == Self.graph.tripleCount)
        #expect(lines.allSatisfy { $0.hasPrefix("<https://w3id.org/newsgraph/id/") && $0.hasSuffix(" .") })
    }

    @Test func dotEscapesHostileText() {
        let quoted = DOTWriter.quoted(Self.hostileName)
        #expect(quoted == "\"Ana \\\"Q\\\" Back\\\\slash {x} &lt;b&gt;&amp;amp; &#8238;rtl\"")
        #expect(DOTWriter.quoted("line1\nline2") == "\"line1\\nline2\"")
    }

    @Test func contextFileMatchesTheWriter() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("Schemas/newsgraph.context.jsonld")
        let saved = try String(contentsOf: url, encoding: .utf8)
        #expect(saved == "{\n  \"@context\": " + JSONLDWriter.contextJSON + "\n}\n")
    }

    /// A standard JSON-LD processor (pyld) expands every key to an IRI and yields exactly our triples.
    @Test(.enabled(if: ExportTests.pyldAvailable, "python3 with pyld is not installed"))
    func jsonLDExpandsWithPyld() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("g.jsonld", JSONLDWriter().write(Self.graph))
        let script = """
            import json, sys
            from pyld import jsonld
            doc = json.load(open(sys.argv[1]))
            expanded = jsonld.expand(doc)
            bad = [k for n in expanded for k in n if not (k.startswith('@') or k.startswith('http'))]
            compact_keys = {k for n in doc['@graph'] for k in n if not k.startswith('@')}
            expanded_keys = {k for n in expanded for k in n if not k.startswith('@')}
            rdf = jsonld.to_rdf(doc, {'format': 'application/n-quads'})
            print(len([l for l in rdf.splitlines() if l.strip()]), len(bad), len(compact_keys), len(expanded_keys))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let numbers = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(numbers.count == 4, "pyld said: \(output)")
        #expect(numbers[0] == Self.graph.tripleCount)
        #expect(numbers[1] == 0)
        #expect(numbers[2] == numbers[3])
    }

    static let pyldAvailable = PythonModules.available("pyld")
}
