/// "Sears, Roebuck and Co", "Goldman, Sachs and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc": firms named
/// after their partners, a list of surnames with a comma, closed by "and" and a legal form. The tagger cuts
/// them at the commas, leaving "Sears" and "Roebuck and Co" (or "Pierce" and "Fenner" as people).
enum PartnershipNames {
    /// A mention ending with a legal form, whose name is "W and Co" after a comma, or that follows "W and"
    /// after a comma, is joined with the list of partners' names before it. Every member is one or two name
    /// words the tagger tagged, no country or title, and without a legal form of its own (so "Sony Corp,
    /// Hitachi and Toshiba Corp" stay three companies).
    static func join(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result = mentions
        let starts = Dictionary(mentions.map { ($0.tokenRange.lowerBound, $0.tokenRange) }, uniquingKeysWith: { a, _ in a })
        let ends = Dictionary(mentions.map { ($0.tokenRange.upperBound - 1, $0.tokenRange) }, uniquingKeysWith: { a, _ in a })
        func plainMember(_ range: Range<Int>) -> Bool {
            let words = tokens[range].map(\.text)
            return words.count <= 2 && words.allSatisfy { NameFormation.isNameWord($0) && !Titles.isTitleWord($0) && !NameFormation.legalForms.contains($0) }
                && CountryTable.shared.lookupAny(words.joined(separator: " ")) == nil && !NameFormation.isKnownPlace(words.joined(separator: " "))
        }
        for mention in mentions {
            let range = mention.tokenRange
            let words = tokens[range].map(\.text)
            guard let last = words.last, NameFormation.legalForms.contains(last) || last == "Company" else { continue }
            let sentence = document.sentences[mention.sentenceIndex].tokenRange
            // The member before the conjunction and where the list goes on leftwards: inside the mention
            // ("Roebuck and Co") or before it ("Fenner" "and" "Smith Inc").
            var k: Int
            if words.count >= 3, ["and", "&"].contains(words[1]), NameFormation.isNameWord(words[0]) {
                k = range.lowerBound - 1
            } else if range.lowerBound - 2 >= sentence.lowerBound, ["and", "&"].contains(tokens[range.lowerBound - 1].text),
                      let member = ends[range.lowerBound - 2], plainMember(member), member.count == 1 {
                k = member.lowerBound - 1
            } else { continue }
            var start: Int? = nil
            while k - 1 >= sentence.lowerBound, tokens[k].text == ",", let member = ends[k - 1], plainMember(member) {
                start = member.lowerBound
                k = member.lowerBound - 1
            }
            guard let start else { continue }
            // A list that only begins here: "Shearson, Kidder, Peabody and Co" would take in "Shearson" too,
            // so a name word just before the first member (not a mention) ends the match.
            if start - 1 >= sentence.lowerBound, NameFormation.isNameWord(tokens[start - 1].text), starts[start] == nil { continue }
            NameFormation.replace(&result, start..<range.upperBound, .organization, document)
        }
        return result
    }

    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a firm named after its partners is one organization", mustMatch: [
            PatternExample("Sears, Roebuck and Co said it will sell its insurance unit.", ["Organization|Sears, Roebuck and Co"]),
            PatternExample("The shares were placed by Kidder, Peabody and Co on Monday.", ["Organization|Kidder, Peabody and Co"]),
            PatternExample("Analysts at Merrill Lynch, Pierce, Fenner and Smith Inc agreed.", ["Organization|Merrill Lynch, Pierce, Fenner and Smith Inc"]),
        ], mustNotMatch: [
            PatternExample("Shares of Sony Corp, Hitachi Ltd and Toshiba Corp fell.", ["Organization|Hitachi Ltd and Toshiba Corp"]),
            PatternExample("Exports to Britain, France and Italy rose, said Fiat and Co.", ["Organization|Britain, France and Italy"]),
        ]),
    ]
}
