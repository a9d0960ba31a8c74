import Foundation

/// A hand-checked set of meeting expectations (`Tests/Fixtures/events/meetings-dev.json`): article
/// ids of the shared corpora and, for each, the meetings a careful reader finds in it. The fixture
/// holds no article text; the articles are read from `../shared` when it is present.
public struct MeetingDevSet: Sendable, Decodable {
    public struct Meeting: Sendable, Decodable {
        /// Participant names; alternatives separated by `|` ("London Stock Exchange|LSE").
        public let participants: [String]
        /// `happened` or `planned`.
        public let status: String
        /// A meeting that is defensible either way: its pairs are neither hits nor errors.
        public let optional: Bool?

        public init(participants: [String], status: String, optional: Bool?) {
            self.participants = participants
            self.status = status
            self.optional = optional
        }
    }

    /// An office the text states for a named person.
    public struct Role: Sendable, Decodable {
        public let person: String
        /// The office as written, without the country ("Finance Minister").
        public let role: String
        /// The organisation or country the office belongs to ("" when the text attaches none).
        public let organization: String
        public let optional: Bool?

        public init(person: String, role: String, organization: String, optional: Bool?) {
            self.person = person
            self.role = role
            self.organization = organization
            self.optional = optional
        }
    }

    public struct Entry: Sendable, Decodable {
        public let id: String
        public let meetings: [Meeting]
        /// nil: the article's roles were not annotated (and are not scored).
        public let roles: [Role]?

        public init(id: String, meetings: [Meeting], roles: [Role]? = nil) {
            self.id = id
            self.meetings = meetings
            self.roles = roles
        }
    }

    /// Corpus name → path relative to the shared folder.
    public let corpora: [String: String]
    public let articles: [Entry]

    public init(corpora: [String: String], articles: [Entry]) {
        self.corpora = corpora
        self.articles = articles
    }

    public static func load(path: String) throws -> MeetingDevSet {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(MeetingDevSet.self, from: data)
    }

    /// Reads the dev-set articles from the corpora under `shared`, in dev-set order.
    /// Articles missing from the corpora are left out.
    public func readArticles(shared: String) throws -> [Article] {
        let wanted = Set(articles.map(\.id))
        var found: [String: Article] = [:]
        for relative in corpora.values.sorted() {
            let path = (shared as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                if let id = MeetingDevSet.recordID(bytes[start..<end]), wanted.contains(id) {
                    for article in try ArticleReader.readJSONLines(Array(bytes[start..<end]), path: path) {
                        found[article.id] = article
                    }
                }
                start = end + 1
            }
        }
        return articles.compactMap { found[$0.id] }
    }

    /// The value of the `"id"` key of a JSON line, found without parsing the whole line.
    static func recordID(_ line: ArraySlice<UInt8>) -> String? {
        let key = Array("\"id\"".utf8)
        guard let keyStart = line.indices.first(where: { i in i + key.count <= line.endIndex && Array(line[i..<(i + key.count)]) == key }) else { return nil }
        var i = keyStart + key.count
        while i < line.endIndex, line[i] == 32 || line[i] == 58 { i += 1 }  // spaces and ':'
        guard i < line.endIndex, line[i] == 34 else { return nil }
        let valueStart = i + 1
        var j = valueStart
        while j < line.endIndex, line[j] != 34 { j += 1 }
        return String(decoding: line[valueStart..<j], as: UTF8.self)
    }
}

/// Participant-pair precision and recall, status accuracy and false meetings, over a dev set.
public struct MeetingScore: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var statusCorrect = 0
    public var statusJudged = 0
    /// Articles with no expected meeting, and the meetings found in them anyway.
    public var negativeArticles = 0
    public var falseMeetingsInNegatives = 0
    public var meetingArticles = 0
    /// One line per hit, miss and error, for reading.
    public var details: [String] = []

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var statusAccuracy: Double { statusJudged == 0 ? 0 : Double(statusCorrect) / Double(statusJudged) }
    public var falseMeetingsPerTen: Double { negativeArticles == 0 ? 0 : Double(falseMeetingsInNegatives) * 10 / Double(negativeArticles) }

    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
            articles: \(meetingArticles) with meetings, \(negativeArticles) without
            participant pairs: TP \(truePositives)  FP \(falsePositives)  FN \(falseNegatives)
            precision \(f(precision))  recall \(f(recall))
            status accuracy \(f(statusAccuracy)) (\(statusCorrect)/\(statusJudged))
            false meetings per 10 no-meeting articles \(f(falseMeetingsPerTen)) (\(falseMeetingsInNegatives) in \(negativeArticles))
            """
    }
}

public enum MeetingEvaluation {
    /// Scores the meetings of analyzed documents (keyed by article id) against the dev set.
    public static func score(_ devSet: MeetingDevSet, documents: [String: Document]) -> MeetingScore {
        var score = MeetingScore()
        for entry in devSet.articles {
            guard let document = documents[entry.id] else { continue }
            let meetings = document.facts.compactMap { fact -> MeetingFact? in
                if case .meeting(let m) = fact { return m } else { return nil }
            }
            if entry.meetings.isEmpty {
                score.negativeArticles += 1
                score.falseMeetingsInNegatives += Set(meetings.map { Set($0.participants) }).count
                for m in meetings { score.details.append("\(entry.id) FALSE MEETING \(names(m.participants, document)) | \(flat(m.evidence.sentenceText))") }
                continue
            }
            score.meetingArticles += 1
            struct GoldPair { let a: String; let b: String; var statuses: Set<String>; let optional: Bool; var matched = false }
            var gold: [GoldPair] = []
            for meeting in entry.meetings {
                let people = meeting.participants
                for x in 0..<people.count {
                    for y in (x + 1)..<people.count {
                        if let k = gold.firstIndex(where: { Set([$0.a, $0.b]) == Set([people[x], people[y]]) }) {
                            gold[k].statuses.insert(meeting.status)
                        } else {
                            gold.append(GoldPair(a: people[x], b: people[y], statuses: [meeting.status], optional: meeting.optional ?? false))
                        }
                    }
                }
            }
            // System pairs, first statement first.
            var systemPairs: [(Int, Int, MeetingFact)] = []
            for m in meetings {
                for x in 0..<m.participants.count {
                    for y in (x + 1)..<m.participants.count {
                        let a = m.participants[x], b = m.participants[y]
                        if !systemPairs.contains(where: { Set([$0.0, $0.1]) == Set([a, b]) }) { systemPairs.append((a, b, m)) }
                    }
                }
            }
            for (a, b, fact) in systemPairs {
                let ea = document.entities[a], eb = document.entities[b]
                let pairMatches: (GoldPair) -> Bool = { g in
                    (matches(g.a, ea) && matches(g.b, eb)) || (matches(g.a, eb) && matches(g.b, ea))
                }
                if let k = gold.firstIndex(where: { !$0.optional && !$0.matched && pairMatches($0) }) {
                    gold[k].matched = true
                    score.truePositives += 1
                    score.statusJudged += 1
                    let right = gold[k].statuses.contains(fact.status.rawValue)
                    if right { score.statusCorrect += 1 }
                    score.details.append("\(entry.id) OK \(ea.name) + \(eb.name) \(fact.status.rawValue)\(right ? "" : " (expected \(gold[k].statuses.sorted().joined(separator: "/")))")")
                } else if gold.contains(where: pairMatches) {
                    continue  // optional, or a second name for a pair already found
                } else {
                    score.falsePositives += 1
                    score.details.append("\(entry.id) FP \(ea.name) + \(eb.name) \(fact.status.rawValue) | \(flat(fact.evidence.sentenceText))")
                }
            }
            for g in gold where !g.optional && !g.matched {
                score.falseNegatives += 1
                score.details.append("\(entry.id) FN \(g.a) + \(g.b) \(g.statuses.sorted().joined(separator: "/"))")
            }
        }
        return score
    }

    private static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
    }

    private static func names(_ participants: [Int], _ document: Document) -> String {
        participants.map { document.entities[$0].name }.joined(separator: " + ")
    }

    /// Whether a gold name ("A|B") names the entity: the same words, or a one-word name that is
    /// the last word of the other.
    static func matches(_ gold: String, _ entity: LocalEntity) -> Bool {
        let surfaces = [entity.name] + entity.aliases.sorted()
        for alternative in gold.split(separator: "|").map(String.init) {
            let g = words(EntityKeys.organizationKeyName(alternative))
            for surface in surfaces {
                let s = words(entity.type == .organization ? EntityKeys.organizationKeyName(surface) : surface)
                if g == s { return true }
                if g.count == 1, s.last == g[0] { return true }
                if s.count == 1, g.last == s[0] { return true }
                if s.count >= 2, g.count > s.count, Array(g.suffix(s.count)) == s { return true }  // "Abdul Aziz" in "Abdullah bin Abdul Aziz"

            }
        }
        return false
    }

    static func words(_ name: String) -> [String] {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "")
            .split(whereSeparator: { $0 == " " || $0 == "-" })
            .map(String.init)
    }
}
