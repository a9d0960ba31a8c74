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
    /// Only the last lines are looked at, so long bodies cost nothing extra.
    private static func stripTrailingCredits(_ article: inout Article) {
        var body = Substring(article.body)
        var changed = false
        while true {
            let trimmedEnd = body.lastIndex { !$0.isWhitespace }.map { body.index(after: $0) } ?? body.startIndex
            let content = body[..<trimmedEnd]
            guard !content.isEmpty else { break }
            let lineStart = content.lastIndex(of: "\n").map { content.index(after: $0) } ?? content.startIndex
            let line = content[lineStart...].trimming(" \t")
            // Credit lines are short; "by" must be there.
            guard line.count < 300, line.contains(" by "), let credits = CreditLineParser.parseCreditLine(line) else { break }
            article.authors = credits.authors + article.authors.filter { !credits.authors.contains($0) }
            article.editors = credits.editors + article.editors.filter { !credits.editors.contains($0) }
            article.photographers += credits.photographers
            body = content[..<lineStart]
            changed = true
        }
        if changed {
            // Drop the blank lines the credits leave behind.
            let end = body.lastIndex { !$0.isWhitespace }.map { body.index(after: $0) } ?? body.startIndex
            article.body = String(body[..<end])
        }
    }
}
