/// Separates what is not story text from an article body: the dateline, trailing credit lines and photo credits.
enum ArticleNormalizer {
    static func normalize(_ article: inout Article) {
        // A dateline field ("SALVADOR, Feb 26 -", "OSAKA (Reuters)").
        if let field = article.dateline, let parsed = DatelineParser.parse(field, standalone: true) {
            article.datelinePlace = parsed.place
            article.publisher = article.publisher ?? parsed.publisher
        }
        // A dateline opening the body.
        if let parsed = DatelineParser.parse(article.body) {
            article.datelinePlace = article.datelinePlace ?? parsed.place
            article.publisher = article.publisher ?? parsed.publisher
            if article.dateline == nil {
                article.dateline = String(decoding: Array(article.body.utf8.prefix(parsed.length)), as: UTF8.self).trimming(" -\n–—")
            }
            article.excludedRanges.append(0..<parsed.length)
        }
        stripTrailingCredits(&article)
        for credit in CreditLineParser.photoCredits(in: article.body) {
            article.excludedRanges.append(credit.range)
            if !article.photographers.contains(credit.name) { article.photographers.append(credit.name) }
        }
        article.excludedRanges.sort { $0.lowerBound < $1.lowerBound }
    }

    /// Removes credit lines at the end of the body and records the people they name.
    private static func stripTrailingCredits(_ article: inout Article) {
        var lines = article.body.split(separator: "\n", omittingEmptySubsequences: false)
        var changed = false
        while let last = lines.last {
            let trimmed = last.trimming(" \t")
            if trimmed.isEmpty { lines.removeLast(); continue }
            guard let credits = CreditLineParser.parseCreditLine(trimmed) else { break }
            article.authors = credits.authors + article.authors.filter { !credits.authors.contains($0) }
            article.editors = credits.editors + article.editors.filter { !credits.editors.contains($0) }
            article.photographers += credits.photographers
            lines.removeLast()
            changed = true
        }
        if changed { article.body = lines.joined(separator: "\n") }
    }
}
