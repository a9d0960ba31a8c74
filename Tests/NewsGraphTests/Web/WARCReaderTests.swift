import Foundation
import Testing
@testable import NewsGraph

@Suite struct WARCReaderTests {
    static let page = WebFixtures.newsPage(title: "Bridge talks", paragraphs: [
        "The mayor of Springfield met the governor on Monday to discuss funding for the new bridge across the river.",
        "Officials said construction could begin next spring if the state legislature approves the plan.",
    ])

    static func records() -> [[UInt8]] {
        [
            WebFixtures.warcRecord(type: "warcinfo", uri: "", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            WebFixtures.warcRecord(type: "request", uri: "https://herald.example.com/bridge", contentType: "application/http; msgtype=request",
                                   block: Array("GET /bridge HTTP/1.1\r\nHost: herald.example.com\r\n\r\n".utf8)),
            WebFixtures.warcRecord(type: "response", uri: "https://herald.example.com/bridge", date: "2019-06-03T12:00:00Z",
                                   block: WebFixtures.httpResponse(Array(page.utf8))),
            WebFixtures.warcRecord(type: "response", uri: "https://herald.example.com/logo.png",
                                   block: WebFixtures.httpResponse([0x89, 0x50, 0x4E, 0x47, 0, 1, 2], contentType: "image/png")),
            WebFixtures.warcRecord(type: "response", uri: "https://herald.example.com/gz",
                                   block: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
                                       + chunked(WebFixtures.gzip(Array(page.utf8)))),
        ]
    }

    static func chunked(_ bytes: [UInt8]) -> [UInt8] {
        let half = bytes.count / 2
        var out: [UInt8] = []
        for part in [bytes[..<half], bytes[half...]] {
            out += Array((String(part.count, radix: 16) + "\r\n").utf8) + part + Array("\r\n".utf8)
        }
        return out + Array("0\r\n\r\n".utf8)
    }

    @Test(arguments: [false, true])
    func responsesWithHTMLBecomeArticles(gzipped: Bool) throws {
        let bytes = gzipped ? Self.records().flatMap(WebFixtures.gzip) : Self.records().flatMap { $0 }
        let path = try WebFixtures.write(bytes, name: gzipped ? "crawl.warc.gz" : "crawl.warc")
        let articles = try ArticleReader.read(path: path)
        #expect(articles.map(\.id) == ["https://herald.example.com/bridge", "https://herald.example.com/gz"])
        #expect(articles.map(\.url) == ["https://herald.example.com/bridge", "https://herald.example.com/gz"])
        #expect(articles[0].date == "2019-06-03T12:00:00Z")
        #expect(articles[0].body.hasPrefix("The mayor of Springfield"))
        #expect(articles[1].body == articles[0].body)
        #expect(!articles[0].body.contains("cookies"))
    }

    @Test func truncatedAndMalformed() throws {
        let whole = Self.records().flatMap { $0 }
        let truncated = try WebFixtures.write(Array(whole.prefix(whole.count - 300)), name: "cut.warc")
        #expect { try ArticleReader.read(path: truncated) } throws: { ($0 as? InputError)?.message.contains("truncated") == true }
        let gzipCut = Self.records().flatMap(WebFixtures.gzip)
        let truncatedGzip = try WebFixtures.write(Array(gzipCut.prefix(gzipCut.count - 40)), name: "cut.warc.gz")
        #expect(throws: InputError.self) { try ArticleReader.read(path: truncatedGzip) }
        let noLength = try WebFixtures.write(Array("WARC/1.0\r\nWARC-Type: response\r\n\r\nxyz".utf8), name: "bad.warc")
        #expect { try ArticleReader.read(path: noLength) } throws: { ($0 as? InputError)?.message.contains("Content-Length") == true }
    }

    @Test func keepGoingSkipsPagesWithoutText() throws {
        let empty = WebFixtures.warcRecord(type: "response", uri: "https://herald.example.com/empty",
                                           block: WebFixtures.httpResponse(Array("<html><body><nav>Home</nav></body></html>".utf8)))
        let path = try WebFixtures.write(empty + Self.records().flatMap { $0 }, name: "mixed.warc")
        var skipped: [InputError] = []
        let articles = try ArticleReader.read(path: path) { skipped.append($0) }
        #expect(articles.count == 2)
        #expect(skipped.count == 1)
        #expect(skipped.first?.message == "no article text found")
        #expect(skipped.first?.location.path.contains("https://herald.example.com/empty") == true)
    }
}
