/// What tags, classes and ids say about a part of a web page.
enum PageVocabulary {
    /// Elements whose content is never text a reader sees as the article.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "input", "textarea",
        "canvas", "video", "audio", "object", "embed", "map", "head", "title", "meta", "link", "math", "label",
    ]

    /// Elements that hold site furniture rather than the story (captions: photo credits and repeats of the text).
    static let boilerplateTags: Set<String> = ["nav", "footer", "aside", "menu", "dialog", "figcaption"]

    /// Elements that start a new block of text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "figure",
        "figcaption", "address", "hr", "body", "html", "form", "fieldset", "center", "details", "summary", "caption",
        "menu", "dialog", "legend",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Words in a class or id that mark boilerplate whatever else the name says.
    private static let strongNegative = [
        "comment", "share", "sharing", "social", "related", "cookie", "consent", "gdpr", "subscribe", "subscription",
        "newsletter", "promo", "advert", "sponsor", "outbrain", "taboola", "recommend", "popular", "trending",
        "breadcrumb", "popup", "modal", "signup", "sign-up", "login", "paywall", "disqus", "most-read", "mostread",
        "read-more", "readmore", "more-stories", "further-reading", "also-read", "pagination", "jump-link", "skip-link",
    ]
    /// Words that mark boilerplate unless the name also says content ("article-footer" is not the site footer).
    private static let weakNegative = [
        "sidebar", "footer", "nav", "menu", "widget", "banner", "masthead", "byline", "author", "tags", "toolbar",
        "print", "rail", "teaser", "dateline", "timestamp", "caption", "credit", "disclaimer", "disclosure", "hidden", "meta",
    ]
    private static let positive = ["article", "content", "story", "body", "main", "post", "entry", "text", "blog"]
    /// Short words matched only as whole parts of a name ("ad" in "ad-slot", not in "header").
    private static let negativeTokens: Set<String> = ["ad", "ads", "adv", "share", "social", "related", "tags", "nav", "promo", "nl"]

    private static let unhintedTags: Set<String> = ["html", "body", "main", "form"]

    /// +1 for a content name, -1 for a boilerplate name, 0 otherwise.
    static func hint(_ node: MarkupNode) -> Int8 {
        // The page's outer containers carry site-wide class lists ("has-sidebar share-buttons-on"),
        // which say nothing about their content.
        if unhintedTags.contains(node.name) { return 0 }
        let role = node["role"]
        if role == "navigation" || role == "complementary" || role == "contentinfo" || role == "banner" || role == "dialog" { return -1 }
        if role == "main" || role == "article" { return 1 }
        var name: [UInt8] = []
        for value in [node["class"], node["id"]] {
            guard let value else { continue }
            name.append(32)
            for byte in value.utf8 { name.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        }
        if name.count <= 2 { return 0 }
        if strongNegativeBytes.contains(where: { contains(name, $0) }) { return -1 }
        let tokens = name.split { $0 == 32 || $0 == 45 || $0 == 95 || $0 == 9 || $0 == 10 }
        if tokens.contains(where: { negativeTokenBytes.contains(Array($0)) }) { return -1 }
        let isPositive = positiveBytes.contains { contains(name, $0) }
        // A long list of classes is a theme's settings, not a description of the element.
        if name.split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 10 }).count > 6 { return isPositive ? 1 : 0 }
        if weakNegativeBytes.contains(where: { contains(name, $0) }) { return isPositive ? 0 : -1 }
        return isPositive ? 1 : 0
    }

    private static let strongNegativeBytes = strongNegative.map { Array($0.utf8) }
    private static let weakNegativeBytes = weakNegative.map { Array($0.utf8) }
    private static let positiveBytes = positive.map { Array($0.utf8) }
    private static let negativeTokenBytes = Set(negativeTokens.map { Array($0.utf8) })

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.containsBytes(needle)
    }

    /// Hidden by the page itself (`hidden`, `aria-hidden`, `display:none`).
    static func isHidden(_ node: MarkupNode) -> Bool {
        if node.attributes.isEmpty { return false }
        if node["hidden"] != nil || node["aria-hidden"] == "true" { return true }
        guard let style = node["style"] else { return false }
        let compact = style.utf8.compactMap { $0 == 32 ? nil : ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) }
        return contains(compact, Array("display:none".utf8)) || contains(compact, Array("visibility:hidden".utf8))
    }
}
