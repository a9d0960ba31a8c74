import Foundation
import GraphvizRendering
import Testing
import TestSupport

/// `newsgraph render`, run as a user runs it.
@Suite struct RenderCommandTests {
    let graph = CLIGraphs.examples

    @Test func meetingsViewAsSVGWithEvidenceTooltips() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("meetings.svg").path
        let result = try BinaryRunner.run(["render", graph, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("meetings view:") && result.stderr.contains("layout dot"))
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Mary Ng") && svg.contains("dairy quotas, 2023&#45;05&#45;16"))
        // The edge's tooltip quotes the sentence and names the article.
        #expect(svg.contains("[brussels&#45;farm&#45;talks]"))
        #expect(svg.contains("Legend"))
    }

    @Test func focusViewAsPNGAndDOT() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let png = dir.url.appendingPathComponent("japan.png").path
        let result = try BinaryRunner.run(["render", graph, "-o", png, "--focus", "Japan", "--depth", "2", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let dotPath = dir.url.appendingPathComponent("japan.dot").path
        _ = try BinaryRunner.run(["render", graph, "-o", dotPath, "--focus", "Japan", "--depth", "2", "--quiet"])
        let dot = try String(contentsOfFile: dotPath, encoding: .utf8)
        #expect(dot.contains("Around Japan (depth 2)") && dot.contains("Yasutoshi Nishimura"))
        #expect(try GraphvizRenderer.validate(dot: dot).nodeCount >= 3)
    }

    @Test func allViewAndPruning() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("all.dot").path
        let result = try BinaryRunner.run(["render", graph, "-o", out, "--view", "all", "--max-nodes", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: showing the ") && result.stderr.contains(" most connected of "), "\(result.stderr)")
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dot.contains("most connected of") && dot.contains("(--max-nodes)"))
    }

    @Test func timelineWithFocusAndDates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let png = dir.url.appendingPathComponent("timeline.png").path
        let result = try BinaryRunner.run(["render", graph, "-o", png, "--view", "timeline"])
        #expect(result.status == 0 && result.stderr.contains("timeline view: 6 nodes") && result.stderr.contains("layout nop"), "\(result.stderr)")
        let dotPath = dir.url.appendingPathComponent("ng.dot").path
        let focused = try BinaryRunner.run(["render", graph, "-o", dotPath, "--view", "timeline", "--focus", "Mary Ng", "--from", "2023-05", "--to", "2023-05", "--quiet"])
        #expect(focused.status == 0, "\(focused.stderr)")
        let dot = try String(contentsOfFile: dotPath, encoding: .utf8)
        #expect(dot.contains("Meetings of Mary Ng over time — from 2023-05, to 2023-05") && dot.contains("with Valdis Dombrovskis\\ndairy quotas"))
        #expect(!dot.contains("Abiy Ahmed") && dot.contains("\"period:2023-05-16\""))
        let none = try BinaryRunner.run(["render", graph, "-o", png, "--view", "timeline", "--from", "2030"])
        #expect(none.status != 0 && none.stderr.contains("nothing to draw: no dated meetings match"), "\(none.stderr)")
    }

    @Test func reportWritesOnePageOrOneLineErrors() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let page = dir.url.appendingPathComponent("r.html").path
        let result = try BinaryRunner.run(["report", graph, "-o", page])
        #expect(result.status == 0 && result.stderr.contains("report: 3 meetings"), "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<h2>Who met whom</h2>") && html.contains("<h2>Meetings over time</h2>") && html.contains("dairy quotas"))
        let wrong = try BinaryRunner.run(["report", graph, "-o", dir.url.appendingPathComponent("r.pdf").path])
        #expect(wrong.status != 0 && wrong.stderr.contains("-o must end in .html"))
        let bad = try dir.write("bad.jsonld", "{\"not\": \"ours\"}")
        let unreadable = try BinaryRunner.run(["report", bad, "-o", page + ".2.html"])
        #expect(unreadable.status != 0 && unreadable.stderr.contains("not a NewsGraph graph"))
        #expect(dir.contents().sorted() == ["bad.jsonld", "r.html"])
    }

    @Test func filtersThatMatchNothingSaySo() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("none.svg").path
        let result = try BinaryRunner.run(["render", graph, "-o", out, "--about", "fishing"])
        #expect(result.status != 0 && result.stderr.contains("nothing to draw: no meetings match the filters"))
        #expect(dir.contents().isEmpty)
        let trade = try BinaryRunner.run(["render", graph, "-o", out, "--about", "dairy", "--from", "2023-05", "--to", "2023-05"])
        #expect(trade.status == 0 && trade.stderr.contains("2 nodes, 1 edges"), "\(trade.stderr)")
    }

    @Test func errorsAreOneLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try dir.write("bad.jsonld", "{\"not\": \"ours\"}")
        for (arguments, expected) in [
            (["render", bad, "-o", dir.url.appendingPathComponent("x.svg").path], "not a NewsGraph graph"),
            (["render", graph, "-o", dir.url.appendingPathComponent("x.svg").path, "--focus", "Nobody Atall"], "no entity named \"Nobody Atall\""),
            (["render", graph, "-o", dir.url.appendingPathComponent("x.gif").path], "-o must end in .svg, .png, .pdf or .dot"),
            (["render", graph, "-o", dir.url.appendingPathComponent("x.svg").path, "--view", "focus"], "the focus view needs --focus NAME"),
            (["render", graph, "-o", dir.url.appendingPathComponent("x.svg").path, "--layout", "spiral"], "unknown layout 'spiral'"),
        ] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
        #expect(dir.contents() == ["bad.jsonld"])
    }
}
