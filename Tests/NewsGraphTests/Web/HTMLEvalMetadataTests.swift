import Foundation
import Testing
import TestSupport
@testable import NewsGraph

enum HTMLEvalPages {
    static let folder: URL? = TestPaths.shared.map { $0.appendingPathComponent("data/html-eval/pages") }
        .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
}

/// On every html-eval page (../shared/data/html-eval) that declares its headline or date in
/// schema.org JSON-LD or OpenGraph, the reader takes what the page declares. The declared values
/// are found here independently, from the page source.
@Suite(.enabled(if: HTMLEvalPages.folder != nil, "../shared/data/html-eval is absent"))
struct HTMLEvalMetadataTests {

    static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                                            "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "LiveBlogPosting", "ScholarlyArticle"]

    /// The first article object of the page's JSON-LD scripts.
    static func jsonLDArticle(_ source: String) -> [String: Any]? {
        let scripts = try! NSRegularExpression(pattern: "<script[^>]*application/ld\\+json[^>]*>(.*?)</script>", options: [.caseInsensitive, .dotMatchesLineSeparators])
        for match in scripts.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            let text = String(source[Range(match.range(at: 1), in: source)!])
            let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 32 ? " " : $0 }))
            guard let value = try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed]) else { continue }
            if let found = findArticle(value, depth: 0) { return found }
        }
        return nil
    }

    static func findArticle(_ value: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let list = value as? [Any] { return list.lazy.compactMap { findArticle($0, depth: depth + 1) }.first }
        guard let object = value as? [String: Any] else { return nil }
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        if types.contains(where: articleTypes.contains) { return object }
        for key in ["@graph", "mainEntity"] {
            if let nested = object[key], let found = findArticle(nested, depth: depth + 1) { return found }
        }
        return nil
    }

    /// The content of `<meta property="NAME" content="…">`, attributes in either order.
    static func meta(_ source: String, _ property: String) -> String? {
        let tags = try! NSRegularExpression(pattern: "<meta\\s[^>]*>", options: [.caseInsensitive])
        for match in tags.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            let tag = String(source[Range(match.range, in: source)!])
            guard tag.range(of: "property=[\"']\(property)[\"']", options: [.regularExpression, .caseInsensitive]) != nil,
                  let content = tag.range(of: "content=\"[^\"]*\"|content='[^']*'", options: .regularExpression) else { continue }
            return decodeEntities(String(tag[content].dropFirst(9).dropLast()))
        }
        return nil
    }

    static func decodeEntities(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#039;", "'"), ("&#x27;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"),
                                    ("&#8217;", "’"), ("&#8216;", "‘"), ("&#8220;", "“"), ("&#8221;", "”"), ("&#8211;", "–"), ("&#8212;", "—"),
                                    ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&ndash;", "–"), ("&mdash;", "—"),
                                    ("&nbsp;", "\u{A0}"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    static func collapse(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func headlineAndDateAreWhatThePageDeclares() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: HTMLEvalPages.folder!.path).filter { $0.hasSuffix(".html") }.sorted()
        var checkedHeadlines = 0, checkedDates = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: HTMLEvalPages.folder!.appendingPathComponent(file)))
            guard let source = String(validating: bytes, as: UTF8.self) else { continue }
            let article = Self.jsonLDArticle(source)
            var headline: String?
            var date: String?
            if let article {
                headline = article["headline"] as? String
                date = article["datePublished"] as? String
            } else {
                headline = Self.meta(source, "og:title")
                date = Self.meta(source, "article:published_time")
            }
            // Values with entities this test does not decode are left out rather than guessed.
            headline = headline.map(Self.collapse).flatMap { $0.isEmpty || $0.contains("&") && $0.contains(";") ? nil : $0 }
            date = date.map(Self.collapse).flatMap { $0.isEmpty ? nil : $0 }
            guard headline != nil || date != nil else { continue }
            let metadata = PageMetadata(page: try #require(WebPageReader.parse(bytes)))
            if let headline {
                #expect(metadata.headline == headline, "\(file)")
                checkedHeadlines += 1
            }
            if let date {
                #expect(metadata.datePublished == date, "\(file)")
                checkedDates += 1
            }
        }
        #expect(checkedHeadlines >= 40)
        #expect(checkedDates >= 30)
    }
}
