/// Resolves date expressions in a sentence against the article date: "on Friday", "Saturday",
/// "March 8, 2018", "next month", "early next month", "yesterday".
public struct DateResolver: Sendable {
    static let monthNumbers: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
            table[String(name.prefix(3)) + "."] = i + 1
        }
        table["Sept"] = 9; table["Sept."] = 9
        return table
    }()

    /// Every word a date expression can turn on; other words are skipped with one lookup.
    static let keyWords: Set<String> = Set(monthNumbers.keys).union(Titles.weekdays)
        .union(["today", "Today", "yesterday", "Yesterday", "tomorrow", "Tomorrow", "month"])

    /// Whether `words[range]` holds any word a date could be read from.
    static func mayHoldDate(_ words: [String], in range: Range<Int>) -> Bool {
        words[range].contains(where: keyWords.contains)
    }

    public init() {}

    /// The first resolvable date in `words[range]`, as `yyyy-MM-dd` or `yyyy-MM`.
    /// `future` says which way a bare weekday points (a planned event: the next one; a past one: the last one).
    public func resolve(_ words: [String], in range: Range<Int>, articleDate: ISODay?, future: Bool) -> String? {
        var i = range.lowerBound
        while i < range.upperBound {
            let word = words[i]
            guard DateResolver.keyWords.contains(word) else { i += 1; continue }
            if let month = DateResolver.monthNumbers[word], word != "May" || (i + 1 < range.upperBound && Int(words[i + 1]) != nil) {
                // "March 8, 2018", "March 8", "March 2018", "in March"
                var day: Int? = nil
                var year: Int? = nil
                var j = i + 1
                if j < range.upperBound, let d = Int(words[j]), (1...31).contains(d) { day = d; j += 1 }
                if j < range.upperBound, words[j] == "," { j += 1 }
                if j < range.upperBound, let y = Int(words[j]), (1800...2200).contains(y) { year = y }
                let resolvedYear = year ?? articleDate.map { inferYear(month: month, article: $0, future: future) }
                if let y = resolvedYear {
                    if let d = day, let iso = ISODay(year: y, month: month, day: d) { return iso.description }
                    if i > range.lowerBound, ["in", "from", "until", "by", "since", "during"].contains(words[i - 1]) || year != nil {
                        return String(format4(y)) + "-" + pad2(month)
                    }
                }
            }
            if let weekday = Titles.weekdays.firstIndex(of: word), let article = articleDate {
                let delta = (weekday - article.weekday + 7) % 7
                if future { return article.adding(days: delta).description }
                return article.adding(days: delta == 0 ? 0 : delta - 7).description
            }
            if let article = articleDate {
                switch word {
                case "today", "Today": return article.description
                case "yesterday", "Yesterday": return article.adding(days: -1).description
                case "tomorrow", "Tomorrow": return article.adding(days: 1).description
                case "month" where i > range.lowerBound && ["next", "last"].contains(words[i - 1]):
                    let offset = words[i - 1] == "next" ? 1 : -1
                    var month = article.month + offset, year = article.year
                    if month == 13 { month = 1; year += 1 }
                    if month == 0 { month = 12; year -= 1 }
                    return format4(year) + "-" + pad2(month)
                default: break
                }
            }
            i += 1
        }
        return nil
    }

    private func inferYear(month: Int, article: ISODay, future: Bool) -> Int {
        if future && month < article.month - 1 { return article.year + 1 }
        if !future && month > article.month + 1 { return article.year - 1 }
        return article.year
    }

    private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}
