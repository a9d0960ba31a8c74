import Foundation

/// A loaded graph and the lookups every query needs, built once per load: entities by name and
/// alias (folded: case, accents and punctuation ignored), by name word, by type; subjects by
/// predicate; and incoming links (which nodes point at a node, through which property).
public struct GraphIndex: Sendable {
    public let graph: KnowledgeGraph
    /// Entity types a name can resolve to.
    public static let entityTypes: [String] = ["schema:Person", "schema:Organization", "schema:Country", "schema:City", "schema:Place", "schema:Event"]

    /// Entity IRIs (people, organizations, countries, places, named events), in no particular order.
    public let entities: [String]
    /// Folded name or alias → entity IRIs.
    let byName: [String: [String]]
    /// Folded canonical name → entity IRIs.
    let byCanonicalName: [String: [String]]
    /// Name word → entity IRIs having it in their name or an alias.
    let byWord: [String: [String]]
    /// Type → node IRIs, in no particular order (see `ids(ofType:)`).
    let byType: [String: [String]]

    /// The IRIs of the nodes of a type, sorted.
    public func ids(ofType type: String) -> [String] { (byType[type] ?? []).sorted() }
    /// Node IRI → (property, subject IRI) of every link pointing at it (in no particular order).
    let incoming: [String: [(property: String, subject: String)]]

    public init(_ graph: KnowledgeGraph) {
        self.graph = graph
        var byType: [String: [String]] = [:]
        var incoming: [String: [(property: String, subject: String)]] = [:]
        incoming.reserveCapacity(graph.nodes.count)
        var byName: [String: [String]] = [:]
        var byCanonicalName: [String: [String]] = [:]
        var byWord: [String: [String]] = [:]
        var entities: [String] = []
        let entityTypes = Set(GraphIndex.entityTypes)
        // Lists are filled in graph order and sorted only where a query needs an order (cheap there,
        // costly here: this runs on every load).
        for (id, node) in graph.nodes {
            for type in node.types { byType[type, default: []].append(id) }
            for (property, values) in node.properties {
                for case .node(let target) in values { incoming[target, default: []].append((property, id)) }
            }
            guard !node.types.isDisjoint(with: entityTypes), !node.types.contains("ng:Meeting") else { continue }
            entities.append(id)
            var seenKeys: Set<String> = []
            var seenWords: Set<String> = []
            for (canonical, values) in [(true, node.properties["schema:name"] ?? []), (false, node.properties["schema:alternateName"] ?? [])] {
                for value in values {
                    let words = NameFolding.words(value.text)
                    let key = words.joined()
                    if canonical { byCanonicalName[key, default: []].append(id) }
                    if seenKeys.insert(key).inserted { byName[key, default: []].append(id) }
                    for word in words where seenWords.insert(word).inserted { byWord[word, default: []].append(id) }
                }
            }
        }
        self.entities = entities
        self.byType = byType
        self.incoming = incoming
        self.byName = byName
        self.byCanonicalName = byCanonicalName
        self.byWord = byWord
    }

    public subscript(id: String) -> GraphNode? { graph[id] }

    /// The nodes having a property, sorted (a scan: only `triples` asks this, and only once).
    public func subjects(having property: (String) -> Bool) -> [String] {
        graph.nodes.values.filter { $0.properties.keys.contains(where: property) }.map(\.id).sorted()
    }

    /// The nodes linking to `id` through `property`, sorted.
    public func subjects(linkingTo id: String, by property: String) -> [String] {
        (incoming[id] ?? []).filter { $0.property == property }.map(\.subject).sorted()
    }

    /// Every (property, subject) linking to `id`, sorted.
    public func links(to id: String) -> [(property: String, subject: String)] {
        (incoming[id] ?? []).sorted { ($0.property, $0.subject) < ($1.property, $1.subject) }
    }

    // MARK: describing nodes

    /// The display name of a node: its `schema:name`, else the last part of its IRI.
    public func name(_ id: String) -> String {
        if let name = graph[id]?.string("schema:name") { return name }
        return String(id.split(separator: "/").last ?? Substring(id))
    }

    /// The short type of an entity ("Person", "Meeting", ...).
    public func typeName(_ id: String) -> String {
        guard let node = graph[id] else { return "" }
        if node.types.contains("ng:Meeting") { return "Meeting" }
        for type in GraphIndex.entityTypes + ["schema:OrganizationRole", "schema:Quotation", "schema:NewsArticle", "ng:Evidence"] where node.types.contains(type) {
            return String(type.dropFirst("schema:".count))
        }
        return node.types.sorted().first.map { String($0.split(separator: ":").last ?? "") } ?? ""
    }

    public func mentionCount(_ id: String) -> Int {
        if case .integer(let n)? = graph[id]?.values("ng:mentionCount").first { return n }
        return 0
    }

    /// The input ids of the articles a fact node was derived from.
    public func articleIDs(_ id: String) -> [String] {
        (graph[id]?.links("prov:wasDerivedFrom") ?? []).map { graph[$0]?.string("schema:identifier") ?? $0 }
    }

    /// The evidence of a fact node, one per article sentence, in article order.
    public func evidence(_ id: String) -> [EvidenceRow] {
        guard let node = graph[id] else { return [] }
        return node.links("ng:evidence").compactMap { evidenceID in
            guard let evidence = graph[evidenceID] else { return nil }
            let articleIRI = evidence.links("ng:article").first ?? ""
            func int(_ p: String) -> Int? { if case .integer(let n)? = evidence.values(p).first { return n } else { return nil } }
            return EvidenceRow(article: graph[articleIRI]?.string("schema:identifier") ?? articleIRI,
                               sentence: evidence.string("schema:text") ?? "",
                               sentenceIndex: int("ng:sentenceIndex") ?? 0,
                               start: int("ng:startOffset") ?? 0, end: int("ng:endOffset") ?? 0)
        }.sorted { ($0.article, $0.sentenceIndex, $0.start) < ($1.article, $1.sentenceIndex, $1.start) }
    }

    /// The date of a meeting or event (`schema:startDate`), or "".
    public func date(_ id: String) -> String { graph[id]?.values("schema:startDate").first?.text ?? "" }

    /// The publication date of an article given by input id.
    public func articleDate(_ articleID: String) -> String {
        graph["ngid:article/" + Vocabulary.slug(articleID)]?.values("schema:datePublished").first?.text ?? ""
    }
}

/// One sentence that states a fact.
public struct EvidenceRow: Sendable, Hashable {
    public let article: String
    public let sentence: String
    public let sentenceIndex: Int
    public let start: Int
    public let end: Int
}

/// How names are compared: case, accents, punctuation and spacing ignored ("U.S." = "us",
/// "Lee Jae-yong" = "lee jae yong", "Motegi" = "MOTEGI", "Sánchez" = "sanchez").
public enum NameFolding {
    /// The words of a name, folded (lower case, Latin accents removed, split at anything that is
    /// not a letter or digit) — the same folding as `Vocabulary.slug`, with a fast path for ASCII.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { current.append(scalar) }
                else if (0x41...0x5A).contains(v) { current.append(Unicode.Scalar(v + 32)!) }
                else { flush() }
            } else {
                let folded = Vocabulary.slug(String(scalar))
                if folded == "unnamed" { flush(); continue }
                for s in folded.unicodeScalars { if s == "-" { flush() } else { current.append(s) } }
            }
        }
        flush()
        return words
    }

    /// The folded name with no separators at all.
    public static func key(_ text: String) -> String { words(text).joined() }

    /// Sorted and without repeats.
    static func unique(_ ids: [String]) -> [String] { Array(Set(ids)).sorted() }

    /// Edit distance, stopping early once above `limit` (returns limit + 1 then).
    public static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The outcome of looking a name up.
public enum NameMatch: Sendable, Equatable {
    case found(String)
    /// Several entities fit equally well: the user has to choose.
    case ambiguous([String])
    /// Nothing fits; the nearest names.
    case unknown(suggestions: [String])
}

extension GraphIndex {
    /// Resolves a name typed by a user to one entity: an IRI; else the full name or an alias
    /// (folded); else every word of the query among the entity's name words (so a surname finds the
    /// person); else nothing, with the nearest names as suggestions. `types` restricts the candidates.
    public func resolve(_ query: String, types: Set<String>? = nil) -> NameMatch {
        func allowed(_ id: String) -> Bool {
            guard let types else { return true }
            return !(graph[id]?.types.isDisjoint(with: types) ?? true)
        }
        if graph[query] != nil { return .found(query) }
        if graph["ngid:" + query] != nil { return .found("ngid:" + query) }
        let key = NameFolding.key(query)
        guard !key.isEmpty else { return .unknown(suggestions: []) }
        func decide(_ candidates: [String]) -> NameMatch? {
            let unique = Array(Set(candidates.filter(allowed))).sorted()
            if unique.isEmpty { return nil }
            if unique.count == 1 { return .found(unique[0]) }
            return .ambiguous(rankByMentions(unique))
        }
        // 1. The full name or an alias. A full name of several words that is one entity's own name wins;
        //    otherwise every entity having the name or alias is a candidate ("Baker": James Baker and a Baker).
        let canonical = (byCanonicalName[key] ?? []).filter(allowed)
        if NameFolding.words(query).count > 1, Set(canonical).count == 1 { return .found(canonical[0]) }
        if let match = decide(canonical + (byName[key] ?? [])) { return match }
        // 2. Every query word among the name words (surnames, partial names).
        let words = NameFolding.words(query)
        if let first = words.first, var candidates = byWord[first].map(Set.init) {
            for word in words.dropFirst() { candidates.formIntersection(byWord[word] ?? []) }
            if let match = decide(Array(candidates)) { return match }
        }
        return .unknown(suggestions: suggestions(for: query, types: types))
    }

    /// The nearest entity names to a query that found nothing (edit distance on the whole name and
    /// on each word), best first.
    public func suggestions(for query: String, types: Set<String>? = nil, limit: Int = 5) -> [String] {
        let key = Array(NameFolding.key(query).utf8)
        let words = NameFolding.words(query).map { Array($0.utf8) }
        let maxDistance = max(2, key.count / 3)
        var scored: [(distance: Int, id: String)] = []
        var best: [String: Int] = [:]
        for (name, ids) in byName {
            var d = NameFolding.distance(key, Array(name.utf8), limit: maxDistance)
            if d > maxDistance, words.count == 1 {
                // A misspelt surname: compare with each word of the candidate names.
                for id in ids {
                    for other in NameFolding.words(self.name(id)) {
                        d = min(d, NameFolding.distance(words[0], Array(other.utf8), limit: maxDistance) + 1)
                    }
                }
            }
            guard d <= maxDistance else { continue }
            for id in ids where best[id].map({ d < $0 }) ?? true { best[id] = d }
        }
        for (id, d) in best {
            if let types, graph[id]?.types.isDisjoint(with: types) ?? true { continue }
            scored.append((d, id))
        }
        scored.sort { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            let ma = mentionCount(a.id), mb = mentionCount(b.id)
            if ma != mb { return ma > mb }
            return a.id < b.id
        }
        return scored.prefix(limit).map(\.id)
    }

    func rankByMentions(_ ids: [String]) -> [String] {
        ids.sorted { a, b in
            let ma = mentionCount(a), mb = mentionCount(b)
            if ma != mb { return ma > mb }
            return a < b
        }
    }

    /// "Toshimitsu Motegi (Person, 5 mentions) ngid:person/toshimitsu-motegi".
    public func describe(_ id: String) -> String {
        let mentions = mentionCount(id)
        return "\(name(id)) (\(typeName(id))\(mentions > 0 ? ", \(mentions) mention\(mentions == 1 ? "" : "s")" : "")) \(id)"
    }
}
