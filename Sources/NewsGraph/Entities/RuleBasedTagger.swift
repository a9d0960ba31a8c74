/// A gazetteer-and-rules tagger: countries and demonyms, capitalized sequences after titles,
/// organization suffixes. It needs no model and serves as a fallback when none is available.
public struct RuleBasedTagger: EntityTagger {
    static let organizationSuffixes: Set<String> = [
        "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Co", "Co.", "Plc", "plc", "Group", "Bank", "Party",
        "Ministry", "Council", "Commission", "Association", "Agency", "Fund", "Union", "Organization",
        "Organisation", "Institute", "University", "Reuters", "Airlines", "Motors", "Holdings", "Exchange",
        "Department", "Board", "Committee", "Federation", "Company", "Securities", "Reserve", "Parliament",
    ]

    public init() {}

    public func label(sentences: [[String]]) -> [[TokenLabel]] {
        var knownPeople: Set<String> = []
        return sentences.map { label(sentence: $0, knownPeople: &knownPeople) }
    }

    private func isCapitalized(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.isUppercaseLetter
    }

    private func label(sentence words: [String], knownPeople: inout Set<String>) -> [TokenLabel] {
        var labels = [TokenLabel](repeating: .outside, count: words.count)
        let countries = CountryTable.shared
        var i = 0
        while i < words.count {
            // Longest country name or alias starting here (up to four words).
            var matched = 0
            for length in stride(from: min(4, words.count - i), through: 1, by: -1) {
                let phrase = words[i..<(i + length)].joined(separator: " ")
                if countries.lookup(phrase) != nil { matched = length; labels[i] = .begin(.location); break }
                if countries.lookupDemonym(phrase) != nil { matched = length; labels[i] = .begin(.misc); break }
            }
            if matched > 0 {
                for j in (i + 1)..<(i + matched) { labels[j] = .inside(labels[i].kind!) }
                i += matched
                continue
            }
            guard isCapitalized(words[i]), !Titles.isTitleWord(words[i]), !Titles.months.contains(words[i]),
                  !Titles.weekdays.contains(words[i]) else { i += 1; continue }
            var end = i + 1
            while end < words.count, isCapitalized(words[end]) || (["of", "de", "von", "van"].contains(words[end]) && end + 1 < words.count && isCapitalized(words[end + 1])) {
                if countries.lookup(words[end]) != nil && !RuleBasedTagger.organizationSuffixes.contains(words[end - 1]) { break }
                end += 1
            }
            let phrase = words[i..<end]
            let sentenceStart = i == 0 || ["\"", "“", "(", "-"].contains(words[i - 1])
            let afterTitle = i > 0 && (Titles.isTitleWord(words[i - 1]) || words[i - 1].hasSuffix("."))
            let kind: EntityKind?
            if let last = phrase.last, RuleBasedTagger.organizationSuffixes.contains(last) {
                kind = .organization
            } else if afterTitle || knownPeople.contains(phrase.joined(separator: " ")) || (phrase.count >= 2 && phrase.count <= 3) {
                kind = .person
            } else if sentenceStart {
                kind = nil
            } else {
                kind = phrase.count == 1 && knownPeople.contains(phrase[phrase.startIndex]) ? .person : nil
            }
            if let kind {
                labels[i] = .begin(kind)
                for j in (i + 1)..<end { labels[j] = .inside(kind) }
                if kind == .person {
                    knownPeople.insert(phrase.joined(separator: " "))
                    if let last = phrase.last { knownPeople.insert(last) }
                }
            }
            i = end
        }
        return labels
    }
}
