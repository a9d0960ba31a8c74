/// Writes articles as the JSON Lines `build` reads back: `id`, `url`, `title`, `date`, `author`,
/// `publisher`, `body`, in that order, absent keys left out.
public enum ArticleJSONLinesWriter {
    public static func line(_ article: Article) -> [UInt8] {
        var out = ByteBuffer(capacity: article.body.utf8.count + 256)
        out.append("{\"id\":")
        out.appendJSONString(article.id)
        for (key, value) in [("url", article.url), ("title", article.title), ("date", article.date)] {
            guard let value else { continue }
            out.append(",\"\(key)\":")
            out.appendJSONString(value)
        }
        if !article.authors.isEmpty {
            out.append(",\"author\":[")
            for (index, name) in article.authors.enumerated() {
                if index > 0 { out.append(44) }
                out.appendJSONString(name)
            }
            out.append(93)
        }
        if let publisher = article.publisher {
            out.append(",\"publisher\":")
            out.appendJSONString(publisher)
        }
        out.append(",\"body\":")
        out.appendJSONString(article.body)
        out.append("}\n")
        return out.bytes
    }
}
