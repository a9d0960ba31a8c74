/// Reuters writes a company it has no ticker for between angle brackets: "<IML Air Services Group Ltd>",
/// "<New Town (N.T.) Properties Ltd>", "<Australian Consolidated Minerals Ltd>". The brackets say where the
/// name starts and ends, which the tagger cannot know: it strips a leading country adjective, cuts at the
/// parenthesis, or leaves out a first word it does not know. Each bracketed name becomes one organization.
enum BracketedCompanyNames {
    /// The longest bracketed name taken (in tokens); a longer run is not a name.
    static let longestName = 14

    static func join(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result = mentions
        for sentence in document.sentences {
            let range = sentence.tokenRange
            var i = range.lowerBound
            while i < range.upperBound {
                defer { i += 1 }
                guard tokens[i].text == "<", i + 1 < range.upperBound, startsWithCapital(tokens[i + 1].text) else { continue }
                var close = i + 1
                while close < range.upperBound, close - i <= longestName, tokens[close].text != ">", tokens[close].text != "<" { close += 1 }
                guard close < range.upperBound, tokens[close].text == ">" else { continue }
                var end = close
                // "<Northern Telecom Ltd's>": the possessive is not part of the name.
                if end - 1 > i + 1, ["'s", "’s"].contains(tokens[end - 1].text) { end -= 1 }
                // "<Nova, An Alberta Corp>": the description after a comma is not part of the name, nor a name itself.
                if let comma = ((i + 2)..<end).first(where: { tokens[$0].text == "," && ["An", "A", "an", "a"].contains(tokens[$0 + 1].text) }) {
                    result.removeAll { $0.tokenRange.overlaps(comma..<close) }
                    end = comma
                }
                let name = (i + 1)..<end
                // "<FRMS ST>", "<Neoy.He>": a ticker with its exchange, not a name.
                if isTicker(tokens[name].map(\.text)) {
                    result.removeAll { $0.tokenRange.overlaps(name) }
                    i = close
                    continue
                }
                // A bracketed country or place alone is not a company.
                let text = document.substring(tokens[name.lowerBound].start, tokens[name.upperBound - 1].end)
                if CountryTable.shared.lookupAny(text) != nil || NameFormation.isKnownPlace(text) { continue }
                NameFormation.replace(&result, name, .organization, document)
                i = close
            }
        }
        return result
    }

    /// One word with a full stop inside ("Neoy.He"), or a capitalised code and an exchange's one or two capitals
    /// that are no legal form ("FRMS ST").
    static func isTicker(_ words: [String]) -> Bool {
        if words.count == 1 { return words[0].dropFirst().dropLast().contains(".") && !words[0].hasSuffix(".") }
        guard words.count == 2, (1...2).contains(words[1].count), words[1].allSatisfy(\.isUppercase) else { return false }
        return words[0].allSatisfy { $0.isUppercase || $0.isNumber } && !NameFormation.legalForms.contains(words[1])
    }

    private static func startsWithCapital(_ word: String) -> Bool {
        word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a name between angle brackets is one company, all of it", mustMatch: [
            PatternExample("KLM is seeking to buy one-third of <IML Air Services Group Ltd> from its owner.", ["Organization|IML Air Services Group Ltd"]),
            PatternExample("Placer has an option with <Australian Consolidated Minerals Ltd> to earn a stake.", ["Organization|Australian Consolidated Minerals Ltd"]),
            PatternExample("It sold a block to <New Town (N.T.) Properties Ltd> for 138 mln dlrs.", ["Organization|New Town (N.T.) Properties Ltd"]),
        ], mustNotMatch: [
            PatternExample("KLM is seeking to buy one-third of <IML Air Services Group Ltd> from its owner.", ["Organization|Air Services Group Ltd"]),
            PatternExample("Placer has an option with <Australian Consolidated Minerals Ltd> to earn a stake.", ["Organization|Consolidated Minerals Ltd"]),
            PatternExample("It sold a block to <New Town (N.T.) Properties Ltd> for 138 mln dlrs.", ["Place|New Town", "Organization|Properties Ltd"]),
            PatternExample("It will auction shares deposited by Fermenta's <FRMS ST> founder Reefat el-Sayed.", ["Organization|FRMS ST", "Organization|FRMS"]),
            PatternExample("The approval of shareholders other than <Nova, An Alberta Corp> is needed.", ["Organization|Nova, An Alberta Corp"]),
        ]),
    ]
}
