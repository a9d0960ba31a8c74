/// Names of works and products (films, operas, songs, TV programmes, games, software, formats) that the
/// tagger took for a person, an organization or a place. News writing states what such a name is by its
/// neighbours, the same way for every work:
/// - a maker's possessive before it and a noun for the thing after it ("Ericsson's AXE system", "BBC One's
///   Fame Academy series", "its Alfaskop computer terminals");
/// - a noun for works in apposition ("his most controversial songs, Pump Up, contains", "Velmora, the
///   opera, opens");
/// - a list led by a plural noun for works ("Sir Alan's films include Fame plus Midnight Express and The
///   Commitments", "productions included Verdi's La Traviata"), in which a name followed by "'s" is the
///   maker and stays;
/// - an acronym before a noun for what a format carries or does ("WAP page impressions", "SMS messages").
/// A name shown to be a work once is the work everywhere in the article. Works are not entities of the
/// graph (no node type fits them), so their mentions are dropped. Countries, known places and names with
/// a company's legal form or an organization's head word ("Death Row Records", "Pixar Studios") are kept.
enum CreativeWorks {
    /// Lower-case nouns for a product or a work, after its name ("AXE system", "Fame Academy series").
    static let productNouns: Set<String> = [
        "system", "systems", "software", "programme", "program", "series", "show", "sitcom", "drama", "guitar",
        "report", "fares", "ticket", "tickets", "movie", "film", "album", "single", "song", "game", "console",
        "phone", "phones", "handset", "handsets", "terminal", "terminals", "drug", "opera", "musical", "novel",
        "browser", "brand", "range", "model", "service", "player", "players",
    ]

    /// Nouns after a noun for a product that make the whole a body or a building ("opera house", "game maker").
    static let makerNouns: Set<String> = [
        "house", "houses", "company", "companies", "maker", "makers", "studio", "studios", "firm", "firms", "group",
        "unit", "division", "business", "publisher", "publishers", "developer", "developers", "giant", "team", "festival",
    ]

    /// Lower-case nouns for works that stand just before the work's name ("the film Velmora", "talent show The
    /// X Factor"); kept to nouns that never stand before their maker.
    static let workNounsBefore: Set<String> = [
        "film", "movie", "album", "song", "opera", "musical", "sitcom", "show", "programme", "drama", "comedy", "thriller", "novel", "game",
        "documentary", "cartoon", "sequel",
    ]

    /// Possessives that mark the maker or owner of what follows ("its", "Ericsson's").
    static let possessives: Set<String> = ["'s", "’s", "its", "his", "her", "their"]

    /// Nouns for works, singular and plural, in apposition or leading a list.
    static let workNouns: Set<String> = [
        "film", "films", "movie", "movies", "album", "albums", "song", "songs", "single", "singles", "hit", "hits",
        "opera", "operas", "play", "plays", "musical", "musicals", "novel", "novels", "book", "books", "show", "shows",
        "programme", "programmes", "series", "sitcom", "game", "games", "title", "titles", "productions", "works",
        "credits", "roles", "comedy", "comedies", "drama", "dramas",
    ]

    /// Words that end the adjectives of an appositive before its noun ("the company behind the game").
    static let appositiveStops: Set<String> = ["behind", "of", "for", "by", "in", "with", "that", "which", "who", "and", "to", "from", "at", "on"]

    /// Plural nouns that lead a list of works or products, besides the plural nouns for works.
    static let listLeaders: Set<String> = ["products", "brands", "consoles", "formats"]

    /// Words that open the list after a plural noun for works ("films include"; "such as" too).
    static let listOpeners: Set<String> = ["include", "includes", "included", "including", "like"]

    /// Words that may stand between the names of a list of works.
    static let listJoiners: Set<String> = [",", "and", "or", "plus", "The", "the", "'s", "’s"]

    /// Lower-case nouns for what a format carries or does, after an acronym ("SMS messages", "WAP page").
    static let formatNouns: Set<String> = [
        "message", "messages", "messaging", "page", "pages", "capability", "format", "formats", "standard",
        "protocol", "file", "files", "encryption", "enabled",
    ]

    /// Words of names of broadcasters and stations, which a programme noun also follows ("Radio 4's Today programme").
    static let stationWords: Set<String> = ["Radio", "TV", "Television", "Channel", "BBC", "ITV"]

    static func drop(_ document: inout Document) {
        let mentions = document.mentions
        guard !mentions.isEmpty else { return }
        let tokens = document.tokens
        func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }
        func lowercaseWord(_ i: Int) -> Bool { text(i).first?.isLowercaseLetter == true }

        // Whether the words around a mention say it names a work (the mention must also be able to be one).
        func namedAsWork(_ m: EntityMention) -> Bool {
            let before = m.tokenRange.lowerBound - 1, after = m.tokenRange.upperBound
            // A maker's possessive, up to two lower-case words before the name, and a noun for the thing after
            // it (or after one more lower-case noun: "Alfaskop computer terminals").
            var start = before
            while start > before - 2, lowercaseWord(start), !possessives.contains(text(start)) { start -= 1 }
            let possessed = possessives.contains(text(start))
            // "Paris's Bastille opera house": a noun for a product that qualifies a body or a building is not the thing.
            let productAt = productNouns.contains(text(after)) ? after : lowercaseWord(after) && productNouns.contains(text(after + 1)) ? after + 1 : nil
            let productAfter = productAt.map { !makerNouns.contains(text($0 + 1)) } ?? false
            if possessed && productAfter && !tokens[m.tokenRange].contains(where: { stationWords.contains($0.text) }) {
                return true
            }
            // "talent show The X Factor", "the film Velmora", "comedy King of the Hill": a noun for works before
            // the title the name stands in.
            if let noun = titleRunStart[m.tokenRange.lowerBound], namedByWorkNoun(noun, m) {
                return true
            }
            // "songs, Pump Up, contains": a noun for works, a comma, the name, a comma or a full stop.
            if text(before) == "," && workNouns.contains(text(before - 1)) && (text(after) == "," || text(after) == ".") {
                return true
            }
            // "Velmora, the opera, opens": the name, then a short appositive that ends with a noun for works.
            if text(after) == ",", ["the", "a", "an", "his", "her", "their", "its"].contains(text(after + 1)) {
                var i = after + 2
                // Only adjectives before the noun: "the company behind the game" is not a game.
                while i < after + 5, lowercaseWord(i), !workNouns.contains(text(i)), !appositiveStops.contains(text(i)) { i += 1 }
                if workNouns.contains(text(i)) && [",", "."].contains(text(i + 1)) {
                    return true
                }
            }
            // "WAP page impressions", "SMS messages": an acronym before a noun for what a format carries.
            return m.kind == .organization && m.tokenRange.count == 1 && isAcronym(m.text) && formatNouns.contains(text(after))
        }

        // A noun for works ("film", "comedy"; "Comedy" opening a sentence; "hit" as a noun) before a title: the
        // title's capitalised words and the small words between them ("Meet The Fockers", "King of the Hill").
        // For each token of such a title, the noun's position.
        var titleRunStart: [Int: Int] = [:]
        var titles: Set<[String]> = []
        for sentence in document.sentences {
            let range = sentence.tokenRange
            for i in range where i + 1 < range.upperBound && startsWithCapital(text(i + 1)) {
                let word = text(i)
                let lowered = i == range.lowerBound ? word.lowercased() : word
                guard workNounsBefore.contains(lowered) || word == "hit" && hitIsNoun(i) else { continue }
                var j = i + 1
                while j < range.upperBound {
                    // "Mel Gibson's The Passion": a possessive ends the title before it.
                    if possessives.contains(text(j + 1)) { break }
                    if startsWithCapital(text(j)) || text(j).first?.isNumber == true && j > i + 1 {
                        titleRunStart[j] = i
                        j += 1
                    } else if titleWords.contains(text(j)), j + 1 < range.upperBound, startsWithCapital(text(j + 1)) {
                        titleRunStart[j] = i
                        j += 1
                    } else { break }
                }
                // A title of two words or more ("Meet The Fockers"; not a lone "The") is looked for elsewhere.
                var first = i + 1
                if ["The", "A"].contains(text(first)) { first += 1 }
                if j - first >= 2 { titles.insert(tokens[first..<j].map { $0.text.lowercased() }) }
            }
        }
        // "her 1991 hit", "a hit": after a year, a determiner or a possessive; otherwise as the tagger reads it.
        func hitIsNoun(_ t: Int) -> Bool {
            if Int(text(t - 1)) != nil || ["a", "her", "his", "their", "its", "the", "biggest", "big", "smash", "number-one"].contains(text(t - 1)) { return true }
            return document.tree(ofSentence: document.sentenceIndex(ofToken: t))?.tag(of: t) == .NOUN
        }
        // A game in sports news is a match ("the game Chelsea won"); a person named by a given name is the maker
        // ("the song Elton John wrote").
        func namedByWorkNoun(_ noun: Int, _ m: EntityMention) -> Bool {
            !(text(noun).lowercased() == "game" && SportsContext.isSports(document)) && !(m.kind == .person && startsWithGivenName(m, tokens))
        }

        var works: Set<String> = []
        // The words around a mention are read before the tables (countries, places) are asked.
        for m in mentions where m.kind != .misc && namedAsWork(m) && mayBeWork(m) {
            works.insert(m.text)
        }
        // Lists led by a plural noun for works: "films include Oscar-winning Fame plus Midnight Express".
        var mentionStarting: [Int: Int] = [:]
        for (index, m) in mentions.enumerated() { mentionStarting[m.tokenRange.lowerBound] = index }
        for sentence in document.sentences {
            let range = sentence.tokenRange
            // A plural first: the last byte is a cheap test that every word ending in "s" passes.
            for i in range where text(i).utf8.last == UInt8(ascii: "s") && text(i).hasSuffix("s")
                && (workNouns.contains(text(i)) || listLeaders.contains(text(i))) {
                var j = i + 1
                if text(j) == "such" && text(j + 1) == "as" { j += 1 } else if !listOpeners.contains(text(j)) { continue }
                j += 1
                // The names of the list, in turn; lower-case adjectives ("Oscar-winning") may precede one.
                while j < range.upperBound {
                    if let index = mentionStarting[j] {
                        let m = mentions[index]
                        let after = m.tokenRange.upperBound
                        // "Verdi's La Traviata": the possessor is the maker, not a work.
                        if !possessives.contains(text(after)) && mayBeWork(m) { works.insert(m.text) }
                        j = after
                    } else if listJoiners.contains(text(j)) || lowercaseWord(j) && text(j).contains("-") || text(j).first?.isUppercaseLetter == true {
                        // Joiners, "Oscar-winning", and capitalized words of titles the tagger left untagged ("Fame").
                        j += 1
                    } else {
                        break
                    }
                }
            }
        }
        // In an article about the arts, a name owned by a person is the person's work: "Giacomo Puccini's Madame
        // Butterfly", "Massenet's Manon". Elsewhere "Branson's Virgin" is his company.
        if isAboutTheArts(document) {
            for (index, m) in mentions.enumerated() where m.kind == .person && index + 1 < mentions.count {
                let owned = mentions[index + 1], after = m.tokenRange.upperBound
                guard possessives.contains(text(after)), owned.tokenRange.lowerBound == after + 1 || owned.tokenRange.lowerBound == after + 2 && Int(text(after + 1)) != nil,
                      !(owned.kind == .person && !mayBePersonalTitle(owned, tokens)), mayBeWork(owned) else { continue }
                works.insert(owned.text)
            }
        }
        // A title found once is a title wherever the article writes it, in any case, however the tagger cut it
        // there ("competition to Meet the Fockers" after "Comedy Meet The Fockers").
        var insideTitles = Set<Int>()
        if !titles.isEmpty {
            let firstWords = Set(titles.map { $0[0] })
            for start in tokens.indices where firstWords.contains(tokens[start].text.lowercased()) {
                for title in titles where start + title.count <= tokens.count
                    && zip(tokens[start..<(start + title.count)], title).allSatisfy({ $0.text.lowercased() == $1 }) {
                    insideTitles.formUnion(start..<(start + title.count))
                }
            }
            for m in mentions where m.kind != .misc && m.tokenRange.allSatisfy(insideTitles.contains) && mayBeWork(m) { works.insert(m.text) }
        }
        guard !works.isEmpty else { return }
        // The other names of a list with a work in it are works too: "Madame Butterfly, La Boheme and La Juive".
        var joined = true
        while joined {
            joined = false
            for (index, m) in mentions.enumerated() where index + 1 < mentions.count {
                let next = mentions[index + 1]
                let gap = m.tokenRange.upperBound..<next.tokenRange.lowerBound
                guard works.contains(m.text) != works.contains(next.text), m.sentenceIndex == next.sentenceIndex, !gap.isEmpty,
                      gap.allSatisfy({ [",", "and", "or"].contains(text($0)) }) else { continue }
                // A comma alone joins a list only when the list goes on after it ("A, B and C"); "Meet the Parkers,
                // Paramount said" is no list.
                if !gap.contains(where: { text($0) != "," }), ![",", "and", "or"].contains(text(next.tokenRange.upperBound)) { continue }
                let other = works.contains(m.text) ? next : m
                // "Fahrenheit 9/11 and Mel Gibson's The Passion": the possessor is the maker; "Usher, Norah Jones and
                // Kanye West": people named in full are the artists.
                guard mayBeWork(other), !possessives.contains(text(other.tokenRange.upperBound)),
                      !(other.kind == .person && !mayBePersonalTitle(other, tokens)) else { continue }
                works.insert(other.text)
                joined = true
            }
        }
        document.mentions = mentions.filter { !(works.contains($0.text) && mayBeWork($0)) }
    }

    /// Small words inside titles ("Lord of the Rings", "Tears In Heaven").
    static let titleWords: Set<String> = ["of", "the", "The", "a", "A", "in", "In", "to", "on", "for", "de", "la", "le"]

    /// Nouns for works and performances that make an article one about the arts.
    static let artsNouns: Set<String> = [
        "film", "films", "movie", "movies", "opera", "operas", "album", "albums", "song", "songs", "novel", "novels", "musical",
        "play", "plays", "production", "productions", "composer", "conductor", "director", "actor", "actress", "singer", "band",
        "premiere", "soundtrack", "cast", "rehearsals", "performance", "concert", "orchestra",
    ]

    /// Whether the article is about the arts: three or more of its words are nouns for works or performances.
    static func isAboutTheArts(_ document: Document) -> Bool {
        var count = 0
        for token in document.tokens where artsNouns.contains(token.text) {
            count += 1
            if count >= 3 { return true }
        }
        return false
    }

    /// Titles that open the names of works as often as people's ("Madame Butterfly", "Mr Tambourine Man").
    static let titlesOfWorks: Set<String> = ["Madame", "Madam", "Mr", "Mrs", "Miss", "Lady", "Lord", "King", "Queen", "Prince", "Princess", "Doctor"]

    /// A person-tagged name that may still be a work's: one word, or a title and a name ("Madame Butterfly");
    /// a name in full ("Taylor Hackford" in "Ray's Taylor Hackford") is a person.
    static func mayBePersonalTitle(_ m: EntityMention, _ tokens: [Token]) -> Bool {
        m.tokenRange.count == 1 || titlesOfWorks.contains(tokens[m.tokenRange.lowerBound].text)
    }

    static func startsWithCapital(_ word: String) -> Bool { word.unicodeScalars.first?.properties.isUppercase == true }

    /// A mention that may name a work: a person, an organization or a place that is not a country, a known
    /// place, or a name with a company's legal form or an organization's head word.
    static func mayBeWork(_ m: EntityMention) -> Bool {
        guard m.kind != .misc else { return false }
        if CountryTable.shared.lookupAny(m.text) != nil || NameFormation.isKnownPlace(m.text) { return false }
        let words = m.text.split(separator: " ").map(String.init)
        return !words.contains(where: MentionRepair.isBodyNameEnd)
    }

    /// A person's name that starts with a given name the gazetteers know ("Elton John").
    static func startsWithGivenName(_ m: EntityMention, _ tokens: [Token]) -> Bool {
        m.tokenRange.count >= 2 && FeatureGazetteer.shared.categories(of: tokens[m.tokenRange.lowerBound].text).contains(.firstName)
    }

    /// Two to five capitals ("SMS", "WAP"), no full stops.
    static func isAcronym(_ name: String) -> Bool {
        (2...5).contains(name.count) && name.allSatisfy { $0.isUppercaseLetter }
    }
}

extension CreativeWorks {
    /// Each rule's must-match examples list what must still be found (the makers, studios and companies
    /// next to the work); its must-not-match examples list the works that must not be found.
    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a name between a maker's possessive and a noun for a product is a work, the maker stays", mustMatch: [
            PatternExample("Telvora said it would supply its Quillmark computer terminals to the German post office.", ["Organization|Telvora"]),
            PatternExample("The success of products such as Sony's Playstation and Microsoft's X-Box has boosted sales.", ["Organization|Sony", "Organization|Microsoft"]),
            PatternExample("The show was staged at Paris's Bastille opera house last year.", ["Place|Bastille"]),
        ], mustNotMatch: [
            PatternExample("Telvora said it would supply its Quillmark computer terminals to the German post office.",
                           ["Organization|Quillmark", "Place|Quillmark", "Person|Quillmark"]),
            PatternExample("The success of products such as Sony's Playstation and Microsoft's X-Box has boosted sales.", ["Organization|Playstation"]),
        ]),
        NameRuleExamples(rule: "a name just after a noun for works is a work, the broadcaster stays", mustMatch: [
            PatternExample("The TV talent show The Vox Factor will return for a second series, ITV said.", ["Organization|ITV"]),
        ], mustNotMatch: [
            PatternExample("The TV talent show The Vox Factor will return for a second series, ITV said.", ["Organization|Vox Factor", "Organization|The Vox Factor"]),
            PatternExample("He stars in the film Velmora Nights, which opens in London next week.", ["Organization|Velmora Nights", "Person|Velmora Nights"]),
        ]),
        NameRuleExamples(rule: "a name in apposition with a noun for works is a work; a company in apposition stays", mustMatch: [
            PatternExample("Pixelhaus, the company behind the game, said it would hire 200 staff in Dublin.", ["Organization|Pixelhaus"]),
        ], mustNotMatch: [
            PatternExample("One of his most controversial songs, Burn Dem Down, was banned by radio stations in London.",
                           ["Person|Burn Dem Down", "Organization|Burn Dem Down", "Person|Burn Dem"]),
        ]),
        NameRuleExamples(rule: "the names inside a title after a noun for works are the work's", mustMatch: [
            PatternExample("Comedy Meet The Parkers held on to the top spot at the box office, Paramount said.", ["Organization|Paramount"]),
            PatternExample("Comedy Meet The Parkers stayed top. Nothing could compete with Meet the Parkers, Paramount said.", ["Organization|Paramount"]),
            PatternExample("The TV comedy Queen of the Valley picked up two prizes for actress Dora Mallin.", ["Person|Dora Mallin"]),
            PatternExample("Her 1991 hit Rain Over Harlow was written by Nina Castell.", ["Person|Nina Castell"]),
        ], mustNotMatch: [
            PatternExample("Comedy Meet The Parkers held on to the top spot at the box office, Paramount said.", ["Organization|Parkers", "Organization|Meet"]),
            PatternExample("Comedy Meet The Parkers stayed top. Nothing could compete with Meet the Parkers, Paramount said.", ["Organization|Parkers", "Organization|Meet", "Person|Meet the Parkers"]),
            PatternExample("The TV comedy Queen of the Valley picked up two prizes for actress Dora Mallin.", ["Place|Valley", "Person|Queen of the Valley"]),
            PatternExample("Her 1991 hit Rain Over Harlow was written by Nina Castell.", ["Organization|Harlow", "City|Harlow", "Place|Harlow"]),
        ]),
        NameRuleExamples(rule: "in an article about the arts, a name owned by a person is a work, and so are the names listed with it", mustMatch: [
            PatternExample("The conductor's career began in 1990 with Carlo Ventri's Lady Marisa, La Vespa and Il Corvo, all productions of the opera house; the concert was his last.",
                           ["Person|Carlo Ventri"]),
            PatternExample("Sir Richard Marlow's Skyward Airlines plans new routes, the company said.", ["Organization|Skyward Airlines"]),
        ], mustNotMatch: [
            PatternExample("The conductor's career began in 1990 with Carlo Ventri's Lady Marisa, La Vespa and Il Corvo, all productions of the opera house; the concert was his last.",
                           ["Person|Lady Marisa", "Person|Marisa", "Organization|La Vespa"]),
        ]),
        NameRuleExamples(rule: "names in a list led by a plural noun for works are works, their makers stay", mustMatch: [
            PatternExample("His productions included Giuseppe Verdi's La Traviata and Richard Strauss's Ariadne auf Naxos.",
                           ["Person|Giuseppe Verdi", "Person|Richard Strauss"]),
        ], mustNotMatch: [
            PatternExample("Sir Alan Parker's films include Oscar-winning Fame plus Midnight Express and The Commitments.",
                           ["Organization|Midnight Express", "Organization|Commitments", "Organization|The Commitments"]),
            PatternExample("His productions included Giuseppe Verdi's La Traviata and Richard Strauss's Ariadne auf Naxos.",
                           ["Organization|La Traviata", "Person|Ariadne auf Naxos"]),
        ]),
        NameRuleExamples(rule: "an acronym before a noun for what a format carries is a format, a company before its products stays", mustMatch: [
            PatternExample("IBM said it expected 15 billion WAP page impressions this year.", ["Organization|IBM"]),
        ], mustNotMatch: [
            PatternExample("Analysts at Ovum predicted 15 billion WAP page impressions this year.", ["Organization|WAP"]),
        ]),
    ]
}
