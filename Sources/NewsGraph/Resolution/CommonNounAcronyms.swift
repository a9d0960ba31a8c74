/// Acronyms of common nouns that the tagger takes for bodies or places: "certificates of deposit (CD)",
/// "polychlorinated biphenyls PCBs", "told MSPs". The article itself says what they are: an acronym spelled
/// out in lower-case words abbreviates a thing, not a name, and an acronym written as a plural ("CDs",
/// "MSPs") counts things. Either way every mention of that acronym in the article is dropped.
enum CommonNounAcronyms {
    /// Words left out of an acronym's letters ("certificate of deposit" → CD).
    static let skippedWords: Set<String> = ["of", "and", "the", "for", "in", "on", "to", "a", "an", "&"]

    static func drop(_ mentions: inout [EntityMention], _ document: Document) {
        guard !mentions.isEmpty else { return }
        let tokens = document.tokens
        var common: Set<String> = []
        for (i, token) in tokens.enumerated() {
            let text = token.text
            // Plurals: two to six capitals and a lower-case "s".
            if text.utf8.count >= 3, text.utf8.last == UInt8(ascii: "s"), isAcronym(text.dropLast()) {
                common.insert(String(text.dropLast()))
            } else if i >= 2, tokens[i - 1].text == "(", i + 1 < tokens.count, tokens[i + 1].text == ")", isAcronym(Substring(text)),
                      spelledInLowercase(text, before: i - 1, tokens) {
                common.insert(text)
            }
        }
        guard !common.isEmpty else { return }
        mentions.removeAll { mention in
            guard mention.tokenRange.count == 1 else { return false }
            let text = tokens[mention.tokenRange.lowerBound].text
            // "CMOS" in a line in capitals is the plural of "CMO" too.
            return common.contains(text) || (text.hasSuffix("s") || text.hasSuffix("S")) && common.contains(String(text.dropLast()))
        }
    }

    static func isAcronym(_ text: Substring) -> Bool {
        (2...6).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Whether the lower-case words just before `end` start with the acronym's letters, in order ("certificate
    /// of deposits" for CD), function words aside.
    static func spelledInLowercase(_ acronym: String, before end: Int, _ tokens: [Token]) -> Bool {
        var letters = Array(acronym.lowercased())
        var i = end - 1
        while let letter = letters.last, i >= 0 {
            let word = tokens[i].text
            if skippedWords.contains(word) { i -= 1; continue }
            // "long-term state bonds": each part of a hyphenated word may give a letter.
            let parts = word.split(separator: "-")
            guard let first = word.first, first.isLowercase, parts.allSatisfy({ $0.first?.isLetter == true }) else { return false }
            for part in parts.reversed() where letters.last == part.first { letters.removeLast() }
            guard letters.last != letter else { return false }
            i -= 1
        }
        return letters.isEmpty
    }

    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "an acronym spelled out in lower-case words, or written as a plural, names a thing", mustMatch: [
            PatternExample("Money supply of M-2 plus certificates of deposit (CD) rose 9 pct, the Bank of Japan said.", ["Organization|Bank of Japan"]),
            PatternExample("The first minister told MSPs at Holyrood that three Scots had died.", ["Place|Holyrood"]),
            PatternExample("The International Energy Agency (IEA) said stocks fell, and the IEA expects more.", ["Organization|International Energy Agency"]),
        ], mustNotMatch: [
            PatternExample("Money supply of M-2 plus certificates of deposit (CD) rose 9 pct, the Bank of Japan said.", ["Organization|CD"]),
            PatternExample("Texas Eastern found PCB contamination and will remove the PCBs from its pipeline.", ["Organization|PCB"]),
            PatternExample("The first minister told MSPs at Holyrood that three Scots had died.", ["Place|MSPs", "Organization|MSPs"]),
        ]),
    ]
}
