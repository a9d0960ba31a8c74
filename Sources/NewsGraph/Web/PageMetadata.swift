import Foundation

/// What a page declares about its article: schema.org JSON-LD first, then OpenGraph and `article:`
/// meta tags, then `<title>`, `<time datetime>` and `meta name=author|date|dc.*`.
struct PageMetadata: Equatable {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var language: String?

    /// schema.org types that are news or articles.
    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "LiveBlogPosting", "ScholarlyArticle",
    ]

    init() {}

    init(page root: MarkupNode) {
        let html = root.child("html") ?? root
        var scripts: [MarkupNode] = []
        var metas: [MarkupNode] = []
        var times: [MarkupNode] = []
        var title: String?
        var stack: [MarkupNode] = [html]
        while let node = stack.popLast() {
            switch node.name {
            case "script" where node["type"].map({ Array($0.utf8).asciiLowercased.containsBytes(Array("ld+json".utf8)) }) == true:
                scripts.append(node)
            case "meta": metas.append(node)
            case "time" where node["datetime"] != nil: times.append(node)
            case "title" where title == nil: title = node.textContent
            default: break
            }
            for child in node.children.reversed() where !child.isText { stack.append(child) }
        }
        for script in scripts { fill(fromJSONLD: script.textContent) }
        var meta: [String: [String]] = [:]
        for node in metas {
            guard let key = (node["property"] ?? node["name"] ?? node["itemprop"])?.lowercased(),
                  let content = node["content"].map(PageMetadata.clean), !content.isEmpty else { continue }
            meta[key, default: []].append(content)
        }
        func first(_ keys: String...) -> String? { keys.lazy.compactMap { meta[$0]?.first }.first }
        headline = headline ?? first("og:title", "twitter:title", "dc.title")
        datePublished = datePublished ?? first("article:published_time", "og:article:published_time", "datepublished",
                                               "date", "dc.date", "dc.date.issued", "pubdate", "publishdate", "sailthru.date",
                                               "parsely-pub-date")
        if authors.isEmpty {
            // article:author is often a profile URL; a name is what we want.
            let named = (meta["article:author"] ?? []).filter { !$0.hasPrefix("http") }
            authors = named.isEmpty ? (meta["author"] ?? meta["dc.creator"] ?? meta["byl"] ?? []) : named
            authors = authors.map { $0.hasPrefix("By ") ? String($0.dropFirst(3)) : $0 }
        }
        publisher = publisher ?? first("og:site_name", "dc.publisher", "application-name")
        url = url ?? first("og:url")
        language = language ?? first("og:locale", "dc.language") ?? html["lang"]
        if headline == nil, let title { headline = PageMetadata.clean(title).nilIfEmpty }
        if datePublished == nil { datePublished = times.first?["datetime"].map(PageMetadata.clean)?.nilIfEmpty }
    }

    /// Takes the first schema.org article in one JSON-LD script (top level, a list, or `@graph`).
    private mutating func fill(fromJSONLD text: String) {
        guard headline == nil || datePublished == nil else { return }
        guard let object = PageMetadata.parseJSON(text) else { return }
        guard let article = PageMetadata.findArticle(in: object, depth: 0) else { return }
        if headline == nil { headline = PageMetadata.string(article["headline"]) ?? PageMetadata.string(article["name"]) }
        if datePublished == nil {
            datePublished = PageMetadata.string(article["datePublished"]) ?? PageMetadata.string(article["dateCreated"])
        }
        if authors.isEmpty { authors = PageMetadata.names(article["author"]) }
        if publisher == nil { publisher = PageMetadata.names(article["publisher"]).first }
        if url == nil {
            url = PageMetadata.string(article["url"])
                ?? (article["mainEntityOfPage"] as? [String: Any]).flatMap { PageMetadata.string($0["@id"]) }
                ?? PageMetadata.string(article["mainEntityOfPage"])
        }
        if language == nil { language = PageMetadata.string(article["inLanguage"]) }
    }

    static func parseJSON(_ text: String) -> Any? {
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) { return object }
        // Pages often put raw line breaks and tabs inside JSON strings; as spaces they parse.
        let repaired = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 32 ? " " : $0 }))
        return try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
    }

    static func findArticle(in value: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let list = value as? [Any] {
            for item in list { if let found = findArticle(in: item, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: articleTypes.contains) { return object }
        for key in ["@graph", "mainEntity"] {
            if let nested = object[key], let found = findArticle(in: nested, depth: depth + 1) { return found }
        }
        return nil
    }

    /// Names of Person/Organization values: a string, an object with `name`, or a list of them.
    static func names(_ value: Any?) -> [String] {
        switch value {
        case let text as String: return [clean(text)].filter { !$0.isEmpty && !$0.hasPrefix("http") }
        case let object as [String: Any]: return string(object["name"]).map { [$0] } ?? []
        case let list as [Any]: return list.flatMap { names($0) }
        default: return []
        }
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return clean(text).nilIfEmpty
        case let list as [Any]: return list.lazy.compactMap { string($0) }.first
        default: return nil
        }
    }

    /// Collapses white space; metadata values are one line.
    static func clean(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 {
                space = !bytes.isEmpty
                continue
            }
            if space { bytes.append(32) }
            space = false
            bytes.append(byte)
        }
        let collapsed = String(decoding: bytes, as: UTF8.self)
        // Other white space (no-break, ideographic spaces) is rare; then the full Unicode rule.
        if collapsed.utf8.contains(where: { $0 >= 0xC2 }), collapsed.contains(where: { $0.isWhitespace }) {
            return collapsed.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return collapsed
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
