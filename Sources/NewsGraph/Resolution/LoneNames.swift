/// A name of one word that the tagger calls a person, but that the article never treats as one. News
/// writing introduces a person by full name, by a title or honorific ("President Reagan", "Lord Browne"),
/// by what they do ("singer Fergie") or lets them speak ("..., Westerterp said"); a one-word name with none
/// of these, and no longer person's name it is part of, is in practice a company, a band or a club
/// ("Nintendo", "Portishead", "Marsh has said it"). Such names are retyped as organizations; given names
/// alone, people the gazetteers know, and sports news (team sheets name players by surname) are left as they are.
enum LoneNames {
    /// Lower-case words for what a person does, standing just before the name ("reggae star Sizzla").
    static let personNouns: Set<String> = [
        "singer", "presenter", "star", "actor", "actress", "player", "striker", "midfielder", "defender",
        "goalkeeper", "winger", "forward", "coach", "boss", "rapper", "musician", "guitarist", "drummer", "bassist",
        "frontman", "comedian", "host", "writer", "author", "novelist", "poet", "producer", "designer", "artist",
        "composer", "conductor", "pianist", "violinist", "champion", "skipper", "batsman", "bowler", "jockey",
        "golfer", "sprinter", "athlete", "dancer", "model", "photographer", "lawyer", "barrister", "solicitor",
        "economist", "analyst", "businessman", "businesswoman", "tycoon", "entrepreneur", "banker", "investor",
        "politician", "campaigner", "activist", "cleric", "bishop", "priest", "rabbi", "doctor", "professor",
        "scientist", "researcher", "historian", "journalist", "reporter", "correspondent", "editor", "columnist",
        "broadcaster", "veteran", "newcomer", "colleague", "wife", "husband", "son", "daughter", "brother",
        "sister", "father", "mother", "widow", "deputy", "aide", "adviser", "advisor", "spokesman",
        "spokeswoman", "prosecutor", "investigator", "inspector", "detective", "lecturer", "teacher", "student",
        "pupil", "boy", "girl", "man", "woman", "victim", "suspect", "defendant", "candidate", "nominee", "referee",
    ]

    /// Pronouns only a person takes; one shortly after the name, with no other name between, refers to it
    /// ("Deeley will host her last show").
    static let personalPronouns: Set<String> = ["he", "she", "his", "her", "him", "himself", "herself"]

    /// Verbs that introduce a quotation's speaker.
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "explained", "insisted", "argued", "warned", "asked", "replied"]

    /// Verbs in the plural, which a group takes and a person does not.
    static let pluralVerbs: Set<String> = ["are", "were", "have"]

    /// Tokens that close a quotation.
    static let closingQuotes: Set<String> = ["\"", "”", "''", "’"]

    /// Lower-case nouns for a group that stand just before its name ("rock band Velmora").
    static let groupNouns: Set<String> = ["band", "group", "duo", "trio", "quartet", "outfit", "act", "label", "firm", "company", "club", "side", "team"]

    static func retype(_ mentions: inout [EntityMention], _ document: Document) {
        let tokens = document.tokens
        func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }
        // A word of a longer person's name is that person's, which the linkers decide.
        var personWords: Set<String> = []
        for m in mentions where m.tokenRange.count >= 2 && m.kind == .person {
            for t in m.tokenRange { personWords.insert(tokens[t].text) }
        }
        var groups: [String: [Int]] = [:]
        for (index, m) in mentions.enumerated() where m.kind == .person && isCandidate(m, tokens: tokens, personWords: personWords) {
            groups[m.text, default: []].append(index)
        }
        // Team sheets and match reports name players by surname alone ("Murphy, Horan, Byrne").
        guard !groups.isEmpty, !SportsContext.isSports(document) else { return }
        // One pass over the article: which candidate names it states to be a person anywhere (also where the
        // tagger typed the name otherwise), and which of the longer ones it shows to be a group.
        var namesByFirstWord: [String: [String]] = [:]
        for (name, members) in groups { namesByFirstWord[tokens[mentions[members[0]].tokenRange.lowerBound].text, default: []].append(name) }
        var stated: Set<String> = [], grouped: Set<String> = []
        for i in tokens.indices {
            guard let names = namesByFirstWord[tokens[i].text] else { continue }
            for name in names {
                let members = groups[name]!
                let length = mentions[members[0]].tokenRange.count
                guard (0..<length).allSatisfy({ text(i + $0) == tokens[mentions[members[0]].tokenRange.lowerBound + $0].text }) else { continue }
                if isStatedPerson(i..<(i + length), text) { stated.insert(name) } else if length >= 2 && isStatedGroup(i..<(i + length), text) { grouped.insert(name) }
            }
        }
        for (name, members) in groups where !stated.contains(name) && (mentions[members[0]].tokenRange.count == 1 || grouped.contains(name)) {
            for index in members {
                let m = mentions[index]
                mentions[index] = EntityMention(tokenRange: m.tokenRange, sentenceIndex: m.sentenceIndex, kind: .organization, text: m.text)
            }
        }
    }

    /// A person-typed name the rule may retype: not a known person, given name, country or place, and for
    /// one word, not a word of a longer person's name.
    static func isCandidate(_ m: EntityMention, tokens: [Token], personWords: Set<String>) -> Bool {
        let name = m.text
        guard name.first?.isUppercaseLetter == true, name.count >= 3, !name.contains("."),
              name.unicodeScalars.allSatisfy({ $0.isAlphabeticLetter || $0 == "-" || $0 == "'" || $0 == " " })
        else { return false }
        if m.tokenRange.count == 1 && personWords.contains(name) { return false }
        let first = tokens[m.tokenRange.lowerBound].text
        let categories = FeatureGazetteer.shared.categories(of: name)
        if categories.contains(.knownPerson) || categories.contains(.firstName) { return false }
        if m.tokenRange.count >= 2 && (FeatureGazetteer.shared.categories(of: first).contains(.firstName) || Titles.nameTitles.contains(first)) { return false }
        return CountryTable.shared.lookupAny(name) == nil && !NameFormation.isKnownPlace(name)
    }

    /// Whether the name at `range` is shown to be a group: the group noun before it ("Bristol band
    /// Massive Attack", "members of King Crimson") or the group it qualifies a member by ("Led Zeppelin
    /// singer Robert Plant").
    static func isStatedGroup(_ range: Range<Int>, _ text: (Int) -> String) -> Bool {
        let previous = text(range.lowerBound - 1), next = text(range.upperBound)
        if groupNouns.contains(previous) || previous == "of" && text(range.lowerBound - 2) == "members" { return true }
        let memberNoun = personNouns.contains(next) || Titles.officeHeadsLowercased.contains(next)
        return memberNoun && text(range.upperBound + 1).first?.isUppercaseLetter == true
    }

    /// Whether the name at `range` is stated to be a person by its neighbours.
    static func isStatedPerson(_ range: Range<Int>, _ text: (Int) -> String) -> Bool {
        let i = range.upperBound - 1
        let previous = text(range.lowerBound - 1), next = text(i + 1)
        if Titles.honorifics.contains(previous) || Titles.officeHeads.contains(previous) || Titles.nameTitles.contains(previous)
            || Titles.officeHeadsLowercased.contains(previous) || personNouns.contains(previous.lowercased()) {
            return true
        }
        // "Sizzla, who is"; a band or a club takes the plural ("Korn, who are").
        if next == "," && (text(i + 2) == "who" || text(i + 2) == "whose") && !pluralVerbs.contains(text(i + 3)) { return true }
        // '"...," Westerterp said' and '"...," said Westerterp'.
        if speechVerbs.contains(next) && (closingQuotes.contains(previous) || previous == "," && closingQuotes.contains(text(range.lowerBound - 2))) { return true }
        if speechVerbs.contains(previous) && closingQuotes.contains(text(range.lowerBound - 2)) { return true }
        for j in (i + 1)..<(i + 7) {
            let word = text(j)
            if personalPronouns.contains(word) { return true }
            if word.first?.isUppercaseLetter == true || word == "." || word.isEmpty { break }
        }
        return false
    }
}

extension LoneNames {
    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a one-word name never stated to be a person is an organization", mustMatch: [
            PatternExample("Velmora will tour Europe next year. Velmora released a new album in Berlin.", ["Organization|Velmora"]),
            PatternExample("Rival search engine Quorvo has been developing a similar service in California.", ["Organization|Quorvo"]),
        ], mustNotMatch: [
            PatternExample("\"We will not give in,\" Kravitsky said on Tuesday in Moscow.", ["Organization|Kravitsky"]),
            PatternExample("Reggae star Dalvana will tour Britain in May. Dalvana was jailed last year.", ["Organization|Dalvana"]),
            PatternExample("Special prosecutor Walbury will investigate the arms sales. Walbury was appointed in December.", ["Organization|Walbury"]),
        ]),
    ]
}
