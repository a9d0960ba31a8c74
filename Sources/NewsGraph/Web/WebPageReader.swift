import Foundation

/// Reads a saved web page (HTML, any charset) into an article: the main text as body, the page's
/// own metadata as title, date, authors, publisher and URL.
public enum WebPageReader {
    /// The largest page accepted (64 MiB of markup; pages with inline images run to a few MiB).
    public static let maxPageBytes = 64 << 20

    /// Reads one page. `url` and `fallbackDate` come from where the page was found (a WARC record);
    /// what the page declares wins over them except for the URL a crawler actually fetched.
    public static func read(_ bytes: [UInt8], id: String, source: SourceLocation, url: String? = nil,
                            fallbackDate: String? = nil) throws -> Article {
        if bytes.count > maxPageBytes {
            throw InputError(source, "page too large (\(bytes.count >> 20) MiB; the limit is \(maxPageBytes >> 20) MiB)")
        }
        guard let root = parse(bytes) else { throw InputError(source, "not an HTML page") }
        let metadata = PageMetadata(page: root)
        guard var paragraphs = MainTextExtractor.paragraphs(of: TextBlocks(root)) else {
            throw InputError(source, "no article text found")
        }
        // The headline usually opens the article container too; it is the title, not body text.
        if let headline = metadata.headline, let first = paragraphs.first, paragraphs.count > 1, first.count >= 10,
           first == headline || headline.hasPrefix(first) {
            paragraphs.removeFirst()
        }
        return makeArticle(paragraphs: paragraphs, metadata: metadata, id: id, source: source, url: url, fallbackDate: fallbackDate)
    }

    /// The text of an HTML fragment (a feed item's content): every visible block, no boilerplate removal.
    static func fragmentParagraphs(_ html: String) -> [String] {
        guard let root = LibXML.parseHTML(Array(html.utf8)) else { return [] }
        return TextBlocks(root, keepEverything: true).blocks.map(\.text)
    }

    static func parse(_ bytes: [UInt8]) -> MarkupNode? {
        switch PageDecoder.decode(bytes) {
        case .utf8(let utf8): return LibXML.parseHTML(utf8)
        case .declared(let raw, _): return LibXML.parseHTML(raw, charset: nil)
        }
    }

    static func makeArticle(paragraphs: [String], metadata: PageMetadata, id: String, source: SourceLocation, url: String?,
                            fallbackDate: String?) -> Article {
        var body = paragraphs.joined(separator: "\n\n")
        // Composed characters (NFC), as readers and search expect: pages mix "é" with "e" + accent.
        if body.utf8.contains(where: { $0 >= 0xCC }) { body = body.precomposedStringWithCanonicalMapping }
        var article = Article(id: id, title: metadata.headline, date: metadata.datePublished ?? fallbackDate,
                              body: body, source: source)
        article.url = url ?? metadata.url
        article.authors = metadata.authors
        article.publisher = metadata.publisher
        ArticleNormalizer.normalize(&article)
        return article
    }
}
