/// One name, one type in an article. The tagger types each mention on its own, so "Guidant" can be a
/// person in one sentence and a company in the next, and a city tagged as an organization has nothing
/// to correct it. The mentions written the same way vote: each for the type it was tagged with, and
/// each context that states the type outright counts three ("technology firm Guidant", "the Pope Evans
/// board", "Mr Dunne", "Dunne, who", "between Paris and Le Mans", "the Cleveland area"). All the
/// mentions then take the type with the most votes, when one type has strictly the most.
enum MentionTypeVote {
    /// Weight of a context that states the type, against one vote per tagged mention.
    static let signalWeight = 3

    /// Lower-case nouns for companies that stand just before a company's name ("technology firm Guidant").
    static let companyNouns: Set<String> = [
        "firm", "company", "group", "maker", "giant", "retailer", "carrier", "chain", "subsidiary", "rival",
        "insurer", "airline", "conglomerate", "manufacturer", "lender", "brokerage", "supplier", "distributor",
        "concern", "affiliate", "bank", "firms", "companies", "agency", "label", "studio",
    ]

    /// Lower-case nouns for people who work for an organization, before "at" and its name ("an economist at
    /// Natexis Banques Populaires", "an analyst at CCF"): the name is where they work.
    static let staffNouns: Set<String> = [
        "economist", "economists", "analyst", "analysts", "strategist", "strategists", "dealer", "dealers", "trader",
        "traders", "banker", "bankers", "spokesman", "spokeswoman", "spokesperson", "executive", "executives",
        "director", "manager", "partner", "researcher", "researchers", "official", "officials", "chairman", "employee", "employees",
    ]

    /// Plurals that end "X, one of the biggest <noun>," only for a company.
    static let companyNounsPlural: Set<String> = [
        "publishers", "makers", "carriers", "airlines", "banks", "retailers", "insurers", "lenders", "groups", "operators",
        "manufacturers", "suppliers", "brokerages", "conglomerates", "chains",
    ]

    /// Lower-case words after a name that only a company has ("the Guidant share price", "the Pope Evans board").
    static let companyFollowers: Set<String> = ["shares", "share", "stock", "stockholders", "shareholders", "board", "subsidiary", "subsidiaries"]

    /// Lower-case nouns for a person or a band by where they come from, between a place and a name
    /// ("Liverpool student David Dunne", "Essex act Prodigy").
    static let residentNouns: Set<String> = [
        "student", "millionaire", "businessman", "businesswoman", "man", "woman", "boy", "girl", "teenager",
        "pensioner", "resident", "mother", "father", "couple", "family", "farmer", "band", "act",
    ]

    /// Lower-case words after a name that make it a place ("the Cleveland area").
    static let placeFollowers: Set<String> = ["area", "region", "district", "province", "county", "suburb", "suburbs", "city"]

    /// Prepositions of position that, before the name of a known place, make it the place ("processors in
    /// Aberdeen", "a plant near Toledo"), where a club or a company of the same name would be the subject.
    static let placePrepositions: Set<String> = ["in", "near", "outside", "around", "across"]

    /// Nouns after which "in" leads to what is held, not to where ("a stake in Aberdeen", "shares in Halifax").
    static let holdingNouns: Set<String> = ["stake", "stakes", "shares", "share", "interest", "interests", "holding", "holdings", "investment", "invest", "invested", "investing", "investor", "investors"]

    /// Plural nouns for places that lead a list of names ("fishing ports like Peterhead or Fraserburgh", "towns
    /// such as Blackpool"), and their singulars before "of" ("the port of Peterhead").
    static let placeNounsPlural: Set<String> = ["ports", "towns", "cities", "villages", "resorts", "regions", "counties", "places", "islands"]
    static let placeNounsOf: Set<String> = ["port", "town", "city", "village", "resort", "county", "island"]

    /// Lower-case nouns for products and works that stand just before the work's name ("game Donkey
    /// Konga", "PlayStation 2 title Singstar", "the film The Life of David Gale"): the name is neither a
    /// person nor an organization.
    static let workNounsBefore: Set<String> = [
        "game", "title", "console", "film", "movie", "album", "song", "single", "novel", "book", "show", "series",
        "programme", "program", "drama", "musical", "opera", "submarine", "ship", "vessel", "missile", "drug", "brand",
        "comedy", "comedies", "thriller", "sequel", "classics", "numbers", "anthem", "sitcom", "cartoon", "blockbuster",
        "songs", "films", "movies", "albums", "singles", "games", "Comedy", "Thriller", "Musical", "Sitcom",
    ]

    /// Words that lead to a work's name through "of", "to" or "in" ("a version of Hey Jude", "the sequel to
    /// Meet The Parents", "starring in Shark Tale").
    static let workLeadIns: Set<String> = ["version", "versions", "rendition", "remake", "sequel", "starring", "starred", "co-starred"]

    /// Capitalised pronouns and verbs that only the title of a work has inside its name ("Drive My Car",
    /// "Live And Let Die", "We Will Rock You"); never the first word, which may be a given name.
    static let titleOnlyWords: Set<String> = ["My", "Your", "Our", "Their", "We", "You", "Me", "Let", "It", "Is", "Are", "Be"]

    /// Verbs after "X said it" that make "it" the company, not the situation ("Alitalia said it would cut",
    /// not "Yeutter said it was certain").
    static let companyActs: Set<String> = [
        "would", "will", "has", "had", "plans", "planned", "expects", "expected", "agreed", "intends", "completed",
        "acquired", "sold", "bought", "filed", "signed", "received", "raised", "cut", "lowered",
    ]

    /// Words after a company's possessive that a person or a place does not have ("Alitalia's rivals").
    static let companyPossessions: Set<String> = ["rivals", "shareholders", "stockholders", "shares", "subsidiary", "subsidiaries", "profits", "turnover"]

    /// Lower-case nouns after a name that make it the name of a product ("the Upholder submarine", "the best
    /// GameCube title"); kept to nouns that a company's name rarely qualifies.
    static let workNounsAfter: Set<String> = ["game", "games", "title", "titles", "console", "consoles", "submarine", "submarines", "album"]

    /// Last and first words of names of places ("Prince Edward Island", "Downing Street", "River Thames").
    static let placeLastWords: Set<String> = [
        "Island", "Islands", "County", "Street", "Square", "Avenue", "Road", "Bay", "River", "Valley", "Mountains",
        "Peninsula", "Strait", "Coast", "Sea", "Ocean", "Lake", "Desert", "Heights", "Plain", "Plains",
    ]
    static let placeFirstWords: Set<String> = ["River", "Lake", "Mount", "Isle", "Cape"]

    static func vote(_ mentions: inout [EntityMention], _ document: Document) {
        guard mentions.count > 0 else { return }
        let tokens = document.tokens
        // Read only for names of known places (clubs in sports news).
        var sportsRead: Bool?
        func sports() -> Bool {
            if let sportsRead { return sportsRead }
            let value = SportsContext.isSports(document)
            sportsRead = value
            return value
        }
        let tagged = mentions
        // Locations that are not countries, by token, for coordination ("Paris and Le Mans").
        var locationAt: [Int: Int] = [:]
        for (index, m) in mentions.enumerated() where m.kind == .location {
            locationAt[m.tokenRange.lowerBound] = index
            locationAt[m.tokenRange.upperBound - 1] = index
        }
        func placeAt(_ token: Int) -> Bool {
            guard let index = locationAt[token] else { return false }
            return CountryTable.shared.lookupAny(tagged[index].text) == nil && NameFormation.isKnownPlace(tagged[index].text)
        }
        // Words of names that are parts of longer names: their type follows the longer name's (surnames,
        // short forms), which the linkers decide.
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
        // The last word of a short appositive opened by "the", "a" or "one of" ("Ubisoft, one of Europe's
        // biggest video game publishers,"), when it closes with punctuation.
        func appositiveHead(_ start: Int) -> String? {
            var i = start
            if text(i) == "one" && text(i + 1) == "of" { i += 2 } else if text(i) == "the" || text(i) == "a" || text(i) == "an" { i += 1 } else { return nil }
            let limit = min(i + 7, tokens.count)
            while i < limit {
                let word = text(i)
                if word == "," || word == "." || word == ";" || word == ")" { return i > start ? text(i - 1) : nil }
                i += 1
            }
            return nil
        }

        // "companies like Electronic Arts", "arcade classics such as Space Invaders": what the noun before
        // "like" or "such as" says of the names listed after it.
        func listLeadCues(_ before: Int) -> Cue {
            let previous = text(before)
            let noun = previous == "like" ? text(before - 1) : previous == "as" && text(before - 1) == "such" ? text(before - 2) : ""
            return noun.isEmpty ? [] : Self.cues[noun] ?? []
        }
        // Mentions that a neighbour states to be the title of a work, then the names listed with them
        // ("the Beatles numbers Drive My Car and Get Back", "classics such as Space Invaders, Pac-Man and Donkey Kong").
        var workCued = mentions.indices.map { index -> Bool in
            let m = mentions[index]
            let before = m.tokenRange.lowerBound - 1, after = m.tokenRange.upperBound
            let previous = text(before), next = text(after)
            let previousCues = Self.cues[previous] ?? []
            let workBefore = previous == "The" ? (Self.cues[text(before - 1)] ?? []).contains(.workBefore) : previousCues.contains(.workBefore)
            let workLead = (previous == "of" || previous == "to" || previous == "in") && (Self.cues[text(before - 1)] ?? []).contains(.workLead)
                || previous == "with" && (text(before - 1) == "hit" || text(before - 1) == "hits")
            let listed = !listLeadCues(before).isDisjoint(with: [.workBefore, .workAfter])
            // "Shrek star Mike Myers"; in sports news "Chelsea star" is a club's player.
            let starOf = next == "star" && !sports()
            let titleOfWork = m.tokenRange.count >= 2 && tokens[m.tokenRange].dropFirst().contains { Self.titleOnlyWords.contains($0.text) }
            return workBefore || workLead || listed || starOf || (Self.cues[next] ?? []).contains(.workAfter) || titleOfWork
        }
        func listedTogether(_ a: Int, _ b: Int) -> Bool {
            let gap = mentions[a].tokenRange.upperBound..<mentions[b].tokenRange.lowerBound
            return mentions[a].sentenceIndex == mentions[b].sentenceIndex && (1...2).contains(gap.count)
                && gap.allSatisfy { (Self.cues[tokens[$0].text] ?? []).contains(.coordinator) }
        }
        if mentions.count >= 2 {
            for i in 1..<mentions.count where !workCued[i] && workCued[i - 1] && listedTogether(i - 1, i) { workCued[i] = true }
            for i in stride(from: mentions.count - 2, through: 0, by: -1) where !workCued[i] && workCued[i + 1] && listedTogether(i, i + 1) { workCued[i] = true }
        }

        // Mentions that the sentence puts as places, then the names listed with them ("in Aberdeen and
        // Peterhead"). A preposition counts for a name the gazetteers know as a place; a noun for places, or a
        // place so cued listed with it, for any name (the tagger's one-word "people" included: "ports like Peterhead").
        func knownPlaceMention(_ i: Int) -> Bool { NameFormation.isKnownPlace(mentions[i].text) }
        func mayBePlace(_ i: Int) -> Bool { mentions[i].kind != .person || mentions[i].tokenRange.count == 1 }
        var placeCued = mentions.indices.map { index -> Bool in
            let m = mentions[index]
            guard mayBePlace(index) else { return false }
            let before = m.tokenRange.lowerBound - 1
            let previous = text(before)
            if Self.placePrepositions.contains(previous) && !Self.holdingNouns.contains(text(before - 1)) { return knownPlaceMention(index) }
            if previous == "of" && Self.placeNounsOf.contains(text(before - 1)) { return true }
            let lead = previous == "like" ? text(before - 1) : previous == "as" && text(before - 1) == "such" ? text(before - 2) : ""
            return Self.placeNounsPlural.contains(lead)
        }
        if mentions.count >= 2 {
            for i in 1..<mentions.count where !placeCued[i] && placeCued[i - 1] && mayBePlace(i) && listedTogether(i - 1, i) { placeCued[i] = true }
            for i in stride(from: mentions.count - 2, through: 0, by: -1) where !placeCued[i] && placeCued[i + 1] && mayBePlace(i) && listedTogether(i, i + 1) { placeCued[i] = true }
        }

        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, m) in mentions.enumerated() {
            let key = m.text.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 9 }) ? m.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") : m.text
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for name in order {
            // "a Jakarta-based subsidiary": the place adjective is a place by its form; the noun after it is not its.
            if MentionRepair.placeAdjectiveEndings.contains(where: { name.hasSuffix($0) }) { continue }
            let members = groups[name]!
            // Votes by kind, in the order of `EntityKind.allCases`.
            var score = SIMD4<Int>(repeating: 0)
            func add(_ kind: EntityKind, _ weight: Int) { score[Self.slot(kind)] += weight }
            var knownPlaceRead: Bool?
            func knownPlace() -> Bool {
                if let knownPlaceRead { return knownPlaceRead }
                let value = NameFormation.isKnownPlace(name)
                knownPlaceRead = value
                return value
            }
            for index in members {
                let m = mentions[index]
                add(m.kind, 1)
                let before = m.tokenRange.lowerBound - 1, after = m.tokenRange.upperBound
                let previous = text(before), next = text(after)
                // One lookup for each neighbour: what it says of the name.
                let previousCues = Self.cues[previous] ?? [], nextCues = Self.cues[next] ?? []
                let afterNext = next == "," ? text(after + 1) : ""
                // "Alitalia said it", "Henkel KGaA <HNKG.F>", "Alitalia's rivals".
                let companyStated = next == "said" && text(after + 1) == "it" && Self.companyActs.contains(text(after + 2)) && text(after + 3) != "be" && text(after + 3) != "been"
                    || next.hasPrefix("<") && next.count > 2
                    || (next == "'s" || next == "’s") && Self.companyPossessions.contains(text(after + 1))
                    || next == "," && appositiveHead(after + 1).map { Self.companyNouns.contains($0) || Self.companyNounsPlural.contains($0) } == true
                if previousCues.contains(.companyBefore) || nextCues.contains(.companyAfter) || companyStated || listLeadCues(before).contains(.companyBefore)
                    || previous == "of" && (Self.cues[text(before - 1)] ?? []).contains(.holding)
                    || previous == "at" && Self.staffNouns.contains(text(before - 1)) {
                    add(.organization, signalWeight)
                }
                if previousCues.contains(.honorific) || next == "," && afterNext == "who" {
                    add(.person, signalWeight)
                }
                if workCued[index] { add(.misc, signalWeight) }
                // Outside sports news, a name the sentence puts somewhere ("in Aberdeen and Peterhead", "ports like
                // Peterhead or Fraserburgh") is the place, whatever club shares its name.
                if placeCued[index] && !sports() { add(.location, signalWeight) }
                if m.kind != .person {
                    let sentence = document.sentences[m.sentenceIndex].tokenRange
                    let coordinated = nextCues.contains(.coordinator) && after + 1 < sentence.upperBound && placeAt(after + 1)
                        || previousCues.contains(.coordinator) && before - 1 >= sentence.lowerBound && placeAt(before - 1)
                    if nextCues.contains(.placeAfter) || coordinated && m.kind != .location { add(.location, signalWeight) }
                    // "Liverpool student David Dunne", "Bristol band Massive Attack": the place someone is from.
                    if m.kind == .organization && knownPlace() && Self.residentNouns.contains(next)
                        && text(after + 1).first?.isUppercaseLetter == true && !sports() { add(.location, signalWeight) }
                    if m.kind == .organization && m.tokenRange.count == 1 && knownPlace() && !sports()
                        && !FeatureGazetteer.shared.categories(of: name).contains(.sportsTeam) { add(.location, 2) }
                }
                // A place of several words the gazetteers know ("Prince Edward Island", "Rhode Island") is
                // that place, even after a title.
                if m.kind != .location && m.tokenRange.count >= 2 && (namesPlace(tokens[m.tokenRange].lazy.map(\.text), person: m.kind == .person) || knownPlace()) {
                    add(.location, signalWeight)
                }
            }
            let best = score.max()
            var winners = 0, slot = 0
            for k in 0..<4 where score[k] == best { winners += 1; slot = k }
            guard winners == 1 else { continue }
            let winner = EntityKind.allCases[slot]
            guard members.contains(where: { mentions[$0].kind != winner }) else { continue }
            // Parts of longer names, countries and well-known bodies are typed by the resolver's tables.
            if mentions[members[0]].tokenRange.count == 1 && partWords().contains(name) { continue }
            if CountryTable.shared.lookupAny(name) != nil || WellKnownBodies.canonicalName(name) != nil { continue }
            // A city or region the gazetteers know is never voted a person or an organization.
            if winner != .location && knownPlace() { continue }
            // In sports news a place's name is as often its club ("Liverpool beat Chelsea").
            if knownPlace() && sports() { continue }
            // A name with a company's legal form or an organization's head word stays an organization.
            if winner != .organization, let last = name.split(separator: " ").last.map(String.init),
               MentionRepair.isBodyNameEnd(last) { continue }
            for index in members where mentions[index].kind != winner {
                let m = mentions[index]
                mentions[index] = EntityMention(tokenRange: m.tokenRange, sentenceIndex: m.sentenceIndex, kind: winner, text: m.text)
            }
        }
    }

    /// What a word next to a name says of it.
    struct Cue: OptionSet {
        let rawValue: UInt16
        static let companyBefore = Cue(rawValue: 1), companyAfter = Cue(rawValue: 2), honorific = Cue(rawValue: 4)
        static let workBefore = Cue(rawValue: 8), workAfter = Cue(rawValue: 16), placeAfter = Cue(rawValue: 32)
        static let coordinator = Cue(rawValue: 64), holding = Cue(rawValue: 128), workLead = Cue(rawValue: 256)
    }

    static let cues: [String: Cue] = {
        var table: [String: Cue] = [:]
        func mark(_ words: some Sequence<String>, _ cue: Cue) { for word in words { table[word, default: []].insert(cue) } }
        mark(companyNouns, .companyBefore)
        mark(companyFollowers, .companyAfter)
        // "Sheikh" is also a name title, "Gen" a rank of officers who are not always named after it.
        mark(Titles.honorifics.subtracting(["Sheikh", "Gen", "Gen."]), .honorific)
        mark(workNounsBefore, .workBefore)
        mark(workNounsAfter, .workAfter)
        mark(placeFollowers, .placeAfter)
        mark(["and", "or", ","], .coordinator)
        mark(["shares", "stake"], .holding)
        mark(workLeadIns, .workLead)
        return table
    }()

    static func slot(_ kind: EntityKind) -> Int {
        switch kind {
        case .person: 0
        case .organization: 1
        case .location: 2
        case .misc: 3
        }
    }

    /// A name whose last (or first) word is that of a place, with no word of an organization in it.
    /// Last words of places that are not also surnames ("Mike Lake", "Picabo Street").
    static let unambiguousPlaceLastWords: Set<String> = ["Island", "Islands", "County", "Peninsula", "Mountains"]

    /// For a name tagged as a person, only an unambiguous place word, or one after a royal title
    /// ("Prince Edward Island"), counts.
    static func namesPlace(_ words: some BidirectionalCollection<String>, person: Bool = false) -> Bool {
        guard let first = words.first, let last = words.last, placeLastWords.contains(last) || placeFirstWords.contains(first) else { return false }
        if person, !unambiguousPlaceLastWords.contains(last), !Titles.nameTitles.contains(first) { return false }
        return !words.contains { MentionRepair.isBodyNameEnd($0) || ResolutionState.headWords.contains($0) }
    }
}

extension MentionTypeVote {
    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a known place before a resident noun and a name is the place", mustMatch: [
            PatternExample("A question came from 22-year-old Liverpool student David Dunne in London.", ["City|Liverpool"]),
        ], mustNotMatch: [
            PatternExample("Liverpool striker Milan Baros scored twice as Liverpool beat Chelsea 2-1 in the league match.", ["City|Liverpool"]),
        ]),
        NameRuleExamples(rule: "outside sports news a name put somewhere by a preposition or a noun for places is the place", mustMatch: [
            PatternExample("The committee will hear fishermen in Aberdeen and Peterhead next week, officials said.", ["Place|Aberdeen"]),
        ], mustNotMatch: [
            PatternExample("The committee will hear fishermen in Aberdeen and Peterhead next week, officials said.", ["Organization|Aberdeen", "Organization|Peterhead"]),
        ]),
        NameRuleExamples(rule: "the name after an economist or analyst 'at' is where they work", mustMatch: [
            PatternExample("\"Prices will rise,\" said Marc Lenoir, an economist at Credit Valmont. \"Growth is slow,\" said Anne Roux, an analyst at BVQ.",
                           ["Organization|Credit Valmont", "Organization|BVQ"]),
        ], mustNotMatch: [
            PatternExample("\"Prices will rise,\" said Marc Lenoir, an economist at Credit Valmont. \"Growth is slow,\" said Anne Roux, an analyst at BVQ.",
                           ["Place|Credit Valmont", "Place|BVQ"]),
        ]),
    ]
}
