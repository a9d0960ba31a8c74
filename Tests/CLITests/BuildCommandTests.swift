import Foundation
import GraphvizRendering
import Testing
import TestSupport

/// `newsgraph build` run as a user runs it.
@Suite struct BuildCommandTests {
    let examples = TestPaths.packageRoot.appendingPathComponent("Examples").path

    @Test func buildsAllFormatsFromExamples() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try BinaryRunner.run(["build", examples, "-o", dir.url.path, "--formats", "jsonld,dot,svg,png,nt", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(dir.contents() == ["graph.dot", "graph.jsonld", "graph.nt", "graph.png", "graph.svg"])
        let dot = try String(contentsOf: dir.url.appendingPathComponent("graph.dot"), encoding: .utf8)
        let info = try GraphvizRenderer.validate(dot: dot)
        #expect(info.nodeCount > 10)
        let png = try Data(contentsOf: dir.url.appendingPathComponent("graph.png"))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let svg = try String(contentsOf: dir.url.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Valdis Dombrovskis"))
    }

    /// The analysis runs on several threads; the output must not depend on how many.
    @Test func outputDoesNotDependOnThreadCount() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var outputs: [Data] = []
        for threads in ["1", "2", "5"] {
            let out = dir.url.appendingPathComponent("t\(threads)")
            let result = try BinaryRunner.run(["build", examples, "-o", out.path, "--formats", "jsonld,nt", "--threads", threads, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: out.appendingPathComponent("graph.jsonld")) + Data(contentsOf: out.appendingPathComponent("graph.nt")))
        }
        let identical = outputs.allSatisfy { $0 == outputs[0] }
        #expect(identical)
    }

    /// A layout past the time limit stops the command with one line and writes nothing.
    @Test func renderTimeLimitStopsCleanly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("out")
        let result = try BinaryRunner.run(["build", examples, "-o", out.path, "--formats", "jsonld,png", "--render-timeout", "0.001", "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("took longer than"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func formatsChooseASubset() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try BinaryRunner.run(["build", examples, "-o", dir.url.path, "--formats", "jsonld", "--quiet"])
        #expect(result.status == 0)
        #expect(dir.contents() == ["graph.jsonld"])
    }

    /// `make demo` output in the repository is what the current code produces.
    @Test func outputFolderIsCurrent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try BinaryRunner.run(["build", examples, "-o", dir.url.path, "--formats", "jsonld,dot,svg,png,nt", "--quiet"])
        #expect(result.status == 0)
        let committed = TestPaths.packageRoot.appendingPathComponent("Output")
        // The views `make demo` renders from the graph (meetings, the focus view around Japan, the
        // timeline) and the HTML report.
        let graph = dir.url.appendingPathComponent("graph.jsonld").path
        for (name, extra) in [("meetings", [String]()), ("focus-japan", ["--focus", "Japan", "--depth", "2"])] {
            for ext in ["svg", "png"] {
                let render = try BinaryRunner.run(["render", graph, "-o", dir.url.appendingPathComponent("\(name).\(ext)").path, "--quiet"] + extra)
                #expect(render.status == 0, "\(render.stderr)")
            }
        }
        for ext in ["svg", "png"] {
            let render = try BinaryRunner.run(["render", graph, "-o", dir.url.appendingPathComponent("timeline.\(ext)").path, "--view", "timeline", "--quiet"])
            #expect(render.status == 0, "\(render.stderr)")
        }
        let report = try BinaryRunner.run(["report", graph, "-o", dir.url.appendingPathComponent("report.html").path, "--quiet"])
        #expect(report.status == 0, "\(report.stderr)")
        for name in ["graph.jsonld", "graph.dot", "graph.nt", "graph.svg", "graph.png", "meetings.svg", "meetings.png", "focus-japan.svg", "focus-japan.png",
                     "timeline.svg", "timeline.png", "report.html"] {
            let fresh = try Data(contentsOf: dir.url.appendingPathComponent(name))
            let saved = try? Data(contentsOf: committed.appendingPathComponent(name))
            let same = fresh == saved  // compared outside #expect: a diff of large byte arrays is very slow
            #expect(same, "Output/\(name) is stale: run `make demo`")
        }
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let expected: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "empty.txt", bytes: [], expected: "empty.txt: empty file"),
        BadInput(name: "binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00], expected: "binary.txt:1: binary file (NUL byte)"),
        BadInput(name: "latin1.txt", bytes: Array("Title\n\nCaf".utf8) + [0xE9, 0x0A], expected: "latin1.txt:3: invalid UTF-8"),
        BadInput(name: "array.jsonl", bytes: Array("{\"body\": \"ok\"}\n[1, 2]\n".utf8), expected: "array.jsonl:2: JSON line is not an object"),
        BadInput(name: "truncated.jsonl", bytes: Array("{\"body\": \"ok\"}\n{\"body\": \"cut".utf8), expected: "truncated.jsonl:2: not valid JSON"),
    ]

    @Test(arguments: badInputs)
    func badInputFailsWithOneLineAndNoOutput(_ input: BadInput) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(input.name, input.bytes)
        let out = dir.url.appendingPathComponent("out")
        let result = try BinaryRunner.run(["build", path, "-o", out.path, "--quiet"])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(input.expected), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func missingInputPath() throws {
        let result = try BinaryRunner.run(["build", "/no/such/input.txt", "-o", "/tmp/never-written", "--quiet"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/no/such/input.txt: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test func unwritableOutputFolderLeavesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let blocker = try dir.write("blocker", "a file, not a folder")
        let result = try BinaryRunner.run(["build", examples, "-o", blocker + "/out", "--quiet"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("blocker/out"))
        #expect(dir.contents() == ["blocker"])
    }

    @Test func unknownFormatAndLayoutAreExplained() throws {
        let a = try BinaryRunner.run(["build", examples, "-o", "/tmp/x", "--formats", "gif"])
        #expect(a.status != 0 && a.stderr.contains("unknown format 'gif'"))
        let b = try BinaryRunner.run(["build", examples, "-o", "/tmp/x", "--layout", "spiral"])
        #expect(b.status != 0 && b.stderr.contains("unknown layout 'spiral'"))
    }

    @Test func helpExplainsInputs() throws {
        let result = try BinaryRunner.run(["build", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(".jsonl") && result.stdout.contains("--formats"))
    }
}
