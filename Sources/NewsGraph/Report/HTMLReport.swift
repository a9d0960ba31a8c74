/// One self-contained HTML page about a graph: the meetings diagram and the timeline as inline
/// SVG (pan, zoom, hover for the evidence, click an entity to filter), a table of every meeting
/// that sorts and filters, and the most mentioned people and organizations. No external script,
/// style, font or network request; everything from the articles is escaped (text in the page as
/// HTML entities, data for the script as JSON with `<`, `>`, `&` as `\u` escapes, shown through
/// `textContent` only).
public struct HTMLReport: Sendable {
    public let index: GraphIndex
    public var title: String

    public init(index: GraphIndex, title: String = "NewsGraph report") {
        self.index = index
        self.title = title
    }

    /// A figure of the page: rendered SVG text (from Graphviz), or nil with a note when there is
    /// nothing to draw.
    public struct Figure: Sendable {
        public let heading: String
        public let svg: String?
        public let note: String
        public init(heading: String, svg: String?, note: String) {
            self.heading = heading
            self.svg = svg
            self.note = note
        }
    }

    public func write(figures: [Figure]) -> String {
        let rows = meetingRows()
        let articles = index.ids(ofType: "schema:NewsArticle").count
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTMLReport.escape(title))</title>\n<style>\(ReportAssets.css)</style>\n</head>\n<body>\n"
        out += "<header><h1>\(HTMLReport.escape(title))</h1><p>\(articles) article\(articles == 1 ? "" : "s"), \(rows.count) meeting\(rows.count == 1 ? "" : "s"), \(index.entities.count) entities. Hover a node or edge for the sentence that states it; click an entity to filter; scroll to zoom, drag to pan.</p></header>\n"
        out += "<div id=\"filterbar\" hidden>Showing meetings of <b id=\"filtername\"></b> <button id=\"clearfilter\" type=\"button\">show all</button></div>\n"
        out += "<div id=\"hover\" aria-live=\"polite\"></div>\n"
        for (number, figure) in figures.enumerated() {
            out += "<section class=\"figure\"><h2>\(HTMLReport.escape(figure.heading))</h2>"
            if !figure.note.isEmpty { out += "<p class=\"note\">\(HTMLReport.escape(figure.note))</p>" }
            if let svg = figure.svg {
                out += "<div class=\"diagram\" id=\"figure\(number)\"><button type=\"button\" class=\"reset\">reset view</button>\(HTMLReport.inlineSVG(svg))</div>"
            }
            out += "</section>\n"
        }
        out += "<section><h2>Meetings</h2><p><label>Filter: <input id=\"search\" type=\"search\" placeholder=\"name, topic, place, date…\"></label> <span id=\"count\"></span></p>\n"
        out += "<table id=\"meetings\"><thead><tr>"
        for (key, heading) in [("who", "Who"), ("whom", "Whom"), ("topic", "Topic"), ("place", "Place"), ("date", "Date"), ("status", "Status"), ("sources", "Sources"), ("evidence", "Evidence")] {
            out += "<th data-key=\"\(key)\" tabindex=\"0\">\(heading)</th>"
        }
        out += "</tr></thead><tbody></tbody></table></section>\n"
        out += "<section class=\"tops\">"
        out += topList("People", type: "schema:Person")
        out += topList("Organizations", type: "schema:Organization")
        out += topList("Countries", type: "schema:Country")
        out += "</section>\n"
        out += "<footer>Written by newsgraph. Every meeting carries the sentence and article it was read from.</footer>\n"
        out += "<script type=\"application/json\" id=\"ng-data\">" + HTMLReport.scriptJSON(rows: rows, entities: entityNames(rows)) + "</script>\n"
        out += "<script>\(ReportAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: data

    struct Row {
        let id: String
        let attendees: [String]
        let topic: String
        let place: String
        let date: String
        let status: String
        let sources: [String]
        let evidence: String
    }

    func meetingRows() -> [Row] {
        index.ids(ofType: "ng:Meeting").map { id in
            let meeting = MeetingSummary(id, in: index)
            let evidence = index.evidence(id).map { "“\($0.sentence)” [\($0.article)]" }.joined(separator: "\n")
            let place = (meeting.places + meeting.summits.map { "at " + $0 }).joined(separator: ", ")
            return Row(id: id, attendees: meeting.attendees, topic: meeting.headline, place: place, date: meeting.date,
                       status: meeting.planned ? "planned" : "happened", sources: index.articleIDs(id), evidence: evidence)
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    func entityNames(_ rows: [Row]) -> [String: String] {
        var names: [String: String] = [:]
        for row in rows { for a in row.attendees { names[a] = index.name(a) } }
        for type in ["schema:Person", "schema:Organization", "schema:Country"] {
            for id in topEntities(type: type) { names[id] = index.name(id) }
        }
        return names
    }

    func topEntities(type: String, limit: Int = 12) -> [String] {
        index.ids(ofType: type).filter { index.mentionCount($0) > 0 }
            .sorted { (index.mentionCount($1), $0) < (index.mentionCount($0), $1) }
            .prefix(limit).map { $0 }
    }

    func topList(_ heading: String, type: String) -> String {
        let ids = topEntities(type: type)
        guard !ids.isEmpty else { return "" }
        var out = "<div><h2>\(heading)</h2><ol>"
        for id in ids {
            let meetings = index.subjects(linkingTo: id, by: "schema:attendee").count
            out += "<li><a href=\"#\" class=\"entity\" data-id=\"\(HTMLReport.escape(id))\">\(HTMLReport.escape(index.name(id)))</a> <span class=\"count\">\(index.mentionCount(id)) mentions"
            if meetings > 0 { out += ", \(meetings) meeting\(meetings == 1 ? "" : "s")" }
            out += "</span></li>"
        }
        return out + "</ol></div>"
    }

    // MARK: escaping

    /// Text for HTML element content or a double-quoted attribute. Bidirectional embedding and
    /// override characters are dropped so a name cannot reorder the text around it.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isBidiControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// JSON safe inside a `<script>` element: no `<`, `>` or `&` left to end it or open a comment
    /// (and no bidirectional overrides).
    static func scriptJSON(rows: [Row], entities: [String: String]) -> String {
        func string(_ text: String) -> String {
            JSONText.quoted(text.unicodeScalars.contains(where: isBidiControl) ? String(String.UnicodeScalarView(text.unicodeScalars.filter { !isBidiControl($0) })) : text)
        }
        func list(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ",") + "]" }
        var out = "{\"entities\":{"
        out += entities.keys.sorted().map { string($0) + ":" + string(entities[$0]!) }.joined(separator: ",")
        out += "},\"meetings\":["
        out += rows.map { row in
            "{\"id\":\(string(row.id)),\"attendees\":\(list(row.attendees)),\"topic\":\(string(row.topic)),\"place\":\(string(row.place)),\"date\":\(string(row.date)),\"status\":\(string(row.status)),\"sources\":\(list(row.sources)),\"evidence\":\(string(row.evidence))}"
        }.joined(separator: ",\n")
        out += "]}"
        return out.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// Graphviz's SVG without the XML prolog and doctype, ready to sit inside HTML (Graphviz has
    /// escaped the markup in labels; bidirectional overrides are dropped as in `escape`).
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var out = String.UnicodeScalarView()
        for scalar in svg[start.lowerBound...].unicodeScalars where !isBidiControl(scalar) { out.append(scalar) }
        return String(out)
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
