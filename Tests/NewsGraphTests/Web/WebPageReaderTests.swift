import Foundation
import Testing
@testable import NewsGraph

@Suite struct WebPageReaderTests {
    static let story = [
        "LISBON (Reuters) - Portugal's finance minister Ana Costa met European Commission officials on Tuesday to discuss the country's budget plans for next year, her office said.",
        "The talks in Brussels focused on public investment and the pace of debt reduction, according to a statement released after the meeting.",
        "Costa said she expected an agreement before the end of the month.",
    ]

    func read(_ html: String, name: String = "page.html") throws -> Article {
        try WebPageReader.read(Array(html.utf8), id: "page", source: SourceLocation(path: name))
    }

    @Test func mainTextWithoutFurniture() throws {
        let article = try read(WebFixtures.newsPage(title: "Portugal holds budget talks", paragraphs: Self.story))
        #expect(article.body == Self.story.joined(separator: "\n\n"))
        for furniture in ["cookies", "Home", "Share", "Related", "Markets rally", "Copyright", "not text", "color"] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
        #expect(article.title == "Portugal holds budget talks | Example News")
        #expect(article.datelinePlace == "Lisbon")
    }

    @Test func jsonLDInGraphWinsOverOpenGraphAndTitle() throws {
        let jsonLD = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example News"},
              {"@type": ["NewsArticle"], "headline": "Portugal and EU discuss budget", "datePublished": "2019-10-01T09:30:00Z",
               "author": [{"@type": "Person", "name": "Maria Silva"}, {"@type": "Person", "name": "John Reed"}],
               "publisher": {"@type": "Organization", "name": "Example News"}, "url": "https://news.example.com/portugal-budget",
               "inLanguage": "en"}]}
            """
        let head = """
            <meta property="og:title" content="OpenGraph title"><meta property="article:published_time" content="2019-09-30">
            <meta name="author" content="Somebody Else">
            """
        let article = try read(WebFixtures.newsPage(title: "Title tag", paragraphs: Self.story, jsonLD: jsonLD, head: head))
        #expect(article.title == "Portugal and EU discuss budget")
        #expect(article.date == "2019-10-01T09:30:00Z")
        #expect(article.authors == ["Maria Silva", "John Reed"])
        #expect(article.publisher == "Example News")
        #expect(article.url == "https://news.example.com/portugal-budget")
    }

    @Test func openGraphThenMetaNamesThenTime() throws {
        let head = """
            <meta property="og:title" content="Budget talks in Brussels"><meta property="og:site_name" content="The Daily Example">
            <meta property="og:url" content="https://daily.example.org/budget"><meta name="author" content="Maria Silva">
            """
        let page = WebFixtures.newsPage(title: "Title tag", paragraphs: Self.story, head: head)
            .replacingOccurrences(of: "<h1>", with: "<time datetime=\"2019-10-02\">2 October</time><h1>")
        let article = try read(page)
        #expect(article.title == "Budget talks in Brussels")
        #expect(article.date == "2019-10-02")
        #expect(article.authors == ["Maria Silva"])
        #expect(article.publisher == "The Daily Example")
        #expect(article.url == "https://daily.example.org/budget")
    }

    @Test func brokenMarkupStillReads() throws {
        let html = "<html><body><div class=content><p>" + Self.story[0] + "<p>" + Self.story[1] + "<div><b><i>" + Self.story[2] + "</b></div></span></table>"
        let article = try read(html)
        #expect(article.body.contains("Brussels focused on public investment"))
        #expect(article.body.contains("before the end of the month"))
    }

    @Test func pageWithoutArticle() {
        let html = "<html><body><nav><a href=/>Home</a> <a href=/a>About</a></nav><p>Short.</p></body></html>"
        #expect(throws: InputError(SourceLocation(path: "page.html"), "no article text found")) { try read(html) }
    }

    @Test func windows1252DeclaredOrNot() throws {
        // "café – “quoted”" in Windows-1252.
        let text: [UInt8] = Array("The minister visited a ".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93] + Array("quoted".utf8) + [0x94]
            + Array(" place in the old town of Lisbon and spoke to reporters about the budget for a long time.".utf8)
        for declaration in ["<meta charset=\"windows-1252\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "", "<meta charset=\"utf-8\">"] {
            let page = Array("<html><head>\(declaration)</head><body><p>".utf8) + text + Array("</p></body></html>".utf8)
            let article = try WebPageReader.read(page, id: "p", source: SourceLocation(path: "p.html"))
            #expect(article.body.contains("café – “quoted” place"), "\(declaration)")
        }
    }

    @Test func byteOrderMarks() throws {
        let html = "<html><body><p>\(Self.story[0])</p></body></html>"
        let utf8 = [0xEF, 0xBB, 0xBF] + Array(html.utf8)
        #expect(try WebPageReader.read(utf8, id: "p", source: SourceLocation(path: "p.html")).body == Self.story[0])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try WebPageReader.read(utf16, id: "p", source: SourceLocation(path: "p.html")).body == Self.story[0])
    }

    @Test func otherDeclaredCharset() throws {
        // "Привет" in KOI8-R, declared; the rest ASCII.
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        let page = Array("<html><head><meta charset=\"koi8-r\"></head><body><p>".utf8) + koi8
            + Array(" said the minister to the reporters who waited outside the building for the whole afternoon, and then left for the airport.</p></body></html>".utf8)
        let article = try WebPageReader.read(page, id: "p", source: SourceLocation(path: "p.html"))
        #expect(article.body.hasPrefix("Привет said"))
    }

    @Test func hugePageAndDeepNesting() throws {
        let paragraph = "<p>" + Self.story[1] + "</p>"
        let big = "<html><body><div class=story>" + String(repeating: paragraph, count: 20_000) + "</div></body></html>"
        let article = try read(big)
        #expect(article.body.components(separatedBy: "\n\n").count == 20_000)
        let deep = "<html><body>" + String(repeating: "<div>", count: 5_000) + "<p>" + Self.story[0] + "</p>" + String(repeating: "</div>", count: 5_000) + "</body></html>"
        #expect(try read(deep).body.contains("Portugal's finance minister"))
    }

    @Test func gzipPageThroughArticleReader() throws {
        let html = WebFixtures.newsPage(title: "Budget", paragraphs: Self.story)
        let path = try WebFixtures.write(WebFixtures.gzip(Array(html.utf8)), name: "budget.html.gz")
        let articles = try ArticleReader.read(path: path)
        #expect(articles.map(\.id) == ["budget"])
        #expect(articles.first?.body.contains("Brussels") == true)
    }

    @Test func formatIsSniffedNotJustTakenFromTheName() throws {
        let html = WebFixtures.newsPage(title: "Budget", paragraphs: Self.story)
        let path = try WebFixtures.write(Array(html.utf8), name: "saved-page.txt")
        let article = try #require(try ArticleReader.read(path: path).first)
        #expect(!article.body.contains("<p>"))
        #expect(article.body.hasPrefix("LISBON (Reuters)"))
    }
}
