import Foundation
import Testing
import TestSupport

/// `newsgraph add`, run as a user runs it.
@Suite struct AddCommandTests {
    let examples = TestPaths.packageRoot.appendingPathComponent("Examples")

    func example(_ name: String) -> String { examples.appendingPathComponent(name).path }

    @Test func addingAnArticleGivesTheGraphOfOneBigBuild() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let some = dir.url.appendingPathComponent("some").path, all = dir.url.appendingPathComponent("all").path
        _ = try BinaryRunner.run(["build", example("brussels-farm-talks.txt"), example("seoul-chip-alliance.txt"), "-o", some, "--formats", "jsonld", "--quiet"])
        _ = try BinaryRunner.run(["build", examples.path, "-o", all, "--formats", "jsonld", "--quiet"])
        let graph = some + "/graph.jsonld"
        let result = try BinaryRunner.run(["add", graph, example("nairobi-energy-summit.txt")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("added 1 article (0 already present) to 2"))
        let added = try Data(contentsOf: URL(fileURLWithPath: graph))
        let built = try Data(contentsOf: URL(fileURLWithPath: all + "/graph.jsonld"))
        let same = added == built
        #expect(same, "add gave a different graph than one build")

        // Adding the same articles again changes nothing.
        let again = try BinaryRunner.run(["add", graph, examples.path])
        #expect(again.status == 0 && again.stderr.contains("nothing added: 3 articles are already in"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == built)
    }

    @Test func sameIdDifferentContentIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try BinaryRunner.run(["build", example("brussels-farm-talks.txt"), "-o", dir.url.path, "--formats", "jsonld", "--quiet"])
        let graph = dir.url.appendingPathComponent("graph.jsonld").path
        let before = try Data(contentsOf: URL(fileURLWithPath: graph))
        let original = try String(contentsOfFile: example("brussels-farm-talks.txt"), encoding: .utf8)
        let changed = try TemporaryDirectory()
        defer { changed.remove() }
        let path = try changed.write("brussels-farm-talks.txt", original.replacingOccurrences(of: "Brussels", with: "Antwerp"))
        let result = try BinaryRunner.run(["add", graph, path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("article id \"brussels-farm-talks\" is already in") && result.stderr.contains("with different content"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)
    }

    @Test func outputOptionLeavesTheGraphAlone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try BinaryRunner.run(["build", example("brussels-farm-talks.txt"), "-o", dir.url.path, "--formats", "jsonld", "--quiet"])
        let graph = dir.url.appendingPathComponent("graph.jsonld").path
        let before = try Data(contentsOf: URL(fileURLWithPath: graph))
        let out = dir.url.appendingPathComponent("bigger.jsonld").path
        let result = try BinaryRunner.run(["add", graph, example("seoul-chip-alliance.txt"), "-o", out, "--quiet"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)
        let query = try BinaryRunner.run(["query", out, "who-met", "Nishimura", "--csv"])
        #expect(query.stdout.contains("Ahn Duk-geun"))
    }

    @Test func badGraphOrInputIsOneLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try dir.write("bad.jsonld", "[]")
        let a = try BinaryRunner.run(["add", bad, example("seoul-chip-alliance.txt")])
        #expect(a.status != 0 && a.stderr.contains("bad.jsonld: not a NewsGraph graph"))
        _ = try BinaryRunner.run(["build", example("brussels-farm-talks.txt"), "-o", dir.url.path, "--formats", "jsonld", "--quiet"])
        let b = try BinaryRunner.run(["add", dir.url.appendingPathComponent("graph.jsonld").path, "/no/such/article.txt"])
        #expect(b.status != 0 && b.stderr.contains("/no/such/article.txt: no such file or folder"))
    }
}
