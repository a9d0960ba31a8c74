/// Something an article states, with the evidence for it. Entities are referenced by their index
/// into `Document.entities`.
public enum Fact: Sendable, Hashable {
    case role(RoleFact)
    case meeting(MeetingFact)
    case quotation(QuotationFact)
    case event(NamedEventFact)
    case relation(RelationFact)

    public var evidence: Evidence {
        switch self {
        case .role(let f): return f.evidence
        case .meeting(let f): return f.evidence
        case .quotation(let f): return f.evidence
        case .event(let f): return f.evidence
        case .relation(let f): return f.evidence
        }
    }
}

/// "U.S. Trade Representative Robert Lighthizer": a person holds an office of a country or organization.
public struct RoleFact: Sendable, Hashable {
    public var person: Int
    /// The office as written, without the country ("Trade Representative").
    public var roleName: String
    /// The country or organization the office belongs to, when stated.
    public var organization: Int?
    /// "former", "acting", "newly appointed" ... when stated.
    public var qualifier: String?
    public var evidence: Evidence

    /// Who holds which office of which body: two facts with the same identity state one role.
    var identity: String { "\(person)|\(roleName)|\(organization ?? -1)" }
}

/// Whether a meeting took place or is announced.
public enum MeetingStatus: String, Sendable, Hashable, Codable {
    case happened, planned
}

/// A meeting between two or more participants.
public struct MeetingFact: Sendable, Hashable {
    public var participants: [Int]
    public var status: MeetingStatus
    /// A short topic phrase ("trade"), when stated.
    public var topic: String?
    public var place: Int?
    /// ISO date (`2019-06-28`) or month (`2019-07`), when resolvable.
    public var date: String?
    /// "in person" or "telephone".
    public var mode: String?
    /// The named event it happened at (a summit), as an entity index.
    public var superEvent: Int?
    /// The CAMEO event code (040 consult, 036 express intent to meet, ...).
    public var cameoCode: String
    /// The words that signal the meeting ("met", "talks").
    public var trigger: String
    public var evidence: Evidence
}

/// Something a named person said.
public struct QuotationFact: Sendable, Hashable {
    public var speaker: Int
    public var text: String
    public var evidence: Evidence
    /// Reported speech ("..., Motegi added.") rather than words in quotation marks.
    public var indirect: Bool = false
}

/// A named event: a summit, an election, a signing ceremony.
public struct NamedEventFact: Sendable, Hashable {
    public var event: Int
    public var kind: String
    public var place: Int?
    public var date: String?
    public var evidence: Evidence
}

/// An agreement or a dispute between countries (or organizations, or the people acting for them):
/// "Japan and the United States agreed ...", "China and the United States are locked in a trade dispute".
public struct RelationFact: Sendable, Hashable {
    /// `agreement`, `dispute` or `tariffs` (one side imposes or threatens tariffs or sanctions on the other).
    public var kind: String
    public var parties: [Int]
    /// A short topic phrase ("trade"), when stated.
    public var topic: String?
    public var trigger: String
    public var evidence: Evidence
}
