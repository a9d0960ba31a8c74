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
    public func build() -> KnowledgeGraph {
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
                    let iri = GraphBuilder.creditIRI(person, keys: keys, iris: iris)
                    graph.merge(GraphNode(id: iri, types: ["schema:Person"], properties: ["schema:name": [.string(person)]]))
                    articleNode.add(property, .node(iri))
                }
            }
            for (index, person) in article.photographers.enumerated() {
                let iri = GraphBuilder.creditIRI(person, keys: keys, iris: iris)
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
                    var id = "ngid:meeting/" + attendees.map { Vocabulary.slug(String($0.split(separator: "/").last ?? "")) }.joined(separator: "+")
                    if let date = meeting.date {
                        id += "/" + date + (place.map { "/" + ($0.split(separator: "/").last ?? "") } ?? "")
                    } else {
                        id += "/" + Vocabulary.slug(article.id) + "-s\(meeting.evidence.sentenceIndex)"
                    }
                    var node = GraphNode(id: id, types: ["schema:Event", "ng:Meeting"])
                    for attendee in attendees { node.add("schema:attendee", .node(attendee)) }
                    if let topic = meeting.topic { node.add("schema:about", .string(topic)) }
                    if let place { node.add("schema:location", .node(place)) }
                    if let date = meeting.date { node.set("schema:startDate", .typed(date, date.count == 10 ? "xsd:date" : "xsd:gYearMonth")) }
                    node.add("ng:status", .string(meeting.status.rawValue))
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
                }
            }
        }
        return graph
    }

    static func articleIRI(_ id: String) -> String { "ngid:article/" + Vocabulary.slug(id) }

    /// A credited person is the same node as a story person with the same full name.
    static func creditIRI(_ name: String, keys: EntityKeys, iris: [String: String]) -> String {
        iris["person/" + Vocabulary.slug(name)] ?? "ngid:person/" + Vocabulary.slug(name)
    }

    static func addEvidence(_ evidence: Evidence, articleIRI: String, to graph: inout KnowledgeGraph) -> String {
        let id = "ngid:evidence/\(Vocabulary.slug(evidence.articleID))/\(evidence.sentenceIndex)/\(evidence.spanStart)-\(evidence.spanEnd)"
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
struct EntityKeys {
    private var keys: [[String]] = []

    init(_ summaries: [GraphBuilder.Summary]) {
        // Full person names by last and first word, over the whole corpus.
        var byLast: [String: Set<String>] = [:]
        var byFirst: [String: Set<String>] = [:]
        var acronymOwners: [String: Set<String>] = [:]
        for summary in summaries {
            for entity in summary.entities {
                if entity.type == .person {
                    let words = entity.name.split(separator: " ").map(String.init)
                    if words.count >= 2 {
                        byLast[words.last!, default: []].insert(entity.name)
                        if words.count == 2 { byFirst[words[0], default: []].insert(entity.name) }
                    }
                } else if entity.type == .organization {
                    for alias in entity.aliases where alias.allSatisfy({ $0.isUppercase || $0 == "." }) {
                        acronymOwners[alias, default: []].insert(entity.name)
                    }
                }
            }
        }
        keys = summaries.map { summary in
            summary.entities.map { entity in
                switch entity.type {
                case .person:
                    var name = entity.name
                    if !name.contains(" ") {
                        if let owners = byLast[name], owners.count == 1 { name = owners.first! }
                        else if byLast[name] == nil, let owners = byFirst[name], owners.count == 1 { name = owners.first! }
                    }
                    return "person/" + Vocabulary.slug(name)
                case .organization:
                    var name = entity.name
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

    /// The fullest name: most words, then most mentions, then alphabetical.
    var canonicalName: String {
        names.max { a, b in
            let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
            if wa != wb { return wa < wb }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }!.key
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
