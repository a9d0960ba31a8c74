import Foundation
import Testing
import TestSupport

/// `newsgraph extract` run as a user runs it.
@Suite struct ExtractCommandTests {
    static let page = """
        <html><head><title>Bridge talks</title><meta name="author" content="Lisa Park">
        <meta property="article:published_time" content="2019-06-03"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
        <p>The mayor of Springfield met the governor on Monday to discuss funding for the new bridge across the river.</p>
        <p>Officials said construction could begin next spring if the state legislature approves the plan.</p>
        </article><footer>Copyright Springfield Herald, all rights reserved, terms and privacy policy apply.</footer></body></html>
        """

    @Test func writesTheKeysBuildReads() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try Data(Self.page.utf8).write(to: dir.url.appendingPathComponent("bridge.html"))
        let out = dir.url.appendingPathComponent("articles.jsonl").path
        let result = try BinaryRunner.run(["extract", dir.url.path, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try String(contentsOfFile: out, encoding: .utf8)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["id"] as? String == "bridge")
        #expect(record["title"] as? String == "Bridge talks")
        #expect(record["date"] as? String == "2019-06-03")
        #expect(record["author"] as? [String] == ["Lisa Park"])
        let body = try #require(record["body"] as? String)
        #expect(body.hasPrefix("The mayor of Springfield") && !body.contains("Home") && !body.contains("Copyright"))
        // What extract writes, build reads back.
        let graph = dir.url.appendingPathComponent("graph")
        let build = try BinaryRunner.run(["build", out, "-o", graph.path, "--formats", "jsonld", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func aBadFileIsOneLineAndNothingIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try Data(Self.page.utf8).write(to: dir.url.appendingPathComponent("a.html"))
        try Data("<html><body><nav>Home</nav></body></html>".utf8).write(to: dir.url.appendingPathComponent("b.html"))
        let out = dir.url.appendingPathComponent("articles.jsonl").path
        let result = try BinaryRunner.run(["extract", dir.url.path, "-o", out])
        #expect(result.status != 0)
        #expect(result.stderr.contains("b.html: no article text found"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        let kept = try BinaryRunner.run(["extract", "--keep-going", dir.url.path, "-o", out])
        #expect(kept.status == 0)
        #expect(kept.stderr.contains("skipped:") && kept.stderr.contains("b.html"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 1)
    }
}
