import Foundation
import Testing
import TestSupport

/// `newsgraph report` loaded in a real browser: headless Chromium (Debian's `chromium` package;
/// the tests skip when it is not installed).
@Suite(.enabled(if: HeadlessChromium.path != nil, "chromium is not installed"))
struct ReportBrowserTests {
    let examples = TestPaths.packageRoot.appendingPathComponent("Examples").path

    /// Builds the example articles and returns the folder holding graph.jsonld.
    func buildExamples() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        let result = try BinaryRunner.run(["build", examples, "-o", dir.url.path, "--formats", "jsonld", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return dir
    }

    func report(_ graph: URL, in dir: TemporaryDirectory) throws -> URL {
        let page = dir.url.appendingPathComponent("report.html")
        let result = try BinaryRunner.run(["report", graph.path, "-o", page.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return page
    }

    @Test func rendersWithoutConsoleErrorsAndScreenshots() throws {
        let dir = try buildExamples()
        defer { dir.remove() }
        let page = try report(dir.url.appendingPathComponent("graph.jsonld"), in: dir)
        let html = try String(contentsOf: page, encoding: .utf8)
        // Self-contained: nothing is fetched from elsewhere.
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import") && !html.contains("url("))
        #expect(html.components(separatedBy: "<svg").count == 3)

        let run = try HeadlessChromium.run(["--dump-dom", page.absoluteString], in: dir)
        // The script ran to its end (it marks the page with the number of meetings), no error was
        // raised and nothing was written to the console (policy violations included).
        #expect(run.stdout.contains("data-ready=\"3\""), "\(run.stderr.suffix(2000))")
        #expect(!HeadlessChromium.rootTag(run.stdout).contains("data-errors"))
        let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(console.isEmpty, "\(console)")
        // The table holds the three meetings, one of them planned.
        #expect(run.stdout.components(separatedBy: "<tr").count == 1 + 1 + 3)
        #expect(run.stdout.contains("<tr class=\"planned\">"))

        // Filtering by an entity (as a click does; here through the address): only Mary Ng's meeting
        // stays in the table, and the diagram fades the others.
        let filtered = try HeadlessChromium.run(["--dump-dom", page.absoluteString + "#entity=ngid%3Aperson%2Fmary-ng"], in: dir)
        #expect(filtered.stdout.contains("<b id=\"filtername\">Mary Ng</b>"), "\(filtered.stderr.suffix(2000))")
        #expect(filtered.stdout.components(separatedBy: " hidden=\"\">").count == 1 + 2)  // two rows (the filter bar shows)
        #expect(filtered.stdout.contains("class=\"node faded\"") && !HeadlessChromium.rootTag(filtered.stdout).contains("data-errors"))

        let shot = dir.url.appendingPathComponent("report.png")
        let screenshot = try HeadlessChromium.run(["--window-size=1280,800", "--hide-scrollbars", "--screenshot=\(shot.path)", page.absoluteString], in: dir)
        let png = try Data(contentsOf: shot)
        #expect(png.count > 10_000, "\(screenshot.stderr.suffix(2000))")
        let size = HeadlessChromium.pngSize(png)
        #expect(size?.0 == 1280 && size?.1 == 800)
        if let keep = ProcessInfo.processInfo.environment["NEWSGRAPH_KEEP_SCREENSHOT"], !keep.isEmpty {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
        }
    }

    @Test func hostileNamesNeitherRunNorBreakThePage() throws {
        let dir = try buildExamples()
        defer { dir.remove() }
        let graphURL = dir.url.appendingPathComponent("graph.jsonld")
        var graph = try String(contentsOf: graphURL, encoding: .utf8)
        // Names, a topic and an evidence sentence replaced by markup, quotes and bidirectional overrides.
        let hostile: [(String, String)] = [
            ("Mary Ng", #"Mary \"Ng' <script>document.title='PWNED'</script>"#),
            ("dairy quotas", #"<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\">"#),
            ("Valdis Dombrovskis", "\\u202EsikvsorbmoD sidlaV\\u200F"),
            ("Abiy Ahmed", #"</script><script>document.title='PWNED'</script><!--"#),
        ]
        for (plain, replacement) in hostile {
            #expect(graph.contains(plain))
            graph = graph.replacingOccurrences(of: plain, with: replacement)
        }
        try graph.write(to: graphURL, atomically: true, encoding: .utf8)
        let page = try report(graphURL, in: dir)
        let run = try HeadlessChromium.run(["--dump-dom", page.absoluteString], in: dir)
        let dom = run.stdout
        #expect(dom.contains("data-ready=\"3\""), "\(run.stderr.suffix(2000))")
        #expect(!HeadlessChromium.rootTag(dom).contains("data-errors") && !HeadlessChromium.rootTag(dom).contains("data-pwned"))
        #expect(dom.contains("<title>NewsGraph report</title>"))
        #expect(!dom.contains("<img"))
        // Only our two scripts exist; the payloads are there as text.
        #expect(dom.components(separatedBy: "<script").count == 3)
        #expect(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"))
        #expect(dom.contains("&lt;img src=x onerror="))
        // Overrides cannot reorder the page: they are dropped from the HTML text.
        let html = try String(contentsOf: page, encoding: .utf8)
        let overrides = html.unicodeScalars.filter { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
        #expect(overrides.isEmpty)
        #expect(run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.isEmpty)
    }
}

/// Runs Debian's headless Chromium.
enum HeadlessChromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String], in dir: TemporaryDirectory) throws -> BinaryResult {
        // Root in a container has no sandbox; a private profile keeps parallel runs apart.
        try BinaryRunner.run(executable: URL(fileURLWithPath: path!), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(dir.url.appendingPathComponent("chromium-profile").path)",
            "--enable-logging=stderr", "--v=0",
        ] + arguments, in: dir.url)
    }

    /// The `<html …>` start tag of a dumped DOM, where the page's script records errors.
    static func rootTag(_ dom: String) -> Substring {
        guard let start = dom.range(of: "<html"), let end = dom[start.upperBound...].firstIndex(of: ">") else { return "" }
        return dom[start.lowerBound...end]
    }

    /// Width and height from a PNG's header.
    static func pngSize(_ png: Data) -> (Int, Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[12..<16].elementsEqual(Array("IHDR".utf8)) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
