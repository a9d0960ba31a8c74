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
        var state = ResolutionState(document: document)
        state.run()
        state.linkPersonShortForms()
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

/// The entities of one article as they are being built.
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
        // Full names first, longest first, so that surnames and shorter forms seen before the
        // full name still find it.
        var personNames: [(entity: Int, words: [String])] = []
        let fullNames = classes.enumerated().compactMap { index, cls -> (Int, [String])? in
            if case .person(let words) = cls, words.count >= 2 { return (index, words) }
            return nil
        }.sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0 < $1.0 }
        for (index, words) in fullNames {
            let entity = personEntity(for: words, mention: index)
            if !personNames.contains(where: { $0.entity == entity }) { personNames.append((entity, words)) }
        }
        for (index, cls) in classes.enumerated() {
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
                } else if let entity = surnameOwner(words[0], mention: index, among: personNames) {
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
                // "the Fed", "U.S. Federal Reserve": a well-known body goes by its canonical name.
                let canonical = WellKnownBodies.canonicalName(name) ?? name
                let entity = organizationEntity(canonical, mention: index)
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
        linkOrganizationShortForms()
    }

    // MARK: Clustering

    mutating func entity(forKey key: String, make: () -> LocalEntity) -> Int {
        if let existing = byKey[key] { return existing }
        entities.append(make())
        byKey[key] = entities.count - 1
        return entities.count - 1
    }

    mutating func attach(_ mention: Int, to entity: Int, surface: String?) {
        mentionEntities[mention] = entity
        entities[entity].mentions.append(mention)
        if let surface, surface != entities[entity].name { entities[entity].aliases.insert(surface) }
    }

    /// Moves every mention and name of entity `from` to entity `into`, then removes `from`
    /// (indices of later entities shift down by one).
    mutating func merge(_ from: Int, into: Int) {
        precondition(from != into)
        entities[into].aliases.formUnion(entities[from].aliases)
        if entities[from].name != entities[into].name { entities[into].aliases.insert(entities[from].name) }
        entities[into].mentions = (entities[into].mentions + entities[from].mentions).sorted()
        entities.remove(at: from)
        mentionEntities = mentionEntities.map { entity in
            guard let entity else { return nil }
            let target = entity == from ? into : entity
            return target > from ? target - 1 : target
        }
        byKey = byKey.compactMapValues { entity in
            let target = entity == from ? into : entity
            return target > from ? target - 1 : target
        }
    }
}
