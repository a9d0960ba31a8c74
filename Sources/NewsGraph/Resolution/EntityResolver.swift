/// Resolves the entity mentions of one article into entities, in four steps:
/// 1. `MentionRepair` corrects the tagger's spans and coarse types;
/// 2. `MentionClassification` reads what each mention's clean surface is (country, person, city ...);
/// 3. `PersonNameLinker` links surnames and partial names to the full name seen in the article;
/// 4. `OrganizationLinker` links acronyms and short forms to the organization's full name.
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
        CreativeWorks.drop(&document)
        var state = ResolutionState(document: document)
        state.run()
        state.linkPersonShortForms()
        state.linkTitlesOfPlaces()
        state.dropUnownedHeadWords()
        document.entities = state.entities
        document.mentionEntities = state.mentionEntities
        var tokenEntities = [Int?](repeating: nil, count: document.tokens.count)
        var tokenMentions = [Int?](repeating: nil, count: document.tokens.count)
        for (index, (mention, entity)) in zip(document.mentions, state.mentionEntities).enumerated() {
            for token in mention.tokenRange {
                tokenEntities[token] = entity
                tokenMentions[token] = index
            }
        }
        document.tokenEntities = tokenEntities
        document.tokenMentions = tokenMentions
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

/// The entities of one article as they are being built. Lookups go through indexes kept in step with the
/// entities (by name key, by first and last word, by initials), never a scan of the article's entities,
/// so resolution stays linear in the number of mentions however long the article is.
struct ResolutionState {
    let document: Document
    var entities: [LocalEntity] = []
    var mentionEntities: [Int?]
    var byKey: [String: Int] = [:]
    /// Person entities with a name of two or more words, by "first last" and by each shorter tail of the name.
    var personsByEnds: [String: [Int]] = [:]
    var personsByTail: [String: [Int]] = [:]
    /// Organization and event entities by the initials of their name; organizations named by an acronym.
    var byInitials: [String: [Int]] = [:]
    var acronymOrganizations: [String: [Int]] = [:]
    /// Mentions by their first and by their last token.
    let mentionsStarting: [Int: [Int]]
    let mentionsEnding: [Int: [Int]]
    /// Whether each mention carries an office ("President Reagan"), and how many such mentions each entity has.
    let mentionIsTitled: [Bool]
    var titledMentionCount: [Int: Int] = [:]
    /// The latest mention before the one being resolved, per entity (kept by the pass over the mentions).
    var lastMentionBefore: [Int: Int] = [:]

    init(document: Document) {
        self.document = document
        self.mentionEntities = Array(repeating: nil, count: document.mentions.count)
        var starting: [Int: [Int]] = [:], ending: [Int: [Int]] = [:]
        for (index, mention) in document.mentions.enumerated() {
            starting[mention.tokenRange.lowerBound, default: []].append(index)
            ending[mention.tokenRange.upperBound - 1, default: []].append(index)
        }
        mentionsStarting = starting
        mentionsEnding = ending
        mentionIsTitled = document.mentions.map { mention in
            let start = mention.tokenRange.lowerBound
            let previous = start > 0 ? document.tokens[start - 1].text.capitalizedFirst : ""
            let own = document.tokens[start].text
            return Titles.officeHeads.contains(previous) || Titles.officeModifiers.contains(previous)
                || Titles.officeHeads.contains(own) || Titles.officeModifiers.contains(own)
        }
    }

    mutating func run() {
        let classes = document.mentions.indices.map { classify($0) }
        // Full names first, longest first, so that surnames and shorter forms seen before the
        // full name still find it.
        var personNames: [(entity: Int, words: [String])] = []
        let fullNames = classes.enumerated().compactMap { index, cls -> (Int, [String])? in
            if case .person(let words) = cls, words.count >= 2 { return (index, words) }
            return nil
        }.sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0 < $1.0 }
        var named = Set<Int>()
        for (index, words) in fullNames {
            let entity = personEntity(for: words, mention: index)
            if named.insert(entity).inserted { personNames.append((entity, words)) }
        }
        let people = PeopleIndex(personNames)
        for (index, cls) in classes.enumerated() {
            if index > 0, let previous = mentionEntities[index - 1] { lastMentionBefore[previous] = index - 1 }
            switch cls {
            case .country(let country, let isAlias):
                let entity = entity(forKey: "country:" + country.isoCode) {
                    LocalEntity(type: .country, name: country.name, countryCode: country.isoCode)
                }
                attach(index, to: entity, surface: isAlias ? surface(index) : nil)
            case .person(let words) where words.count >= 2:
                break  // attached above
            case .person(let words):
                // A bare name already standing for a person of its own ("President Reagan", kept apart
                // from "Nancy Reagan") goes on standing for that person.
                if let entity = byKey["person:" + words[0]] {
                    attach(index, to: entity, surface: nil)
                } else if let entity = surnameOwner(words[0], mention: index, among: people) {
                    attach(index, to: entity, surface: words[0])
                } else {
                    let entity = entity(forKey: "person:" + words[0]) { LocalEntity(type: .person, name: words[0]) }
                    attach(index, to: entity, surface: nil)
                }
            case .organization(let name):
                // A bare surname tagged as something else is the person ("Motegi" tagged ORG/LOC).
                if !name.contains(" "), let entity = surnameOwner(name, mention: index, among: people) {
                    attach(index, to: entity, surface: name)
                    continue
                }
                // "the Fed", "U.S. Federal Reserve": a well-known body goes by its canonical name.
                let canonical = WellKnownBodies.canonicalName(name) ?? name
                let entity = organizationEntity(canonical, mention: index)
                attach(index, to: entity, surface: entities[entity].name == name ? nil : name)
            case .place(let name, let city):
                if !name.contains(" "), let entity = surnameOwner(name, mention: index, among: people) {
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
        linkOrganizationShortForms()
    }

    /// Words that name a kind of body, not one: "the Commission", "the Department", "the Bank".
    static let bodyKindWords: Set<String> = headWords.union([
        "Department", "Office", "Administration", "Authority", "Corp", "Inc", "Ltd", "Co", "Foundation", "University",
        "Hospital", "Institute", "Organization", "Organisation", "Bureau", "Directorate", "Secretariat",
    ])

    /// "The Commission said", where the article names no commission or several: the word stands for whichever
    /// body the reader has in mind, and as a node of its own it would join every other article's "Commission"
    /// into one body. A head word that names exactly one body of the article has joined it already
    /// (`linkOrganizationShortForms`); the rest are dropped, once resolution is over.
    mutating func dropUnownedHeadWords() {
        let dropped = Set(entities.indices.filter {
            entities[$0].type == .organization && entities[$0].aliases.isEmpty && Self.bodyKindWords.contains(entities[$0].name)
        })
        guard !dropped.isEmpty else { return }
        var newIndex = [Int?](repeating: nil, count: entities.count)
        var kept: [LocalEntity] = []
        for (index, entity) in entities.enumerated() where !dropped.contains(index) {
            newIndex[index] = kept.count
            kept.append(entity)
        }
        entities = kept
        mentionEntities = mentionEntities.map { $0.flatMap { newIndex[$0] } }
        byKey = byKey.compactMapValues { newIndex[$0] }
    }

    // MARK: Clustering

    mutating func entity(forKey key: String, make: () -> LocalEntity) -> Int {
        if let existing = byKey[key] { return existing }
        entities.append(make())
        byKey[key] = entities.count - 1
        index(entities.count - 1)
        return entities.count - 1
    }

    mutating func attach(_ mention: Int, to entity: Int, surface: String?) {
        mentionEntities[mention] = entity
        entities[entity].mentions.append(mention)
        if mentionIsTitled[mention] { titledMentionCount[entity, default: 0] += 1 }
        if let surface, surface != entities[entity].name { entities[entity].aliases.insert(surface) }
    }

    /// Renames an entity, keeping the indexes in step.
    mutating func rename(_ entity: Int, to name: String) {
        unindex(entity)
        entities[entity].name = name
        index(entity)
    }

    /// The forms of a person's name of two or more words the indexes hold: the name, and for a numbered
    /// monarch or pope the name without the numeral ("Pope John Paul II" is found by "John Paul" too).
    static func indexedForms(of name: String) -> [[String]] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return [] }
        guard let last = words.last, RegnalNumbers.allNumerals.contains(last), words.count >= 3 else { return [words] }
        return [words, Array(words.dropLast())]
    }

    /// Adds an entity to the lookup indexes under its current name.
    mutating func index(_ entity: Int) {
        let name = entities[entity].name
        switch entities[entity].type {
        case .person:
            for words in Self.indexedForms(of: name) {
                personsByEnds[Self.endsKey(words), default: []].append(entity)
                for length in 2..<words.count { personsByTail[words.suffix(length).joined(separator: " "), default: []].append(entity) }
            }
        case .organization, .event:
            for key in Self.acronymKeys(of: name) { byInitials[key, default: []].append(entity) }
            if entities[entity].type == .organization, Self.isAcronym(name) { acronymOrganizations[name, default: []].append(entity) }
        default:
            break
        }
    }

    mutating func unindex(_ entity: Int) {
        let name = entities[entity].name
        func remove(_ key: String, from index: inout [String: [Int]]) { index[key]?.removeAll { $0 == entity } }
        switch entities[entity].type {
        case .person:
            for words in Self.indexedForms(of: name) {
                remove(Self.endsKey(words), from: &personsByEnds)
                for length in 2..<words.count { remove(words.suffix(length).joined(separator: " "), from: &personsByTail) }
            }
        case .organization, .event:
            for key in Self.acronymKeys(of: name) { remove(key, from: &byInitials) }
            remove(name, from: &acronymOrganizations)
        default:
            break
        }
    }

    static func endsKey(_ words: [String]) -> String { words[0] + "\u{0}" + words[words.count - 1] }

    /// Applies merges in order (each moves every mention and name of `from` into `into`, which is still
    /// live), then removes the merged entities in one pass; later entities shift down.
    mutating func merge(_ merges: [(from: Int, into: Int)]) {
        guard !merges.isEmpty else { return }
        var mergedInto = [Int?](repeating: nil, count: entities.count)
        var grown = Set<Int>()
        for (from, into) in merges {
            precondition(from != into && mergedInto[from] == nil && mergedInto[into] == nil)
            entities[into].aliases.formUnion(entities[from].aliases)
            if entities[from].name != entities[into].name { entities[into].aliases.insert(entities[from].name) }
            entities[into].mentions += entities[from].mentions
            mergedInto[from] = into
            grown.insert(into)
        }
        var newIndex = [Int](repeating: -1, count: entities.count)
        var kept: [LocalEntity] = []
        for (index, entity) in entities.enumerated() where mergedInto[index] == nil {
            newIndex[index] = kept.count
            var entity = entity
            if grown.contains(index) { entity.mentions.sort() }
            kept.append(entity)
        }
        func target(_ entity: Int) -> Int {
            var root = entity
            while let next = mergedInto[root] { root = next }
            return newIndex[root]
        }
        entities = kept
        mentionEntities = mentionEntities.map { $0.map(target) }
        byKey = byKey.mapValues(target)
    }
}

/// The people named in full in an article, by last word and by the first word of two-word names,
/// each list in the order the names were first seen.
struct PeopleIndex {
    var byLast: [String: [Int]] = [:]
    var byFirstOfTwo: [String: [Int]] = [:]

    init(_ people: [(entity: Int, words: [String])]) {
        for person in people {
            byLast[person.words[person.words.count - 1], default: []].append(person.entity)
            if person.words.count == 2 { byFirstOfTwo[person.words[0], default: []].append(person.entity) }
        }
    }
}
