/// One edge between two entities, read off a fact node: two attendees of a meeting, a person and
/// the country or organization of an office, an attendee and the place or summit of a meeting, a
/// named event and its place. Paths and diagrams walk these.
public struct Relation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case met, role, meetingPlace, meetingEvent, eventPlace, accord
    }

    public let kind: Kind
    public let from: String
    public let to: String
    /// Read from `from` to `to` ("met", "Trade Representative of", "met in").
    public let label: String
    /// Read from `to` to `from` ("met", "has Trade Representative", "hosted a meeting of").
    public let inverseLabel: String
    /// The fact node stating it (meeting, role, event).
    public let fact: String

    /// The relation read starting at `id`: (other end, label as read from `id`).
    public func seen(from id: String) -> (other: String, label: String) {
        id == from ? (to, label) : (from, inverseLabel)
    }
}

/// Which facts count: meetings by topic, date and status; entities by mentions.
public struct FactFilter: Sendable {
    public var about: String?
    public var from: String?
    public var to: String?
    public var status: String?
    public var minMentions: Int

    public init(about: String? = nil, from: String? = nil, to: String? = nil, status: String? = nil, minMentions: Int = 0) {
        self.about = about
        self.from = from
        self.to = to
        self.status = status
        self.minMentions = minMentions
    }

    public var isEmpty: Bool { about == nil && from == nil && to == nil && status == nil && minMentions == 0 }

    /// Whether a meeting (or event) passes the topic, date and status filters.
    public func accepts(fact id: String, in index: GraphIndex) -> Bool {
        guard let node = index[id] else { return false }
        if let about {
            let wanted = NameFolding.words(about)
            let topics = node.values("schema:about").map(\.text) + (node.types.contains("ng:Meeting") ? [] : node.values("ng:eventKind").map(\.text))
            let ok = topics.contains { topic in
                let words = Set(NameFolding.words(topic))
                return wanted.allSatisfy { w in words.contains(w) || words.contains { $0.hasPrefix(w) } }
            }
            if !ok { return false }
        }
        if from != nil || to != nil {
            let dates = node.values("schema:startDate").map(\.text)
            guard !dates.isEmpty else { return false }
            let ok = dates.contains { DateRange.overlaps($0, from: from, to: to) }
            if !ok { return false }
        }
        if let status, node.types.contains("ng:Meeting") {
            if !node.values("ng:status").map(\.text).contains(status) { return false }
        }
        return true
    }

    public func accepts(entity id: String, in index: GraphIndex) -> Bool {
        minMentions == 0 || index.mentionCount(id) >= minMentions
    }
}

/// Partial ISO dates (`2019`, `2019-06`, `2019-06-28`) as ranges of days.
public enum DateRange {
    /// Whether the text is a date we accept on the command line.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false } }
        return true
    }

    static func bounds(_ text: String) -> (String, String) {
        let day = String(text.prefix(10))
        switch day.count {
        case 4: return (day + "-01-01", day + "-12-31")
        case 7: return (day + "-01", day + "-31")
        default: return (day, day)
        }
    }

    /// Whether a (possibly partial) date overlaps [from, to] (either side open).
    public static func overlaps(_ date: String, from: String?, to: String?) -> Bool {
        let (start, end) = bounds(date)
        if let from, end < bounds(from).0 { return false }
        if let to, start > bounds(to).1 { return false }
        return true
    }
}

extension GraphIndex {
    /// Whether a node is a meeting.
    public func isMeeting(_ id: String) -> Bool { graph[id]?.types.contains("ng:Meeting") ?? false }

    /// Every relation touching an entity, optionally filtered.
    public func relations(of id: String, filter: FactFilter? = nil) -> [Relation] {
        var out: [Relation] = []
        func ok(_ fact: String) -> Bool { filter?.accepts(fact: fact, in: self) ?? true }
        func entityOK(_ other: String) -> Bool { filter?.accepts(entity: other, in: self) ?? true }
        for meeting in subjects(linkingTo: id, by: "schema:attendee") where ok(meeting) {
            out += meetingRelations(meeting).filter { $0.from == id || $0.to == id }
        }
        for fact in subjects(linkingTo: id, by: "ng:party") where ok(fact) {
            out += partyRelations(fact).filter { $0.from == id || $0.to == id }
        }
        for link in links(to: id) {
            switch link.property {
            case "schema:location", "schema:superEvent":
                if isMeeting(link.subject) {
                    if ok(link.subject) { out += meetingRelations(link.subject).filter { $0.to == id } }
                } else if link.property == "schema:location", let node = graph[link.subject], node.types.contains("schema:Event") {
                    out += eventRelations(link.subject).filter { $0.to == id }
                }
            case "schema:memberOf":
                // id is the country/organization of a role: its holders.
                if graph[link.subject]?.types.contains("schema:OrganizationRole") ?? false {
                    out += roleRelations(link.subject)
                }
            default: break
            }
        }
        if let node = graph[id] {
            for role in node.links("schema:memberOf") { out += roleRelations(role).filter { $0.from == id } }
            if node.types.contains("schema:Event") && !node.types.contains("ng:Meeting") && ok(id) { out += eventRelations(id) }
        }
        var seen = Set<Relation>()
        return out.filter { seen.insert($0).inserted && entityOK($0.seen(from: id).other) }
    }

    /// The relations a meeting states: every pair of attendees, each attendee and the place and summit.
    public func meetingRelations(_ meeting: String) -> [Relation] {
        guard let node = graph[meeting] else { return [] }
        let attendees = node.links("schema:attendee")
        var out: [Relation] = []
        for a in attendees.indices {
            for b in attendees.indices where b > a {
                out.append(Relation(kind: .met, from: attendees[a], to: attendees[b], label: "met", inverseLabel: "met", fact: meeting))
            }
        }
        for place in node.links("schema:location") {
            for attendee in attendees {
                out.append(Relation(kind: .meetingPlace, from: attendee, to: place, label: "met in", inverseLabel: "hosted a meeting of", fact: meeting))
            }
        }
        for event in node.links("schema:superEvent") {
            for attendee in attendees {
                out.append(Relation(kind: .meetingEvent, from: attendee, to: event, label: "met at", inverseLabel: "had a meeting of", fact: meeting))
            }
        }
        return out
    }

    /// Holder → country/organization of an office.
    public func roleRelations(_ role: String) -> [Relation] {
        guard let node = graph[role], let name = node.string("schema:roleName") else { return [] }
        let holders = subjects(linkingTo: role, by: "schema:memberOf")
        var out: [Relation] = []
        for org in node.links("schema:memberOf") {
            for holder in holders {
                out.append(Relation(kind: .role, from: holder, to: org, label: name + " of", inverseLabel: "has " + name, fact: role))
            }
        }
        return out
    }

    /// The parties of an agreement, a dispute, tariffs or sanctions, pair by pair ("agreement with").
    public func partyRelations(_ fact: String) -> [Relation] {
        guard let node = graph[fact] else { return [] }
        let parties = node.links("ng:party")
        let kind = node.string("ng:relationKind") ?? (node.types.contains("ng:Agreement") ? "agreement" : "dispute")
        var out: [Relation] = []
        for a in parties.indices {
            for b in parties.indices where b > a {
                out.append(Relation(kind: .accord, from: parties[a], to: parties[b], label: kind + " with", inverseLabel: kind + " with", fact: fact))
            }
        }
        return out
    }

    /// A named event → its place.
    public func eventRelations(_ event: String) -> [Relation] {
        (graph[event]?.links("schema:location") ?? []).map {
            Relation(kind: .eventPlace, from: event, to: $0, label: "held in", inverseLabel: "hosted", fact: event)
        }
    }

    /// The shortest chains of relations from `a` to `b` (at most `maxHops` hops, at most `limit` chains).
    public func shortestPaths(from a: String, to b: String, maxHops: Int, limit: Int = 5) -> [[Relation]] {
        guard a != b else { return [] }
        var distance: [String: Int] = [a: 0]
        var parents: [String: [Relation]] = [:]
        var frontier = [a]
        var depth = 0
        while !frontier.isEmpty && depth < maxHops && distance[b] == nil {
            depth += 1
            var next: [String] = []
            for id in frontier {
                for relation in relations(of: id) {
                    let other = relation.seen(from: id).other
                    if let d = distance[other] {
                        if d == depth { parents[other, default: []].append(relation) }
                        continue
                    }
                    distance[other] = depth
                    parents[other, default: []].append(relation)
                    next.append(other)
                }
            }
            frontier = next
        }
        guard distance[b] != nil else { return [] }
        // Walk back from b, one relation per hop, enumerating chains in a stable order.
        var chains: [[Relation]] = []
        func walk(_ id: String, _ suffix: [Relation]) {
            if chains.count >= limit { return }
            if id == a { chains.append(suffix); return }
            let options = (parents[id] ?? []).sorted { ($0.fact, $0.from, $0.to) < ($1.fact, $1.from, $1.to) }
            var usedPrevious = Set<String>()
            for relation in options {
                let previous = relation.seen(from: id).other
                // One chain per sequence of entities; the first fact (by IRI) stands for the hop.
                if !usedPrevious.insert(previous).inserted { continue }
                walk(previous, [relation] + suffix)
            }
        }
        walk(b, [])
        return chains
    }
}
