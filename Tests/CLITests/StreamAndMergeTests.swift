import Foundation
import Testing
import TestSupport

/// `build --stream` and `merge`, and that other RDF tools read our N-Quads.
@Suite struct StreamAndMergeTests {
    let examples = TestPaths.packageRoot.appendingPathComponent("Examples")

    func jsonLines() throws -> String {
        // The example articles as JSON Lines (title, date, body), the shape a cluster job feeds us.
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { name -> String in
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let title = lines.removeFirst()
            let date = lines.removeFirst()
            let record: [String: String] = ["id": String(name.dropLast(4)), "title": title, "date": date, "body": lines.joined(separator: "\n")]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    @Test func streamsFromStandardInputToStandardOutput() throws {
        let input = try jsonLines()
        let result = try BinaryRunner.run(["build", "--stream", "-", "-o", "-", "--quiet"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 50)
        // Every statement is a quad whose graph is its article.
        #expect(lines.allSatisfy { $0.hasSuffix("> .") && $0.contains(" <https://w3id.org/newsgraph/id/article/") })
    }

    @Test func mergeOfStreamedPartsEqualsOneBuild() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let lines = try jsonLines().split(separator: "\n").map(String.init)
        let first = try dir.write("a.jsonl", lines[0] + "\n")
        let rest = try dir.write("b.jsonl", lines.dropFirst().joined(separator: "\n") + "\n")
        let partA = dir.url.appendingPathComponent("a.nq").path, partB = dir.url.appendingPathComponent("b.nq").path
        #expect(try BinaryRunner.run(["build", "--stream", first, "-o", partA, "--quiet"]).status == 0)
        #expect(try BinaryRunner.run(["build", "--stream", rest, "-o", partB, "--quiet"]).status == 0)
        let merged = dir.url.appendingPathComponent("merged")
        let result = try BinaryRunner.run(["merge", partA, partB, "-o", merged.path, "--formats", "jsonld,nt,neo4j"])
        #expect(result.status == 0, "\(result.stderr)")
        let whole = try dir.write("all.jsonl", lines.joined(separator: "\n") + "\n")
        let single = dir.url.appendingPathComponent("single")
        #expect(try BinaryRunner.run(["build", whole, "-o", single.path, "--formats", "jsonld,nt", "--quiet"]).status == 0)
        for file in ["graph.jsonld", "graph.nt"] {
            #expect(FileManager.default.contents(atPath: merged.appendingPathComponent(file).path) == FileManager.default.contents(atPath: single.appendingPathComponent(file).path), "\(file)")
        }
        let nt = try String(contentsOf: merged.appendingPathComponent("graph.nt"), encoding: .utf8)
        #expect(nt.contains("<https://schema.org/attendee>"))
        let nodes = try String(contentsOf: merged.appendingPathComponent("nodes.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,:LABEL,name,"))
        #expect(nodes.contains(",Person,Valdis Dombrovskis,"))
        let relationships = try String(contentsOf: merged.appendingPathComponent("relationships.csv"), encoding: .utf8)
        #expect(relationships.contains(",ATTENDEE\n"))
    }

    @Test func mergeRejectsFilesThatAreNotOurs() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("notes.nq", "this is not RDF\n")
        let result = try BinaryRunner.run(["merge", path, "-o", dir.url.appendingPathComponent("m").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("notes.nq:1:"))
        #expect(dir.contents() == ["notes.nq"])
    }

    /// rdflib (a standard RDF library) loads our N-Quads and counts exactly our statements.
    @Test(.enabled(if: StreamAndMergeTests.rdflibAvailable, "python3 with rdflib is not installed"))
    func rdflibLoadsTheNQuads() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("in.jsonl", try jsonLines())
        let quads = dir.url.appendingPathComponent("all.nq").path
        #expect(try BinaryRunner.run(["build", "--stream", input, "-o", quads, "--quiet"]).status == 0)
        let ours = try String(contentsOf: URL(fileURLWithPath: quads), encoding: .utf8).split(separator: "\n").count
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import rdflib,sys; g=rdflib.Dataset(); g.parse(sys.argv[1], format='nquads'); print(len(list(g.quads((None, None, None, None)))))", quads]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) == ours)
    }

    static let rdflibAvailable = PythonModules.available("rdflib")
}
