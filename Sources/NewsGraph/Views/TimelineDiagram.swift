extension DiagramViews {
    /// Sizes of the timeline, in points.
    enum TimelineGeometry {
        static let laneHeight = 54.0
        static let slotWidth = 124.0
        static let markWidth = 116.0
        static let labelWidth = 150.0
        static let maxMarksPerCell = 4
    }

    /// Meetings along a time axis, as DOT with every node's position computed here (lay it out with
    /// Graphviz's `nop` engine, i.e. `neato -n`): one lane per entity among the `lanes` most active
    /// in meetings (with `focus`: that entity and its most frequent counterparts), one column per
    /// period that has meetings (days, months or years, by the span), and in each lane a mark per
    /// meeting naming the counterpart and the topic — hollow and dashed when planned. A meeting of
    /// two lanes joins their marks with a line. Undated meetings cannot be placed and are counted
    /// in a note.
    public func timeline(focus: String? = nil, lanes laneLimit: Int = 12) -> Diagram {
        typealias G = TimelineGeometry
        var dated: [MeetingSummary] = []
        var undated = 0
        let candidates = focus.map { index.subjects(linkingTo: $0, by: "schema:attendee") } ?? index.ids(ofType: "ng:Meeting")
        for id in candidates where filter.accepts(fact: id, in: index) {
            let meeting = MeetingSummary(id, in: index)
            guard meeting.attendees.contains(where: { filter.accepts(entity: $0, in: index) }) else { continue }
            if meeting.date.isEmpty { undated += 1 } else { dated.append(meeting) }
        }
        dated.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        var activity: [String: Int] = [:]
        for meeting in dated { for a in meeting.attendees where filter.accepts(entity: a, in: index) { activity[a, default: 0] += 1 } }
        var ranked = activity.keys.sorted { (activity[$1]!, index.mentionCount($1), $0) < (activity[$0]!, index.mentionCount($0), $1) }
        if let focus { ranked.removeAll { $0 == focus }; ranked.insert(focus, at: 0) }
        let lanes = DiagramViews.adjacentOrder(Array(ranked.prefix(max(laneLimit, 1))), meetings: dated)
        let laneOf = Dictionary(uniqueKeysWithValues: lanes.enumerated().map { ($1, $0) })
        let shown = dated.filter { $0.attendees.contains { laneOf[$0] != nil } }

        var notes: [String] = []
        if shown.count < dated.count { notes.append("showing the \(shown.count) meetings of the \(lanes.count) most active of \(activity.count) participants") }
        if undated > 0 { notes.append("\(undated) undated meeting\(undated == 1 ? "" : "s") not placed") }
        if dated.isEmpty { notes.append("no dated meetings" + (filter.isEmpty && focus == nil ? "" : " match")) }

        // Columns: the periods that have meetings.
        let granularity = DiagramViews.timelineGranularity(shown.map(\.date))
        func period(_ date: String) -> String { String(date.prefix(granularity)) }
        let periods = Array(Set(shown.map { period($0.date) })).sorted()
        // Marks per lane and period, in date order.
        var cells: [Int: [String: [MeetingSummary]]] = [:]
        for meeting in shown {
            for attendee in Set(meeting.attendees) { if let lane = laneOf[attendee] { cells[lane, default: [:]][period(meeting.date), default: []].append(meeting) } }
        }
        var columnX: [String: Double] = [:]
        var x = G.labelWidth + 20
        for p in periods {
            let slots = min(lanes.indices.map { cells[$0]?[p]?.count ?? 0 }.max() ?? 1, G.maxMarksPerCell)
            columnX[p] = x
            x += Double(max(slots, 1)) * G.slotWidth + 16
        }
        let right = x
        func y(_ lane: Int) -> Double { Double(lanes.count - 1 - lane) * G.laneHeight }
        func point(_ px: Double, _ py: Double) -> String { DOTWriter.quoted("\(Int(px.rounded())),\(Int(py.rounded()))!") }

        var title = focus.map { "Meetings of \(index.name($0)) over time" } ?? "Meetings over time"
        title += filterText()
        for note in notes.prefix(2) { title += "\n" + note }
        var out = "graph \"timeline\" {\n"
        out += "  graph [charset=\"UTF-8\", fontname=\"DejaVu Sans\", fontsize=\"14\", label=\(DOTWriter.quoted(title)), labelloc=\"t\", splines=\"line\", outputorder=\"edgesfirst\", pad=\"0.3\"];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=\"8\", fixedsize=\"true\", style=\"filled\"];\n"
        out += "  edge [color=\"#bbbbbb\"];\n"
        // Lanes: a name on the left and a thin line across.
        for (lane, id) in lanes.enumerated() {
            let color = DiagramViews.laneColors[lane % DiagramViews.laneColors.count]
            let (kind, _) = index[id].flatMap(DOTWriter.style(of:)) ?? ("Entity", DOTWriter.Style(shape: "", color: ""))
            let label = DiagramViews.shortened(index.name(id), to: 24) + "\n\(activity[id] ?? 0) meeting\(activity[id] == 1 ? "" : "s")"
            out += "  \(DOTWriter.quoted(id)) [pos=\(point(G.labelWidth / 2, y(lane))), label=\(DOTWriter.quoted(label)), shape=\"box\", style=\"rounded,filled\", fillcolor=\"\(color)\", color=\"#777777\", fontsize=\"10\", width=\"\(G.labelWidth / 72)\", height=\"0.5\", tooltip=\(DOTWriter.quoted("\(kind): \(index.name(id))", tooltip: true))];\n"
            out += "  \(DOTWriter.quoted("lane-end:" + id)) [pos=\(point(right, y(lane))), shape=\"point\", width=\"0.02\", color=\"#cccccc\", label=\"\"];\n"
            out += "  \(DOTWriter.quoted(id)) -- \(DOTWriter.quoted("lane-end:" + id)) [color=\"#e4e4e4\", penwidth=\"5\"];\n"
        }
        // The time axis: one label per column, above the lanes.
        let top = y(0) + G.laneHeight * 0.8
        for p in periods {
            let slots = min(lanes.indices.map { cells[$0]?[p]?.count ?? 0 }.max() ?? 1, G.maxMarksPerCell)
            let center = columnX[p]! + Double(max(slots, 1)) * G.slotWidth / 2
            out += "  \(DOTWriter.quoted("period:" + p)) [pos=\(point(center, top)), label=\(DOTWriter.quoted(p)), shape=\"plaintext\", style=\"\", fontsize=\"10\", width=\"\(Double(max(slots, 1)) * G.slotWidth / 72)\", height=\"0.3\"];\n"
        }
        // Marks, and a line between the marks of one meeting in two lanes.
        var markOf: [String: [String]] = [:]
        var marks = 0
        for lane in lanes.indices {
            for p in periods {
                let meetings = cells[lane]?[p] ?? []
                for (slot, meeting) in meetings.prefix(G.maxMarksPerCell).enumerated() {
                    let mx = columnX[p]! + (Double(slot) + 0.5) * G.slotWidth
                    let node = "mark:" + lanes[lane] + " " + meeting.id  // the lane, then the meeting (IRIs have no spaces)
                    let full = slot == G.maxMarksPerCell - 1 && meetings.count > G.maxMarksPerCell
                    let others = meeting.attendees.filter { $0 != lanes[lane] }.map(index.name)
                    var label = full ? "+\(meetings.count - slot) more" : DiagramViews.shortened(others.isEmpty ? meeting.kind : "with " + others.joined(separator: ", "), to: 24)
                    if !full {
                        label += "\n" + DiagramViews.shortened(meeting.headline, to: 24)
                        if meeting.date.count > granularity { label += "\n" + DiagramViews.dayText(meeting.date) }
                    }
                    let color = DiagramViews.laneColors[lane % DiagramViews.laneColors.count]
                    let style = meeting.planned ? "rounded,dashed,filled" : "rounded,filled"
                    let tooltip = full ? "\(meetings.count - slot) more meetings in \(p)" : self.tooltip([meeting.id])
                    out += "  \(DOTWriter.quoted(node)) [pos=\(point(mx, y(lane))), label=\(DOTWriter.quoted(label)), shape=\"box\", style=\"\(style)\", fillcolor=\"\(meeting.planned ? "#ffffff" : color)\", color=\"\(meeting.planned ? "#d62728" : "#666666")\", width=\"\(G.markWidth / 72)\", height=\"0.56\", tooltip=\(DOTWriter.quoted(tooltip, tooltip: true))];\n"
                    marks += 1
                    if !full { markOf[meeting.id, default: []].append(node) }
                }
            }
        }
        var edges = 0
        for meeting in shown {
            guard let nodes = markOf[meeting.id], nodes.count >= 2 else { continue }
            for (a, b) in zip(nodes, nodes.dropFirst()) {
                out += "  \(DOTWriter.quoted(a)) -- \(DOTWriter.quoted(b)) [color=\"#d62728\", penwidth=\"1.2\"\(meeting.planned ? ", style=\"dashed\"" : "")];\n"
                edges += 1
            }
        }
        let legendY = -G.laneHeight * 0.9
        out += "  \"legend\" [pos=\(point(G.labelWidth / 2 + 160, legendY)), shape=\"plaintext\", style=\"\", fixedsize=\"false\", fontsize=\"8\", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\" color=\"#bbbbbb\"><tr><td bgcolor=\"#eeeeee\">with counterpart<br/>topic<br/>date</td><td align=\"left\">a meeting that happened</td><td bgcolor=\"#ffffff\"><font color=\"#d62728\">hollow, red</font></td><td align=\"left\">planned</td><td><font color=\"#d62728\">│</font></td><td align=\"left\">one meeting of two lanes</td></tr></table>>];\n"
        out += "}\n"
        return Diagram(dot: out, nodeCount: marks, edgeCount: edges, notes: notes)
    }

    /// Characters of an ISO date kept for a column: days when all dates fall within about two
    /// months, months within three years, else years.
    static func timelineGranularity(_ dates: [String]) -> Int {
        guard let first = dates.min(), let last = dates.max() else { return 7 }
        func months(_ d: String) -> Int { (Int(d.prefix(4)) ?? 0) * 12 + (d.count >= 7 ? Int(d.dropFirst(5).prefix(2)) ?? 1 : 1) }
        let span = months(last) - months(first)
        if span <= 2 && dates.allSatisfy({ $0.count >= 10 }) { return 10 }
        return span <= 36 ? 7 : 4
    }

    /// The lanes in an order that puts entities that met next to each other: the most active
    /// first, then repeatedly the one sharing most meetings with the last placed.
    static func adjacentOrder(_ lanes: [String], meetings: [MeetingSummary]) -> [String] {
        var shared: [Pair: Int] = [:]
        let inLanes = Set(lanes)
        for meeting in meetings {
            let present = Array(Set(meeting.attendees.filter(inLanes.contains)))
            for a in present { for b in present where a < b { shared[Pair(a, b), default: 0] += 1 } }
        }
        var order: [String] = []
        var remaining = lanes
        while !remaining.isEmpty {
            var pick = 0
            if let last = order.last {
                var best = 0
                for (i, candidate) in remaining.enumerated() {
                    let count = shared[Pair(last, candidate)] ?? 0
                    if count > best { best = count; pick = i }
                }
            }
            order.append(remaining.remove(at: pick))
        }
        return order
    }

    /// "16 May 2023" (or "May 2023") for a mark under a coarser column.
    static func dayText(_ date: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = date.split(separator: "-").map(String.init)
        guard parts.count >= 2, let m = Int(parts[1]), (1...12).contains(m) else { return date }
        let month = months[m - 1] + " " + parts[0]
        return parts.count >= 3 ? "\(Int(parts[2]) ?? 0) " + month : month
    }

    static let laneColors = ["#cfe2ff", "#c7f0c2", "#ffe8a3", "#ffd1dc", "#e6d5f5", "#d5f0f0", "#f5e0c8", "#e0e0e0"]

    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
