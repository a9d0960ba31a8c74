/// Reads the noun phrases around an event trigger: which entity mentions head a phrase (and so
/// can take part in an event) and which only modify one ("U.S. Trade Representative Robert
/// Lighthizer", "Japan's minister", "French carmaker PSA", "Group of Seven talks"); coordinated
/// phrases ("A, B and C"); subjects found by walking left, objects by walking right; and pronouns
/// resolved to a named person only when that is unambiguous.
struct ParticipantFinder {
    let document: Document
    let words: [String]

    static let participantTypes: Set<EntityType> = [.person, .country, .organization]

    /// Nouns that a preceding country or organization only modifies ("U.S. negotiators", "LSE boss").
    static let modifiedNouns: Set<String> = [
        "official", "officials", "negotiator", "negotiators", "leader", "leaders", "delegation", "delegations",
        "delegate", "delegates", "government", "side", "team", "ministers", "sources", "source", "spokesman",
        "spokeswoman", "needs", "demand", "demands", "requirements", "target", "targets", "expectations", "bankers",
        "banks", "bank", "companies", "company", "firms", "firm", "carmaker", "group", "boss", "chief", "counterpart",
        "counterparts", "envoy", "envoys", "diplomats", "diplomat", "troops", "forces", "authorities", "lawmakers",
        "executives", "executive", "unit", "subsidiary", "shares", "stock", "market", "markets", "economy", "trade",
        "talks", "meeting", "meetings", "summit", "negotiations", "officers", "staff", "board", "management",
        "chairman", "president", "manager", "coach", "players", "player", "striker", "side's", "embassy", "ambassador",
        "premier", "minister", "secretary", "representative", "exchange", "operator", "rival", "partner", "partners",
        "plan", "proposal", "offer", "bid", "policy", "officer", "spokesperson", "crown", "prince", "head", "director",
        "farm", "industry", "commissioner", "commission", "plane", "aircraft", "jet", "ship", "affiliate", "affairs",
        "members", "member",
    ]

    /// News agencies: "told Reuters" is an interview, never a meeting.
    static let newsAgencies: Set<String> = ["Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Tanjug", "Kyodo", "Xinhua", "TASS", "Tass", "UPI", "Bloomberg", "Dow Jones"]

    /// Lower-case words that may stand inside a noun phrase before its head.
    static let premodifierWords: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "'s", "’s", "former", "new", "visiting", "veteran",
        "top", "senior", "deputy", "outgoing", "acting", "incoming", "then", "newly", "designate", "elected",
        "fellow", "prime", "foreign", "economic", "finance", "trade", "chief", "vice", "general", "state", "-",
    ]

    static let prepositions: Set<String> = [
        "in", "at", "from", "to", "of", "on", "for", "by", "into", "over", "against", "about", "under", "than", "via",
        "across", "within", "without", "toward", "towards", "through", "like", "including", "with", "between", "among",
        "after", "before", "during", "since", "until", "aboard", "near", "outside", "inside", "beside", "behind", "onto", "upon",
    ]

    static let singularPronouns: Set<String> = ["he", "He", "she", "She", "him", "her", "Her", "his", "His"]
    static let pluralPronouns: Set<String> = ["they", "They", "them", "their", "Their"]

    /// For each lower-case word, the people whose mentions have it among the few words before them
    /// ("crown prince" before "Abdullah"), in order of the mentions, so that a description is resolved
    /// with a binary search instead of a pass over every earlier mention.
    let describedPeople: [String: DescribedPeople]

    struct DescribedPeople {
        var starts: [Int] = []
        /// The number of different people among the first n + 1 entries.
        var distinct: [Int] = []
        var seen: Set<Int> = []
        var first: Int? = nil

        mutating func add(_ entity: Int, at start: Int) {
            if first == nil { first = entity }
            seen.insert(entity)
            starts.append(start)
            distinct.append(seen.count)
        }
    }

    init(_ document: Document) {
        self.document = document
        let words = document.tokens.map(\.text)
        self.words = words
        var described: [String: DescribedPeople] = [:]
        let order = document.mentions.indices.sorted { document.mentions[$0].tokenRange.lowerBound < document.mentions[$1].tokenRange.lowerBound }
        for m in order {
            guard let e = document.mentionEntities[m], document.entities[e].type == .person else { continue }
            let start = document.mentions[m].tokenRange.lowerBound
            var k = start - 1
            var titles = Set<String>()
            while k >= 0, start - k <= 4, document.tokenEntities[k].map({ document.entities[$0].type != .person }) ?? true {
                titles.insert(words[k].lowercased())
                k -= 1
            }
            // "Crown Prince Abdullah bin Abdul Aziz": a title the tagger kept inside the name describes the person too.
            for k in document.mentions[m].tokenRange where Titles.isTitleWord(words[k]) { titles.insert(words[k].lowercased()) }
            for title in titles { described[title, default: DescribedPeople()].add(e, at: start) }
        }
        describedPeople = described
        // "talks between Washington and Taipei": a capital standing for its state, when the article names that state.
        var seats: [Int: Int] = [:]
        var groups: Set<Int> = []
        for (e, entity) in document.entities.enumerated() {
            if entity.type == .city, let states = ParticipantFinder.seatsOfGovernment[entity.name] {
                let present = document.entities.indices.filter { document.entities[$0].type == .country && states.contains(document.entities[$0].name) }
                if present.count == 1 { seats[e] = present[0] }
            } else if entity.type == .organization, ParticipantFinder.isNationalGroup(entity.name) {
                groups.insert(e)
            }
        }
        seatEntities = seats
        nationalGroups = groups
    }

    /// Capitals news uses for the state's government ("Washington and Moscow agreed ..."), with the states each
    /// may stand for (Moscow: the Soviet Union before 1992, Russia after); public facts. Not "Brussels", which
    /// stands for the European Community more often than for Belgium, nor "London", often part of a body's name.
    static let seatsOfGovernment: [String: [String]] = [
        "Washington": ["United States"], "Moscow": ["Soviet Union", "Russia"], "Beijing": ["China"], "Peking": ["China"],
        "Taipei": ["Taiwan"], "Tokyo": ["Japan"], "Seoul": ["South Korea"], "Pyongyang": ["North Korea"],
        "Bonn": ["West Germany", "Germany"], "Paris": ["France"], "Rome": ["Italy"], "Madrid": ["Spain"],
        "Lisbon": ["Portugal"], "Athens": ["Greece"], "Ankara": ["Turkey"], "Cairo": ["Egypt"], "Tehran": ["Iran"],
        "Baghdad": ["Iraq"], "Damascus": ["Syria"], "Riyadh": ["Saudi Arabia"], "Amman": ["Jordan"], "Beirut": ["Lebanon"],
        "Ottawa": ["Canada"], "Canberra": ["Australia"], "Wellington": ["New Zealand"], "New Delhi": ["India"],
        "Islamabad": ["Pakistan"], "Kabul": ["Afghanistan"], "Manila": ["Philippines"], "Jakarta": ["Indonesia"],
        "Bangkok": ["Thailand"], "Hanoi": ["Vietnam"], "Havana": ["Cuba"], "Mexico City": ["Mexico"],
        "Buenos Aires": ["Argentina"], "Brasilia": ["Brazil"], "Pretoria": ["South Africa"], "Nairobi": ["Kenya"],
        "Warsaw": ["Poland"], "Vienna": ["Austria"], "Stockholm": ["Sweden"], "Oslo": ["Norway"], "Copenhagen": ["Denmark"],
        "Helsinki": ["Finland"], "Dublin": ["Ireland"], "The Hague": ["Netherlands"], "Kiev": ["Ukraine"], "Kyiv": ["Ukraine"],
    ]

    /// Capital cities (entity index) that stand for the one state of the article they are the seat of.
    let seatEntities: [Int: Int]
    /// Bodies whose name is only a state and a group noun ("U.S. Group", written so in capitalised wire copy):
    /// an unnamed group of that state's people, no named side.
    let nationalGroups: Set<Int>

    static func isNationalGroup(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, ["Group", "Team", "Delegation", "Officials", "Side", "Negotiators"].contains(words.last!) else { return false }
        return CountryTable.shared.lookupAny(words.dropLast().joined(separator: " ")) != nil
    }

    // MARK: - Mentions

    /// The participant-type entity at a token.
    func participant(at t: Int) -> Int? {
        guard let e = document.entity(atToken: t, types: ParticipantFinder.participantTypes) else { return seat(at: t) }
        if nationalGroups.contains(e) { return nil }
        let name = document.entities[e].name
        if ParticipantFinder.newsAgencies.contains(name) || name.hasPrefix("Reuters ") { return nil }
        return e
    }

    /// The state a capital stands for where it is a side: opening its clause ("Washington and Tokyo will hold
    /// talks"), or after "with" or "between" ("talks between Washington and Taipei"), alone or coordinated with
    /// other such capitals; never after another preposition ("arrived in Washington") or a verb ("left Tokyo").
    private func seat(at t: Int) -> Int? {
        guard t >= 0, t < document.tokenEntities.count, let city = document.tokenEntities[t], let state = seatEntities[city],
              var start = document.mentionRange(atToken: t)?.lowerBound else { return nil }
        let lower = document.sentences[document.sentenceIndex(ofToken: t)].tokenRange.lowerBound
        var k = start - 1
        if k >= lower, ["the", "The"].contains(words[k]) { return nil }
        while k - 1 >= lower, ["and", ","].contains(words[k]), let c = document.tokenEntities[k - 1], seatEntities[c] != nil,
              let r = document.mentionRange(atToken: k - 1) {
            start = r.lowerBound
            k = start - 1
        }
        if k < lower { return state }
        return ["with", "between", "With", "Between"].contains(words[k]) ? state : nil
    }

    /// The mention range covering a token that names a participant-type entity.
    func participantRange(at t: Int) -> Range<Int>? {
        guard participant(at: t) != nil else { return nil }
        return document.mentionRange(atToken: t)
    }

    func isPerson(_ entity: Int) -> Bool { document.entities[entity].type == .person }

    /// Whether the people a verb at `t` takes include one introduced by an office other than a team's own
    /// ("chief executive Peter Kenyon", not "manager Jose Mourinho" or "captain John Terry").
    func officialMet(after t: Int, upper: Int) -> Bool {
        var k = t + 1
        while k < min(upper, t + 14), ![".", ";", ":"].contains(words[k]) {
            if let range = participantRange(at: k), let e = participant(at: k) {
                if isPerson(e), range.lowerBound - 1 > t {
                    let office = words[range.lowerBound - 1]
                    if office.isLowercaseWord, Titles.officeHeadsLowercased.contains(office), !["coach", "manager", "captain"].contains(office) { return true }
                }
                k = range.upperBound
                continue
            }
            k += 1
        }
        return false
    }

    /// The one person of the article a single word names: their surname or a name they were called by.
    func person(named word: String) -> Int? {
        guard word.isCapitalizedWord, word.count > 1 else { return nil }
        var found: Int? = nil
        for (e, entity) in document.entities.enumerated() where entity.type == .person {
            guard entity.name.split(separator: " ").last.map(String.init) == word || entity.aliases.contains(word) else { continue }
            if found != nil { return nil }
            found = e
        }
        return found
    }

    /// "the earlier Reagan-Gorbachev summit": two people the article names, joined by a hyphen before a
    /// meeting noun, are its sides (states and bodies: `hyphenatedStates`).
    func hyphenatedPair(before t: Int, lower: Int) -> [Int]? {
        var names: [String] = []
        if t - 1 >= lower { names = words[t - 1].split(separator: "-", omittingEmptySubsequences: false).map(String.init) }
        if names.count != 2, t - 3 >= lower, words[t - 2] == "-" { names = [words[t - 3], words[t - 1]] }
        guard names.count == 2, let a = person(named: names[0]), let b = person(named: names[1]), a != b else { return nil }
        return [a, b]
    }

    /// Whether the mention heads its noun phrase rather than modifying a following noun.
    func isHead(_ range: Range<Int>, upper: Int) -> Bool {
        guard let entity = document.tokenEntities[range.lowerBound] else { return false }
        let type = document.entities[entity].type
        let surface = words[range].joined(separator: " ")
        if type == .country, CountryTable.shared.lookup(surface) == nil, CountryTable.shared.lookupDemonym(surface) != nil {
            return false  // "French carmaker", "Soviet leaders"
        }
        let next = range.upperBound < upper ? words[range.upperBound] : "."
        if next == "'s" || next == "’s" || next == "'" || next == "’" { return false }  // "the Philippines' creditors"
        // Reuters brackets a company's name after what describes it: "U.S. <McDonnell Douglas Corp>".
        if type != .person, next == "<", range.upperBound + 1 < upper, participant(at: range.upperBound + 1) != nil { return false }
        if type != .person {
            if Titles.isTitleWord(next) || Titles.officeHeadsLowercased.contains(next) || ParticipantFinder.modifiedNouns.contains(next.lowercased()) { return false }
            if range.upperBound < upper, let following = participant(at: range.upperBound), following != entity, isPerson(following) { return false }
            if next == "-" || next.hasPrefix("-") { return false }  // "U.S.-Japan talks"
            if officeBeforePerson(from: range.upperBound, upper: upper) { return false }
            if modifiesCoordinatedNoun(after: range.upperBound, upper: upper) { return false }
            // "House Republicans", "Labour MPs": a capitalised plural outside any name is the noun the body modifies.
            if range.upperBound < upper, document.tokenEntities[range.upperBound] == nil, next.isCapitalizedWord, next.count > 2,
               next.hasSuffix("s"), !next.hasSuffix("ss"), !Titles.isTitleWord(next), next.dropLast().last?.isLowercaseLetter == true || next.dropLast().allSatisfy(\.isUppercaseLetter),
               !(range.upperBound + 1 < upper && words[range.upperBound + 1].isCapitalizedWord) { return false }
        }
        return true
    }

    /// "U.S. and world officials", "Japan and other creditor governments": after "and", lower-case words up to a
    /// noun a body modifies, so the body before "and" modifies it too.
    func modifiesCoordinatedNoun(after k: Int, upper: Int) -> Bool {
        guard k + 2 < upper, words[k] == "and" else { return false }
        var m = k + 1
        while m < min(upper, k + 5) {
            let w = words[m]
            guard w.isLowercaseWord, document.tokenEntities[m] == nil, !ParticipantFinder.prepositions.contains(w),
                  !["the", "a", "an", "its", "his", "her", "their"].contains(w) else { return false }
            if m > k + 1, ParticipantFinder.modifiedNouns.contains(w) || MeetingPaths.sideNouns.contains(w) {
                return m + 1 >= upper || !(words[m + 1].isLowercaseWord && ParticipantFinder.modifiedNouns.contains(words[m + 1]))
            }
            m += 1
        }
        return false
    }

    /// Whether an office phrase of lower-case words leads from `start` to a person's name ("vice
    /// president Makoto Kuroda" after "MITI"): the body before it only says whose office it is.
    func officeBeforePerson(from start: Int, upper: Int) -> Bool {
        var k = start
        while k < min(upper, start + 4) {
            let w = words[k]
            if let e = participant(at: k) { return k > start && isPerson(e) }
            guard w.isLowercaseWord, !["the", "a", "an", "and", "or"].contains(w),
                  ParticipantFinder.premodifierWords.contains(w) || Titles.isTitleWord(w.capitalizedFirst) || Titles.officeHeadsLowercased.contains(w) else { return false }
            k += 1
        }
        return false
    }

    /// Whether a token may stand inside a noun phrase before its head.
    func isPremodifier(_ k: Int, lower: Int, upper: Int) -> Bool {
        let w = words[k]
        if ParticipantFinder.premodifierWords.contains(w) || Titles.isTitleWord(w) || Titles.officeHeadsLowercased.contains(w) { return true }
        if Titles.officeModifiers.contains(w.capitalizedFirst) { return true }
        if ParticipantFinder.modifiedNouns.contains(w) { return true }
        if let range = participantRange(at: k) { return !isHead(range, upper: upper) }
        if document.tokenEntities[k] != nil { return true }  // a city or event used as a modifier
        // "minister without portfolio": one office.
        if w == "without", k > lower, k + 1 < upper, words[k + 1] == "portfolio", Titles.officeHeadsLowercased.contains(words[k - 1].lowercased()) { return true }
        if w == "portfolio", k - 1 > lower, words[k - 1] == "without" { return true }
        if (w == "of" || w == "to" || w == "for") && k > lower && k + 1 < upper {
            // Inside an office: "Chief of Staff", "Ambassador to Athens", "Secretary of State".
            let before = words[k - 1], after = words[k + 1]
            // "Chancellor of the Exchequer", "Minister of the Interior": a capitalized office (not "head of the Bank's division").
            let named = after.isCapitalizedWord || document.tokenEntities[k + 1] != nil
                || (after == "the" && before.isCapitalizedWord && k + 2 < upper && (words[k + 2].isCapitalizedWord || document.tokenEntities[k + 2] != nil))
            return (Titles.isTitleWord(before) || Titles.officeHeadsLowercased.contains(before)) && named
        }
        return false
    }

    /// A capitalized word outside any entity that is not a date word ("Deputy", "Crown").
    func isLooseCapitalized(_ k: Int) -> Bool {
        let w = words[k]
        return w.isCapitalizedWord && document.tokenEntities[k] == nil && !Titles.weekdays.contains(w) && DateResolver.monthNumbers[w] == nil
    }

    /// A lower-case word inside a noun phrase whose named head follows closely, with nothing but
    /// such words between ("the dissident shareholder group Colonial American Shareholders Committee").
    func isDescriptiveWord(_ k: Int, upper: Int) -> Bool {
        var j = k
        while j < min(upper, k + 5) {
            let w = words[j]
            if let range = participantRange(at: j) { return isHead(range, upper: upper) }
            if w == "<", j > k { j += 1; continue }
            guard w.isLowercaseWord, !ParticipantFinder.prepositions.contains(w), !ParticipantFinder.reportingVerbs.contains(w),
                  !["and", "or", "but", "that", "which", "who", "is", "was", "were", "are", "has", "had", "have", "will", "would"].contains(w) else { return false }
            j += 1
        }
        return false
    }

    /// The first token of the noun phrase a mention heads.
    func phraseStart(_ range: Range<Int>, lower: Int, upper: Int) -> Int {
        var k = range.lowerBound - 1
        while k >= lower, isPremodifier(k, lower: lower, upper: upper) { k -= 1 }
        return k + 1
    }

    /// Whether the phrase the mention heads is the object of a preposition ("in Tokyo").
    func isPrepositionObject(_ range: Range<Int>, lower: Int, upper: Int) -> Bool {
        let start = phraseStart(range, lower: lower, upper: upper)
        return start - 1 >= lower && ParticipantFinder.prepositions.contains(words[start - 1])
    }

    // MARK: - Subjects and objects

    /// The heads coordinated with (and before) the phrase headed by `range`: "A and B", "A, B and C".
    func coordinatedLeft(_ range: Range<Int>, lower: Int, upper: Int) -> [Int] {
        coordinatedGroup(range, lower: lower, upper: upper).heads
    }

    /// The coordinated heads ending with the phrase headed by `range`, and the group's first token.
    func coordinatedGroup(_ range: Range<Int>, lower: Int, upper: Int) -> (heads: [Int], start: Int) {
        guard let first = participant(at: range.lowerBound) else { return ([], range.lowerBound) }
        var heads = [first]
        var start = describedStart(phraseStart(range, lower: lower, upper: upper), lower: lower)
        var joined = false
        while start - 2 >= lower, words[start - 1] == "and" || words[start - 1] == "," {
            var j = start - 2
            if words[j] == "," { j -= 1 }
            // "Leonel Figueroa and the head of the central bank of Mexico, Miguel Mancera Aguayo": the
            // description before the comma names the person's office, not one more side.
            if words[start - 1] == ",", isPerson(first), let description = descriptionStart(endingAt: start - 2, lower: lower, upper: upper) {
                start = description
                continue
            }
            // A list ends with "and": "After a bid from A, B said" is no list.
            if words[start - 1] == ",", !joined { break }
            guard j >= lower, let other = participantRange(at: j), isHead(other, upper: upper), let entity = participant(at: j) else { break }
            if words[start - 1] == "and" { joined = true }
            if !heads.contains(entity) { heads.insert(entity, at: 0) }
            start = describedStart(phraseStart(other, lower: lower, upper: upper), lower: lower)
        }
        return (heads, start)
    }

    /// A person's phrase inside a list may open with a common noun saying what the person is ("Sir Trevor
    /// McDonald, actor Hugh Grant and writer Joanne Harris"): the phrase starts there, so the list goes on.
    private func describedStart(_ start: Int, lower: Int) -> Int {
        guard start - 2 >= lower, let e = participant(at: start), isPerson(e), [",", "and"].contains(words[start - 2]) else { return start }
        let w = words[start - 1]
        guard w.isLowercaseWord, w.count >= 3, w.allSatisfy(\.isLetter), !w.hasSuffix("ed"), !w.hasSuffix("ly"),
              !ParticipantFinder.prepositions.contains(w), !ParticipantFinder.reportingVerbs.contains(w),
              !MeetingTriggers.clauseBreaks.contains(w), MeetingTriggers.words[w] == nil,
              !["the", "and", "also", "then", "has", "have", "had", "was", "were", "are", "will", "would", "can", "could", "may", "not"].contains(w)
        else { return start }
        return start - 1
    }

    /// A subject found walking left from a trigger.
    enum Subject {
        case entities([Int], start: Int)
        case pronoun(Int)
        /// "X, who met ...": the relative pronoun's antecedent.
        case relative([Int])
        /// Walking stopped at a reporting verb ("Yeutter said ... a meeting with"): the heads before it.
        case reporter([Int], pronoun: Int?, verb: Int)
        case none
    }

    /// Prepositions whose object stays inside the noun phrase before it ("the heads of A and B"); not "including",
    /// "between", "by" or "with", which name members or sides.
    static let phraseInternalPrepositions: Set<String> = ["of", "in", "at", "from", "for", "to", "on", "into", "over", "against", "under"]

    static let leftBreaks: Set<String> = [";", ":", "\"", "“", "”", "that", "which", "but", "But", "while", "whereas", "although", "because", "if", "unless", "(", ")", "whether"]
    /// Common nouns for a company ("the bank", "the firm").
    static let bodyClassNouns: Set<String> = ["company", "firm", "bank", "group", "corporation"]
    static let reportingVerbs: Set<String> = ["said", "says", "told", "tells", "added", "announced", "reported"]

    func subject(before t: Int, lower: Int, upper: Int) -> Subject {
        var k = t - 1
        var steps = 0
        while k >= lower, steps < 30 {
            let w = words[k]
            // "Euronext, which combines the Paris and Lisbon exchanges, also began talks": a relative clause closed
            // before the trigger is a parenthesis; the clause the trigger is in is about its antecedent.
            // Not when the antecedent only ends a phrase ("Shares of Euronext, which ..., rose after talks").
            if ["which", "who"].contains(w), let antecedent = antecedent(ofRelative: k, lower: lower, upper: upper),
               let close = words[(k + 1)..<t].lastIndex(of: ","),
               let range = (lower..<k).last(where: { participant(at: $0) == antecedent }).flatMap(participantRange(at:)),
               !isPrepositionObject(range, lower: lower, upper: upper) {
                // "Fernandez and deputy governor Singson, who is in Manila, conferred": the antecedent with its conjuncts.
                let group = coordinatedGroup(range, lower: lower, upper: upper)
                return .entities(group.heads.contains(antecedent) ? group.heads : [antecedent], start: close + 1)
            }
            if ParticipantFinder.leftBreaks.contains(w) { return .none }
            // "progress in talks with X, as well as progress in negotiations with Y": a new conjunct, not a subject.
            if w == "as", k + 3 < t, words[k + 1] == "well", words[k + 2] == "as", words[k + 3].isLowercaseWord { return .none }
            // "is reported to have held talks": a passive, not a speaker.
            if ParticipantFinder.reportingVerbs.contains(w), !(k > lower && ["is", "was", "are", "were", "been", "be"].contains(words[k - 1])),
               !isAttributiveParticiple(k, lower: lower) {
                return reporter(before: k, lower: lower, upper: upper)
            }
            if ["he", "He", "she", "She", "they", "They"].contains(w) { return .pronoun(k) }
            // "X told the SEC it expects to meet Y": a subject "it" is the side, not a name further left. Right after a
            // reporting verb ("X said it met Y") the walk goes on to the speaker, as before.
            // Not the subject of a passive ("It will be discussed by officials"): that is what is met about.
            if ["it", "It"].contains(w), k + 1 < t, words[k + 1].isLowercaseWord, !ParticipantFinder.prepositions.contains(words[k + 1]),
               !["be", "been", "is", "was", "are", "were", "being"].contains(words[t - 1]),
               !(k - 1 >= lower && ParticipantFinder.reportingVerbs.contains(words[k - 1])),
               !(k - 2 >= lower && words[k - 1] == "that" && ParticipantFinder.reportingVerbs.contains(words[k - 2])) {
                return .pronoun(k)
            }
            // "When we played Barcelona, I spoke with ...": a first-person subject speaks in a quotation; no name further left.
            if ["I", "we", "We"].contains(w) { return .none }
            // "The bank aims to cut rates and is holding talks": a company's class noun as the subject stands for the one
            // company named before, as "its" does.
            if ParticipantFinder.bodyClassNouns.contains(w), k - 1 >= lower, ["the", "The"].contains(words[k - 1]),
               k + 1 < upper, !["'s", "’s", "of", "'", "’"].contains(words[k + 1]),
               !(k - 2 >= lower && ParticipantFinder.prepositions.contains(words[k - 2].lowercased())),
               let body = resolveBody(at: k - 1, sentence: document.sentenceIndex(ofToken: k)) {
                return .entities([body], start: k - 1)
            }
            // "But the London exchange is also holding talks": a description of one body the article named.
            if w.isLowercaseWord, let body = describedBody(at: k, lower: lower, upper: upper),
               let d = (max(lower, k - 3)..<k).last(where: { ["the", "The"].contains(words[$0]) }),
               !(d - 1 >= lower && ParticipantFinder.prepositions.contains(words[d - 1].lowercased())) {
                return .entities([body], start: d)
            }
            if ParticipantFinder.countedGroupNouns.contains(w) || ParticipantFinder.countedBodyNouns.contains(w), k - 1 >= lower, isCounted(k) {
                return .pronoun(k)
            }
            if w == "pair", k - 1 >= lower, ["the", "The"].contains(words[k - 1]) { return .pronoun(k) }
            if k - 1 >= lower, Titles.officeHeads.contains(w) || Titles.officeHeadsLowercased.contains(w), participant(at: k) == nil,
               k + 1 < upper, participant(at: k + 1) == nil {
                // "the Crown Prince paid a call": the one person the article gave that title.
                var j = k - 1
                while j >= lower, Titles.isTitleWord(words[j]) || CountryTable.shared.lookupDemonym(words[j]) != nil { j -= 1 }
                if j >= lower, ["the", "The"].contains(words[j]) {
                    if let e = resolveDescription(w, before: j) { return .entities([e], start: j) }
                    return .none
                }
            }
            if w == "who" || w == "whom" {
                if let entity = antecedent(ofRelative: k, lower: lower, upper: upper) { return .relative([entity]) }
                return .none
            }
            if let range = participantRange(at: k) {
                // "The mission, headed by Gabin Ran Kankani, met ...": the one who leads a group speaks for it.
                let start = phraseStart(range, lower: lower, upper: upper)
                if isHead(range, upper: upper), let e = participant(at: k), isPerson(e), start - 2 >= lower, words[start - 1] == "by",
                   ["led", "headed"].contains(words[start - 2]) {
                    return .entities([e], start: start)
                }
                if isHead(range, upper: upper) && !isPrepositionObject(range, lower: lower, upper: upper) {
                    // "U.S. semiconductor industry representatives met with Baldrige": the name only modifies the unnamed
                    // subject the trigger follows; representatives or officials are no side of the body they come from.
                    if modifiesUnnamedSubject(range, trigger: t) { return .none }
                    let group = coordinatedGroup(range, lower: lower, upper: upper)
                    // "The heads of the central banks of Mexico and Peru have met": the coordination as a whole is the
                    // object of a preposition inside the subject, as a single name would be.
                    if group.heads.count >= 2, group.start - 1 >= lower, ParticipantFinder.phraseInternalPrepositions.contains(words[group.start - 1]) {
                        k = group.start - 1
                        steps += 1
                        continue
                    }
                    return .entities(group.heads, start: group.start)
                }
                k = range.lowerBound - 1
                steps += 1
                continue
            }
            k -= 1
            steps += 1
        }
        return .none
    }

    /// The named antecedent of the relative pronoun at `k` ("Gorbachev, who", "Euronext, which"): the name right
    /// before it, or the name a description before it is in apposition with ("Stephen Schechter, a UK investment
    /// banker who").
    func antecedent(ofRelative k: Int, lower: Int, upper: Int) -> Int? {
        func named(_ j: Int, person: Bool?) -> Int? {
            guard j >= lower, let range = participantRange(at: j), isHead(range, upper: upper), let e = participant(at: j) else { return nil }
            if let person, isPerson(e) != person { return nil }
            return e
        }
        var j = k - 1
        if j >= lower, words[j] == "," { j -= 1 }
        if let e = named(j, person: nil) { return e }
        guard words[k] != "which" else { return nil }
        var c = j
        while c > lower, j - c < 8, words[c] != "," {
            if ParticipantFinder.reportingVerbs.contains(words[c]) || ParticipantFinder.leftBreaks.contains(words[c]) { return nil }
            if let e = participant(at: c), isPerson(e) { return nil }
            c -= 1
        }
        guard c > lower, words[c] == ",", c + 1 < j, ["a", "an", "the"].contains(words[c + 1]) else { return nil }
        return named(c - 1, person: true)
    }

    /// "its previously reported share offering", "the announced merger": a determiner before the verb (and its
    /// adverbs) makes it an adjective, not a report.
    func isAttributiveParticiple(_ k: Int, lower: Int) -> Bool {
        var j = k - 1
        while j >= lower, words[j].hasSuffix("ly"), words[j].isLowercaseWord { j -= 1 }
        return j >= lower && (MeetingTriggers.determiners.contains(words[j].lowercased()) || ["its", "his", "her", "their", "our"].contains(words[j].lowercased()))
    }

    private func reporter(before k: Int, lower: Int, upper: Int) -> Subject {
        var j = k - 1
        while j >= lower, ["also", "later", "earlier", "has", "had", "have"].contains(words[j]) { j -= 1 }
        guard j >= lower else { return .none }
        // "Volkswagen AG <VOWG.F> said": Reuters puts the company's ticker after its name.
        if words[j].count > 2, words[j].hasPrefix("<"), words[j].hasSuffix(">") { j -= 1 }
        else if words[j] == ">", let open = (max(lower, j - 4)..<j).last(where: { words[$0] == "<" }) { j = open - 1 }
        guard j >= lower else { return .none }
        // "Alan Garcia, whom he said recently spoke with ...": the speaker is a parenthesis; the relative pronoun is the subject.
        if ["he", "she", "they"].contains(words[j]), j - 1 >= lower, ["who", "whom"].contains(words[j - 1]) {
            var a = j - 2
            if a >= lower, words[a] == "," { a -= 1 }
            if a >= lower, let range = participantRange(at: a), isHead(range, upper: upper), let entity = participant(at: a) { return .relative([entity]) }
        }
        if ["he", "He", "she", "She"].contains(words[j]) { return .reporter([], pronoun: j, verb: k) }
        if let range = participantRange(at: j), isHead(range, upper: upper) { return .reporter(coordinatedLeft(range, lower: lower, upper: upper), pronoun: nil, verb: k) }
        // "The company said it ...", "It said it ...": an unnamed body reports; the "it" after the verb stands for it.
        if (words[j] == "It" || words[j] == "it") || (ParticipantFinder.bodyClassNouns.contains(words[j]) && j - 1 >= lower && ["the", "The"].contains(words[j - 1])) {
            return .reporter([], pronoun: nil, verb: k)
        }
        return .none
    }

    /// The organization or country that closes the sentence as its speaker (", the LSE said."), if any; a person
    /// reporting talks is often only their witness.
    func closingSpeakingBody(lower: Int, upper: Int) -> Int? {
        var end = upper - 1
        if end > lower, [".", "\"", "”"].contains(words[end]) { end -= 1 }
        guard end - 2 > lower, ["said", "says"].contains(words[end]), let e = participant(at: end - 1), !isPerson(e),
              let range = participantRange(at: end - 1), range.lowerBound - 1 > lower else { return nil }
        let before = range.lowerBound - 1
        return words[before] == "," || (["the", "The"].contains(words[before]) && words[before - 1] == ",") ? e : nil
    }

    /// "Asamera said its talks", "Funaro said that his talks": the named speaker a possessive right
    /// after a reporting verb stands for, when it is one of the pronoun's kind (a body for "its", a person for "his").
    func reportingOwner(ofPossessive p: Int, lower: Int, upper: Int) -> Int? {
        var verb = p - 1
        if verb >= lower, words[verb] == "that" { verb -= 1 }
        guard verb > lower, ParticipantFinder.reportingVerbs.contains(words[verb]),
              case .reporter(let heads, nil, _) = reporter(before: verb, lower: lower, upper: upper), heads.count == 1 else { return nil }
        let body = ["its", "Its"].contains(words[p])
        return isPerson(heads[0]) != body ? heads[0] : nil
    }

    /// "Within hours of his final talks with Thorpe, Sir Edward told ...": a possessive inside a phrase
    /// fronted before the main clause stands for that clause's subject, when it is of the pronoun's kind.
    func frontedOwner(ofPossessive p: Int, trigger t: Int, lower: Int, upper: Int) -> Int? {
        guard ParticipantFinder.prepositions.contains(words[lower].lowercased()), !words[lower..<p].contains(","),
              let comma = words[t..<upper].firstIndex(of: ",") else { return nil }
        guard let subject = objects(from: comma + 1, upper: upper, lower: lower).heads.first,
              let end = (comma + 1..<upper).first(where: { participant(at: $0) == subject }).flatMap({ participantRange(at: $0)?.upperBound }),
              end < upper, words[end].isLowercaseWord, !ParticipantFinder.prepositions.contains(words[end]) else { return nil }
        let body = ["its", "Its"].contains(words[p])
        return isPerson(subject) != body ? subject : nil
    }

    /// The organization or country that modifies a person's phrase ("Anglo American spokesman John
    /// Kingsley-Jones"), found before the person's last mention ahead of `before`.
    func bodyModifying(person: Int, before t: Int, lower: Int) -> Int? {
        var k = t - 1
        while k >= lower, document.entity(atToken: k, types: [.person]) != person { k -= 1 }
        guard k >= lower, let range = document.mentionRange(atToken: k) else { return nil }
        var j = range.lowerBound - 1
        while j >= lower, range.lowerBound - j <= 6 {
            if let e = participant(at: j), !isPerson(e), let r = participantRange(at: j), !isHead(r, upper: range.upperBound) { return e }
            if !isPremodifier(j, lower: lower, upper: range.upperBound) && !isLooseCapitalized(j) { return nil }
            j -= 1
        }
        return nil
    }

    /// A token that may stand in an office description ("the head of the central bank of Mexico").
    private func isDescriptionToken(_ k: Int, lower: Int, upper: Int) -> Bool {
        if let e = participant(at: k) { return !isPerson(e) }
        return words[k] == "of" || isPremodifier(k, lower: lower, upper: upper) || Titles.officeModifiers.contains(words[k].capitalizedFirst)
    }

    /// Whether a token names an office ("head", "president", "minister").
    private func isOfficeWord(_ k: Int) -> Bool {
        participant(at: k) == nil && (Titles.officeHeadsLowercased.contains(words[k].lowercased()) || ["head", "chief", "chairman", "boss", "leader", "governor"].contains(words[k]))
    }

    /// The first token of an office description ending at `end` ("the head of the central bank of
    /// Mexico"), when it opens with a determiner and holds an office word and "of"; nil otherwise.
    func descriptionStart(endingAt end: Int, lower: Int, upper: Int) -> Int? {
        var k = end
        while k >= lower, end - k < 12, !["and", ","].contains(words[k]), isDescriptionToken(k, lower: lower, upper: upper) { k -= 1 }
        let start = k + 1
        guard start <= end, ["the", "The"].contains(words[start]) else { return nil }
        let phrase = start...end
        guard phrase.contains(where: { words[$0] == "of" }), phrase.contains(where: isOfficeWord) else { return nil }
        return start
    }

    /// From the "of" of an office description ("the president of the bank of Mexico, Miguel Mancera
    /// Aguayo"), the first token of the person's name after the comma, when the description reaches it.
    func personAfterDescription(from of: Int, lower: Int, upper: Int) -> Int? {
        guard of > lower, isOfficeWord(of - 1) else { return nil }
        var k = of + 1
        while k < min(upper, of + 10), isDescriptionToken(k, lower: lower, upper: upper) { k += 1 }
        // "chairman of the executive committee Shepard Broad": the name may follow a description of lower-case words at once.
        var m = k
        while m < min(upper, of + 8), participant(at: m) == nil, words[m].isLowercaseWord,
              !ParticipantFinder.prepositions.contains(words[m]) || words[m] == "of", !ParticipantFinder.reportingVerbs.contains(words[m]),
              !["and", "or", "who", "which", "that", "is", "was", "will", "has", "had"].contains(words[m]) { m += 1 }
        if m > of + 1, m < upper, let e = participant(at: m), isPerson(e), document.tokenEntities[m - 1] == nil { return m }
        guard k + 1 < upper, words[k] == ",", let e = participant(at: k + 1), isPerson(e) else { return nil }
        return k + 1
    }

    /// "energy and mines minister Arturo Hernandez", "trade and industry minister X": from the word after an "and"
    /// inside a description, whether a few lower-case words lead to an office word and then a person's name, so
    /// the "and" joins two parts of one office rather than two members of a list.
    func officeContinues(after and: Int, upper: Int) -> Bool {
        var k = and + 1
        var sawOffice = false
        while k < min(upper, and + 6) {
            if let e = participant(at: k) { return sawOffice && isPerson(e) }
            let w = words[k]
            guard w.isLowercaseWord || Titles.isTitleWord(w), !ParticipantFinder.prepositions.contains(w),
                  !["the", "a", "an", "and", "or", "his", "her", "its", "their", "will", "would", "has", "have", "had", "is", "was"].contains(w) else { return false }
            if Titles.officeHeadsLowercased.contains(w.lowercased()) || Titles.isTitleWord(w.capitalizedFirst) { sawOffice = true }
            k += 1
        }
        return false
    }

    /// Heads of the coordinated noun phrases starting at `start`: "X", "X and Y", "X, Y and Z",
    /// "X, the veteran secretary general of Z, and Y". Also returns a pronoun object ("with him").
    /// With `unnamedFirst`, a list may open with an unnamed member ("meet the Senate Agriculture members and
    /// Undersecretary Allen Wallis") or an unnamed phrase the names are in apposition with ("negotiating with two
    /// of its former customers, Panhandle Eastern and Distrigas"); the names are heads only when the list closes
    /// there (at punctuation, a preposition or "to"), not when they are the subject of a clause going on.
    func objects(from start: Int, upper: Int, lower: Int, unnamedFirst: Bool = false) -> (heads: [Int], pronoun: Int?, end: Int) {
        var heads: [Int] = []
        var k = start
        var expecting = true
        var phraseLength = 0
        var unnamedAt: Int? = nil
        var lastHeadEnd = start
        while k < upper {
            let w = words[k]
            if expecting {
                if let range = participantRange(at: k), let entity = participant(at: k) {
                    if isHead(range, upper: upper) {
                        // "..., Chief Cabinet Secretary X told reporters": a speaker, not one more side.
                        if !heads.isEmpty, range.upperBound < upper, ParticipantFinder.reportingVerbs.contains(words[range.upperBound]) { break }
                        if !heads.contains(entity) { heads.append(entity) }
                        k = range.upperBound
                        lastHeadEnd = k
                        expecting = false
                    } else if let last = heads.last, !isPerson(last), document.entities[entity].type == .organization, phraseLength == 0, k > start, words[k - 1] == "and",
                              range.upperBound < upper, MeetingPaths.sideNouns.contains(words[range.upperBound].lowercased()) {
                        // "met World Bank and International Monetary Fund officials": both bodies modify the side noun;
                        // the first was taken as a side, so is the second.
                        if !heads.contains(entity) { heads.append(entity) }
                        k = range.upperBound
                        expecting = false
                    } else {
                        k = range.upperBound
                        phraseLength += 1
                    }
                    continue
                }
                if heads.isEmpty, ["him", "her", "them"].contains(w), k + 1 >= upper || !(words[k + 1].isLowercaseWord && ParticipantFinder.modifiedNouns.contains(words[k + 1])) {
                    return ([], k, k + 1)
                }
                if w == ",", phraseLength > 0, k > start, ParticipantFinder.modifiedNouns.contains(words[k - 1]) || Titles.officeHeadsLowercased.contains(words[k - 1]) {
                    k += 1  // "his Israeli counterpart, Ariel Sharon"
                    // "senior West German officials, including Finance Minister Gerhard Stoltenberg": the named members.
                    if k < upper, words[k] == "including" { k += 1 }
                    continue
                }
                // "Defense Minister Rafael Samudio, military chiefs and Energy Minister Guillermo Perry": an unnamed
                // member inside a list, before its last member, neither ends the list nor counts.
                if !heads.isEmpty, k > start, words[k - 1] == ",", let next = unnamedMemberEnd(from: k, start: k, upper: upper), words[next - 1] == "and" {
                    k = next
                    phraseLength = 0
                    continue
                }
                // "the president of the bank of Mexico, Miguel Mancera Aguayo": the person the description is in apposition with.
                if w == "of", phraseLength > 0, let person = personAfterDescription(from: k, lower: lower, upper: upper) {
                    k = person
                    continue
                }
                // A name that is no side but holds a list word is one modifier; so is an office's "and" between
                // capitalized words ("Trade and Industry Minister Hajime Tamura").
                if phraseLength < 8, let range = document.mentionRange(atToken: k), range.count > 1 {
                    k = range.upperBound
                    phraseLength += 1
                    continue
                }
                if w == "and", phraseLength > 0, k > start, k + 1 < upper,
                   (isLooseCapitalized(k - 1) && isLooseCapitalized(k + 1)) || (words[k - 1].isLowercaseWord && officeContinues(after: k, upper: upper)) {
                    k += 1
                    phraseLength += 1
                    continue
                }
                // Reuters brackets a company's name or ticker: "company <Antibioticos SA>".
                if w == "<" { k += 1; continue }
                // "talks with the London exchange": a description of one body the article named.
                if w.isLowercaseWord, k > start, let body = describedBody(at: k, lower: lower, upper: upper) {
                    if !heads.contains(body) { heads.append(body) }
                    k += 1
                    lastHeadEnd = k
                    expecting = false
                    continue
                }
                if phraseLength < 8, isPremodifier(k, lower: lower, upper: upper) || isLooseCapitalized(k) || isDescriptiveWord(k, upper: upper) {
                    k += 1
                    phraseLength += 1
                    continue
                }
                if unnamedFirst, heads.isEmpty, unnamedAt == nil, let next = unnamedMemberEnd(from: k, start: start, upper: upper) {
                    unnamedAt = k
                    k = next; phraseLength = 0
                    continue
                }
                break
            }
            // "Sens. Christopher Dodd of Connecticut, Lloyd Bentsen of Texas and ...": a person's place is no side
            // and does not end the list.
            if w == "of", let last = heads.last, isPerson(last), k + 1 < upper,
               document.entity(atToken: k + 1, types: [.city, .place, .country]) != nil, let place = document.mentionRange(atToken: k + 1),
               place.upperBound < upper, [",", "and", "&"].contains(words[place.upperBound]) {
                k = place.upperBound
                continue
            }
            // "Pratt Hotel Corp <PRAT> and Southmark Corp <SM>": a ticker or closing bracket after a name.
            if w == ">" || (w.count > 2 && w.hasPrefix("<") && w.hasSuffix(">")) { k += 1; continue }
            if w == "<", let close = (k + 1..<min(upper, k + 5)).first(where: { words[$0] == ">" }) {
                k = close + 1
                continue
            }
            // "the European Community (EC) and the United States": the head's acronym or other name in brackets.
            if w == "(", let last = heads.last, k + 2 < upper, words[k + 2] == ")",
               participant(at: k + 1) == last || ResolutionState.isAcronym(words[k + 1]) {
                k += 3
                continue
            }
            // After a head: a list goes on with "and", ",", ", and"; an apposition may stand between.
            if w == "and" || w == "&" {
                k += 1; expecting = true; phraseLength = 0; continue
            }
            if w == "," {
                if k + 1 < upper, words[k + 1] == "and" { k += 2; expecting = true; phraseLength = 0; continue }
                if let next = appositionEnd(after: k, upper: upper, lower: lower) { k = next; continue }
                k += 1; expecting = true; phraseLength = 0
                continue
            }
            break
        }
        // "met minister X and will today hold talks": a list closed by "and" before a coordinated verb is closed there.
        let closedBeforeClause = expecting && k > start && k < upper && words[k - 1] == "and"
            && ["will", "would", "is", "was", "are", "were", "has", "had", "have", "said", "says", "also", "then", "later"].contains(words[k])
        if closedBeforeClause { k -= 1 }
        if let unnamedAt, heads.isEmpty || (!closedBeforeClause && k < upper && ![",", ".", ";", ":", "to"].contains(words[k]) && !ParticipantFinder.prepositions.contains(words[k]))
            || speakerFollows(from: lastHeadEnd, upper: upper) {
            return ([], nil, unnamedAt)
        }
        return (heads, nil, k)
    }

    /// Whether the name ending at `k` is a speaker's: a reporting verb follows it, or follows one apposition
    /// or bracket after it ("..., John Shilling, director of the bank's division, said").
    private func speakerFollows(from k: Int, upper: Int) -> Bool {
        guard k < upper else { return false }
        if ParticipantFinder.reportingVerbs.contains(words[k]) { return true }
        if words[k] == "<", let close = (k + 1..<min(upper, k + 5)).first(where: { words[$0] == ">" }) { return speakerFollows(from: close + 1, upper: upper) }
        guard [",", "("].contains(words[k]) else { return false }
        let close = words[k] == "(" ? ")" : ","
        guard let end = (k + 1..<min(upper, k + 14)).first(where: { words[$0] == close || [".", ";"].contains(words[$0]) }), words[end] == close else { return false }
        return end + 1 < upper && ParticipantFinder.reportingVerbs.contains(words[end + 1])
    }

    /// After an unnamed phrase of lower-case words and numbers opening a list at `start` and reaching `k`, the
    /// first token of the next member (after "and", "," or ", and"), if the phrase is short and is no clause.
    private func unnamedMemberEnd(from k: Int, start: Int, upper: Int) -> Int? {
        // "House leaders pressing for a tough trade bill, including Congressman Richard Gephardt": a longer
        // description of the group, closed by ", including".
        if let including = (k..<min(upper - 1, start + 14)).first(where: { words[$0] == "," && words[$0 + 1] == "including" }),
           (k..<including).allSatisfy({ participant(at: $0) == nil && !ParticipantFinder.reportingVerbs.contains(words[$0])
               && !ParticipantFinder.leftBreaks.contains(words[$0]) && ![",", "who", "is", "are", "was", "were", "to", "with"].contains(words[$0]) }) {
            return including + 2
        }
        var m = k
        while m < upper, m - start < 8 {
            let w = words[m]
            if w == "and" || w == "," || w == "including" { break }
            guard w.isLowercaseWord || w.allSatisfy(\.isNumber) || ["'s", "’s"].contains(w), participant(at: m) == nil,
                  !ParticipantFinder.reportingVerbs.contains(w), !ParticipantFinder.leftBreaks.contains(w),
                  w == "of" || !ParticipantFinder.prepositions.contains(w), !MeetingTriggers.nonParticipantObjects.contains(w),
                  !["is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "who", "to", "with", "but", "or"].contains(w) else { return nil }
            m += 1
        }
        guard m > start, m + 1 < upper, ["and", ",", "including"].contains(words[m]) else { return nil }
        // "congressional leaders, including House Speaker Jim Wright and ...": the names are members of the unnamed group.
        if words[m] == ",", ["including", "and"].contains(words[m + 1]) { return m + 2 }
        return m + 1
    }

    /// ", the veteran secretary general of the Bolivian Labour Organization (cob) and" → the
    /// index of the "and"/"," that continues the list, when the apposition holds no head.
    private func appositionEnd(after comma: Int, upper: Int, lower: Int) -> Int? {
        guard comma + 1 < upper, ["the", "a", "an", "his", "her", "their", "its"].contains(words[comma + 1]) || Titles.isTitleWord(words[comma + 1]) || Titles.officeHeadsLowercased.contains(words[comma + 1]) else { return nil }
        var j = comma + 1
        while j < upper, j - comma < 18 {
            let w = words[j]
            if w == "," || w == "and" {
                // The list continues only if a head phrase follows.
                var m = j + 1
                if w == "," && m < upper && words[m] == "and" { m += 1 }
                var length = 0
                while m < upper, length < 8 {
                    if let range = participantRange(at: m) {
                        if isHead(range, upper: upper) { return w == "," ? j : j }
                        m = range.upperBound; length += 1; continue
                    }
                    if isPremodifier(m, lower: lower, upper: upper) || words[m].isCapitalizedWord { m += 1; length += 1; continue }
                    break
                }
                return nil
            }
            if w != "(" && w != ")" && ParticipantFinder.leftBreaks.contains(w) || ParticipantFinder.reportingVerbs.contains(w) || w == "." { return nil }
            if let range = participantRange(at: j), isHead(range, upper: upper), !isPrepositionObject(range, lower: lower, upper: upper) { return nil }
            j += 1
        }
        return nil
    }

    // MARK: - Pronouns

    /// The one person named earlier in the article right after the title `head` ("Crown Prince Abdullah").
    func resolveDescription(_ head: String, before t: Int) -> Int? {
        guard let people = describedPeople[head.lowercased()] else { return nil }
        var low = 0, high = people.starts.count  // the number of entries starting before t
        while low < high {
            let mid = (low + high) / 2
            if people.starts[mid] < t { low = mid + 1 } else { high = mid }
        }
        return low > 0 && people.distinct[low - 1] == 1 ? people.first : nil
    }

    /// The named person a singular pronoun refers to, when unambiguous: the only person named
    /// earlier in the sentence (other than `excluding`); otherwise, if none is, the only person of
    /// the nearest earlier sentence naming people, or the person that sentence opens with when the
    /// pronoun opens its own sentence. The search is capped at the three sentences before the pronoun's
    /// own (each at most `SentenceSplitter.maxTokens` tokens), so it costs the same however long the article.
    func resolveSingular(at t: Int, sentence s: Int, excluding: Set<Int>) -> Int? {
        // '"... without Ronald Reagan," he told reporters': the speaker of a quotation is none of the people it names.
        if let open = openingQuote(ofQuoteClosedBefore: t, sentence: s) {
            var named = excluding
            for k in open..<t { if let e = document.entity(atToken: k, types: [.person]) { named.insert(e) } }
            return resolveSingular(at: open, sentence: document.sentenceIndex(ofToken: open), excluding: named, opensClause: true)
        }
        return resolveSingular(at: t, sentence: s, excluding: excluding, opensClause: opensClause(t, sentence: s))
    }

    private func resolveSingular(at t: Int, sentence s: Int, excluding: Set<Int>, opensClause: Bool) -> Int? {
        let lower = document.sentences[s].tokenRange.lowerBound
        var here: [Int] = []
        for k in lower..<t {
            if let e = document.entity(atToken: k, types: [.person]), !excluding.contains(e), !here.contains(e) { here.append(e) }
        }
        if here.count == 1 { return here[0] }
        if here.count > 1 { return nil }
        var p = s - 1
        while p >= 0, p >= s - 3 {
            let range = document.sentences[p].tokenRange
            var people: [Int] = []
            for k in range {
                if let e = document.entity(atToken: k, types: [.person]), !excluding.contains(e), !people.contains(e) { people.append(e) }
            }
            if people.count == 1 { return people[0] }
            if people.count > 1 {
                // A sentence-initial "He" continues the previous sentence's subject.
                guard opensClause || ["He", "She"].contains(words[t]) || sentenceOpensWithPronoun(s) else { return nil }
                if let opener = openingPerson(sentence: p), !excluding.contains(opener) { return opener }
                return nil
            }
            p -= 1
        }
        return nil
    }

    /// Whether a pronoun is the subject opening its sentence's main clause: first, or right after one fronted
    /// phrase and its comma ("Yesterday, he held talks", "During his stay, he was to meet").
    private func opensClause(_ t: Int, sentence s: Int) -> Bool {
        let lower = document.sentences[s].tokenRange.lowerBound
        if t == lower { return true }
        guard t - 1 > lower, words[t - 1] == ",", t - lower <= 12, words[lower].isCapitalizedWord,
              !words[lower..<(t - 1)].contains(where: { [",", "\"", "“", "”", "said", "says", "and", "but"].contains($0) }) else { return false }
        return !(lower..<t).contains { document.entity(atToken: $0, types: ParticipantFinder.participantTypes) != nil }
    }

    /// The opening quotation mark of a quotation that closes right before `t` ('"...," he said'), looked for
    /// in the pronoun's sentence and the two before it.
    private func openingQuote(ofQuoteClosedBefore t: Int, sentence s: Int) -> Int? {
        let lower = document.sentences[s].tokenRange.lowerBound
        var close = t - 1
        if close >= lower, words[close] == "," { close -= 1 }
        guard close >= lower, ["\"", "”"].contains(words[close]) else { return nil }
        let first = document.sentences[max(0, s - 2)].tokenRange.lowerBound
        var k = close - 1
        while k >= first {
            if ["\"", "“"].contains(words[k]) { return k }
            if words[k] == "”" { return nil }
            k -= 1
        }
        return nil
    }

    private func sentenceOpensWithPronoun(_ s: Int) -> Bool {
        let range = document.sentences[s].tokenRange
        return range.count > 0 && ["He", "She"].contains(words[range.lowerBound])
    }

    /// The person a sentence opens with as its subject ("Gen Musharraf held talks ..."), if any: after a fronted
    /// phrase ("Before meeting with Bush, the Crown Prince paid ..."), as a title the article gave one person, or,
    /// when unnamed speakers report ("Officials said Baldrige will meet ..."), the reported clause's subject.
    func openingPerson(sentence p: Int) -> Int? {
        let range = document.sentences[p].tokenRange
        var begin = range.lowerBound
        guard begin < range.upperBound else { return nil }
        if ParticipantFinder.prepositions.contains(words[begin].lowercased()) || words[begin].hasSuffix("ing"),
           let comma = words[begin..<min(range.upperBound, begin + 12)].firstIndex(of: ",") {
            begin = comma + 1
        }
        var k = begin
        var reported = false
        while k < range.upperBound, k - begin < 10 {
            if let r = participantRange(at: k), let e = participant(at: k) {
                if isHead(r, upper: range.upperBound) {
                    // "Joe Clark and James Baker left": a pronoun after a coordinated subject could be either.
                    if r.upperBound + 1 < range.upperBound, ["and", ","].contains(words[r.upperBound]),
                       objects(from: r.upperBound + 1, upper: range.upperBound, lower: range.lowerBound).heads.contains(where: isPerson) { return nil }
                    return isPerson(e) ? e : nil
                }
                k = r.upperBound; continue
            }
            let w = words[k]
            if Titles.officeHeads.contains(w) || Titles.officeHeadsLowercased.contains(w), k + 1 < range.upperBound, participant(at: k + 1) == nil,
               (begin..<k).contains(where: { ["the", "The"].contains(words[$0]) }) {
                return resolveDescription(w, before: k)
            }
            if !reported, ParticipantFinder.reportingVerbs.contains(w) {
                reported = true
                begin = k + 1 < range.upperBound && words[k + 1] == "that" ? k + 2 : k + 1
                k = begin
                continue
            }
            if !isPremodifier(k, lower: range.lowerBound, upper: range.upperBound) && !w.isCapitalizedWord { return nil }
            k += 1
        }
        return nil
    }

    /// The organization or country "its" refers to: the only one named earlier in the sentence
    /// ("Rover's disclosure of its talks"), else the only one of the previous sentence.
    func resolveBody(at t: Int, sentence s: Int) -> Int? {
        // "Entertainment Marketing told the SEC it expects to meet ...": the one told is not what "it" stands for.
        var told: Int? = nil
        var a = t - 1
        if a >= 0, words[a] == "that" { a -= 1 }
        if a >= 0, let r = document.mentionRange(atToken: a), r.upperBound == a + 1, let e = participant(at: a) {
            var v = r.lowerBound - 1
            while v >= 0, ["the", "The"].contains(words[v]) { v -= 1 }
            if v >= 0, ["told", "tells", "tell", "informed", "assured", "notified", "warned"].contains(words[v]) { told = e }
        }
        for p in (told == nil ? [s, s - 1] : [s]) where p >= 0 {
            let range = document.sentences[p].tokenRange
            var bodies: [Int] = []
            for k in range.lowerBound..<(p == s ? t : range.upperBound) {
                if let e = participant(at: k), !isPerson(e), document.entities[e].type == .organization, !bodies.contains(e), e != told { bodies.append(e) }
            }
            if bodies.count == 1 { return bodies[0] }
            if bodies.count > 1 { return nil }
        }
        return nil
    }

    /// The company a business story is about: the organization whose name opens one of its first two sentences
    /// ("USAir Group Inc said ..."). "The company said it" later in the story stands for it when the sentences
    /// before name more than one body.
    func leadBody() -> Int? {
        for sentence in document.sentences.prefix(2) {
            let first = sentence.tokenRange.lowerBound
            guard sentence.tokenRange.count > 1, let e = participant(at: first), document.entities[e].type == .organization,
                  let range = participantRange(at: first), range.upperBound < sentence.tokenRange.upperBound,
                  !["'s", "’s", "and", "-"].contains(words[range.upperBound]) else { continue }
            return e
        }
        return nil
    }

    /// "the hospital", "the London exchange": a definite description whose noun is a word of the name of exactly one
    /// body the article named before, and whose capitalised modifiers are all in that name, stands for that body.
    /// `k` is the noun; it must close its phrase (not "the exchange rate", "the bank's", "the committee of").
    func describedBody(at k: Int, lower: Int, upper: Int) -> Int? {
        let noun = words[k]
        guard noun.isLowercaseWord, noun.count >= 4, noun.allSatisfy(\.isLetter), document.tokenEntities[k] == nil,
              !Titles.officeHeadsLowercased.contains(noun), !ParticipantFinder.prepositions.contains(noun) else { return nil }
        if k + 1 < upper {
            let next = words[k + 1]
            if ["'s", "’s", "'", "’", "of", "-"].contains(next) { return nil }
            if next.isLowercaseWord, !(next.hasSuffix("ed") || next.hasSuffix("ing") || ParticipantFinder.clauseContinuations.contains(next)) { return nil }
        }
        var d = k - 1
        var modifiers: [String] = []
        while d >= lower, k - d <= 3, !["the", "The"].contains(words[d]) {
            let w = words[d]
            if w.isCapitalizedWord { modifiers.append(w) }
            else if !(w.isLowercaseWord && w.allSatisfy { $0.isLetter || $0 == "-" }) || ParticipantFinder.prepositions.contains(w) || w == "and" { return nil }
            d -= 1
        }
        guard d >= lower, ["the", "The"].contains(words[d]) else { return nil }
        var found: Int? = nil
        var seen: Set<Int> = []
        for m in document.mentions.indices where document.mentions[m].tokenRange.upperBound <= d {
            guard let e = document.mentionEntities[m], !seen.contains(e), document.entities[e].type == .organization else { continue }
            seen.insert(e)
            let name = document.entities[e].name.split(separator: " ").map(String.init)
            guard name.contains(where: { $0.lowercased() == noun }), modifiers.allSatisfy(name.contains) else { continue }
            if found != nil { return nil }
            found = e
        }
        return found
    }

    /// Lower-case words that may follow a subject noun phrase: auxiliaries, adverbs, reporting verbs.
    static let clauseContinuations: Set<String> = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "may", "might", "should", "can", "also",
        "then", "later", "now", "still", "already", "said", "says", "told", "held", "met", "began", "opened", "agreed",
        "and", "which", "who", "that", "last", "this", "earlier", "yesterday", "today",
    ]

    /// Whether only lower-case words stand between a name and the trigger, the last of them (before auxiliaries
    /// and adverbs) a side noun that does not take a body before it ("representatives", "officials").
    func modifiesUnnamedSubject(_ range: Range<Int>, trigger t: Int) -> Bool {
        guard range.upperBound < t, words[range.upperBound..<t].allSatisfy(\.isLowercaseWord) else { return false }
        var j = t - 1
        while j >= range.upperBound, ["will", "would", "have", "has", "had", "also", "to", "be", "been"].contains(words[j]) || words[j].hasSuffix("ly") { j -= 1 }
        guard j > range.upperBound else { return false }
        let noun = words[j].lowercased()
        return MeetingPaths.sideNouns.contains(noun) && !MeetingPaths.premodifiedSideNouns.contains(noun)
    }

    /// Nouns that, counted ("the two men", "both sides"), stand for a group named before.
    static let countedGroupNouns: Set<String> = ["sides", "men", "leaders", "ministers", "countries", "nations", "women"]
    /// Nouns that, counted, stand only for bodies named before ("the two companies", "both governments").
    static let countedBodyNouns: Set<String> = ["companies", "firms", "banks", "groups", "governments", "exchanges", "parties"]

    /// The group a plural pronoun ("they", "the two men") refers to: the last coordinated pair of
    /// people ("Trump and Xi") earlier in the sentence, else in the previous sentence. A counted group
    /// ("the two men", "the pair") with no such pair is, with `countedFallback`, the only two people the two
    /// sentences before name.
    func resolvePlural(at t: Int, sentence s: Int, countedFallback: Bool = false) -> [Int]? {
        // "the two companies": bodies coordinated in this sentence or the one before.
        let countedBodies = ParticipantFinder.countedBodyNouns.contains(words[t]) && isCounted(t)
        if countedBodies { return coordinatedPeople(before: t, sentence: s, bodies: true) }
        if let group = coordinatedPeople(before: t, sentence: s) { return group }
        // "Toyota and GM said they held talks", "the two countries": with no people coordinated, bodies or states
        // coordinated before — for a pronoun, only in its own sentence.
        let countedStates = ["countries", "nations", "sides"].contains(words[t]) && isCounted(t)
        // Not "their": "if Venezuela and Mexico have concluded their negotiations" are each one's own.
        if countedStates || ["they", "They"].contains(words[t]),
           let group = coordinatedPeople(before: t, sentence: s, bodies: true, sameSentence: !countedStates) { return group }
        // "Lho proposed in a letter to his counterpart Li that they meet": "they" opening a clause that a verb between
        // two people governs stands for the two, when the sentence names no one else before it.
        if words[t] == "they", t > 0, words[t - 1] == "that" {
            var people: [Int] = []
            for k in document.sentences[s].tokenRange.lowerBound..<t {
                if let e = document.entity(atToken: k, types: [.person]), !people.contains(e) { people.append(e) }
            }
            if people.count == 2 { return people }
        }
        guard countedFallback else { return nil }
        let counted = words[t] == "pair" || (ParticipantFinder.countedGroupNouns.contains(words[t]) && isCounted(t))
        guard counted else { return nil }
        var people: [Int] = []
        let lower = document.sentences[s].tokenRange.lowerBound
        for k in (document.sentences[max(0, s - 2)].tokenRange.lowerBound)..<t {
            if let e = document.entity(atToken: k, types: [.person]), !people.contains(e) {
                if k >= lower { return nil }  // someone named in the sentence itself: not a group of two named before
                people.append(e)
            }
        }
        return people.count == 2 ? people : nil
    }

    /// Whether the noun at `t` is counted as two ("the two companies", "both sides").
    private func isCounted(_ t: Int) -> Bool { t > 0 && ["two", "both", "Both"].contains(words[t - 1]) }

    private func coordinatedPeople(before t: Int, sentence s: Int, bodies: Bool = false, sameSentence: Bool = false) -> [Int]? {
        for p in (sameSentence ? [s] : [s, s - 1]) where p >= 0 {
            let range = document.sentences[p].tokenRange
            let end = p == s ? t : range.upperBound
            var group: [Int]? = nil
            var k = range.lowerBound
            while k < end {
                if words[k] == "and", let left = k - 1 >= range.lowerBound ? participantRange(at: k - 1) : nil, isHead(left, upper: range.upperBound) {
                    // The head after "and".
                    var m = k + 1
                    while m < end, isPremodifier(m, lower: range.lowerBound, upper: range.upperBound) { m += 1 }
                    if m < end, let right = participantRange(at: m), isHead(right, upper: range.upperBound) {
                        let heads = coordinatedLeft(right, lower: range.lowerBound, upper: range.upperBound)
                        if heads.count >= 2, bodies ? heads.allSatisfy({ !isPerson($0) }) : heads.allSatisfy(isPerson) { group = heads }
                    }
                }
                k += 1
            }
            if let group { return group }
        }
        return nil
    }
}
