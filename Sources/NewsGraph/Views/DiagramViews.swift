/// A diagram as DOT text, with what it shows and any note about what it left out.
public struct Diagram: Sendable {
    public let dot: String
    public let nodeCount: Int
    public let edgeCount: Int
    /// Said to the user (pruning, empty filters).
    public let notes: [String]
}

/// The views `newsgraph render` draws from a loaded graph, as DOT text for Graphviz:
/// - meetings: who met whom — people, countries and organizations that attended meetings, one edge
///   per pair labelled with topic and date (several meetings: one thicker edge listing them),
///   officials grouped in a box with their country;
/// - relations: the entity graph (roles, meetings, meeting places, events), whole or around one
///   entity (`focus`, to a depth).
/// Every node and edge has an SVG tooltip with the evidence sentence and article; a legend explains
/// shapes and colors; more than `maxNodes` entities are pruned to the most connected, with a note.
public struct DiagramViews: Sendable {
    public let index: GraphIndex
    public var filter: FactFilter
    public var maxNodes: Int

    /// Views with more entities than this draw no country boxes (see `meetings()`).
    public static let clusterLimit = 25
    /// Views with more entities than this label edges with `xlabel`s, which give way to nodes and
    /// other labels (a label that finds no room is left to the tooltip).
    static let xlabelLimit = 60

    /// The layout for a view of this many entities: dot (layered, with country boxes) for small
    /// views, neato for medium ones (readable, seconds), sfdp beyond a few hundred (never a hang).
    public static func recommendedLayout(nodeCount: Int) -> String {
        nodeCount <= clusterLimit ? "dot" : nodeCount <= 300 ? "neato" : "sfdp"
    }

    public init(index: GraphIndex, filter: FactFilter = FactFilter(), maxNodes: Int = 150) {
        self.index = index
        self.filter = filter
        self.maxNodes = maxNodes
    }

    // MARK: meetings

    public func meetings() -> Diagram {
        var pairs: [Pair: [String]] = [:]
        var meetingCount = 0
        for meeting in index.ids(ofType: "ng:Meeting") where filter.accepts(fact: meeting, in: index) {
            let attendees = (index[meeting]?.links("schema:attendee") ?? []).filter { filter.accepts(entity: $0, in: index) }
            guard attendees.count >= 2 else { continue }
            meetingCount += 1
            for a in attendees.indices { for b in attendees.indices where b > a { pairs[Pair(attendees[a], attendees[b]), default: []].append(meeting) } }
        }
        var notes: [String] = []
        let (kept, total) = prune(pairs: pairs, pinned: nil, distance: [:])
        if kept.count < total {
            notes.append("showing the \(kept.count) most connected of \(total) meeting participants (--max-nodes)")
        }
        if pairs.isEmpty { notes.append("no meetings match" + (filter.isEmpty ? "" : " the filters")) }

        var title = "Who met whom: \(meetingCount) meeting\(meetingCount == 1 ? "" : "s")" + filterText()
        if let first = notes.first { title += "\n" + first }
        var out = header(kind: "graph", name: "meetings", title: title, size: kept.count, edges: pairs.count)
        // Countries as boxes around their officials.
        var groups: [String: [String]] = [:]
        var loose: [String] = []
        // Boxes only on small views (laid out with dot): the force-directed layouts used for larger
        // ones ignore clusters.
        let boxes = kept.count <= DiagramViews.clusterLimit
        for id in kept.sorted() {
            if boxes, let country = country(of: id) { groups[country, default: []].append(id) } else { loose.append(id) }
        }
        for (country, members) in groups where members == [country] {
            loose.append(country)
            groups[country] = nil
        }
        for country in groups.keys.sorted() {
            out += "  subgraph \(DOTWriter.quoted("cluster_" + country)) {\n"
            out += "    label=\(DOTWriter.quoted(index.name(country))); style=\"rounded,filled\"; fillcolor=\"#f4fbf3\"; color=\"#7fbf7f\"; fontsize=\"10\"; tooltip=\(DOTWriter.quoted(index.name(country) + " and its officials", tooltip: true));\n"
            for id in groups[country]!.sorted() { out += "  " + nodeLine(id) }
            out += "  }\n"
        }
        for id in loose.sorted() { out += nodeLine(id) }
        var edges = 0
        for (pair, meetings) in pairs.sorted(by: { $0.key < $1.key }) where kept.contains(pair.a) && kept.contains(pair.b) {
            out += meetingEdge(pair, meetings, op: "--", large: kept.count > DiagramViews.xlabelLimit)
            edges += 1
        }
        out += legend(directed: false, meetingsOnly: true, boxes: boxes)
        out += "}\n"
        return Diagram(dot: out, nodeCount: kept.count, edgeCount: edges, notes: notes)
    }

    // MARK: relations (all, or around one entity)

    public func relations(focus: String? = nil, depth: Int = 1) -> Diagram {
        var relations = Set<Relation>()
        var distance: [String: Int] = [:]
        if let focus {
            distance[focus] = 0
            var frontier = [focus]
            for level in 1...max(depth, 1) {
                var next: [String] = []
                for id in frontier {
                    for relation in index.relations(of: id, filter: filter) {
                        relations.insert(relation)
                        let other = relation.seen(from: id).other
                        if distance[other] == nil { distance[other] = level; next.append(other) }
                    }
                }
                frontier = next
            }
            // Also the relations among the nodes reached (two neighbours who met each other).
            for id in distance.keys where distance[id]! == depth {
                for relation in index.relations(of: id, filter: filter) where distance[relation.seen(from: id).other] != nil { relations.insert(relation) }
            }
        } else {
            for meeting in index.ids(ofType: "ng:Meeting") where filter.accepts(fact: meeting, in: index) {
                relations.formUnion(index.meetingRelations(meeting))
            }
            for role in index.ids(ofType: "schema:OrganizationRole") { relations.formUnion(index.roleRelations(role)) }
            for event in index.ids(ofType: "schema:Event") where !index.isMeeting(event) && (filter.from == nil && filter.to == nil || filter.accepts(fact: event, in: index)) {
                relations.formUnion(index.eventRelations(event))
            }
            relations = relations.filter { filter.accepts(entity: $0.from, in: index) && filter.accepts(entity: $0.to, in: index) }
        }
        // One edge per pair and kind of relation.
        var grouped: [EdgeKey: [Relation]] = [:]
        for relation in relations {
            let key: EdgeKey
            switch relation.kind {
            case .met: key = EdgeKey(kind: .met, pair: Pair(relation.from, relation.to), label: "")
            case .role: key = EdgeKey(kind: .role, pair: Pair(ordered: relation.from, relation.to), label: relation.label)
            case .meetingPlace, .meetingEvent, .eventPlace: key = EdgeKey(kind: relation.kind, pair: Pair(ordered: relation.from, relation.to), label: relation.label)
            case .accord: key = EdgeKey(kind: .accord, pair: Pair(relation.from, relation.to), label: relation.label)
            }
            grouped[key, default: []].append(relation)
        }
        var pairs: [Pair: [String]] = [:]
        for key in grouped.keys { pairs[Pair(key.pair.a, key.pair.b), default: []].append(contentsOf: grouped[key]!.map(\.fact)) }
        var notes: [String] = []
        let (kept, total) = prune(pairs: pairs, pinned: focus, distance: distance)
        if kept.count < total { notes.append("showing the \(kept.count) most connected of \(total) entities (--max-nodes)") }
        var shown = kept
        if let focus { shown.insert(focus) }
        if relations.isEmpty { notes.append(focus.map { "\(index.name($0)) has no relations" + (filter.isEmpty ? "" : " matching the filters") } ?? "no relations match the filters") }

        var title = focus.map { "Around \(index.name($0)) (depth \(depth))" } ?? "Relations"
        title += filterText()
        if let first = notes.first { title += "\n" + first }
        var out = header(kind: "digraph", name: focus.map { "focus " + index.name($0) } ?? "relations", title: title, size: shown.count, edges: grouped.count)
        for id in shown.sorted() { out += nodeLine(id, focus: id == focus) }
        var edges = 0
        for key in grouped.keys.sorted() where shown.contains(key.pair.a) && shown.contains(key.pair.b) {
            let group = grouped[key]!
            let facts = Array(Set(group.map(\.fact))).sorted()
            switch key.kind {
            case .met:
                out += meetingEdge(key.pair, facts, op: "->", large: shown.count > DiagramViews.xlabelLimit)
            case .role:
                out += "  \(DOTWriter.quoted(key.pair.a)) -> \(DOTWriter.quoted(key.pair.b)) [label=\(DOTWriter.quoted(String(key.label.dropLast(3)))), color=\"#3b7dd8\", fontcolor=\"#1f4e8c\", tooltip=\(DOTWriter.quoted(tooltip(facts), tooltip: true))];\n"
            case .meetingPlace, .meetingEvent, .eventPlace:
                out += "  \(DOTWriter.quoted(key.pair.a)) -> \(DOTWriter.quoted(key.pair.b)) [label=\(DOTWriter.quoted(key.label)), style=\"dotted\", color=\"#888888\", tooltip=\(DOTWriter.quoted(tooltip(facts), tooltip: true))];\n"
            case .accord:
                out += "  \(DOTWriter.quoted(key.pair.a)) -> \(DOTWriter.quoted(key.pair.b)) [dir=\"none\", label=\(DOTWriter.quoted(String(key.label.dropLast(5)))), style=\"dashed\", color=\"#2e8b57\", fontcolor=\"#2e8b57\", tooltip=\(DOTWriter.quoted(tooltip(facts), tooltip: true))];\n"
            }
            edges += 1
        }
        out += legend(directed: true, meetingsOnly: false, boxes: false)
        out += "}\n"
        return Diagram(dot: out, nodeCount: shown.count, edgeCount: edges, notes: notes)
    }

    // MARK: pruning

    /// The entities to draw: all of them, or the `maxNodes` most connected (distinct neighbours,
    /// then facts, then mentions); around a focus, the nearest first.
    func prune(pairs: [Pair: [String]], pinned: String?, distance: [String: Int]) -> (Set<String>, Int) {
        var neighbours: [String: Set<String>] = [:]
        var facts: [String: Int] = [:]
        for (pair, list) in pairs {
            neighbours[pair.a, default: []].insert(pair.b)
            neighbours[pair.b, default: []].insert(pair.a)
            facts[pair.a, default: 0] += list.count
            facts[pair.b, default: 0] += list.count
        }
        let all = Array(neighbours.keys)
        guard all.count > maxNodes else { return (Set(all), all.count) }
        let ranked = all.sorted { a, b in
            if a == pinned || b == pinned { return a == pinned }
            let da = distance[a] ?? 0, db = distance[b] ?? 0
            if da != db { return da < db }
            let na = neighbours[a]!.count, nb = neighbours[b]!.count
            if na != nb { return na > nb }
            if facts[a]! != facts[b]! { return facts[a]! > facts[b]! }
            let ma = index.mentionCount(a), mb = index.mentionCount(b)
            if ma != mb { return ma > mb }
            return a < b
        }
        var kept = Set(ranked.prefix(max(maxNodes, 1)))
        // No node left without an edge to another kept node.
        kept = kept.filter { id in id == pinned || !neighbours[id]!.isDisjoint(with: kept) }
        return (kept, all.count)
    }

    // MARK: DOT pieces

    /// The graph attributes, tuned by size: small views (laid out by dot) get roomy labels; large
    /// ones (neato/sfdp) smaller edge text, labels that give way rather than overlap
    /// (`forcelabels=false` with xlabels), node overlap removal with a margin, and straight edges
    /// beyond a few hundred (curved routing then costs seconds).
    func header(kind: String, name: String, title: String, size: Int = 0, edges: Int = 0) -> String {
        var out = "\(kind) \(DOTWriter.quoted(name)) {\n"
        let large = size > DiagramViews.clusterLimit
        let splines = edges > 120 ? "line" : "true"
        // newrank: without it dot loses edges between clusters ("lost edge") and the library then crashes.
        out += "  graph [newrank=\"true\", charset=\"UTF-8\", fontname=\"DejaVu Sans\", fontsize=\"14\", label=\(DOTWriter.quoted(title)), labelloc=\"t\", overlap=\"false\", splines=\"\(splines)\", outputorder=\"edgesfirst\", nodesep=\"0.35\", ranksep=\"0.6\", pad=\"0.3\""
        out += large ? ", sep=\"+8\", esep=\"+4\"" : ""
        out += size > DiagramViews.xlabelLimit ? ", forcelabels=\"false\"];\n" : "];\n"
        out += "  node [style=\"filled\", fontname=\"DejaVu Sans\", fontsize=\"\(large ? 10 : 11)\", color=\"#555555\"];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=\"\(large ? 8 : 9)\", color=\"#666666\"];\n"
        return out
    }

    func filterText() -> String {
        var parts: [String] = []
        if let about = filter.about { parts.append("about \(about)") }
        if let from = filter.from { parts.append("from \(from)") }
        if let to = filter.to { parts.append("to \(to)") }
        if let status = filter.status { parts.append(status) }
        if filter.minMentions > 0 { parts.append("entities with ≥ \(filter.minMentions) mentions") }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
    }

    /// An entity node; its second line is `subtitle` when given ("" for none), else its first office
    /// (a person) or its place (an event).
    func nodeLine(_ id: String, focus: Bool = false, subtitle: String? = nil) -> String {
        guard let node = index[id] else { return "" }
        let (kind, style) = DOTWriter.style(of: node) ?? ("Entity", DOTWriter.Style(shape: "ellipse", color: "#eeeeee"))
        let name = index.name(id)
        let roles = roleNames(of: id)
        var label = name
        let places = node.types.contains("schema:Event") ? node.links("schema:location").map(index.name).joined(separator: ", ") : ""
        let line = subtitle ?? roles.first?.name ?? places
        if !line.isEmpty { label += "\n" + line }
        var tooltip = "\(kind): \(name)"
        for role in roles { tooltip += "\n" + role.name + (role.of.map { " of " + $0 } ?? "") + (role.evidence.map { " — \($0.sentence) [\($0.article)]" } ?? "") }
        let aliases = node.values("schema:alternateName").map(\.text)
        if !aliases.isEmpty { tooltip += "\nalso: " + aliases.prefix(8).joined(separator: ", ") }
        let mentions = index.mentionCount(id)
        let articles = index.subjects(linkingTo: id, by: "schema:mentions").compactMap { index[$0]?.string("schema:identifier") }
        if mentions > 0 || !articles.isEmpty {
            tooltip += "\n\(mentions) mention\(mentions == 1 ? "" : "s") in " + (articles.count <= 3 ? articles.joined(separator: ", ") : "\(articles.count) articles")
        }
        var extra = ""
        if focus { extra = ", penwidth=\"3\", peripheries=\"2\", fontsize=\"13\"" }
        return "  \(DOTWriter.quoted(id)) [label=\(DOTWriter.quoted(label)), shape=\"\(style.shape)\", fillcolor=\"\(style.color)\", tooltip=\(DOTWriter.quoted(tooltip, tooltip: true))\(extra)];\n"
    }

    /// A meeting edge: one line per meeting (topic or kind, date; planned marked), thicker for more
    /// meetings. On large views the label is an `xlabel`, which Graphviz places clear of nodes and
    /// other labels (or leaves out; the tooltip keeps it).
    func meetingEdge(_ pair: Pair, _ meetings: [String], op: String, large: Bool = false) -> String {
        let sorted = Array(Set(meetings)).sorted { (index.date($0), $0) < (index.date($1), $1) }
        let summaries = sorted.map { MeetingSummary($0, in: index) }
        var lines = summaries.map(\.edgeLine)
        let allPlanned = summaries.allSatisfy(\.planned)
        if lines.count > 4 { lines = Array(lines.prefix(3)) + ["+\(lines.count - 3) more"] }
        if large && lines.count > 2 { lines = Array(lines.prefix(1)) + ["+\(sorted.count - 1) more"] }
        let width = 1.5 + Double(min(sorted.count - 1, 5)) * 1.2
        var attributes = "\(large ? "xlabel" : "label")=\(DOTWriter.quoted(lines.joined(separator: "\n"))), tooltip=\(DOTWriter.quoted(tooltip(sorted), tooltip: true)), color=\"#d62728\", fontcolor=\"#8c1a1b\", penwidth=\"\(width)\""
        if allPlanned { attributes += ", style=\"dashed\"" }
        if op == "->" { attributes += ", dir=\"none\"" }
        return "  \(DOTWriter.quoted(pair.a)) \(op) \(DOTWriter.quoted(pair.b)) [\(attributes)];\n"
    }

    /// Every fact of an edge with its date, place and evidence sentences (capped, for SVG tooltips).
    func tooltip(_ facts: [String]) -> String {
        var parts: [String] = []
        for fact in facts.prefix(6) {
            guard let node = index[fact] else { continue }
            var head = node.string("schema:name") ?? node.string("schema:roleName") ?? index.name(fact)
            let date = index.date(fact)
            let places = node.links("schema:location").map(index.name)
            if index.isMeeting(fact) {
                head += [date, places.joined(separator: ", "), node.values("ng:status").map(\.text).joined(separator: ", ")].filter { !$0.isEmpty }.map { ", " + $0 }.joined()
            }
            let evidence = index.evidence(fact).prefix(3).map { "“\($0.sentence)” [\($0.article)]" }
            parts.append(([head] + evidence).joined(separator: "\n"))
        }
        if facts.count > 6 { parts.append("… and \(facts.count - 6) more") }
        return parts.joined(separator: "\n\n")
    }

    /// A legend as one table node: the colors and shapes of entities, the strokes of edges.
    func legend(directed: Bool, meetingsOnly: Bool, boxes: Bool) -> String {
        let kinds = meetingsOnly ? DOTWriter.styles.filter { ["Person", "Organization", "Country"].contains($0.label) } : DOTWriter.styles
        var rows = "<tr><td colspan=\"2\"><b>Legend</b></td></tr>"
        for entry in kinds {
            rows += "<tr><td bgcolor=\"\(entry.style.color)\">\(entry.label)</td><td align=\"left\">\(entry.style.shape)</td></tr>"
        }
        var strokes: [(String, String)] = [
            ("<font color=\"#d62728\">───</font>", "met (label: topic, date)"),
            ("<font color=\"#d62728\">- - -</font>", "planned meeting"),
            ("<font color=\"#d62728\"><b>━━━</b></font>", "several meetings (thicker)"),
        ]
        if meetingsOnly {
            if boxes { strokes.append(("<font color=\"#7fbf7f\">▢</font>", "a country and its officials")) }
        } else {
            strokes.append(("<font color=\"#3b7dd8\">──▶</font>", "holds an office of"))
            strokes.append(("<font color=\"#888888\">· · ·▶</font>", "met in / held in"))
            strokes.append(("<font color=\"#2e8b57\">- - -</font>", "agreement / dispute (label: kind)"))
        }
        for (stroke, meaning) in strokes { rows += "<tr><td>\(stroke)</td><td align=\"left\">\(meaning)</td></tr>" }
        rows += "<tr><td colspan=\"2\"><font point-size=\"8\">hover (SVG): evidence sentence and article</font></td></tr>"
        return "  \"legend\" [shape=\"plaintext\", style=\"\", fontsize=\"9\", tooltip=\"Legend\", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\" color=\"#999999\">\(rows)</table>>];\n"
    }

    /// The offices a person holds, most attested first: (role, of, first evidence).
    func roleNames(of id: String) -> [(name: String, of: String?, evidence: EvidenceRow?)] {
        var out: [(name: String, of: String?, evidence: EvidenceRow?, weight: Int)] = []
        for role in index[id]?.links("schema:memberOf") ?? [] {
            guard let node = index[role], let name = node.string("schema:roleName") else { continue }
            let evidence = index.evidence(role)
            out.append((name, node.links("schema:memberOf").first.map(index.name), evidence.first, evidence.count))
        }
        return out.sorted { ($1.weight, $0.name) < ($0.weight, $1.name) }.map { ($0.name, $0.of, $0.evidence) }
    }

    /// The country a person is an official of (the most attested), or the country itself.
    func country(of id: String) -> String? {
        guard let node = index[id] else { return nil }
        if node.types.contains("schema:Country") { return id }
        guard node.types.contains("schema:Person") else { return nil }
        var weights: [String: Int] = [:]
        for role in node.links("schema:memberOf") {
            guard let roleNode = index[role] else { continue }
            for org in roleNode.links("schema:memberOf") where index[org]?.types.contains("schema:Country") ?? false {
                weights[org, default: 0] += max(1, roleNode.links("ng:evidence").count)
            }
        }
        return weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}

/// Two entities, in IRI order (undirected) or as given (directed).
struct Pair: Hashable, Comparable {
    let a: String
    let b: String
    init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    init(ordered x: String, _ y: String) { (a, b) = (x, y) }
    static func < (l: Pair, r: Pair) -> Bool { (l.a, l.b) < (r.a, r.b) }
}

struct EdgeKey: Hashable, Comparable {
    let kind: Relation.Kind
    let pair: Pair
    let label: String
    static func < (l: EdgeKey, r: EdgeKey) -> Bool { (l.pair, l.kind.rawValue, l.label) < (r.pair, r.kind.rawValue, r.label) }
}
