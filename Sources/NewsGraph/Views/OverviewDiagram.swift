extension DiagramViews {
    /// The picture `build` writes (and `render --view all`): every meeting as a small node between
    /// its attendees saying what, when and where (several meetings of the same people share one),
    /// the summit it belonged to as an event node, offices as edges to their country or
    /// organization, agreements and disputes as dashed edges. Entities with no relation are left out
    /// and named in one "also mentioned" box; the legend lists only what the picture uses.
    public func overview() -> Diagram {
        var pairs: [Pair: [String]] = [:]
        // Meetings, grouped by who attended and the summit they belonged to.
        var groups: [MeetingGroupKey: [MeetingSummary]] = [:]
        for id in index.ids(ofType: "ng:Meeting") where filter.accepts(fact: id, in: index) {
            let meeting = MeetingSummary(id, in: index)
            let attendees = meeting.attendees.filter { filter.accepts(entity: $0, in: index) }
            guard !attendees.isEmpty else { continue }
            let summits = index[id]?.links("schema:superEvent") ?? []
            groups[MeetingGroupKey(attendees: attendees.sorted(), summits: summits), default: []].append(meeting)
            // An attendee with no one else still has this meeting: a pair with itself keeps it drawn.
            for a in attendees { for b in attendees where b >= a { pairs[Pair(a, b), default: []].append(id) } }
            for a in attendees { for summit in summits { pairs[Pair(a, summit), default: []].append(id) } }
        }
        var roleEdges: [EdgeKey: [String]] = [:]
        var loneRoles: [String: [String]] = [:]
        for role in index.ids(ofType: "schema:OrganizationRole") {
            guard let name = index[role]?.string("schema:roleName") else { continue }
            let organizations = index[role]?.links("schema:memberOf") ?? []
            for holder in index.subjects(linkingTo: role, by: "schema:memberOf") where filter.accepts(entity: holder, in: index) {
                if organizations.isEmpty { loneRoles[holder, default: []].append(name) }
                for organization in organizations where filter.accepts(entity: organization, in: index) {
                    roleEdges[EdgeKey(kind: .role, pair: Pair(ordered: holder, organization), label: name), default: []].append(role)
                    pairs[Pair(holder, organization), default: []].append(role)
                }
            }
        }
        var accordEdges: [EdgeKey: [String]] = [:]
        for fact in index.subjects(having: { $0 == "ng:party" }) where filter.accepts(fact: fact, in: index) || (filter.from == nil && filter.to == nil && filter.about == nil) {
            for relation in index.partyRelations(fact) where filter.accepts(entity: relation.from, in: index) && filter.accepts(entity: relation.to, in: index) {
                let kind = String(relation.label.dropLast(" with".count))
                accordEdges[EdgeKey(kind: .accord, pair: Pair(relation.from, relation.to), label: kind), default: []].append(fact)
                pairs[Pair(relation.from, relation.to), default: []].append(fact)
            }
        }

        var notes: [String] = []
        let (kept, total) = prune(pairs: pairs, pinned: nil, distance: [:])
        if kept.count < total { notes.append("showing the \(kept.count) most connected of \(total) related entities (--max-nodes)") }
        if pairs.isEmpty { notes.append("no meetings, offices or agreements" + (filter.isEmpty ? " found" : " match the filters")) }
        let large = kept.count > DiagramViews.clusterLimit
        // A meeting box is drawn when the picture keeps two of its attendees (or its only one), and
        // at most `maxNodes` boxes, those of the most meetings first: the boxes are nodes to lay out too.
        var shownGroups = groups.filter { key, _ in key.attendees.filter(kept.contains).count >= min(2, key.attendees.count) }
        if shownGroups.count > maxNodes {
            let ranked = shownGroups.keys.sorted { a, b in
                let ca = shownGroups[a]!.count, cb = shownGroups[b]!.count
                return ca != cb ? ca > cb : a < b
            }
            let drawn = Set(ranked.prefix(max(maxNodes, 1)))
            notes.append("showing \(drawn.count) of \(shownGroups.count) meeting boxes (--max-nodes)")
            shownGroups = shownGroups.filter { drawn.contains($0.key) }
        }
        let meetingCount = shownGroups.values.reduce(0) { $0 + $1.count }
        let shownRoles = roleEdges.filter { kept.contains($0.key.pair.a) && kept.contains($0.key.pair.b) }
        let shownAccords = accordEdges.filter { kept.contains($0.key.pair.a) && kept.contains($0.key.pair.b) }

        var title = "\(meetingCount) meeting\(meetingCount == 1 ? "" : "s"), \(shownRoles.count) office\(shownRoles.count == 1 ? "" : "s")"
        if !shownAccords.isEmpty { title += ", \(shownAccords.count) agreement\(shownAccords.count == 1 ? "" : "s") or dispute\(shownAccords.count == 1 ? "" : "s")" }
        title += " among \(kept.count) entities" + filterText()
        if let first = notes.first { title += "\n" + first }
        var out = header(kind: "digraph", name: "newsgraph", title: title, size: kept.count, edges: pairs.count)

        let holdersWithEdges = Set(shownRoles.keys.map(\.pair.a))
        for id in kept.sorted() {
            // Small views name offices on their edges; in force-directed layouts edges are too short
            // for that, so the holder's label names the main office instead.
            let subtitle = !large && holdersWithEdges.contains(id) ? (loneRoles[id]?.sorted().first ?? "") : nil
            out += nodeLine(id, subtitle: subtitle)
        }
        var edges = 0
        let meetingFont = large ? 8 : 9
        for key in shownGroups.keys.sorted() {
            let meetings = shownGroups[key]!.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            let node = "meeting:" + meetings[0].id
            var lines: [String] = []
            for meeting in meetings.prefix(3) {
                lines.append(meeting.headline + (meeting.planned ? " (planned)" : ""))
                if !meeting.whenAndWhere.isEmpty { lines.append(meeting.whenAndWhere) }
            }
            if meetings.count > 3 { lines.append("+\(meetings.count - 3) more") }
            let planned = meetings.allSatisfy(\.planned)
            let style = planned ? "rounded,dashed,filled" : "rounded,filled"
            out += "  \(DOTWriter.quoted(node)) [label=\(DOTWriter.quoted(lines.joined(separator: "\n"))), shape=\"box\", style=\"\(style)\", fillcolor=\"\(planned ? "#ffffff" : "#fde2e1")\", color=\"#d62728\", fontcolor=\"#8c1a1b\", fontsize=\"\(meetingFont)\", margin=\"0.06,0.03\", tooltip=\(DOTWriter.quoted(tooltip(meetings.map(\.id)), tooltip: true))];\n"
            // The meeting sits between its attendees: the first half lead into it, the rest out of it.
            let attendees = key.attendees.filter(kept.contains)
            let edgeStyle = "dir=\"none\", color=\"#d62728\", penwidth=\"\(1.2 + Double(min(meetings.count - 1, 4)) * 0.6)\"" + (planned ? ", style=\"dashed\"" : "")
            for (position, attendee) in attendees.enumerated() {
                let (from, to) = position < (attendees.count + 1) / 2 ? (attendee, node) : (node, attendee)
                out += "  \(DOTWriter.quoted(from)) -> \(DOTWriter.quoted(to)) [\(edgeStyle)];\n"
                edges += 1
            }
            for summit in key.summits where kept.contains(summit) {
                out += "  \(DOTWriter.quoted(node)) -> \(DOTWriter.quoted(summit)) [label=\"part of\", style=\"dotted\", color=\"#888888\", fontcolor=\"#555555\"];\n"
                edges += 1
            }
        }
        let labelAttribute = kept.count > DiagramViews.xlabelLimit ? "xlabel" : "label"
        for key in shownRoles.keys.sorted() {
            let label = large ? "" : "label=\(DOTWriter.quoted(key.label)), "
            out += "  \(DOTWriter.quoted(key.pair.a)) -> \(DOTWriter.quoted(key.pair.b)) [\(label)color=\"#3b7dd8\", fontcolor=\"#1f4e8c\", tooltip=\(DOTWriter.quoted(tooltip(shownRoles[key]!), tooltip: true))];\n"
            edges += 1
        }
        for key in shownAccords.keys.sorted() {
            out += "  \(DOTWriter.quoted(key.pair.a)) -> \(DOTWriter.quoted(key.pair.b)) [dir=\"none\", \(labelAttribute)=\(DOTWriter.quoted(key.label)), style=\"dashed\", color=\"#2e8b57\", fontcolor=\"#2e8b57\", tooltip=\(DOTWriter.quoted(tooltip(Array(Set(shownAccords[key]!)).sorted()), tooltip: true))];\n"
            edges += 1
        }
        out += alsoMentioned(excluding: kept, groups: Array(shownGroups.keys))
        var present = Set(kept.compactMap { index[$0].flatMap(DOTWriter.style(of:))?.0 })
        if !shownGroups.isEmpty { present.insert("meeting") }
        if shownGroups.values.contains(where: { $0.contains(where: \.planned) }) { present.insert("planned") }
        if !shownRoles.isEmpty { present.insert("office") }
        if !shownAccords.isEmpty { present.insert("accord") }
        out += overviewLegend(present, large: large)
        out += "}\n"
        return Diagram(dot: out, nodeCount: kept.count + shownGroups.count, edgeCount: edges, notes: notes)
    }

    /// One box naming the entities mentioned but in no drawn relation (the most mentioned first),
    /// leaving out the places and summits already named in meeting boxes.
    func alsoMentioned(excluding kept: Set<String>, groups: [MeetingGroupKey]) -> String {
        var named = Set<String>()
        for key in groups { named.formUnion(key.summits) }
        for meeting in index.ids(ofType: "ng:Meeting") { named.formUnion(index[meeting]?.links("schema:location") ?? []) }
        // Only the twelve most mentioned are named: a running top twelve, not a sort of every entity
        // (a corpus has tens of thousands).
        var top: [(count: Int, name: String)] = []
        var othersCount = 0
        for id in index.entities where !kept.contains(id) && !named.contains(id) {
            let count = index.mentionCount(id)
            guard count > 0, filter.accepts(entity: id, in: index) else { continue }
            othersCount += 1
            if top.count == 12, let last = top.last, count < last.count { continue }
            let candidate = (count: count, name: index.name(id))
            let position = top.firstIndex { candidate.count > $0.count || (candidate.count == $0.count && candidate.name < $0.name) } ?? top.count
            guard position < 12 else { continue }
            top.insert(candidate, at: position)
            if top.count > 12 { top.removeLast() }
        }
        guard othersCount > 0 else { return "" }
        let names = top.map(\.name)
        var lines: [String] = []
        var line = ""
        for name in names {
            if !line.isEmpty && line.count + name.count > 36 { lines.append(line + ","); line = "" }
            line += (line.isEmpty ? "" : ", ") + name
        }
        lines.append(line + (othersCount > names.count ? ", and \(othersCount - names.count) more" : ""))
        let label = "Also mentioned:\n" + lines.joined(separator: "\n")
        return "  \"also mentioned\" [label=\(DOTWriter.quoted(label)), shape=\"note\", fillcolor=\"#f7f7f7\", color=\"#aaaaaa\", fontsize=\"9\", fontcolor=\"#444444\", tooltip=\"Entities mentioned in the articles with no meeting, office or agreement\"];\n"
    }

    /// A legend as one table: only the kinds of node and edge the picture uses.
    func overviewLegend(_ present: Set<String>, large: Bool) -> String {
        var rows = ""
        let kinds = DOTWriter.styles.filter { present.contains($0.label) }
        if !kinds.isEmpty {
            rows += "<tr>" + kinds.map { "<td bgcolor=\"\($0.style.color)\">\($0.label)</td>" }.joined() + "</tr>"
        }
        var strokes: [(String, String)] = []
        if present.contains("meeting") { strokes.append(("<font color=\"#d62728\">─▢─</font>", "meeting: topic or kind, date · place")) }
        if present.contains("planned") { strokes.append(("<font color=\"#d62728\">- ▢ -</font>", "planned meeting")) }
        if present.contains("office") { strokes.append(("<font color=\"#3b7dd8\">──▶</font>", "holds an office of" + (large ? " (office under the name)" : ""))) }
        if present.contains("accord") { strokes.append(("<font color=\"#2e8b57\">- - -</font>", "agreement / dispute")) }
        let span = max(kinds.count, 1)
        for (stroke, meaning) in strokes {
            rows += "<tr><td colspan=\"\(span)\" align=\"left\">\(stroke)  \(meaning)</td></tr>"
        }
        guard !rows.isEmpty else { return "" }
        return "  \"legend\" [shape=\"plaintext\", style=\"\", fontsize=\"8\", tooltip=\"Legend\", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"2\" color=\"#bbbbbb\">\(rows)</table>>];\n"
    }
}

/// The meetings one box of the overview stands for: the same attendees at the same summit.
struct MeetingGroupKey: Hashable, Comparable {
    let attendees: [String]
    let summits: [String]
    static func < (l: MeetingGroupKey, r: MeetingGroupKey) -> Bool {
        (l.attendees.joined(separator: " "), l.summits.joined(separator: " ")) < (r.attendees.joined(separator: " "), r.summits.joined(separator: " "))
    }
}
