import Foundation

/// Reads news feeds: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1. Each item is an article:
/// its full content (`content:encoded`, Atom `content`, `content_html`) preferred over its summary,
/// HTML stripped to its text blocks; the link is the URL and, lacking a guid, the id.
public enum FeedReader {
    private static let contentModule = "http://purl.org/rss/1.0/modules/content/"

    /// One feed item, format-neutral.
    struct Item {
        var id: String?
        var url: String?
        var title: String?
        var date: String?
        var authors: [String] = []
        var html: String?
        var text: String?
    }

    static func readXML(_ bytes: [UInt8], path: String, onError: ((InputError) -> Void)?) throws -> [Article] {
        let location = SourceLocation(path: path)
        guard let document = LibXML.parseXML(bytes), let root = document.children.first(where: { !$0.isText }) else {
            throw InputError(location, "not a well-formed feed (XML)")
        }
        let items: [Item]
        var publisher: String?
        switch root.name {
        case "rss":
            let channel = root.child("channel")
            publisher = channel?.child("title").map(\.textContent).map(PageMetadata.clean)
            items = (channel?.children("item") ?? []).map(rssItem)
        case "rdf":
            publisher = root.child("channel")?.child("title").map(\.textContent).map(PageMetadata.clean)
            items = root.children("item").map(rssItem)
        case "feed":
            publisher = root.child("title").map(\.textContent).map(PageMetadata.clean)
            items = root.children("entry").map(atomEntry)
        default:
            throw InputError(location, "not a feed (root element <\(root.name)>, expected rss, rdf:RDF or feed)")
        }
        return try articles(items, publisher: publisher?.nilIfEmpty, path: path, onError: onError)
    }

    static func readJSONFeed(_ bytes: [UInt8], path: String, onError: ((InputError) -> Void)?) throws -> [Article] {
        let location = SourceLocation(path: path)
        guard String(validating: bytes, as: UTF8.self) != nil else { throw InputError(location, "invalid UTF-8") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let items = object["items"] as? [Any] else {
            throw InputError(location, "not a JSON Feed (no \"items\" list)")
        }
        let feedAuthors = PageMetadata.names(object["authors"] ?? object["author"])
        let converted: [Item] = items.map { value in
            let entry = value as? [String: Any] ?? [:]
            var item = Item()
            item.id = PageMetadata.string(entry["id"]) ?? (entry["id"] as? NSNumber)?.stringValue
            item.url = PageMetadata.string(entry["url"]) ?? PageMetadata.string(entry["external_url"])
            item.title = PageMetadata.string(entry["title"])
            item.date = PageMetadata.string(entry["date_published"]) ?? PageMetadata.string(entry["date_modified"])
            item.authors = PageMetadata.names(entry["authors"] ?? entry["author"])
            if item.authors.isEmpty { item.authors = feedAuthors }
            item.html = entry["content_html"] as? String
            item.text = entry["content_text"] as? String ?? entry["summary"] as? String
            return item
        }
        return try articles(converted, publisher: PageMetadata.string(object["title"]), path: path, onError: onError)
    }

    private static func rssItem(_ node: MarkupNode) -> Item {
        var item = Item()
        item.title = node.child("title").map(\.textContent).map(PageMetadata.clean)
        item.url = node.child("link").map(\.textContent).map(PageMetadata.clean) ?? node["about"]
        item.id = node.child("guid").map(\.textContent).map(PageMetadata.clean)
        item.date = (node.child("pubdate") ?? node.child("date") ?? node.child("published")).map(\.textContent).map(PageMetadata.clean)
        item.authors = (node.children("creator") + node.children("author")).map { PageMetadata.clean($0.textContent) }.filter { !$0.isEmpty }
        let encoded = node.children.first { $0.name == "encoded" && $0.namespace == contentModule }
        item.html = (encoded ?? node.child("description"))?.textContent
        return item
    }

    private static func atomEntry(_ node: MarkupNode) -> Item {
        var item = Item()
        item.title = node.child("title").map(\.textContent).map(PageMetadata.clean)
        let links = node.children("link")
        let link = links.first { ($0["rel"] ?? "alternate") == "alternate" } ?? links.first
        item.url = link?["href"]
        item.id = node.child("id").map(\.textContent).map(PageMetadata.clean)
        item.date = (node.child("published") ?? node.child("updated")).map(\.textContent).map(PageMetadata.clean)
        item.authors = node.children("author").compactMap { $0.child("name").map { PageMetadata.clean($0.textContent) } }
        if let content = node.child("content") ?? node.child("summary") {
            switch content["type"] ?? "text" {
            case "xhtml": item.text = TextBlocks(content, keepEverything: true).blocks.map(\.text).joined(separator: "\n\n")
            case "html": item.html = content.textContent
            default: item.text = content.textContent
            }
        }
        return item
    }

    private static func articles(_ items: [Item], publisher: String?, path: String, onError: ((InputError) -> Void)?) throws -> [Article] {
        let prefix = ArticleReader.defaultIDPrefix(path)
        var articles: [Article] = []
        for (index, item) in items.enumerated() {
            let location = SourceLocation(path: path, line: nil)
            let paragraphs = item.html.map(WebPageReader.fragmentParagraphs)
                ?? (item.text ?? "").components(separatedBy: "\n\n").map { PageMetadata.clean($0) }.filter { !$0.isEmpty }
            guard !paragraphs.isEmpty else {
                let error = InputError(location, "feed item \(index + 1) has no text")
                guard let onError else { throw error }
                onError(error)
                continue
            }
            var metadata = PageMetadata()
            metadata.headline = item.title?.nilIfEmpty
            metadata.datePublished = item.date.map(FeedDate.iso8601)
            metadata.authors = item.authors
            metadata.publisher = publisher
            let id = item.url?.nilIfEmpty ?? item.id?.nilIfEmpty ?? "\(prefix)-\(index + 1)"
            articles.append(WebPageReader.makeArticle(paragraphs: paragraphs, metadata: metadata, id: id, source: location,
                                                      url: item.url?.nilIfEmpty, fallbackDate: nil))
        }
        if articles.isEmpty, onError == nil { throw InputError(SourceLocation(path: path), "feed has no items") }
        return articles
    }
}

/// Feed dates to ISO 8601: RSS's RFC 822 dates ("Fri, 28 Jun 2019 09:30:00 +0900") become
/// `2019-06-28T09:30:00+09:00`; dates already in ISO 8601 (Atom, JSON Feed, dc:date) stay as given.
enum FeedDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func iso8601(_ text: String) -> String {
        let trimmed = PageMetadata.clean(text)
        if trimmed.count >= 10, ISODay(String(trimmed.prefix(10))) != nil { return trimmed }
        // "[Day,] DD Mon YYYY [HH:MM[:SS]] [zone]"
        var parts = trimmed.split(separator: " ").map(String.init)
        if let first = parts.first, first.hasSuffix(",") || first.count == 3 && Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 3, let day = Int(parts[0]), (1...31).contains(day),
              let month = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()),
              var year = Int(parts[2]) else { return trimmed }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        var result = String(format: "%04d-%02d-%02d", year, month + 1, day)
        guard parts.count >= 4 else { return result }
        let time = parts[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2 else { return result }
        result += String(format: "T%02d:%02d:%02d", time[0], time[1], time.count > 2 ? time[2] : 0)
        let zone = parts.count >= 5 ? parts[4] : "GMT"
        if zone == "GMT" || zone == "UT" || zone == "UTC" || zone == "Z" { return result + "Z" }
        if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", Int(zone.dropFirst()) != nil {
            return result + "\(sign)\(zone.dropFirst().prefix(2)):\(zone.suffix(2))"
        }
        return result
    }
}
