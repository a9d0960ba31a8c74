import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// Inputs built to break things: each either works or fails with one line naming the file
/// (and line), nothing crashes, nothing half-written is left behind.
@Suite struct HostileInputTests {
    func build(_ name: String, _ bytes: [UInt8], extra: [String] = []) throws -> (BinaryResult, TemporaryDirectory) {
        let dir = try TemporaryDirectory()
        let path = try dir.write(name, bytes)
        let result = try BinaryRunner.run(["build", path, "-o", dir.url.appendingPathComponent("out").path, "--quiet", "--formats", "jsonld,dot,nt"] + extra)
        return (result, dir)
    }

    func outputFiles(_ dir: TemporaryDirectory) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("out").path)) ?? []).sorted()
    }

    @Test func whitespaceOnlyFile() throws {
        let (result, dir) = try build("blank.txt", Array("  \n\t\n   \n".utf8))
        defer { dir.remove() }
        #expect(result.status != 0)
        #expect(result.stderr.contains("blank.txt: empty file"))
        #expect(outputFiles(dir).isEmpty)
    }

    @Test func invalidUTF8InTheMiddleOfJSONLinesIsSkippedWithKeepGoing() throws {
        let bytes = Array("{\"id\": \"a\", \"body\": \"John Smith met Jane Doe in Paris.\"}\n".utf8)
            + Array("{\"id\": \"b\", \"body\": \"bad ".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)
            + Array("[1, 2]\n42\n{\"id\": \"a\", \"body\": \"duplicate id\"}\n{\"id\": \"c\", \"body\": \"Also fine.\"}\n{\"id\": \"d\", \"body\": \"trunc".utf8)
        let (strict, dir1) = try build("mixed.jsonl", bytes)
        defer { dir1.remove() }
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("mixed.jsonl:2: invalid UTF-8"))
        #expect(outputFiles(dir1).isEmpty)

        let (lenient, dir2) = try build("mixed.jsonl", bytes, extra: ["--keep-going"])
        defer { dir2.remove() }
        #expect(lenient.status == 0, "\(lenient.stderr)")
        for line in [2, 3, 4, 5, 7] { #expect(lenient.stderr.contains("mixed.jsonl:\(line):")) }
        let graph = try String(contentsOf: dir2.url.appendingPathComponent("out/graph.jsonld"), encoding: .utf8)
        #expect(graph.contains("\"schema:identifier\": \"a\"") && graph.contains("\"schema:identifier\": \"c\""))
        #expect(!graph.contains("duplicate id"))
    }

    @Test func fiftyMegabyteLineIsRefusedCleanly() throws {
        var bytes = Array("{\"id\": \"huge\", \"body\": \"".utf8)
        bytes += [UInt8](repeating: 0x61, count: 50_000_000)
        bytes += Array("\"}\n".utf8)
        let (result, dir) = try build("huge.jsonl", bytes)
        defer { dir.remove() }
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("huge.jsonl:1: article too large"))
        #expect(outputFiles(dir).isEmpty)
    }

    @Test func nulBytesCRLFAndMixedNewlines() throws {
        let (nul, dir1) = try build("nul.txt", Array("Title\n\nText".utf8) + [0] + Array(" more".utf8))
        defer { dir1.remove() }
        #expect(nul.status != 0 && nul.stderr.contains("nul.txt:3: binary file"))

        let (crlf, dir2) = try build("crlf.txt", Array("Leaders meet\r\n\r\nJohn Smith met Jane Doe in Paris.\r\nMore text.\rMixed line.\n".utf8))
        defer { dir2.remove() }
        #expect(crlf.status == 0, "\(crlf.stderr)")
        let graph = try String(contentsOf: dir2.url.appendingPathComponent("out/graph.jsonld"), encoding: .utf8)
        #expect(graph.contains("\"schema:headline\": \"Leaders meet\""))
        #expect(!graph.contains("\\r"))
    }

    @Test func hundredThousandCapitalizedWords() throws {
        var text = "Capitals\n\n"
        let names = ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Smith", "Jones", "Brown", "Paris", "Corp"]
        var state: UInt64 = 1
        for i in 0..<100_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text += names[Int(state >> 33) % names.count] + String(i % 50) + " "
        }
        let (result, dir) = try build("caps.txt", Array((text + ".\n").utf8))
        defer { dir.remove() }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(outputFiles(dir) == ["graph.dot", "graph.jsonld", "graph.nt"])
    }

    static let hostileName = "Ana \"Q\" Back\\slash {x} <b>&amp; \u{202E}Evil\u{202C}"

    @Test func hostileNamesStayValidInEveryFormat() throws {
        let body = "President \(Self.hostileName) Smith met Prime Minister Jean-Luc O'Brien in Paris on Monday."
        let record = try JSONSerialization.data(withJSONObject: ["id": "h1", "body": body, "title": Self.hostileName])
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("hostile.jsonl", [UInt8](record) + [10])
        let out = dir.url.appendingPathComponent("out")
        let result = try BinaryRunner.run(["build", path, "-o", out.path, "--quiet", "--formats", "jsonld,dot,svg,nt"])
        #expect(result.status == 0, "\(result.stderr)")
        // JSON-LD: valid JSON that gives back the title unchanged.
        let data = try Data(contentsOf: out.appendingPathComponent("graph.jsonld"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(object["@graph"] as? [[String: Any]])
        #expect(nodes.contains { ($0["schema:headline"] as? String) == Self.hostileName })
        // SVG: well-formed XML.
        let svg = try Data(contentsOf: out.appendingPathComponent("graph.svg"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        // N-Triples: every line a complete statement.
        let nt = try String(contentsOf: out.appendingPathComponent("graph.nt"), encoding: .utf8)
        #expect(nt.split(separator: "\n").allSatisfy { $0.hasSuffix(" .") })
    }
}
