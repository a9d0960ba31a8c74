/// Builds the knowledge graph from analyzed documents, merging entities across articles.
///
/// Merging is decided only once every document is in, from the whole set, so the result does not
/// depend on the order in which documents were added: the same full name and compatible type make
/// one node; a bare surname joins a full name only when exactly one full name in the corpus ends with it.
public struct GraphBuilder: Sendable {
    /// What the builder keeps of a document: no tokens, only entities, facts and metadata.
    struct Summary: Sendable {
        let article: Article
        let entities: [LocalEntity]
        let facts: [Fact]
    }

    private var summaries: [Summary] = []

    public init() {}

    /// Number of documents added.
    public var documentCount: Int { summaries.count }

    public mutating func add(_ document: Document) {
        var article = document.article
        article.body = ""  // the body is not needed any more; evidence carries the sentences
        summaries.append(Summary(article: article, entities: document.entities, facts: document.facts))
    }

    /// Builds the graph.
    public func build() -> KnowledgeGraph { buildWithEntityIRIs().graph }

    /// Builds the graph, and gives the node IRI of every local entity of every document (documents
    /// in article id order).
    func buildWithEntityIRIs() -> (graph: KnowledgeGraph, entityIRIs: [[String]]) {
        let ordered = summaries.sorted { ($0.article.id, $0.article.source.description) < ($1.article.id, $1.article.source.description) }
        let keys = EntityKeys(ordered)
        var graph = KnowledgeGraph()
        var entityNodes: [String: EntityAggregate] = [:]
        for (d, summary) in ordered.enumerated() {
            for (e, entity) in summary.entities.enumerated() {
                let key = keys.key(document: d, entity: e)
                entityNodes[key, default: EntityAggregate(key: key)].add(entity, article: summary.article.id)
            }
        }
        var iris: [String: String] = [:]
        for (key, aggregate) in entityNodes { iris[key] = aggregate.iri }
        for aggregate in entityNodes.values { graph.merge(aggregate.node()) }

        // One node per real meeting: mentions across articles with the same participants and close days.
        var mentions: [MeetingIdentity.Mention] = []
        for (d, summary) in ordered.enumerated() {
            for fact in summary.facts {
                guard case .meeting(let meeting) = fact else { continue }
                mentions.append(MeetingIdentity.Mention(
                    participants: meeting.participants.map { iris[keys.key(document: d, entity: $0)]! }, date: meeting.date,
                    status: meeting.status, articleID: summary.article.id, articleDay: summary.article.publicationDay,
                    sentenceIndex: meeting.evidence.sentenceIndex))
            }
        }
        var meetingIdentities = MeetingIdentity.meetings(mentions).makeIterator()

        for (d, summary) in ordered.enumerated() {
            let article = summary.article
            let articleIRI = GraphBuilder.articleIRI(article.id)
            func entityIRI(_ e: Int) -> String { iris[keys.key(document: d, entity: e)]! }
            var articleNode = GraphNode(id: articleIRI, types: ["schema:NewsArticle"])
            articleNode.set("schema:identifier", .string(article.id))
            if let title = article.title { articleNode.set("schema:headline", .string(title)) }
            if let date = article.date {
                articleNode.set("schema:datePublished", ISODay(date) != nil && date.count == 10 ? .typed(date, "xsd:date") : .string(date))
            }
            if let dateline = article.dateline { articleNode.set("schema:dateline", .string(dateline)) }
            if let url = article.url { articleNode.set("schema:url", .string(url)) }
            for (e, entity) in summary.entities.enumerated() where !entity.mentions.isEmpty {
                articleNode.add("schema:mentions", .node(entityIRI(e)))
            }
            for (property, people) in [("schema:author", article.authors), ("schema:editor", article.editors)] {
                for person in people {
                    let iri = GraphBuilder.creditIRI(person, iris: iris)
                    graph.merge(GraphNode(id: iri, types: ["schema:Person"], properties: ["schema:name": [.string(person)]]))
                    articleNode.add(property, .node(iri))
                }
            }
            for (index, person) in article.photographers.enumerated() {
                let iri = GraphBuilder.creditIRI(person, iris: iris)
                graph.merge(GraphNode(id: iri, types: ["schema:Person"], properties: ["schema:name": [.string(person)]]))
                let photo = "ngid:photo/\(Vocabulary.slug(article.id))/\(index + 1)"
                graph.merge(GraphNode(id: photo, types: ["schema:ImageObject"], properties: ["schema:creator": [.node(iri)]]))
                articleNode.add("schema:image", .node(photo))
            }
            if let publisher = article.publisher {
                let iri = "ngid:organization/" + Vocabulary.slug(publisher)
                graph.merge(GraphNode(id: iri, types: ["schema:Organization"], properties: ["schema:name": [.string(publisher)]]))
                articleNode.add("schema:publisher", .node(iri))
            }
            if let place = article.datelinePlace {
                let iri = iris["loc/" + Vocabulary.slug(place)] ?? "ngid:city/" + Vocabulary.slug(place)
                graph.merge(GraphNode(id: iri, types: [iri.hasPrefix("ngid:place/") ? "schema:Place" : "schema:City"], properties: ["schema:name": [.string(place)]]))
                articleNode.add("schema:locationCreated", .node(iri))
            }
            graph.merge(articleNode)

            var quoteNumber = 0
            for fact in summary.facts {
                let evidenceIRI = GraphBuilder.addEvidence(fact.evidence, articleIRI: articleIRI, to: &graph)
                switch fact {
                case .role(let role):
                    let person = entityIRI(role.person)
                    let org = role.organization.map(entityIRI)
                    let id = "ngid:role/\(person.dropFirst(5))/\(Vocabulary.slug(role.roleName))" + (org.map { "/" + $0.dropFirst(5) } ?? "")
                    var node = GraphNode(id: id, types: ["schema:OrganizationRole"])
                    node.set("schema:roleName", .string(role.roleName))
                    if let org { node.set("schema:memberOf", .node(org)) }
                    if let qualifier = role.qualifier { node.add("ng:qualifier", .string(qualifier)) }
                    node.add("prov:wasDerivedFrom", .node(articleIRI))
                    node.add("ng:evidence", .node(evidenceIRI))
                    graph.merge(node)
                    graph.merge(GraphNode(id: person, types: [], properties: ["schema:memberOf": [.node(id)]]))
                case .meeting(let meeting):
                    let attendees = meeting.participants.map(entityIRI).sorted()
                    let place = meeting.place.map(entityIRI)
                    let identity = meetingIdentities.next()!
                    var id = "ngid:meeting/" + attendees.map { Vocabulary.slug(String($0.split(separator: "/").last ?? "")) }.joined(separator: "+")
                    let suffix = String(identity.key.split(separator: "/").last ?? "")
                    id += "/" + (suffix == identity.date ? suffix : Vocabulary.slug(suffix))
                    var node = GraphNode(id: id, types: ["schema:Event", "ng:Meeting"])
                    for attendee in attendees { node.add("schema:attendee", .node(attendee)) }
                    if let topic = meeting.topic { node.add("schema:about", .string(topic)) }
                    if let place { node.add("schema:location", .node(place)) }
                    if let date = identity.date { node.set("schema:startDate", .typed(date, date.count == 10 ? "xsd:date" : "xsd:gYearMonth")) }
                    node.add("ng:status", .string(identity.status.rawValue))
                    if let mode = meeting.mode { node.add("ng:mode", .string(mode)) }
                    node.add("schema:additionalType", .node("cameo:" + meeting.cameoCode))
                    node.add("ng:trigger", .string(meeting.trigger))
                    if let superEvent = meeting.superEvent { node.add("schema:superEvent", .node(entityIRI(superEvent))) }
                    let names = attendees.compactMap { graph[$0]?.string("schema:name") }
                    node.set("schema:name", .string("Meeting of " + names.joined(separator: " and ")))
                    node.add("prov:wasDerivedFrom", .node(articleIRI))
                    node.add("ng:evidence", .node(evidenceIRI))
                    graph.merge(node)
                case .quotation(let quote):
                    quoteNumber += 1
                    let id = "ngid:quotation/\(Vocabulary.slug(article.id))/\(quoteNumber)"
                    var node = GraphNode(id: id, types: ["schema:Quotation"])
                    node.set("schema:creator", .node(entityIRI(quote.speaker)))
                    node.set("schema:text", .string(quote.text))
                    if quote.indirect { node.set("ng:speech", .string("indirect")) }
                    node.add("prov:wasDerivedFrom", .node(articleIRI))
                    node.add("ng:evidence", .node(evidenceIRI))
                    graph.merge(node)
                case .event(let event):
                    var node = GraphNode(id: entityIRI(event.event), types: ["schema:Event"])
                    node.add("ng:eventKind", .string(event.kind))
                    if let place = event.place { node.add("schema:location", .node(entityIRI(place))) }
                    if let date = event.date { node.add("schema:startDate", .typed(date, date.count == 10 ? "xsd:date" : "xsd:gYearMonth")) }
                    node.add("prov:wasDerivedFrom", .node(articleIRI))
                    node.add("ng:evidence", .node(evidenceIRI))
                    graph.merge(node)
                    var articleMention = GraphNode(id: articleIRI, types: [])
                    articleMention.add("schema:mentions", .node(entityIRI(event.event)))
                    graph.merge(articleMention)
                case .relation(let relation):
                    let parties = relation.parties.map(entityIRI).sorted()
                    let id = "ngid:relation/\(relation.kind)/" + parties.map { Vocabulary.slug(String($0.split(separator: "/").last ?? "")) }.joined(separator: "+")
                    var node = GraphNode(id: id, types: [relation.kind == "agreement" ? "ng:Agreement" : "ng:Dispute"])
                    node.add("ng:relationKind", .string(relation.kind))
                    for party in parties { node.add("ng:party", .node(party)) }
                    if let topic = relation.topic { node.add("schema:about", .string(topic)) }
                    node.add("ng:trigger", .string(relation.trigger))
                    node.add("prov:wasDerivedFrom", .node(articleIRI))
                    node.add("ng:evidence", .node(evidenceIRI))
                    graph.merge(node)
                }
            }
        }
        let entityIRIs = ordered.indices.map { d in ordered[d].entities.indices.map { iris[keys.key(document: d, entity: $0)]! } }
        return (graph, entityIRIs)
    }

    static func articleIRI(_ id: String) -> String { "ngid:article/" + Vocabulary.slug(id) }

    /// A credited person is the same node as a story person with the same full name.
    static func creditIRI(_ name: String, iris: [String: String]) -> String {
        iris["person/" + Vocabulary.slug(name)] ?? "ngid:person/" + Vocabulary.slug(name)
    }

    static func evidenceIRI(_ evidence: Evidence) -> String {
        "ngid:evidence/\(Vocabulary.slug(evidence.articleID))/\(evidence.sentenceIndex)/\(evidence.spanStart)-\(evidence.spanEnd)"
    }

    static func addEvidence(_ evidence: Evidence, articleIRI: String, to graph: inout KnowledgeGraph) -> String {
        let id = evidenceIRI(evidence)
        if graph[id] == nil {
            var node = GraphNode(id: id, types: ["ng:Evidence"])
            node.set("ng:article", .node(articleIRI))
            node.set("ng:sentenceIndex", .integer(evidence.sentenceIndex))
            node.set("schema:text", .string(evidence.sentenceText))
            node.set("ng:sentenceStart", .integer(evidence.sentenceStart))
            node.set("ng:sentenceEnd", .integer(evidence.sentenceEnd))
            node.set("ng:startOffset", .integer(evidence.spanStart))
            node.set("ng:endOffset", .integer(evidence.spanEnd))
            graph.put(node)
        }
        return id
    }
}

/// The corpus-wide key of every local entity (which local entities are one node).
///
/// Keys depend only on the set of documents, never on their order: a person's full name is its key;
/// a bare name joins the only full name in the corpus ending (or, for two-word names, starting)
/// with it, or, among several, the only one holding the same office somewhere in the corpus
/// ("Treasury Secretary Baker" → James Baker when only he is Treasury Secretary), or the one person all
/// such office-holding bare mentions point to; otherwise it stays apart. An organization's key ignores a legal suffix ("Vulcan Inc" = "Vulcan"), and an acronym
/// joins the one organization it abbreviates.
struct EntityKeys {
    private var keys: [[String]] = []

    /// Legal-form words at the end of a company name.
    static let legalSuffixes: Set<String> = [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc",
        "SA", "S.A.", "AG", "NV", "N.V.", "SpA", "BV", "AB", "Cos", "Incorporated", "LLC",
    ]

    /// The name an organization is keyed by: without a trailing legal form (and a comma before it).
    static func organizationKeyName(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last, legalSuffixes.contains(last) { words.removeLast() }
        if words.count > 0, words[words.count - 1].hasSuffix(",") { words[words.count - 1].removeLast() }
        return words.joined(separator: " ")
    }

    init(_ summaries: [GraphBuilder.Summary]) {
        // Full person names by last and first word, and the offices held, over the whole corpus.
        var byLast: [String: Set<String>] = [:]
        var byFirst: [String: Set<String>] = [:]
        var offices: [String: Set<String>] = [:]
        var acronymOwners: [String: Set<String>] = [:]
        // The offices each person holds, per document, read in one pass over its facts.
        let rolesByEntity: [[Int: Set<String>]] = summaries.map { summary in
            var roles: [Int: Set<String>] = [:]
            for fact in summary.facts {
                if case .role(let role) = fact { roles[role.person, default: []].insert(role.roleName.lowercased()) }
            }
            return roles
        }
        func roles(_ d: Int, _ entity: Int) -> Set<String> { rolesByEntity[d][entity] ?? [] }
        for (d, summary) in summaries.enumerated() {
            for (e, entity) in summary.entities.enumerated() {
                if entity.type == .person {
                    let words = entity.name.split(separator: " ").map(String.init)
                    if words.count >= 2 {
                        byLast[words.last!, default: []].insert(entity.name)
                        if words.count == 2 { byFirst[words[0], default: []].insert(entity.name) }
                        offices[entity.name, default: []].formUnion(roles(d, e))
                    }
                } else if entity.type == .organization {
                    for alias in entity.aliases where alias.allSatisfy({ $0.isUppercaseLetter || $0 == "." }) {
                        acronymOwners[alias, default: []].insert(EntityKeys.organizationKeyName(entity.name))
                    }
                }
            }
        }
        // A bare name several full names end with: the full names holding the offices it holds.
        func holders(_ name: String, _ d: Int, _ e: Int) -> Set<String> {
            let held = roles(d, e)
            guard !held.isEmpty else { return [] }
            return (byLast[name] ?? byFirst[name] ?? []).filter { !(offices[$0] ?? []).isDisjoint(with: held) }
        }
        // When every bare mention of a name that holds an office points to the same one person (at
        // least twice, never to another), the name's other bare mentions are that person too
        // ("President Reagan" → Ronald Reagan, then "Reagan"); otherwise they stay apart.
        var evidence: [String: [Set<String>]] = [:]
        for (d, summary) in summaries.enumerated() {
            for (e, entity) in summary.entities.enumerated() where entity.type == .person && !entity.name.contains(" ") {
                guard (byLast[entity.name] ?? byFirst[entity.name] ?? []).count > 1 else { continue }
                let found = holders(entity.name, d, e)
                if !found.isEmpty { evidence[entity.name, default: []].append(found) }
            }
        }
        var byOffice: [String: String] = [:]
        for (name, found) in evidence where found.count >= 2 {
            let all = found.reduce(into: Set<String>()) { $0.formUnion($1) }
            if all.count == 1 { byOffice[name] = all.first! }
        }
        // Full names an article keeps apart from a bare name it also holds ("Reagan" and "Nancy Reagan"):
        // another person, whom that bare name never joins.
        // Only when the bare name holds an office there that the full name never holds.
        var keptApart: [String: Set<String>] = [:]
        for (d, summary) in summaries.enumerated() {
            let names = Set(summary.entities.filter { $0.type == .person }.map(\.name))
            for (e, entity) in summary.entities.enumerated() where entity.type == .person && !entity.name.contains(" ") {
                let held = roles(d, e)
                guard !held.isEmpty else { continue }
                for owner in (byLast[entity.name] ?? []).union(byFirst[entity.name] ?? [])
                where names.contains(owner) && (offices[owner] ?? []).isDisjoint(with: held) {
                    keptApart[entity.name, default: []].insert(owner)
                }
            }
        }
        keys = summaries.enumerated().map { d, summary in
            summary.entities.enumerated().map { e, entity in
                switch entity.type {
                case .person:
                    var name = entity.name
                    if !name.contains(" ") {
                        let owners = (byLast[name] ?? byFirst[name] ?? []).subtracting(keptApart[name] ?? [])
                        if owners.count == 1 {
                            name = owners.first!
                        } else if owners.count > 1 {
                            let found = holders(name, d, e)
                            if found.count == 1 { name = found.first! } else if found.isEmpty, let person = byOffice[name] { name = person }
                        }
                    }
                    return "person/" + Vocabulary.slug(name)
                case .organization:
                    var name = EntityKeys.organizationKeyName(entity.name)
                    if let owners = acronymOwners[name], owners.count == 1 { name = owners.first! }
                    return "organization/" + Vocabulary.slug(name)
                case .country: return "country/" + Vocabulary.slug(entity.name)
                case .city, .place: return "loc/" + Vocabulary.slug(entity.name)
                case .event: return "event/" + Vocabulary.slug(entity.name)
                }
            }
        }
    }

    func key(document: Int, entity: Int) -> String { keys[document][entity] }
}

/// Everything the corpus says about one entity node.
struct EntityAggregate {
    let key: String
    var names: [String: Int] = [:]
    var types: Set<EntityType> = []
    var countryCode: String?
    var articles: Set<String> = []
    var mentionCount = 0

    init(key: String) { self.key = key }

    mutating func add(_ entity: LocalEntity, article: String) {
        names[entity.name, default: 0] += max(1, entity.mentions.count)
        for alias in entity.aliases { names[alias, default: 0] += 0 }
        types.insert(entity.type)
        countryCode = countryCode ?? entity.countryCode
        articles.insert(article)
        mentionCount += entity.mentions.count
    }

    var type: EntityType {
        if types.contains(.city) { return .city }
        return types.min()!
    }

    var iri: String {
        let path = key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? key
        return "ngid:\(type.slug)/\(path)"
    }

    /// The fullest name: most words, then most mentions, then alphabetical; for a well-known body, its
    /// canonical name ("Federal Reserve", not "U.S. Federal Reserve Board").
    var canonicalName: String {
        let fullest = names.max { a, b in
            let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
            if wa != wb { return wa < wb }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }!.key
        if types.contains(.organization), let known = WellKnownBodies.canonicalName(fullest) { return known }
        return fullest
    }

    func node() -> GraphNode {
        var node = GraphNode(id: iri, types: ["schema:\(type.rawValue)"])
        let name = canonicalName
        if type == .country, let country = CountryTable.shared.countries.first(where: { $0.name == name }) {
            node.set("schema:name", .string(country.name))
        } else {
            node.set("schema:name", .string(name))
        }
        for other in names.keys where other != name { node.add("schema:alternateName", .string(other)) }
        if let code = countryCode { node.set("schema:identifier", .string(code)) }
        node.set("ng:mentionCount", .integer(mentionCount))
        return node
    }
}
