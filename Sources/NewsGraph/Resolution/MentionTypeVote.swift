/// One name, one type in an article. The tagger types each mention on its own, so "Guidant" can be a
/// person in one sentence and a company in the next, and a city tagged as an organization has nothing
/// to correct it. The mentions written the same way vote: each for the type it was tagged with, and
/// each context that states the type outright counts three ("technology firm Guidant", "the Pope Evans
/// board", "Mr Dunne", "Smith said he", "between Paris and Le Mans", "the Cleveland area"). All the
/// mentions then take the type with the most votes, when one type has strictly the most.
enum MentionTypeVote {
    /// Weight of a context that states the type, against one vote per tagged mention.
    static let signalWeight = 3

    /// Lower-case nouns for companies that stand just before a company's name ("technology firm Guidant").
    static let companyNouns: Set<String> = [
        "firm", "company", "group", "maker", "giant", "retailer", "carrier", "chain", "subsidiary", "rival",
        "insurer", "airline", "conglomerate", "manufacturer", "producer", "lender", "broker", "brokerage",
        "publisher", "operator", "supplier", "distributor", "concern", "affiliate", "bank", "firms", "companies",
    ]

    /// Lower-case words after a name that only a company has ("the Guidant share price", "the Pope Evans board").
    static let companyFollowers: Set<String> = ["shares", "share", "stock", "stockholders", "shareholders", "board", "subsidiary", "subsidiaries"]

    /// Lower-case words after a name that make it a place ("the Cleveland area").
    static let placeFollowers: Set<String> = ["area", "region", "district", "province", "county", "suburb", "suburbs", "city"]

    /// Lower-case nouns for products and works that stand just before the work's name ("game Donkey
    /// Konga", "PlayStation 2 title Singstar", "the film The Life of David Gale"): the name is neither a
    /// person nor an organization.
    static let workNounsBefore: Set<String> = [
        "game", "title", "console", "film", "movie", "album", "song", "single", "novel", "book", "show", "series",
        "programme", "program", "drama", "musical", "opera", "submarine", "ship", "vessel", "missile", "drug", "brand",
    ]

    /// Lower-case nouns after a name that make it the name of a product ("the Upholder submarine", "the best
    /// GameCube title"); kept to nouns that a company's name rarely qualifies.
    static let workNounsAfter: Set<String> = ["game", "games", "title", "titles", "console", "consoles", "submarine", "submarines", "album"]

    /// Last and first words of names of places ("Prince Edward Island", "Downing Street", "River Thames").
    static let placeLastWords: Set<String> = [
        "Island", "Islands", "County", "Street", "Square", "Avenue", "Road", "Bay", "River", "Valley", "Mountains",
        "Peninsula", "Strait", "Coast", "Sea", "Ocean", "Lake", "Desert", "Heights", "Plain", "Plains",
    ]
    static let placeFirstWords: Set<String> = ["River", "Lake", "Mount", "Isle", "Cape", "Gulf", "Port"]

    static func vote(_ mentions: inout [EntityMention], _ document: Document) {
        guard mentions.count > 0 else { return }
        let tokens = document.tokens
        // Read only when a one-word organization is a known place (a club in sports news).
        var sportsRead: Bool?
        func sports() -> Bool {
            if let sportsRead { return sportsRead }
            let value = SportsContext.isSports(document)
            sportsRead = value
            return value
        }
        // Locations that are not countries, by token, for coordination ("Paris and Le Mans").
        var placeAt: [Int: Bool] = [:]
        for m in mentions where m.kind == .location && CountryTable.shared.lookupAny(m.text) == nil {
            placeAt[m.tokenRange.lowerBound] = true
            placeAt[m.tokenRange.upperBound - 1] = true
        }
        // Words of names that are parts of longer names: their type follows the longer name's (surnames,
        // short forms), which the linkers decide.
        let tagged = mentions
        var partWordsRead: Set<String>?
        func partWords() -> Set<String> {
            if let partWordsRead { return partWordsRead }
            var words: Set<String> = []
            for m in tagged where m.tokenRange.count >= 2 && (m.kind == .person || m.kind == .organization) {
                for t in m.tokenRange { words.insert(tokens[t].text) }
            }
            partWordsRead = words
            return words
        }
        func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, m) in mentions.enumerated() {
            let key = m.text.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 9 }) ? m.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") : m.text
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for name in order {
            let members = groups[name]!
            // Votes by kind, in the order of `EntityKind.allCases`.
            var score = [0, 0, 0, 0]
            func add(_ kind: EntityKind, _ weight: Int) { score[Self.slot(kind)] += weight }
            for index in members {
                let m = mentions[index]
                add(m.kind, 1)
                let before = m.tokenRange.lowerBound - 1, after = m.tokenRange.upperBound
                let previous = text(before), next = text(after)
                let sentence = document.sentences[m.sentenceIndex].tokenRange
                if companyNouns.contains(previous) || companyFollowers.contains(next)
                    || previous == "of" && ["shares", "stake"].contains(text(before - 1))
                    || (next == "said" || next == "says") && text(after + 1) == "it" {
                    add(.organization, signalWeight)
                }
                if Titles.honorifics.contains(previous) && !["Sheikh", "Gen", "Gen."].contains(previous)
                    || (next == "said" || next == "says") && ["he", "she"].contains(text(after + 1))
                    || next == "," && text(after + 1) == "who" {
                    add(.person, signalWeight)
                }
                let previousWord = previous == "The" ? text(before - 1) : previous
                if workNounsBefore.contains(previousWord) || workNounsAfter.contains(next) {
                    add(.misc, signalWeight)
                }
                if m.kind != .person {
                    let coordinated = Self.coordinators.contains(next) && after + 1 < sentence.upperBound && placeAt[after + 1] == true
                        || Self.coordinators.contains(previous) && before - 1 >= sentence.lowerBound && placeAt[before - 1] == true
                    if placeFollowers.contains(next) || coordinated && m.kind != .location { add(.location, signalWeight) }
                    if m.kind == .organization && m.tokenRange.count == 1 && NameFormation.isKnownPlace(name) && !sports() { add(.location, 2) }
                }
                // A place of several words the gazetteers know ("Prince Edward Island", "Rhode Island") is
                // that place, even after a title.
                if m.kind != .location && m.tokenRange.count >= 2 && (namesPlace(tokens[m.tokenRange].lazy.map(\.text)) || NameFormation.isKnownPlace(name)) {
                    add(.location, signalWeight)
                }
            }
            let best = score.max()!
            guard score.filter({ $0 == best }).count == 1, let slot = score.firstIndex(of: best) else { continue }
            let winner = EntityKind.allCases[slot]
            guard members.contains(where: { mentions[$0].kind != winner }) else { continue }
            // Parts of longer names, countries and well-known bodies are typed by the resolver's tables.
            if mentions[members[0]].tokenRange.count == 1 && partWords().contains(name) { continue }
            if CountryTable.shared.lookupAny(name) != nil || WellKnownBodies.canonicalName(name) != nil { continue }
            for index in members where mentions[index].kind != winner {
                let m = mentions[index]
                mentions[index] = EntityMention(tokenRange: m.tokenRange, sentenceIndex: m.sentenceIndex, kind: winner, text: m.text)
            }
        }
    }

    static let coordinators: Set<String> = ["and", "or", ","]

    static func slot(_ kind: EntityKind) -> Int {
        switch kind {
        case .person: 0
        case .organization: 1
        case .location: 2
        case .misc: 3
        }
    }

    /// A name whose last (or first) word is that of a place, with no word of an organization in it.
    static func namesPlace(_ words: some BidirectionalCollection<String>) -> Bool {
        guard let first = words.first, let last = words.last, placeLastWords.contains(last) || placeFirstWords.contains(first) else { return false }
        return !words.contains { NameFormation.legalForms.contains($0) || MentionRepair.institutionHeads.contains($0)
            || RuleBasedTagger.organizationSuffixes.contains($0) || ResolutionState.headWords.contains($0) }
    }
}
