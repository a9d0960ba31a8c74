import Foundation
import Testing
@testable import NewsGraph

@Suite struct FeedReaderTests {
    static let first = "The mayor of Springfield met the governor on Monday to discuss funding for the new bridge across the river."
    static let second = "Officials said construction could begin next spring if the state legislature approves the plan."

    func read(_ text: String, name: String) throws -> [Article] {
        try ArticleReader.read(path: WebFixtures.write(Array(text.utf8), name: name))
    }

    @Test func rss2PrefersContentEncoded() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Springfield Herald</title><link>https://herald.example.com</link>
            <item><title>Mayor meets governor</title><link>https://herald.example.com/bridge</link>
            <guid>bridge-1</guid><pubDate>Mon, 03 Jun 2019 14:30:00 +0200</pubDate><dc:creator>Lisa Park</dc:creator>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>\(Self.first)</p><div class="x"><p>\(Self.second)</p></div><script>bad()</script>]]></content:encoded></item>
            <item><title>Second item</title><link>https://herald.example.com/two</link>
            <description>&lt;p&gt;\(Self.second)&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let articles = try read(rss, name: "herald.xml")
        #expect(articles.count == 2)
        let article = try #require(articles.first)
        #expect(article.id == "https://herald.example.com/bridge")
        #expect(article.url == "https://herald.example.com/bridge")
        #expect(article.title == "Mayor meets governor")
        #expect(article.date == "2019-06-03T14:30:00+02:00")
        #expect(article.authors == ["Lisa Park"])
        #expect(article.publisher == "Springfield Herald")
        #expect(article.body == Self.first + "\n\n" + Self.second)
        #expect(articles[1].body == Self.second)
    }

    @Test func rss1RDF() throws {
        let rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://herald.example.com/"><title>Herald</title></channel>
            <item rdf:about="https://herald.example.com/bridge"><title>Mayor meets governor</title>
            <link>https://herald.example.com/bridge</link><dc:date>2019-06-03</dc:date><dc:creator>Lisa Park</dc:creator>
            <description>\(Self.first)</description></item>
            </rdf:RDF>
            """
        let article = try #require(try read(rdf, name: "herald.rdf").first)
        #expect(article.title == "Mayor meets governor")
        #expect(article.date == "2019-06-03")
        #expect(article.authors == ["Lisa Park"])
        #expect(article.body == Self.first)
    }

    @Test func atomWithHTMLAndXHTMLContent() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>
            <entry><title>Mayor meets governor</title><link rel="alternate" href="https://herald.example.com/bridge"/>
            <link rel="edit" href="https://herald.example.com/edit/1"/><id>tag:herald,2019:1</id>
            <published>2019-06-03T12:30:00Z</published><updated>2019-06-04T00:00:00Z</updated>
            <author><name>Lisa Park</name></author><summary>Summary only.</summary>
            <content type="html">&lt;p&gt;\(Self.first)&lt;/p&gt;</content></entry>
            <entry><title>Second</title><id>tag:herald,2019:2</id><updated>2019-06-05T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>\(Self.first)</p><p>\(Self.second)</p></div></content></entry>
            </feed>
            """
        let articles = try read(atom, name: "herald.atom")
        #expect(articles.count == 2)
        #expect(articles[0].url == "https://herald.example.com/bridge")
        #expect(articles[0].date == "2019-06-03T12:30:00Z")
        #expect(articles[0].authors == ["Lisa Park"])
        #expect(articles[0].body == Self.first)
        #expect(articles[1].id == "tag:herald,2019:2")
        #expect(articles[1].body == Self.first + "\n\n" + Self.second)
    }

    @Test func jsonFeed() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Herald", "authors": [{"name": "Desk"}],
             "items": [{"id": "1", "url": "https://herald.example.com/bridge", "title": "Mayor meets governor",
                        "content_html": "<p>\(Self.first)</p>", "summary": "Short.", "date_published": "2019-06-03T12:30:00Z",
                        "authors": [{"name": "Lisa Park"}]},
                       {"id": "2", "content_text": "\(Self.second)"}]}
            """
        let articles = try read(json, name: "feed.json")
        #expect(articles.count == 2)
        #expect(articles[0].title == "Mayor meets governor")
        #expect(articles[0].authors == ["Lisa Park"])
        #expect(articles[0].date == "2019-06-03T12:30:00Z")
        #expect(articles[0].body == Self.first)
        #expect(articles[1].id == "2")
        #expect(articles[1].authors == ["Desk"])
        #expect(articles[1].body == Self.second)
    }

    @Test func malformedFeeds() throws {
        let cases: [(String, String, String)] = [
            ("<?xml version=\"1.0\"?><catalog><book>x</book></catalog>", "a.xml", "not a feed"),
            ("<rss version=\"2.0\"><channel><item><title>Broken", "e.rss", "has no text"),
            ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"x\"}", "b.json", "no \"items\""),
            ("<rss version=\"2.0\"><channel><title>x</title></channel></rss>", "c.rss", "feed has no items"),
            ("<rss version=\"2.0\"><channel><item><title>Only a title</title></item></channel></rss>", "d.rss", "has no text"),
        ]
        for (text, name, message) in cases {
            let path = try WebFixtures.write(Array(text.utf8), name: name)
            #expect {
                try ArticleReader.read(path: path)
            } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.location.path == path && error.message.contains(message)
            }
        }
    }

    @Test func rfc822Dates() {
        #expect(FeedDate.iso8601("Fri, 28 Jun 2019 09:30:00 GMT") == "2019-06-28T09:30:00Z")
        #expect(FeedDate.iso8601("28 Jun 19 09:30 -0500") == "2019-06-28T09:30:00-05:00")
        #expect(FeedDate.iso8601("2019-06-28T09:30:00+09:00") == "2019-06-28T09:30:00+09:00")
        #expect(FeedDate.iso8601("sometime") == "sometime")
    }
}
