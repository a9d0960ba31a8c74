/// Reads what a mention's clean surface names: a country (by name, alias or demonym), a person
/// (titles and honorifics stripped), an organization, a city or place, a named event, or nothing
/// (months, weekdays, bare titles).
extension ResolutionState {
    func mentionWords(_ index: Int) -> [String] {
        document.tokens[document.mentions[index].tokenRange].map(\.text)
    }

    /// The mention's text as written, whitespace collapsed, without a leading "the" or a trailing possessive.
    func surface(_ index: Int) -> String {
        var range = document.mentions[index].tokenRange
        if range.count > 1, ["the", "The"].contains(document.tokens[range.lowerBound].text) { range = (range.lowerBound + 1)..<range.upperBound }
        // A company's possessive name keeps its "'s" ("Moody's").
        let keepsPossessive = document.mentions[index].kind == .organization && ["'s", "’s"].contains(document.tokens[range.upperBound - 1].text)
        while !keepsPossessive, range.count > 1, ["'s", "’s", "'", "’"].contains(document.tokens[range.upperBound - 1].text) { range = range.lowerBound..<(range.upperBound - 1) }
        var text = document.substring(document.tokens[range.lowerBound].start, document.tokens[range.upperBound - 1].end)
        // "Santa Monica-based": the place's name without its adjective ending.
        if document.mentions[index].kind == .location { text = MentionRepair.strippingPlaceAdjective(text) }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    func classify(_ index: Int) -> MentionClass {
        let mention = document.mentions[index]
        var words = mentionWords(index)
        if words.first == "the" || words.first == "The" { words.removeFirst() }
        while let last = words.last, last == "'s" || last == "’s" || last == "'" || last == "’" { words.removeLast() }
        guard !words.isEmpty else { return .none }
        var surface = surface(index)
        let countries = CountryTable.shared
        // Headlines in capitals ("JAPAN TO CUT RATES", "BELFAST"): a place is read in its ordinary case.
        if mention.kind != .organization, let ordinary = Self.ordinaryCase(surface),
           countries.lookup(ordinary) != nil || mention.kind == .location && NameFormation.isKnownPlace(ordinary) {
            surface = ordinary
        }
        // "U.S" is "U.S." whose full stop ended the sentence.
        if !surface.hasSuffix("."), surface.contains("."), countries.lookup(surface) == nil, countries.lookup(surface + ".") != nil {
            surface += "."
        }
        if let country = countries.lookup(surface) ?? countries.lookup("the " + surface) {
            return mention.kind == .person ? .none : .country(country, alias: surface != country.name)
        }
        // "Armenians", "Americans": a people, neither the state nor a person.
        if surface.hasSuffix("s"), countries.lookupDemonym(String(surface.dropLast())) != nil { return .none }
        if let country = countries.lookupDemonym(surface) {
            // "Chinese" names the state only as an adjective: it links the mention, never adds an alias,
            // and is never a person.
            return mention.kind == .person ? .none : .country(country, alias: false)
        }
        if Titles.months.contains(surface) || Titles.weekdays.contains(surface) { return .none }
        switch mention.kind {
        case .person:
            words = Self.personName(words)
            guard !words.isEmpty else { return .none }
            if words.count == 1, Titles.isTitleWord(words[0]) || Titles.months.contains(words[0]) || countries.lookupAny(words[0]) != nil
                || words[0].hasSuffix("s") && countries.lookupAny(String(words[0].dropLast())) != nil { return .none }
            return .person(words)
        case .organization:
            // "Standard and Poor's Corp." at the end of a sentence is "Standard and Poor's Corp".
            if surface.hasSuffix("."), let last = words.last, NameFormation.legalForms.contains(last), !last.dropLast().contains(".") {
                return .organization(String(surface.dropLast()))
            }
            return .organization(surface)
        case .location:
            return .place(surface, city: isCity(surface, mention: mention))
        case .misc:
            if words.contains(where: { EntityResolver.eventWords.contains($0) }) { return .event(surface) }
            return .none
        }
    }

    /// A name written in capitals ("SOUTH KOREA", four letters or more, no full stops: not an acronym) in
    /// ordinary case ("South Korea"); nil for any other name.
    static func ordinaryCase(_ name: String) -> String? {
        guard name.count >= 4, name.allSatisfy({ $0.isUppercaseLetter || $0 == " " || $0 == "-" }) else { return nil }
        return name.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// The name in a person mention: leading titles, honorifics and a country or demonym before a title
    /// are stripped ("West German Chancellor Helmut Kohl" → "Helmut Kohl") up to a royal or clerical
    /// title, which is part of the name ("Saudi Crown Prince Abdullah"); an all-title mention has no name.
    static func personName(_ mentionWords: [String]) -> [String] {
        // "Yasuhiro) Nakasone": stray punctuation inside the span is not part of the name.
        var words = mentionWords.filter { $0.contains(where: \.isLetter) }
        let countries = CountryTable.shared
        while words.count > 1 {
            // "King Hussein", "Prince Sultan": a royal or clerical title before a name stays in it.
            let titleLength = Titles.nameTitleLength(words)
            if titleLength > 0 {
                return words.count > titleLength ? words : []
            }
            if Titles.isTitleWord(words[0]) || Titles.honorifics.contains(words[0]) || words[0] == "-" {
                words.removeFirst()
            } else if countries.lookupAny(words[0]) != nil, Titles.isTitleWord(words[1]) {
                words.removeFirst()
            } else if words.count > 2, countries.lookupAny(words[0] + " " + words[1]) != nil, Titles.isTitleWord(words[2]) {
                words.removeFirst(2)
            } else {
                break
            }
        }
        if words.allSatisfy({ Titles.isTitleWord($0) }) { return [] }
        return words
    }

    /// A location is a city when it is the dateline place, a known city, or is followed by ", <Country>".
    func isCity(_ name: String, mention: EntityMention) -> Bool {
        if let place = document.article.datelinePlace, place.caseInsensitiveEquals(name) { return true }
        if CityGazetteer.contains(name) { return true }
        let next = mention.tokenRange.upperBound
        if next + 1 < document.tokens.count, document.tokens[next].text == ",",
           CountryTable.shared.lookup(document.tokens[next + 1].text) != nil { return true }
        return false
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
