/// Turns a loaded graph back into the per-article documents `GraphBuilder` merges, so that
/// `newsgraph add` can put old and new articles through the very same cross-article merging as one
/// big build.
///
/// What the graph keeps is enough for that: every article with its metadata and the entities it
/// mentions, every entity's full name, aliases, type and mention count, and every role, meeting,
/// quotation and named event with the article sentence stating it. What it does not keep is how an
/// entity's mentions and names were spread over the articles: each mentioning article gets one
/// mention (the first the rest of the count), and the entity's full name stands for all its names.
/// Bodies are not kept either (the builder does not need them).
public enum GraphDocuments {
    /// One document per article node, with entities and facts rebuilt from the graph.
    public static func documents(from index: GraphIndex, source: String) -> [Document] {
        let graph = index.graph
        var drafts: [String: Draft] = [:]  // article IRI → draft
        for articleIRI in index.ids(ofType: "schema:NewsArticle") {
            guard let node = graph[articleIRI] else { continue }
            drafts[articleIRI] = Draft(article: article(node, graph: graph, source: source))
        }
        // Mentions: spread each entity's count over the articles mentioning it.
        var mentioning: [String: [String]] = [:]
        for articleIRI in drafts.keys.sorted() {
            for entity in graph[articleIRI]?.links("schema:mentions") ?? [] { mentioning[entity, default: []].append(articleIRI) }
        }
        for (entity, articles) in mentioning {
            let total = index.mentionCount(entity)
            for (k, articleIRI) in articles.enumerated() {
                let count = total >= articles.count ? (k == 0 ? total - (articles.count - 1) : 1) : (k < total ? 1 : 0)
                drafts[articleIRI]?.entity(entity, index: index, mentions: count)
            }
        }
        // Facts, one per evidence sentence, in the article of that sentence.
        func each(_ fact: String, _ body: (inout Draft, Evidence, Bool) -> Void) {
            var first = true
            for evidenceIRI in graph[fact]?.links("ng:evidence") ?? [] {
                guard let node = graph[evidenceIRI], let articleIRI = node.links("ng:article").first, drafts[articleIRI] != nil else { continue }
                func int(_ p: String) -> Int { if case .integer(let n)? = node.values(p).first { return n } else { return 0 } }
                let evidence = Evidence(articleID: drafts[articleIRI]!.article.id, sentenceIndex: int("ng:sentenceIndex"),
                                        sentenceText: node.string("schema:text") ?? "", sentenceStart: int("ng:sentenceStart"),
                                        sentenceEnd: int("ng:sentenceEnd"), spanStart: int("ng:startOffset"), spanEnd: int("ng:endOffset"))
                body(&drafts[articleIRI]!, evidence, first)
                first = false
            }
        }
        for role in index.ids(ofType: "schema:OrganizationRole") {
            guard let node = graph[role], let name = node.string("schema:roleName") else { continue }
            let org = node.links("schema:memberOf").first
            let qualifiers: [String?] = { let q = node.values("ng:qualifier").map(\.text); return q.isEmpty ? [nil] : q }()
            for holder in index.subjects(linkingTo: role, by: "schema:memberOf") {
                each(role) { draft, evidence, first in
                    for qualifier in first ? qualifiers : [qualifiers[0]] {
                        let fact = RoleFact(person: draft.entity(holder, index: index), roleName: name,
                                            organization: org.map { draft.entity($0, index: index) }, qualifier: qualifier, evidence: evidence)
                        draft.facts.append(.role(fact))
                    }
                }
            }
        }
        for meeting in index.ids(ofType: "ng:Meeting") {
            guard let node = graph[meeting] else { continue }
            func texts(_ p: String) -> [String] { node.values(p).map(\.text) }
            let topics: [String?] = texts("schema:about").isEmpty ? [nil] : texts("schema:about")
            let modes: [String?] = texts("ng:mode").isEmpty ? [nil] : texts("ng:mode")
            let statuses = texts("ng:status").compactMap(MeetingStatus.init(rawValue:))
            let codes = node.links("schema:additionalType").map { $0.hasPrefix("cameo:") ? String($0.dropFirst(6)) : $0 }
            let triggers = texts("ng:trigger")
            each(meeting) { draft, evidence, first in
                func fact(topic: String?, mode: String?, status: MeetingStatus?, code: String?, trigger: String?) -> Fact {
                    .meeting(MeetingFact(participants: node.links("schema:attendee").map { draft.entity($0, index: index) },
                                         status: status ?? statuses.first ?? .happened, topic: topic,
                                         place: node.links("schema:location").first.map { draft.entity($0, index: index) },
                                         date: node.values("schema:startDate").first?.text, mode: mode,
                                         superEvent: node.links("schema:superEvent").first.map { draft.entity($0, index: index) },
                                         cameoCode: code ?? codes.first ?? "040", trigger: trigger ?? triggers.first ?? "", evidence: evidence))
                }
                draft.facts.append(fact(topic: topics[0], mode: modes[0], status: nil, code: nil, trigger: nil))
                guard first else { return }
                for topic in topics.dropFirst() { draft.facts.append(fact(topic: topic, mode: nil, status: nil, code: nil, trigger: nil)) }
                for mode in modes.dropFirst() { draft.facts.append(fact(topic: nil, mode: mode, status: nil, code: nil, trigger: nil)) }
                for status in statuses.dropFirst() { draft.facts.append(fact(topic: nil, mode: nil, status: status, code: nil, trigger: nil)) }
                for code in codes.dropFirst() { draft.facts.append(fact(topic: nil, mode: nil, status: nil, code: code, trigger: nil)) }
                for trigger in triggers.dropFirst() { draft.facts.append(fact(topic: nil, mode: nil, status: nil, code: nil, trigger: trigger)) }
            }
        }
        // Quotations are numbered per article in order; keep that order.
        let quotations = (index.ids(ofType: "schema:Quotation")).sorted { a, b in
            let na = Int(a.split(separator: "/").last ?? "") ?? 0, nb = Int(b.split(separator: "/").last ?? "") ?? 0
            let pa = a.split(separator: "/").dropLast().joined(separator: "/"), pb = b.split(separator: "/").dropLast().joined(separator: "/")
            return (pa, na) < (pb, nb)
        }
        for quotation in quotations {
            guard let node = graph[quotation], let speaker = node.links("schema:creator").first else { continue }
            each(quotation) { draft, evidence, _ in
                draft.facts.append(.quotation(QuotationFact(speaker: draft.entity(speaker, index: index), text: node.string("schema:text") ?? "", evidence: evidence)))
            }
        }
        for event in index.ids(ofType: "schema:Event") {
            guard let node = graph[event], !node.types.contains("ng:Meeting"), !node.links("ng:evidence").isEmpty else { continue }
            let kinds = node.values("ng:eventKind").map(\.text)
            let places: [String?] = node.links("schema:location").isEmpty ? [nil] : node.links("schema:location")
            let dates: [String?] = node.values("schema:startDate").isEmpty ? [nil] : node.values("schema:startDate").map(\.text)
            each(event) { draft, evidence, first in
                let e = draft.entity(event, index: index)
                func fact(kind: String?, place: String?, date: String?) -> Fact {
                    .event(NamedEventFact(event: e, kind: kind ?? kinds.first ?? "event", place: place.map { draft.entity($0, index: index) }, date: date, evidence: evidence))
                }
                draft.facts.append(fact(kind: nil, place: places[0], date: dates[0]))
                guard first else { return }
                for kind in kinds.dropFirst() { draft.facts.append(fact(kind: kind, place: nil, date: nil)) }
                for place in places.dropFirst() { draft.facts.append(fact(kind: nil, place: place, date: nil)) }
                for date in dates.dropFirst() { draft.facts.append(fact(kind: nil, place: nil, date: date)) }
            }
        }
        return drafts.keys.sorted().map { drafts[$0]!.document() }
    }

    /// Whether `article` is the article the graph already has under its id: same headline and
    /// date, and every sentence the graph quotes from it is in its body at the same offsets.
    public static func sameContent(_ article: Article, in index: GraphIndex) -> Bool {
        let iri = GraphBuilder.articleIRI(article.id)
        guard let node = index[iri] else { return false }
        if node.string("schema:headline") != article.title { return false }
        if node.values("schema:datePublished").first?.text != article.date { return false }
        let scalars = Array(article.body.unicodeScalars)
        for evidenceIRI in index.subjects(linkingTo: iri, by: "ng:article") {
            guard let evidence = index[evidenceIRI] else { continue }
            guard case .integer(let start)? = evidence.values("ng:sentenceStart").first,
                  case .integer(let end)? = evidence.values("ng:sentenceEnd").first,
                  start >= 0, start <= end, end <= scalars.count else { return false }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            if String(text) != evidence.string("schema:text") { return false }
        }
        return true
    }

    static func article(_ node: GraphNode, graph: KnowledgeGraph, source: String) -> Article {
        func name(_ iri: String) -> String? { graph[iri]?.string("schema:name") }
        var article = Article(id: node.string("schema:identifier") ?? String(node.id.dropFirst("ngid:article/".count)),
                              title: node.string("schema:headline"), date: node.values("schema:datePublished").first?.text,
                              body: "", source: SourceLocation(path: source))
        article.dateline = node.string("schema:dateline")
        article.url = node.string("schema:url")
        article.authors = node.links("schema:author").compactMap(name)
        article.editors = node.links("schema:editor").compactMap(name)
        let photos = node.links("schema:image").sorted { (Int($0.split(separator: "/").last ?? "") ?? 0) < (Int($1.split(separator: "/").last ?? "") ?? 0) }
        article.photographers = photos.compactMap { graph[$0]?.links("schema:creator").first.flatMap(name) }
        article.publisher = node.links("schema:publisher").first.flatMap(name)
        article.datelinePlace = node.links("schema:locationCreated").first.flatMap(name)
        return article
    }

    /// An article being rebuilt: its entities (by IRI) and facts.
    struct Draft {
        var article: Article
        var entities: [LocalEntity] = []
        var positions: [String: Int] = [:]
        var facts: [Fact] = []

        init(article: Article) { self.article = article }

        /// The local index of an entity, adding it (with `mentions` mentions) the first time.
        @discardableResult
        mutating func entity(_ iri: String, index: GraphIndex, mentions: Int = 0) -> Int {
            if let position = positions[iri] { return position }
            let node = index[iri]
            let typeName = node?.types.compactMap { $0.hasPrefix("schema:") ? EntityType(rawValue: String($0.dropFirst(7))) : nil }.min() ?? .place
            let canonical = node?.string("schema:name") ?? String(iri.split(separator: "/").last ?? "")
            let aliases = Set(node?.values("schema:alternateName").map(\.text) ?? [])
            // The local name must give the key the IRI was made from: the canonical name, or the alias with that slug.
            let path = iri.split(separator: "/", maxSplits: 1).last.map(String.init) ?? ""
            let name = Vocabulary.slug(canonical) == path ? canonical : (aliases.sorted().first { Vocabulary.slug($0) == path } ?? canonical)
            var all = aliases
            all.insert(canonical)
            all.remove(name)
            let code = typeName == .country ? node?.string("schema:identifier") : nil
            entities.append(LocalEntity(type: typeName, name: name, aliases: all, mentions: Array(0..<mentions), countryCode: code))
            positions[iri] = entities.count - 1
            return entities.count - 1
        }

        func document() -> Document {
            var document = Document(article: article)
            document.entities = entities
            document.facts = facts
            return document
        }
    }
}
