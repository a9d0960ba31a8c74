import Foundation

/// A name that does not pick out one entity, or a question that cannot be asked.
public struct QueryError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The questions `newsgraph query` answers. Each returns a `ResultTable`; with `evidence`, each row
/// also carries the sentences (and articles) that state it.
public struct GraphQueries: Sendable {
    public let index: GraphIndex
    public var evidence: Bool

    public init(index: GraphIndex, evidence: Bool = false) {
        self.index = index
        self.evidence = evidence
    }

    // MARK: names

    /// One entity for a name, or an error listing the candidates (ambiguous) or the nearest names (unknown).
    public func resolve(_ name: String, types: Set<String>? = nil) throws -> String {
        switch index.resolve(name, types: types) {
        case .found(let id): return id
        case .ambiguous(let ids):
            let shown = ids.prefix(12).map { "  " + index.describe($0) }
            let more = ids.count > 12 ? ["  … and \(ids.count - 12) more"] : []
            throw QueryError("\"\(name)\" is ambiguous: \(ids.count) entities match; give the full name or the IRI of one of:\n"
                + (shown + more).joined(separator: "\n"))
        case .unknown(let suggestions):
            if suggestions.isEmpty { throw QueryError("no entity named \"\(name)\" in the graph") }
            throw QueryError("no entity named \"\(name)\"; did you mean: " + suggestions.map { "\(index.name($0)) (\(index.typeName($0)))" }.joined(separator: ", ") + "?")
        }
    }

    func withEvidence(_ columns: [String]) -> [String] { evidence ? columns + ["evidence"] : columns }
    func withEvidence(_ row: [ResultValue], fact: String) -> [ResultValue] { evidence ? row + [.evidence(index.evidence(fact))] : row }

    func names(_ ids: [String]) -> [String] { ids.map(index.name) }

    // MARK: entities

    public static let typeNames: [String: String] = [
        "person": "schema:Person", "organization": "schema:Organization", "country": "schema:Country",
        "city": "schema:City", "place": "schema:Place", "event": "schema:Event",
    ]

    public func entities(type: String?, match: String?) throws -> ResultTable {
        var ids = index.entities
        if let type {
            guard let schemaType = GraphQueries.typeNames[type.lowercased()] else {
                throw QueryError("unknown type '\(type)' (choose from \(GraphQueries.typeNames.keys.sorted().joined(separator: ", ")))")
            }
            // Places include cities.
            let wanted: Set<String> = schemaType == "schema:Place" ? ["schema:Place", "schema:City"] : [schemaType]
            ids = ids.filter { !(index[$0]?.types.isDisjoint(with: wanted) ?? true) }
        }
        if let match {
            let key = NameFolding.key(match)
            ids = ids.filter { id in
                guard let node = index[id] else { return false }
                return (node.values("schema:name") + node.values("schema:alternateName")).contains { NameFolding.key($0.text).contains(key) }
            }
        }
        var table = ResultTable(columns: ["name", "type", "mentions", "articles", "aliases", "id"])
        let articlesOf = { (id: String) in index.subjects(linkingTo: id, by: "schema:mentions").count }
        for id in index.rankByMentions(ids) {
            table.rows.append([.text(index.name(id)), .text(index.typeName(id)), .number(index.mentionCount(id)), .number(articlesOf(id)),
                               .list(index[id]?.values("schema:alternateName").map(\.text) ?? []), .text(id)])
        }
        return table
    }

    // MARK: meetings

    /// Who can attend a meeting.
    static let attendeeTypes: Set<String> = ["schema:Person", "schema:Organization", "schema:Country"]

    public func whoMet(_ name: String, filter: FactFilter) throws -> ResultTable {
        let id = try resolve(name, types: GraphQueries.attendeeTypes)
        var table = ResultTable(columns: withEvidence(["counterpart", "date", "place", "topic", "status", "event", "articles"]))
        var rows: [(key: [String], row: [ResultValue])] = []
        for meeting in index.subjects(linkingTo: id, by: "schema:attendee") where filter.accepts(fact: meeting, in: index) {
            guard let node = index[meeting] else { continue }
            let date = index.date(meeting)
            for other in node.links("schema:attendee") where other != id && filter.accepts(entity: other, in: index) {
                let row: [ResultValue] = [
                    .text(index.name(other)), .text(date), .text(names(node.links("schema:location")).joined(separator: ", ")),
                    .text(node.values("schema:about").map(\.text).joined(separator: ", ")),
                    .text(node.values("ng:status").map(\.text).joined(separator: ", ")),
                    .text(names(node.links("schema:superEvent")).joined(separator: ", ")),
                    .list(index.articleIDs(meeting)),
                ]
                rows.append(([date, index.name(other), meeting], withEvidence(row, fact: meeting)))
            }
        }
        table.rows = rows.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.row)
        return table
    }

    // MARK: relations

    public func relations(_ name: String) throws -> ResultTable {
        let id = try resolve(name)
        var table = ResultTable(columns: withEvidence(["group", "relation", "other", "detail", "date", "articles"]))
        var grouped: [String: [(key: String, row: [ResultValue])]] = [:]
        for relation in index.relations(of: id) {
            let (other, label) = relation.seen(from: id)
            let group: String
            var detail = ""
            switch relation.kind {
            case .met:
                group = "meetings"
                detail = (index[relation.fact]?.values("schema:about").map(\.text) ?? []).joined(separator: ", ")
                let status = index[relation.fact]?.string("ng:status") ?? ""
                if status == "planned" { detail += detail.isEmpty ? "planned" : " (planned)" }
            case .meetingPlace, .meetingEvent: group = "meeting places"
            case .role: group = "roles"
                detail = (index[relation.fact]?.values("ng:qualifier").map(\.text) ?? []).joined(separator: ", ")
            case .eventPlace: group = "events"
            case .accord:
                group = "agreements and disputes"
                detail = (index[relation.fact]?.values("schema:about").map(\.text) ?? []).joined(separator: ", ")
            }
            let row: [ResultValue] = [.text(group), .text(label), .text(index.name(other)), .text(detail), .text(index.date(relation.fact)), .list(index.articleIDs(relation.fact))]
            grouped[group, default: []].append((label + index.name(other) + index.date(relation.fact), withEvidence(row, fact: relation.fact)))
        }
        for quotation in index.subjects(linkingTo: id, by: "schema:creator") where index[quotation]?.types.contains("schema:Quotation") ?? false {
            let articles = index.articleIDs(quotation)
            let row: [ResultValue] = [.text("quotations"), .text("said"), .text(""), .text(index[quotation]?.string("schema:text") ?? ""),
                                      .text(articles.first.map(index.articleDate) ?? ""), .list(articles)]
            grouped["quotations", default: []].append((quotation, withEvidence(row, fact: quotation)))
        }
        let articles = index.subjects(linkingTo: id, by: "schema:mentions")
        if !articles.isEmpty {
            let ids = articles.map { index[$0]?.string("schema:identifier") ?? $0 }
            var row: [ResultValue] = [.text("articles"), .text("mentioned in"), .text("\(ids.count) article\(ids.count == 1 ? "" : "s")"),
                                      .text(""), .text(""), .list(Array(ids.prefix(10)) + (ids.count > 10 ? ["…"] : []))]
            if evidence { row.append(.evidence([])) }
            grouped["articles", default: []].append(("", row))
        }
        for group in ["roles", "meetings", "meeting places", "agreements and disputes", "events", "quotations", "articles"] {
            table.rows += (grouped[group] ?? []).sorted { $0.key < $1.key }.map(\.row)
        }
        return table
    }

    // MARK: roles

    public func roles(_ name: String) throws -> ResultTable {
        let id = try resolve(name, types: ["schema:Person"])
        var table = ResultTable(columns: withEvidence(["role", "of", "qualifier", "articles"]))
        for role in index[id]?.links("schema:memberOf") ?? [] {
            guard let node = index[role], node.types.contains("schema:OrganizationRole") else { continue }
            table.rows.append(withEvidence([.text(node.string("schema:roleName") ?? ""), .text(names(node.links("schema:memberOf")).joined(separator: ", ")),
                                            .text(node.values("ng:qualifier").map(\.text).joined(separator: ", ")), .list(index.articleIDs(role))], fact: role))
        }
        return table
    }

    /// Who holds an office ("Trade Representative", optionally of a country). "U.S. Trade
    /// Representative" is read as the office "Trade Representative" of the United States.
    public func holders(_ roleQuery: String, of: String?) throws -> ResultTable {
        var organization = try of.map { try resolve($0, types: ["schema:Country", "schema:Organization"]) }
        var roles = matchingRoles(NameFolding.words(roleQuery))
        if roles.isEmpty && organization == nil {
            let words = roleQuery.split(separator: " ").map(String.init)
            for split in stride(from: words.count - 1, to: 0, by: -1) {
                let head = words[..<split].joined(separator: " "), tail = words[split...].joined(separator: " ")
                if case .found(let org) = index.resolve(head, types: ["schema:Country", "schema:Organization"]) {
                    let found = matchingRoles(NameFolding.words(tail)).filter { index[$0]?.links("schema:memberOf").contains(org) ?? false }
                    if !found.isEmpty { roles = found; organization = org; break }
                }
            }
        }
        if let organization { roles = roles.filter { index[$0]?.links("schema:memberOf").contains(organization) ?? false } }
        if roles.isEmpty {
            let known = Set((index.ids(ofType: "schema:OrganizationRole")).compactMap { index[$0]?.string("schema:roleName") })
            let key = Array(NameFolding.key(roleQuery).utf8)
            let near = known.map { ($0, NameFolding.distance(key, Array(NameFolding.key($0).utf8), limit: 6)) }
                .filter { $0.1 <= 6 }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
            throw QueryError("nobody holds an office named \"\(roleQuery)\"" + (organization.map { " of \(index.name($0))" } ?? "")
                + (near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", ") + "?"))
        }
        var table = ResultTable(columns: withEvidence(["holder", "role", "of", "qualifier", "articles"]))
        var rows: [(String, [ResultValue])] = []
        for role in roles {
            guard let node = index[role] else { continue }
            for holder in index.subjects(linkingTo: role, by: "schema:memberOf") {
                rows.append((index.name(holder) + role, withEvidence([.text(index.name(holder)), .text(node.string("schema:roleName") ?? ""),
                                                                     .text(names(node.links("schema:memberOf")).joined(separator: ", ")),
                                                                     .text(node.values("ng:qualifier").map(\.text).joined(separator: ", ")),
                                                                     .list(index.articleIDs(role))], fact: role)))
            }
        }
        table.rows = rows.sorted { $0.0 < $1.0 }.map(\.1)
        return table
    }

    /// Roles whose name has exactly these words, else all these words.
    func matchingRoles(_ words: [String]) -> [String] {
        guard !words.isEmpty else { return [] }
        let all = index.ids(ofType: "schema:OrganizationRole")
        let named = all.map { ($0, NameFolding.words(index[$0]?.string("schema:roleName") ?? "")) }
        let exact = named.filter { $0.1 == words }.map(\.0)
        if !exact.isEmpty { return exact }
        return named.filter { Set($0.1).isSuperset(of: words) }.map(\.0)
    }

    // MARK: paths

    public func path(_ a: String, _ b: String, maxHops: Int) throws -> ResultTable {
        let from = try resolve(a), to = try resolve(b)
        guard from != to else { throw QueryError("\"\(a)\" and \"\(b)\" are the same entity (\(index.name(from)))") }
        let chains = index.shortestPaths(from: from, to: to, maxHops: maxHops)
        if chains.isEmpty {
            throw QueryError("no chain of at most \(maxHops) relations links \(index.name(from)) and \(index.name(to)) (try --max-hops)")
        }
        var table = ResultTable(columns: ["chain", "hop", "from", "relation", "to", "detail", "articles", "evidence"])
        for (c, chain) in chains.enumerated() {
            var at = from
            for (h, relation) in chain.enumerated() {
                let (other, label) = relation.seen(from: at)
                var detail = [index.date(relation.fact)] + (index[relation.fact]?.values("schema:about").map(\.text) ?? [])
                if relation.kind == .met, index[relation.fact]?.string("ng:status") == "planned" { detail.append("planned") }
                table.rows.append([.number(c + 1), .number(h + 1), .text(index.name(at)), .text(label), .text(index.name(other)),
                                   .text(detail.filter { !$0.isEmpty }.joined(separator: ", ")),
                                   .list(index.articleIDs(relation.fact)), .evidence(index.evidence(relation.fact))])
                at = other
            }
        }
        return table
    }

    // MARK: quotations and events

    public func said(_ name: String) throws -> ResultTable {
        let id = try resolve(name, types: ["schema:Person", "schema:Organization"])
        var table = ResultTable(columns: withEvidence(["quotation", "date", "articles"]))
        var rows: [(String, [ResultValue])] = []
        for quotation in index.subjects(linkingTo: id, by: "schema:creator") {
            guard let node = index[quotation], node.types.contains("schema:Quotation") else { continue }
            let articles = index.articleIDs(quotation)
            let date = articles.first.map(index.articleDate) ?? ""
            rows.append((date + quotation, withEvidence([.text(node.string("schema:text") ?? ""), .text(date), .list(articles)], fact: quotation)))
        }
        table.rows = rows.sorted { $0.0 < $1.0 }.map(\.1)
        return table
    }

    public func events(kind: String?, at place: String?, filter: FactFilter) throws -> ResultTable {
        let placeID = try place.map { try resolve($0, types: ["schema:Country", "schema:City", "schema:Place"]) }
        var table = ResultTable(columns: withEvidence(["event", "kind", "date", "place", "participants", "topic", "status", "articles"]))
        var rows: [(String, [ResultValue])] = []
        let wanted = kind?.lowercased()
        for id in index.ids(ofType: "schema:Event") {
            guard let node = index[id], !node.links("prov:wasDerivedFrom").isEmpty || node.types.contains("ng:Meeting") || node.values("ng:eventKind").count > 0 else { continue }
            let meeting = node.types.contains("ng:Meeting")
            let kinds = meeting ? ["meeting"] : node.values("ng:eventKind").map(\.text)
            if let wanted, !kinds.contains(where: { $0.lowercased() == wanted || $0.lowercased().hasPrefix(wanted) }) { continue }
            if let placeID, !node.links("schema:location").contains(placeID) { continue }
            if !filter.accepts(fact: id, in: index) { continue }
            let date = index.date(id)
            rows.append((date + id, withEvidence([
                .text(index.name(id)), .text(kinds.joined(separator: ", ")), .text(date),
                .text(names(node.links("schema:location")).joined(separator: ", ")),
                .list(names(node.links("schema:attendee"))),
                .text(node.values("schema:about").map(\.text).joined(separator: ", ")),
                .text(node.values("ng:status").map(\.text).joined(separator: ", ")),
                .list(index.articleIDs(id)),
            ], fact: id)))
        }
        table.rows = rows.sorted { $0.0 < $1.0 }.map(\.1)
        return table
    }

    // MARK: triples

    public func triples(subject: String?, predicate: String?, object: String?) throws -> ResultTable {
        let subjectIDs: [String]
        if let subject {
            subjectIDs = [try resolveAny(subject)]
        } else if let predicate, !isTypePredicate(predicate) {
            subjectIDs = index.subjects(having: { predicateMatches($0, predicate) })
        } else if let object, let target = objectTarget(object) {
            subjectIDs = Array(Set(index.links(to: target).map(\.subject) + (index.byType[target] ?? []))).sorted()
        } else {
            subjectIDs = index.graph.sortedNodes.map(\.id)
        }
        let objectNode = object.flatMap(objectTarget)
        var table = ResultTable(columns: ["subject", "predicate", "object"])
        for id in subjectIDs {
            guard let node = index[id] else { continue }
            if predicate == nil || isTypePredicate(predicate!) {
                for type in node.types.sorted() where object == nil || type == object || type == objectNode {
                    table.rows.append([.text(id), .text("rdf:type"), .text(type)])
                }
                if predicate != nil { continue }
            }
            for property in node.properties.keys.sorted() where predicate.map({ predicateMatches(property, $0) }) ?? true {
                for value in node.values(property) {
                    if let object {
                        switch value {
                        case .node(let target): if target != objectNode && target != object { continue }
                        default: if value.text.lowercased() != object.lowercased() { continue }
                        }
                    }
                    table.rows.append([.text(id), .text(property), .text(display(value))])
                }
            }
        }
        return table
    }

    func isTypePredicate(_ p: String) -> Bool { ["a", "@type", "rdf:type", "type"].contains(p) }

    /// "schema:attendee", "attendee" and the full IRI all name the same property.
    func predicateMatches(_ property: String, _ query: String) -> Bool {
        if property == query || Vocabulary.expand(property) == query { return true }
        return !query.contains(":") && property.split(separator: ":").last.map(String.init) == query
    }

    /// An object given as an IRI, a type or an entity name (literals are compared as text).
    func objectTarget(_ text: String) -> String? {
        if index[text] != nil || index.byType[text] != nil { return text }
        return text.contains(":") ? nil : try? resolve(text)
    }

    func resolveAny(_ text: String) throws -> String {
        if index[text] != nil { return text }
        return try resolve(text)
    }

    func display(_ value: GraphValue) -> String {
        switch value {
        case .node(let id): return id
        case .string(let s): return s
        case .typed(let s, let type): return s + "^^" + type
        case .integer(let n): return String(n)
        }
    }
}
