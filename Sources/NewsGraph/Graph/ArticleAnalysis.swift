/// The per-article analysis (article metadata, local entities, facts) written as statements of
/// our own vocabulary next to an article's graph in `build --stream` N-Quads, and read back by
/// `merge`, so that merging partial graphs runs the very same cross-article merging as one build
/// (`GraphBuilder`): surname folding, office-based linking, meeting identity, mention counts and
/// place typing are all decided from the whole set of analyses, never approximated from the
/// per-article graphs.
///
/// Nodes, under `ngid:analysis/<article>`: the `ng:ArticleAnalysis` itself (metadata as literals),
/// its `ng:LocalEntity` nodes (`/entity/<i>`), its facts (`/fact/<j>`, typed `ng:RoleFact`,
/// `ng:MeetingFact`, `ng:QuotationFact`, `ng:EventFact`, `ng:RelationFact`) and its photographers
/// (`/photographer/<n>`). Facts point at local entities and at the article's `ng:Evidence` nodes.
public enum ArticleAnalysis {
    static let analysisType = "ng:ArticleAnalysis"

    static func baseIRI(_ articleID: String) -> String { "ngid:analysis/" + Vocabulary.slug(articleID) }

    /// The analysis nodes of one analyzed article. `entityIRI` gives the node each local entity
    /// became in the article's own graph (linked with `ng:resolvedAs`, for readers of the N-Quads).
    static func nodes(of document: Document, entityIRI: (Int) -> String) -> [GraphNode] {
        let article = document.article
        let base = baseIRI(article.id)
        var nodes: [GraphNode] = []
        var root = GraphNode(id: base, types: [analysisType])
        root.set("ng:analysisOf", .node(GraphBuilder.articleIRI(article.id)))
        root.set("ng:articleID", .string(article.id))
        let fields: [(String, String?)] = [
            ("ng:headline", article.title), ("ng:datePublished", article.date), ("ng:dateline", article.dateline),
            ("ng:datelinePlace", article.datelinePlace), ("ng:publisher", article.publisher), ("ng:url", article.url),
        ]
        for (property, value) in fields { if let value { root.set(property, .string(value)) } }
        for author in article.authors { root.add("ng:author", .string(author)) }
        for editor in article.editors { root.add("ng:editor", .string(editor)) }
        for (n, photographer) in article.photographers.enumerated() {
            let id = "\(base)/photographer/\(n)"
            root.add("ng:photographer", .node(id))
            nodes.append(GraphNode(id: id, types: [], properties: ["ng:index": [.integer(n)], "schema:name": [.string(photographer)]]))
        }
        func entity(_ i: Int) -> GraphValue { .node("\(base)/entity/\(i)") }
        for (i, local) in document.entities.enumerated() {
            var node = GraphNode(id: "\(base)/entity/\(i)", types: ["ng:LocalEntity"])
            node.set("ng:index", .integer(i))
            node.set("ng:entityType", .string(local.type.rawValue))
            node.set("schema:name", .string(local.name))
            for alias in local.aliases { node.add("schema:alternateName", .string(alias)) }
            node.set("ng:mentionCount", .integer(local.mentions.count))
            if let code = local.countryCode { node.set("schema:identifier", .string(code)) }
            node.set("ng:resolvedAs", .node(entityIRI(i)))
            root.add("ng:localEntity", .node(node.id))
            nodes.append(node)
        }
        for (j, fact) in document.facts.enumerated() {
            var node = GraphNode(id: "\(base)/fact/\(j)", types: [])
            node.set("ng:index", .integer(j))
            node.set("ng:evidence", .node(GraphBuilder.evidenceIRI(fact.evidence)))
            func text(_ property: String, _ value: String?) { if let value { node.set(property, .string(value)) } }
            switch fact {
            case .role(let role):
                node.types = ["ng:RoleFact"]
                node.set("ng:person", entity(role.person))
                text("schema:roleName", role.roleName)
                if let org = role.organization { node.set("ng:organization", entity(org)) }
                text("ng:qualifier", role.qualifier)
            case .meeting(let meeting):
                node.types = ["ng:MeetingFact"]
                for participant in meeting.participants { node.add("ng:participant", entity(participant)) }
                text("ng:status", meeting.status.rawValue)
                text("schema:about", meeting.topic)
                if let place = meeting.place { node.set("ng:place", entity(place)) }
                text("ng:date", meeting.date)
                text("ng:mode", meeting.mode)
                if let superEvent = meeting.superEvent { node.set("ng:superEvent", entity(superEvent)) }
                text("ng:cameoCode", meeting.cameoCode)
                text("ng:trigger", meeting.trigger)
            case .quotation(let quote):
                node.types = ["ng:QuotationFact"]
                node.set("ng:speaker", entity(quote.speaker))
                text("schema:text", quote.text)
                if quote.indirect { text("ng:speech", "indirect") }
            case .event(let event):
                node.types = ["ng:EventFact"]
                node.set("ng:event", entity(event.event))
                text("ng:eventKind", event.kind)
                if let place = event.place { node.set("ng:place", entity(place)) }
                text("ng:date", event.date)
            case .relation(let relation):
                node.types = ["ng:RelationFact"]
                text("ng:relationKind", relation.kind)
                for party in relation.parties { node.add("ng:party", entity(party)) }
                text("schema:about", relation.topic)
                text("ng:trigger", relation.trigger)
            }
            root.add("ng:fact", .node(node.id))
            nodes.append(node)
        }
        nodes.append(root)
        return nodes
    }

    /// A malformed or incomplete analysis in a graph being merged.
    public struct DecodingError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Every article analysis in `graph`, as the documents `GraphBuilder` merges (no body, no tokens),
    /// sorted by article id. `source` names where they came from.
    public static func documents(in graph: KnowledgeGraph, source: String) throws -> [Document] {
        var documents: [Document] = []
        for root in graph.nodes.values where root.types.contains(analysisType) {
            documents.append(try document(root, graph: graph, source: source))
        }
        return documents.sorted { $0.article.id < $1.article.id }
    }

    static func document(_ root: GraphNode, graph: KnowledgeGraph, source: String) throws -> Document {
        func fail(_ what: String) -> DecodingError { DecodingError(message: "\(root.id): \(what)") }
        func single(_ node: GraphNode, _ property: String) throws -> GraphValue? {
            let values = node.values(property)
            guard values.count <= 1 else { throw fail("\(node.id) has \(values.count) values of \(property) (the same article in two inputs?)") }
            return values.first
        }
        func text(_ node: GraphNode, _ property: String) throws -> String? { try single(node, property)?.text }
        func integer(_ node: GraphNode, _ property: String) throws -> Int {
            guard case .integer(let n)? = try single(node, property) else { throw fail("\(node.id) lacks an integer \(property)") }
            return n
        }
        /// Linked nodes in the order of their `ng:index`.
        func indexed(_ property: String) throws -> [GraphNode] {
            let linked = try root.links(property).map { iri -> (Int, GraphNode) in
                guard let node = graph[iri] else { throw fail("missing node \(iri)") }
                return (try integer(node, "ng:index"), node)
            }.sorted { $0.0 < $1.0 }
            guard linked.map(\.0) == Array(0..<linked.count) else { throw fail("the \(property) nodes are not numbered 0..<\(linked.count)") }
            return linked.map(\.1)
        }

        guard let id = try text(root, "ng:articleID") else { throw fail("no ng:articleID") }
        var article = Article(id: id, title: try text(root, "ng:headline"), date: try text(root, "ng:datePublished"),
                              body: "", source: SourceLocation(path: source))
        article.dateline = try text(root, "ng:dateline")
        article.datelinePlace = try text(root, "ng:datelinePlace")
        article.publisher = try text(root, "ng:publisher")
        article.url = try text(root, "ng:url")
        article.authors = root.values("ng:author").map(\.text)
        article.editors = root.values("ng:editor").map(\.text)
        article.photographers = try indexed("ng:photographer").map { try text($0, "schema:name") ?? "" }

        var document = Document(article: article)
        let entityNodes = try indexed("ng:localEntity")
        var positions: [String: Int] = [:]
        for (i, node) in entityNodes.enumerated() {
            positions[node.id] = i
            guard let typeName = try text(node, "ng:entityType"), let type = EntityType(rawValue: typeName),
                  let name = try text(node, "schema:name") else { throw fail("\(node.id) lacks a type or a name") }
            document.entities.append(LocalEntity(type: type, name: name, aliases: Set(node.values("schema:alternateName").map(\.text)),
                                                 mentions: Array(0..<(try integer(node, "ng:mentionCount"))),
                                                 countryCode: try text(node, "schema:identifier")))
        }
        func entity(_ node: GraphNode, _ property: String) throws -> Int? {
            guard let value = try single(node, property) else { return nil }
            guard case .node(let iri) = value, let position = positions[iri] else { throw fail("\(node.id): \(property) is not a local entity") }
            return position
        }
        func required(_ node: GraphNode, _ property: String) throws -> Int {
            guard let e = try entity(node, property) else { throw fail("\(node.id) lacks \(property)") }
            return e
        }
        func entities(_ node: GraphNode, _ property: String) throws -> [Int] {
            try node.links(property).map { iri in
                guard let position = positions[iri] else { throw fail("\(node.id): \(property) is not a local entity") }
                return position
            }.sorted()
        }
        for node in try indexed("ng:fact") {
            guard let evidenceIRI = node.links("ng:evidence").first, let evidenceNode = graph[evidenceIRI] else { throw fail("\(node.id) lacks its evidence") }
            let evidence = Evidence(articleID: id, sentenceIndex: try integer(evidenceNode, "ng:sentenceIndex"),
                                    sentenceText: try text(evidenceNode, "schema:text") ?? "",
                                    sentenceStart: try integer(evidenceNode, "ng:sentenceStart"), sentenceEnd: try integer(evidenceNode, "ng:sentenceEnd"),
                                    spanStart: try integer(evidenceNode, "ng:startOffset"), spanEnd: try integer(evidenceNode, "ng:endOffset"))
            let fact: Fact
            if node.types.contains("ng:RoleFact") {
                fact = .role(RoleFact(person: try required(node, "ng:person"), roleName: try text(node, "schema:roleName") ?? "",
                                      organization: try entity(node, "ng:organization"), qualifier: try text(node, "ng:qualifier"), evidence: evidence))
            } else if node.types.contains("ng:MeetingFact") {
                guard let status = MeetingStatus(rawValue: try text(node, "ng:status") ?? "") else { throw fail("\(node.id) lacks ng:status") }
                fact = .meeting(MeetingFact(participants: try entities(node, "ng:participant"), status: status, topic: try text(node, "schema:about"),
                                            place: try entity(node, "ng:place"), date: try text(node, "ng:date"), mode: try text(node, "ng:mode"),
                                            superEvent: try entity(node, "ng:superEvent"), cameoCode: try text(node, "ng:cameoCode") ?? "",
                                            trigger: try text(node, "ng:trigger") ?? "", evidence: evidence))
            } else if node.types.contains("ng:QuotationFact") {
                fact = .quotation(QuotationFact(speaker: try required(node, "ng:speaker"), text: try text(node, "schema:text") ?? "",
                                                evidence: evidence, indirect: try text(node, "ng:speech") == "indirect"))
            } else if node.types.contains("ng:EventFact") {
                fact = .event(NamedEventFact(event: try required(node, "ng:event"), kind: try text(node, "ng:eventKind") ?? "",
                                             place: try entity(node, "ng:place"), date: try text(node, "ng:date"), evidence: evidence))
            } else if node.types.contains("ng:RelationFact") {
                fact = .relation(RelationFact(kind: try text(node, "ng:relationKind") ?? "", parties: try entities(node, "ng:party"),
                                              topic: try text(node, "schema:about"), trigger: try text(node, "ng:trigger") ?? "", evidence: evidence))
            } else {
                throw fail("\(node.id) has no known fact type")
            }
            document.facts.append(fact)
        }
        return document
    }
}
