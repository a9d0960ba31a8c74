/// Resolves the entity mentions of one article into entities: types mentions (country, city,
/// place, event), strips titles, and links surnames, acronyms and country aliases to the
/// fullest name seen in the article.
public struct EntityResolver: Sendable {
    /// Words in a MISC mention that make it a named event.
    static let eventWords: Set<String> = [
        "Summit", "summit", "Election", "election", "Elections", "Olympics", "Games", "Cup", "Conference",
        "War", "Forum", "Congress", "Championship", "Championships", "Festival", "Talks", "Round",
    ]

    public init() {}

    /// Adds `entities` and `mentionEntities` to the document.
    public func resolve(_ document: inout Document) {
        MentionRepair.repair(&document)
        var state = ResolutionState(document: document)
        state.run()
        document.entities = state.entities
        document.mentionEntities = state.mentionEntities
        var tokenEntities = [Int?](repeating: nil, count: document.tokens.count)
        for (mention, entity) in zip(document.mentions, state.mentionEntities) {
            for token in mention.tokenRange { tokenEntities[token] = entity }
        }
        document.tokenEntities = tokenEntities
    }
}

/// What a mention's clean surface says it is, before clustering.
enum MentionClass {
    case country(Country, alias: Bool)
    case person([String])
    case organization(String)
    case place(String, city: Bool)
    case event(String)
    case none
}

struct ResolutionState {
    let document: Document
    var entities: [LocalEntity] = []
    var mentionEntities: [Int?]
    var byKey: [String: Int] = [:]

    init(document: Document) {
        self.document = document
        self.mentionEntities = Array(repeating: nil, count: document.mentions.count)
    }

    mutating func run() {
        let classes = document.mentions.indices.map { classify($0) }
        // Full names first, so that surnames seen before the full name still find it.
        var personNames: [(entity: Int, words: [String])] = []
        for (index, cls) in classes.enumerated() {
            if case .person(let words) = cls, words.count >= 2 {
                let entity = personEntity(for: words, mention: index)
                if !personNames.contains(where: { $0.entity == entity }) { personNames.append((entity, words)) }
            }
        }
        for (index, cls) in classes.enumerated() {
            switch cls {
            case .country(let country, let isAlias):
                let entity = entity(forKey: "country:" + country.isoCode) {
                    LocalEntity(type: .country, name: country.name, countryCode: country.isoCode)
                }
                attach(index, to: entity, surface: isAlias ? document.mentions[index].text : nil)
            case .person(let words) where words.count >= 2:
                break  // attached above
            case .person(let words):
                if let entity = surnameOwner(words[0], mention: index, among: personNames) {
                    attach(index, to: entity, surface: words[0])
                } else {
                    let entity = entity(forKey: "person:" + words[0]) { LocalEntity(type: .person, name: words[0]) }
                    attach(index, to: entity, surface: nil)
                }
            case .organization(let name):
                // A bare surname tagged as something else is the person ("Motegi" tagged ORG/LOC).
                if !name.contains(" "), let entity = surnameOwner(name, mention: index, among: personNames) {
                    attach(index, to: entity, surface: name)
                    continue
                }
                let entity = organizationEntity(name, mention: index)
                attach(index, to: entity, surface: entities[entity].name == name ? nil : name)
            case .place(let name, let city):
                if !name.contains(" "), let entity = surnameOwner(name, mention: index, among: personNames) {
                    attach(index, to: entity, surface: name)
                    continue
                }
                let entity = entity(forKey: "place:" + name) { LocalEntity(type: city ? .city : .place, name: name) }
                if city { entities[entity].type = .city }
                attach(index, to: entity, surface: nil)
            case .event(let name):
                let entity = entity(forKey: "event:" + name.lowercased()) { LocalEntity(type: .event, name: name) }
                attach(index, to: entity, surface: nil)
            case .none:
                break
            }
        }
    }

    // MARK: Classification

    private func mentionWords(_ index: Int) -> [String] {
        document.tokens[document.mentions[index].tokenRange].map(\.text)
    }

    private func classify(_ index: Int) -> MentionClass {
        let mention = document.mentions[index]
        var words = mentionWords(index)
        if words.first == "the" || words.first == "The" { words.removeFirst() }
        while let last = words.last, last == "'s" || last == "’s" || last == "'" { words.removeLast() }
        guard !words.isEmpty else { return .none }
        let surface = words.joined(separator: " ")
        let countries = CountryTable.shared
        if let country = countries.lookup(surface) ?? countries.lookup("the " + surface) {
            return mention.kind == .person ? .none : .country(country, alias: surface != country.name)
        }
        if let country = countries.lookupDemonym(surface), mention.kind != .person {
            // "Chinese" names the state only as an adjective; it links the mention, never adds an alias.
            return .country(country, alias: false)
        }
        if Titles.months.contains(surface) || Titles.weekdays.contains(surface) { return .none }
        switch mention.kind {
        case .person:
            while words.count > 1, Titles.isTitleWord(words[0]) || words[0].hasSuffix(".") && Titles.honorifics.contains(words[0]) {
                words.removeFirst()
            }
            guard words.allSatisfy({ !Titles.officeHeads.contains($0) || words.count > 1 }) else { return .none }
            if words.count == 1, Titles.isTitleWord(words[0]) { return .none }
            return .person(words)
        case .organization:
            return .organization(surface)
        case .location:
            return .place(surface, city: isCity(surface, mention: mention))
        case .misc:
            if words.contains(where: { EntityResolver.eventWords.contains($0) }) { return .event(surface) }
            return .none
        }
    }

    /// A location is a city when it is the dateline place or is followed by ", <Country>".
    private func isCity(_ name: String, mention: EntityMention) -> Bool {
        if let place = document.article.datelinePlace, place.caseInsensitiveEquals(name) { return true }
        if CityGazetteer.contains(name) { return true }
        let next = mention.tokenRange.upperBound
        if next + 1 < document.tokens.count, document.tokens[next].text == ",",
           CountryTable.shared.lookup(document.tokens[next + 1].text) != nil { return true }
        return false
    }

    // MARK: Clustering

    private mutating func entity(forKey key: String, make: () -> LocalEntity) -> Int {
        if let existing = byKey[key] { return existing }
        entities.append(make())
        byKey[key] = entities.count - 1
        return entities.count - 1
    }

    private mutating func attach(_ mention: Int, to entity: Int, surface: String?) {
        mentionEntities[mention] = entity
        entities[entity].mentions.append(mention)
        if let surface, surface != entities[entity].name { entities[entity].aliases.insert(surface) }
    }

    /// A multi-word person name: the same full name, or a longer/shorter form with the same first and last word.
    private mutating func personEntity(for words: [String], mention: Int) -> Int {
        let name = words.joined(separator: " ")
        if let existing = byKey["person:" + name] {
            attach(mention, to: existing, surface: nil)
            return existing
        }
        for (index, entity) in entities.enumerated() where entity.type == .person {
            let other = entity.name.split(separator: " ").map(String.init)
            if other.count >= 2, other.first == words.first, other.last == words.last {
                if words.count > other.count {
                    entities[index].aliases.insert(entity.name)
                    entities[index].name = name
                    byKey["person:" + name] = index
                    attach(mention, to: index, surface: nil)
                } else {
                    attach(mention, to: index, surface: name)
                }
                return index
            }
        }
        let index = entity(forKey: "person:" + name) { LocalEntity(type: .person, name: name) }
        attach(mention, to: index, surface: nil)
        return index
    }

    /// The person a bare name refers to: the only full name ending (or, for names written
    /// family-name first, starting) with it; among several, the nearest preceding mention.
    private func surnameOwner(_ word: String, mention: Int, among people: [(entity: Int, words: [String])]) -> Int? {
        var candidates = people.filter { $0.words.last == word }.map(\.entity)
        if candidates.isEmpty { candidates = people.filter { $0.words.first == word && $0.words.count == 2 }.map(\.entity) }
        if candidates.count <= 1 { return candidates.first }
        // Ambiguous: the candidate mentioned most recently before this mention.
        var best: (entity: Int, distance: Int)? = nil
        for candidate in candidates {
            for m in entities[candidate].mentions where m < mention {
                let distance = mention - m
                if best == nil || distance < best!.distance { best = (candidate, distance) }
            }
        }
        return best?.entity
    }

    /// Organizations: an acronym in parentheses after a name, or an acronym matching a name's initials, joins it.
    private mutating func organizationEntity(_ name: String, mention: Int) -> Int {
        if isAcronym(name) {
            // "Liberal Democratic Party (LDP)": the acronym right after a mention in parentheses.
            let range = document.mentions[mention].tokenRange
            if range.lowerBound >= 1, document.tokens[range.lowerBound - 1].text == "(", mention > 0,
               let previous = mentionEntities[mention - 1], document.mentions[mention - 1].tokenRange.upperBound == range.lowerBound - 1 {
                return previous
            }
            for (index, entity) in entities.enumerated() where entity.type == .organization || entity.type == .event {
                if initials(of: entity.name) == name { return index }
            }
        }
        if let existing = byKey["org:" + name] { return existing }
        for (index, entity) in entities.enumerated() where entity.type == .organization && isAcronym(entity.name) {
            if initials(of: name) == entity.name {
                entities[index].aliases.insert(entity.name)
                entities[index].name = name
                byKey["org:" + name] = index
                return index
            }
        }
        return entity(forKey: "org:" + name) { LocalEntity(type: .organization, name: name) }
    }

    private func isAcronym(_ text: String) -> Bool {
        text.count >= 2 && text.count <= 8 && text.allSatisfy { $0.isUppercase || $0 == "." || $0.isNumber } && text.contains(where: \.isLetter)
    }

    private func initials(of name: String) -> String {
        let skip: Set<Substring> = ["of", "the", "and", "for", "de", "&"]
        return String(name.split(separator: " ").filter { !skip.contains($0) }.compactMap(\.first).filter(\.isUppercase))
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
