import Foundation
import Testing
import TestSupport
@testable import NewsGraph

/// The reference article as it arrives from the web: wrapped (here, at test time) in a news page
/// with menus and a cookie banner, in an RSS item and in a WARC response record. Each must give the
/// graph the article's own JSON line gives, plus the page's URL, date and author.
@Suite(.enabled(if: TestPaths.referenceArticleJSONL != nil, "../shared/examples is absent"))
struct ReferenceArticleOnTheWebTests {
    static let url = "https://news.example.com/business/japan-us-trade-talks-osaka"
    static let author = "Tetsushi Kajimoto"
    /// The agency of the story's dateline, which the .jsonl graph names as publisher.
    static let publisher = "Reuters"

    /// The reference article's title, date and body, read from ../shared.
    static let record: [String: String] = {
        let line = try! String(contentsOf: TestPaths.referenceArticleJSONL!, encoding: .utf8)
        return (try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]).compactMapValues { $0 as? String }
    }()
    static var title: String { record["title"]! }
    static var date: String { record["date"]! }
    static var paragraphs: [String] {
        record["body"]!.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static var page: String {
        let jsonLD = """
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": \(json(title)), "datePublished": "\(date)",
             "author": {"@type": "Person", "name": "\(author)"}, "publisher": {"@type": "Organization", "name": "\(publisher)"},
             "url": "\(url)"}
            """
        return WebFixtures.newsPage(title: title, paragraphs: paragraphs, jsonLD: jsonLD, url: url)
    }

    static func json(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), as: UTF8.self)
    }

    static var rss: String {
        let html = paragraphs.map { "<p>\(WebFixtures.escape($0))</p>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>\(publisher)</title><item><title>\(WebFixtures.escape(title))</title><link>\(url)</link>
            <pubDate>Fri, 28 Jun 2019 08:00:00 GMT</pubDate><dc:creator>\(author)</dc:creator>
            <description>Japan and the U.S. agree to speed up trade talks.</description>
            <content:encoded>\(WebFixtures.escape(html))</content:encoded></item></channel></rss>
            """
    }

    static var warc: [UInt8] {
        WebFixtures.gzip(WebFixtures.warcRecord(type: "request", uri: url, contentType: "application/http; msgtype=request",
                                                block: Array("GET / HTTP/1.1\r\n\r\n".utf8)))
            + WebFixtures.gzip(WebFixtures.warcRecord(type: "response", uri: url, date: "2019-06-28T09:00:00Z",
                                                      block: WebFixtures.httpResponse(Array(page.utf8))))
    }

    /// What a reader checks in the graph: who and what is in it, who holds which role, who met whom.
    struct Summary: Equatable {
        var entities: Set<String> = []
        var roles: Set<String> = []
        var meetings: Set<String> = []
    }

    static func summary(_ graph: KnowledgeGraph) -> Summary {
        func name(_ id: String) -> String { graph[id]?.string("schema:name") ?? id }
        var summary = Summary()
        for type in ["schema:Person", "schema:Organization", "schema:Country", "schema:Place"] {
            for node in graph.nodes(ofType: type) { summary.entities.insert(type + " " + name(node.id)) }
        }
        for role in graph.nodes(ofType: "schema:OrganizationRole") {
            let holders = graph.sortedNodes.filter { $0.links("schema:memberOf").contains(role.id) }.map { name($0.id) }
            summary.roles.insert("\(holders.sorted()) \(role.string("schema:roleName") ?? "") \(role.links("schema:memberOf").map(name).sorted())")
        }
        for meeting in graph.nodes(ofType: "ng:Meeting") {
            summary.meetings.insert("\(meeting.links("schema:attendee").map(name).sorted()) \(meeting.string("ng:status") ?? "") \(meeting.string("schema:startDate") ?? "")")
        }
        return summary
    }

    static let expected: Summary = {
        summary(try! CorpusBuilder(pipeline: Analysis.pipeline).build(paths: [TestPaths.referenceArticleJSONL!.path]).0)
    }()

    func check(_ bytes: [UInt8], name: String) throws {
        let path = try WebFixtures.write(bytes, name: name)
        let (graph, _) = try CorpusBuilder(pipeline: Analysis.pipeline).build(paths: [path])
        let summary = Self.summary(graph)
        #expect(summary.entities == Self.expected.entities)
        #expect(summary.roles == Self.expected.roles)
        #expect(summary.meetings == Self.expected.meetings)
        #expect(!Self.expected.meetings.isEmpty)
        let article = try #require(graph.nodes(ofType: "schema:NewsArticle").first)
        #expect(article.string("schema:url") == Self.url)
        #expect(article.string("schema:datePublished")?.hasPrefix(Self.date) == true)
        let authors = article.links("schema:author").compactMap { graph[$0]?.string("schema:name") }
        #expect(authors.contains(Self.author))
    }

    @Test func newsPage() throws {
        try check(Array(Self.page.utf8), name: "japan-us-trade-talks-osaka.html")
        let article = try #require(try WebPageReader.read(Array(Self.page.utf8), id: "a", source: SourceLocation(path: "a.html")) as Article?)
        #expect(article.title == Self.title)
        #expect(article.publisher == Self.publisher)
    }

    @Test func rssItem() throws {
        try check(Array(Self.rss.utf8), name: "feed.xml")
    }

    @Test func warcRecord() throws {
        try check(Self.warc, name: "crawl.warc.gz")
    }
}
