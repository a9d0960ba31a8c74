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
        let sports = SportsContext.isSports(document)
        // Locations that are not countries, by token, for coordination ("Paris and Le Mans").
        var placeAt: [Int: Bool] = [:]
        for m in mentions where m.kind == .location && CountryTable.shared.lookupAny(m.text) == nil {
            placeAt[m.tokenRange.lowerBound] = true
            placeAt[m.tokenRange.upperBound - 1] = true
        }
        // Words of names that are parts of longer names: their type follows the longer name's (surnames,
        // short forms), which the linkers decide.
        var partWords: Set<String> = []
        for m in mentions where m.tokenRange.count >= 2 && (m.kind == .person || m.kind == .organization) {
            for t in m.tokenRange { partWords.insert(tokens[t].text) }
        }
        func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, m) in mentions.enumerated() {
            let key = m.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for name in order {
            let members = groups[name]!
            if mentions[members[0]].tokenRange.count == 1 && partWords.contains(name) { continue }
            if CountryTable.shared.lookupAny(name) != nil || WellKnownBodies.canonicalName(name) != nil { continue }
            var score: [EntityKind: Int] = [:]
            for index in members {
                let m = mentions[index]
                score[m.kind, default: 0] += 1
                let before = m.tokenRange.lowerBound - 1, after = m.tokenRange.upperBound
                let previous = text(before), next = text(after)
                let sentence = document.sentences[m.sentenceIndex].tokenRange
                if companyNouns.contains(previous) || companyFollowers.contains(next)
                    || previous == "of" && ["shares", "stake"].contains(text(before - 1))
                    || (next == "said" || next == "says") && text(after + 1) == "it" {
                    score[.organization, default: 0] += signalWeight
                }
                if Titles.honorifics.contains(previous) && !["Sheikh", "Gen", "Gen."].contains(previous)
                    || (next == "said" || next == "says") && ["he", "she"].contains(text(after + 1))
                    || next == "," && text(after + 1) == "who" {
                    score[.person, default: 0] += signalWeight
                }
                let previousWord = previous == "The" ? text(before - 1) : previous
                if workNounsBefore.contains(previousWord) || workNounsAfter.contains(next) {
                    score[.misc, default: 0] += signalWeight
                }
                if m.kind != .person {
                    let coordinated = ["and", "or", ","].contains(next) && after + 1 < sentence.upperBound && placeAt[after + 1] == true
                        || ["and", "or", ","].contains(previous) && before - 1 >= sentence.lowerBound && placeAt[before - 1] == true
                    if placeFollowers.contains(next) || coordinated && m.kind != .location { score[.location, default: 0] += signalWeight }
                    if !sports && NameFormation.isKnownPlace(name) && m.kind == .organization && m.tokenRange.count == 1 { score[.location, default: 0] += 2 }
                }
                // A place of several words the gazetteers know ("Prince Edward Island", "Rhode Island") is
                // that place, even after a title.
                if m.tokenRange.count >= 2 && (NameFormation.isKnownPlace(name) || namesPlace(tokens[m.tokenRange].map(\.text))) {
                    score[.location, default: 0] += signalWeight
                }
            }
            let ranked = score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            guard let winner = ranked.first, ranked.count == 1 || ranked[1].value < winner.value else { continue }
            for index in members where mentions[index].kind != winner.key {
                let m = mentions[index]
                mentions[index] = EntityMention(tokenRange: m.tokenRange, sentenceIndex: m.sentenceIndex, kind: winner.key, text: m.text)
            }
        }
    }

    /// A name whose last (or first) word is that of a place, with no word of an organization in it.
    static func namesPlace(_ words: [String]) -> Bool {
        guard placeLastWords.contains(words[words.count - 1]) || placeFirstWords.contains(words[0]) else { return false }
        return !words.contains { NameFormation.legalForms.contains($0) || MentionRepair.institutionHeads.contains($0)
            || RuleBasedTagger.organizationSuffixes.contains($0) || ResolutionState.headWords.contains($0) }
    }
}
