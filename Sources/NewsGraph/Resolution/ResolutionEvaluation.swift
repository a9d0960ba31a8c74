import Foundation

/// Hand-written expectations for a set of articles (the resolution dev set): for each article id,
/// the entities a reader finds (name, type, other surface forms) and the roles the text states.
/// The fixture holds only ids and expectations, never article text.
public struct ResolutionDevSet: Sendable, Decodable {
    public struct ExpectedEntity: Sendable, Decodable {
        public let name: String
        public let type: String
        public var aliases: [String]?
        /// Acceptable types when the type is debatable ("England": Country or Place).
        public var types: [String]?
        /// Neither required nor counted as a false positive.
        public var optional: Bool?
    }

    public struct ExpectedRole: Sendable, Decodable {
        public let person: String
        /// The office as written; several spellings may be accepted.
        public let role: [String]
        public let org: String?
        public var optional: Bool?

        enum CodingKeys: String, CodingKey { case person, role, org, optional }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            person = try c.decode(String.self, forKey: .person)
            if let one = try? c.decode(String.self, forKey: .role) { role = [one] } else { role = try c.decode([String].self, forKey: .role) }
            org = try c.decodeIfPresent(String.self, forKey: .org)
            optional = try c.decodeIfPresent(Bool.self, forKey: .optional)
        }
    }

    public struct ExpectedArticle: Sendable, Decodable {
        public let id: String
        public let corpus: String
        public let entities: [ExpectedEntity]
        public let roles: [ExpectedRole]
    }

    public let articles: [ExpectedArticle]

    public static func load(_ url: URL) throws -> ResolutionDevSet {
        try JSONDecoder().decode(ResolutionDevSet.self, from: Data(contentsOf: url))
    }

    /// The corpus files (relative to the shared data folder) the dev set draws from.
    public static let corpusFiles: [String: String] = [
        "reuters": "data/reuters21578/articles.jsonl",
        "bbc": "data/bbc/articles.jsonl",
    ]

    /// Reads the dev set's articles from the shared corpora, in dev-set order.
    public func readArticles(shared: URL) throws -> [Article] {
        var wanted: [String: Set<String>] = [:]
        for article in articles { wanted[article.corpus, default: []].insert(article.id) }
        var found: [String: Article] = [:]
        for (corpus, ids) in wanted.sorted(by: { $0.key < $1.key }) {
            guard let file = Self.corpusFiles[corpus] else { continue }
            let path = shared.appendingPathComponent(file).path
            for article in try ArticleReader.read(path: path) where ids.contains(article.id) { found[article.id] = article }
        }
        return articles.compactMap { found[$0.id] }
    }
}

/// Scores entity resolution and roles against a `ResolutionDevSet`.
public struct ResolutionEvaluation: Sendable {
    public struct Counts: Sendable {
        public var entityTP = 0, entityFP = 0, entityFN = 0
        public var splits = 0, merges = 0, personMerges = 0, typeErrors = 0
        public var roleTP = 0, roleFP = 0, roleFN = 0
        public var crossArticlePersonMerges = 0, crossArticleSplits = 0

        public var entityPrecision: Double { ratio(entityTP, entityTP + entityFP) }
        public var entityRecall: Double { ratio(entityTP, entityTP + entityFN) }
        public var rolePrecision: Double { ratio(roleTP, roleTP + roleFP) }
        public var roleRecall: Double { ratio(roleTP, roleTP + roleFN) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    public private(set) var counts = Counts()
    /// One line per error, prefixed with the article id.
    public private(set) var errors: [String] = []
    public private(set) var articlesScored = 0

    /// Normalized surface form: case, a leading "the", a trailing possessive and spacing ignored.
    static func normalize(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "’", with: "'").lowercased()
        s = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        if s.hasPrefix("the ") { s.removeFirst(4) }
        if s.hasSuffix("'s") { s.removeLast(2) }
        return s
    }

    /// The type class used for scoring: City and Place are one location class.
    static func typeClass(_ type: String) -> String {
        type == "City" || type == "Place" ? "Location" : type
    }

    private static func forms(_ e: ResolutionDevSet.ExpectedEntity) -> Set<String> {
        Set(([e.name] + (e.aliases ?? [])).map(normalize))
    }

    private static func typeClasses(_ e: ResolutionDevSet.ExpectedEntity) -> Set<String> {
        Set((e.types ?? [e.type]).map(typeClass))
    }

    public init() {}

    /// Scores the documents of the dev set (any order), then the graph built from them.
    public mutating func score(devSet: ResolutionDevSet, documents: [Document]) {
        let byID = Dictionary(documents.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
        for expected in devSet.articles {
            guard let document = byID[expected.id] else {
                errors.append("\(expected.id): article not found")
                continue
            }
            score(expected, document)
            articlesScored += 1
        }
        var builder = GraphBuilder()
        for document in documents { builder.add(document) }
        scoreGraph(devSet: devSet, graph: builder.build())
    }

    private mutating func score(_ expected: ResolutionDevSet.ExpectedArticle, _ document: Document) {
        let id = expected.id
        let wanted = expected.entities
        // Which expected entity each system entity stands for (nil: none, or a wrong type).
        var systemMatch: [Int: Int] = [:]
        var matched: Set<Int> = []
        for (s, entity) in document.entities.enumerated() where entity.type != .event && !entity.mentions.isEmpty {
            let name = Self.normalize(entity.name)
            let allForms = [name] + entity.aliases.sorted().map(Self.normalize)
            let sysClass = Self.typeClass(entity.type.rawValue)
            // Expected entities this system entity's forms point to.
            var hits: [Int] = []
            for form in allForms {
                for (e, w) in wanted.enumerated() where Self.forms(w).contains(form) && !hits.contains(e) { hits.append(e) }
            }
            let compatible = hits.filter { Self.typeClasses(wanted[$0]).contains(sysClass) }
            if compatible.count >= 2 {
                counts.merges += 1
                let people = compatible.filter { wanted[$0].type == "Person" }
                if people.count >= 2 { counts.personMerges += 1 }
                errors.append("\(id): MERGE \(entity.type.rawValue) '\(entity.name)' covers \(compatible.map { wanted[$0].name })")
            }
            guard let e = compatible.first else {
                if let wrong = hits.first {
                    counts.typeErrors += 1
                    counts.entityFP += 1
                    errors.append("\(id): TYPE '\(entity.name)' is \(entity.type.rawValue), expected \(wanted[wrong].type)")
                } else {
                    counts.entityFP += 1
                    errors.append("\(id): FP \(entity.type.rawValue) '\(entity.name)'")
                }
                continue
            }
            systemMatch[s] = e
            if matched.contains(e) {
                counts.splits += 1
                if wanted[e].optional != true { counts.entityFP += 1 }
                errors.append("\(id): SPLIT '\(wanted[e].name)' also as \(entity.type.rawValue) '\(entity.name)'")
            } else {
                matched.insert(e)
                if wanted[e].optional != true { counts.entityTP += 1 }
            }
        }
        for (e, w) in wanted.enumerated() where w.optional != true && !matched.contains(e) {
            counts.entityFN += 1
            errors.append("\(id): FN \(w.type) '\(w.name)'")
        }

        // Roles.
        func expectedEntity(named name: String) -> Int? { wanted.firstIndex { $0.name == name } }
        var roleMatched: Set<Int> = []
        var seen: Set<String> = []
        for fact in document.facts {
            guard case .role(let role) = fact else { continue }
            guard seen.insert(role.identity).inserted else { continue }
            let personName = document.entities[role.person].name
            let orgName = role.organization.map { document.entities[$0].name }
            let description = "\(personName)|\(role.roleName)|\(orgName ?? "")"
            let hit = expected.roles.indices.first { r in
                let want = expected.roles[r]
                guard let p = expectedEntity(named: want.person), systemMatch[role.person] == p else { return false }
                guard want.role.map(Self.normalize).contains(Self.normalize(role.roleName)) else { return false }
                switch (want.org, role.organization) {
                case (nil, nil): return true
                case (let o?, let s?):
                    if let e = expectedEntity(named: o) { return systemMatch[s] == e }
                    return Self.normalize(document.entities[s].name) == Self.normalize(o)
                default: return false
                }
            }
            if let r = hit {
                if expected.roles[r].optional != true {
                    if roleMatched.insert(r).inserted { counts.roleTP += 1 } else { counts.roleFP += 1 }
                }
            } else {
                counts.roleFP += 1
                errors.append("\(id): ROLE FP \(description)")
            }
        }
        for (r, want) in expected.roles.enumerated() where want.optional != true && !roleMatched.contains(r) {
            counts.roleFN += 1
            errors.append("\(id): ROLE FN \(want.person)|\(want.role[0])|\(want.org ?? "")")
        }
    }

    /// Across articles: a Person node standing for two expected people is a merge; an expected
    /// person (same name in several articles) spread over several nodes is a split.
    private mutating func scoreGraph(devSet: ResolutionDevSet, graph: KnowledgeGraph) {
        var people: [String: Set<String>] = [:]  // expected person name → its forms over the dev set
        for article in devSet.articles {
            for e in article.entities where e.type == "Person" {
                people[e.name, default: []].formUnion(Self.forms(e))
            }
        }
        var nodesOf: [String: Set<String>] = [:]
        for node in graph.nodes(ofType: "schema:Person") {
            let forms = Set(([node.string("schema:name") ?? ""] + node.values("schema:alternateName").map(\.text)).map(Self.normalize))
            let name = Self.normalize(node.string("schema:name") ?? "")
            // The node stands for every expected person whose forms include its name.
            let names = people.keys.sorted().filter { people[$0]!.contains(name) }
            let covered = people.keys.sorted().filter { forms.contains(Self.normalize($0)) }
            if covered.count >= 2 {
                counts.crossArticlePersonMerges += 1
                errors.append("graph: MERGE person node \(node.id) covers \(covered)")
            }
            for name in names { nodesOf[name, default: []].insert(node.id) }
        }
        for (name, nodes) in nodesOf.sorted(by: { $0.key < $1.key }) where nodes.count >= 2 {
            counts.crossArticleSplits += 1
            errors.append("graph: SPLIT '\(name)' over \(nodes.sorted())")
        }
    }

    /// The figures as printed by `newsgraph eval-resolution`.
    public var report: String {
        let c = counts
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
            articles scored: \(articlesScored)
            entities: P \(f(c.entityPrecision))  R \(f(c.entityRecall))  (TP \(c.entityTP), FP \(c.entityFP), FN \(c.entityFN))
            in-article: split errors \(c.splits), merge errors \(c.merges) (of two people: \(c.personMerges)), type errors \(c.typeErrors)
            across articles: person merges \(c.crossArticlePersonMerges), person splits \(c.crossArticleSplits)
            roles: P \(f(c.rolePrecision))  R \(f(c.roleRecall))  (TP \(c.roleTP), FP \(c.roleFP), FN \(c.roleFN))
            """
    }
}
