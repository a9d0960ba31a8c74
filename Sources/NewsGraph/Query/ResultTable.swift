import Foundation

/// A cell of a query result.
public enum ResultValue: Sendable, Hashable {
    case text(String)
    case number(Int)
    case list([String])
    case evidence([EvidenceRow])

    /// The cell as one line of text.
    public var plain: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .list(let items): return items.joined(separator: ", ")
        case .evidence(let rows): return rows.map { "\($0.sentence) [\($0.article)]" }.joined(separator: " | ")
        }
    }
}

/// The answer to a query: named columns and rows, printed as an aligned table, JSON, JSON Lines or CSV.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[ResultValue]]

    public init(columns: [String], rows: [[ResultValue]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public enum Format: String, Sendable { case table, json, jsonl, csv }

    public func render(_ format: Format, width: Int? = nil) -> String {
        switch format {
        case .table: return table(width: width)
        case .json: return "[" + rows.map { "\n  " + object($0) }.joined(separator: ",") + (rows.isEmpty ? "]\n" : "\n]\n")
        case .jsonl: return rows.map { object($0) + "\n" }.joined()
        case .csv: return ([columns.map(csvField)] + rows.map { $0.map { csvField($0.plain) } }).map { $0.joined(separator: ",") + "\r\n" }.joined()
        }
    }

    /// Columns padded to their widest cell; evidence goes under its row, one sentence a line.
    /// With `width` (a terminal), long cells are shortened with "…" so rows fit.
    func table(width: Int?) -> String {
        let evidenceColumn = columns.firstIndex(of: "evidence")
        let shown = columns.indices.filter { $0 != evidenceColumn }
        var cells = rows.map { row in shown.map { Self.oneLine(row[$0].plain) } }
        let header = shown.map { columns[$0].uppercased() }
        var widths = shown.indices.map { c in max(header[c].count, cells.map { $0[c].count }.max() ?? 0) }
        if let width {
            // Shrink the widest columns until the row fits (no column below 12 characters).
            let available = max(width - 2 * (widths.count - 1), widths.count * 12)
            while widths.reduce(0, +) > available {
                guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 12 else { break }
                widths[widest] -= 1
            }
            cells = cells.map { row in row.enumerated().map { Self.clip($1, widths[$0]) } }
        }
        func line(_ values: [String]) -> String {
            var out = ""
            for (c, value) in values.enumerated() {
                out += c + 1 == values.count ? value : value + String(repeating: " ", count: widths[c] - value.count + 2)
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out + "\n"
        }
        var out = line(header)
        for (r, row) in cells.enumerated() {
            out += line(row)
            if let evidenceColumn, case .evidence(let sentences) = rows[r][evidenceColumn] {
                for e in sentences {
                    var text = "    ↳ [\(e.article)] " + Self.oneLine(e.sentence)
                    if let width { text = Self.clip(text, max(width, 20)) }
                    out += text + "\n"
                }
            }
        }
        return out
    }

    static func oneLine(_ s: String) -> String {
        s.contains(where: \.isNewline) ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
    }

    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(max(width - 1, 0))) + "…"
    }

    func object(_ row: [ResultValue]) -> String {
        var parts: [String] = []
        for (c, value) in row.enumerated() {
            parts.append(JSONText.quoted(columns[c]) + ": " + json(value))
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    func json(_ value: ResultValue) -> String {
        switch value {
        case .text(let s): return JSONText.quoted(s)
        case .number(let n): return String(n)
        case .list(let items): return "[" + items.map(JSONText.quoted).joined(separator: ", ") + "]"
        case .evidence(let rows):
            return "[" + rows.map { e in
                "{\"article\": \(JSONText.quoted(e.article)), \"sentence\": \(JSONText.quoted(e.sentence)), \"sentenceIndex\": \(e.sentenceIndex), \"start\": \(e.start), \"end\": \(e.end)}"
            }.joined(separator: ", ") + "]"
        }
    }

    func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
