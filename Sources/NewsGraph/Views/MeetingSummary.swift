/// What a diagram, the timeline and the report say about one meeting: its topic (or, without one,
/// the kind of encounter the trigger word names), date, place, summit and status.
public struct MeetingSummary: Sendable, Hashable {
    public let id: String
    public let attendees: [String]
    public let topic: String
    /// talks, visit, phone call, summit or met — from the trigger word, never the bare "meeting".
    public let kind: String
    public let date: String
    public let places: [String]
    public let summits: [String]
    public let planned: Bool

    public init(_ id: String, in index: GraphIndex) {
        let node = index[id]
        self.id = id
        attendees = node?.links("schema:attendee") ?? []
        topic = (node?.values("schema:about").map(\.text) ?? []).joined(separator: ", ")
        kind = MeetingSummary.kind(trigger: node?.string("ng:trigger") ?? "", mode: node?.string("ng:mode") ?? "")
        date = index.date(id)
        places = (node?.links("schema:location") ?? []).map(index.name)
        summits = (node?.links("schema:superEvent") ?? []).map(index.name)
        planned = node?.values("ng:status").map(\.text) == ["planned"]
    }

    /// The kind of encounter a trigger word names ("phoned" → phone call, "hosted" → visit).
    public static func kind(trigger: String, mode: String) -> String {
        let word = trigger.lowercased()
        if mode.contains("phone") || ["phoned", "telephoned", "called", "call", "conversation"].contains(word) { return "phone call" }
        if ["visited", "visit", "hosted", "host", "hosts", "received", "guest", "guests", "audience"].contains(word) { return "visit" }
        if word.hasPrefix("summit") { return "summit" }
        if ["talks", "negotiations", "discussions", "consultations", "talked", "spoke", "conferred", "confer"].contains(word) { return "talks" }
        return "met"
    }

    /// The topic, else the kind.
    public var headline: String { topic.isEmpty ? kind : topic }

    /// "trade, 2019-06-28 (planned)": what a meeting edge says.
    public var edgeLine: String {
        var line = headline
        if !date.isEmpty { line += ", " + date }
        if planned { line += " (planned)" }
        return line
    }

    /// "2019-06-28 · Osaka" (or whichever is known), for a second line under the headline.
    public var whenAndWhere: String {
        ([date] + places).filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
