/// "Pope John Paul II", "King Juan Carlos I", "Queen Elizabeth II": the ordinal of a monarch or pope is part
/// of the name, and tells John Paul I from John Paul II. The tagger often stops before it.
enum RegnalNumbers {
    /// Roman numerals that follow a reigning name. "I" only after a name title ("King Juan Carlos I"), where
    /// it cannot be the pronoun.
    static let numerals: Set<String> = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
    /// Every numeral a reigning name may end with, "I" included.
    static let allNumerals = numerals.union(["I"])

    /// A person mention followed by a Roman numeral that no other mention covers (or that the tagger made a
    /// name of its own) is extended over it. "V" and "X" (letters as often as numbers) and "I" (the pronoun)
    /// only when the mention or the word before it is a name title ("Pope", "King").
    static func extend(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let covered = MentionRepair.coveredTokens(mentions)
        // The tagger sometimes makes the numeral a name of its own ("II"), which would link to any other
        // numbered name as its surname.
        let loneNumerals = Set(mentions.filter { $0.tokenRange.count == 1 && allNumerals.contains(tokens[$0.tokenRange.lowerBound].text) }
            .map(\.tokenRange.lowerBound))
        var absorbed: Set<Int> = []
        var result: [EntityMention] = mentions.map { m in
            let end = m.tokenRange.upperBound
            let sentence = document.sentences[m.sentenceIndex].tokenRange
            guard m.kind == .person, end < sentence.upperBound, !covered.contains(end) || loneNumerals.contains(end) else { return m }
            let numeral = tokens[end].text
            let titled = Titles.nameTitleLength(m.tokenRange.prefix(2).map { tokens[$0].text }) > 0
                || m.tokenRange.lowerBound > sentence.lowerBound && Titles.nameTitles.contains(tokens[m.tokenRange.lowerBound - 1].text)
            guard numerals.contains(numeral) && (titled || !["V", "X"].contains(numeral)) || numeral == "I" && titled else { return m }
            absorbed.insert(end)
            return MentionRepair.make(document, m.tokenRange.lowerBound..<(end + 1), m.sentenceIndex, .person)
        }
        if !absorbed.isEmpty {
            result.removeAll { $0.tokenRange.count == 1 && absorbed.contains($0.tokenRange.lowerBound) }
        }
        return result
    }

    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a monarch's or pope's Roman numeral is part of the name", mustMatch: [
            PatternExample("Reagan will have an audience with Pope John Paul II on Saturday.", ["Person|Pope John Paul II"]),
            PatternExample("Queen Elizabeth met King Juan Carlos I in Madrid on Monday.", ["Person|King Juan Carlos I"]),
        ], mustNotMatch: [
            PatternExample("Asked about the plan, Prime Minister John Major said I think it will work.", ["Person|John Major I"]),
        ]),
    ]
}
