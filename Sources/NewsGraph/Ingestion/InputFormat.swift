/// The kinds of file `ArticleReader` reads, told apart by content first and by extension when the
/// content does not say (a text article can start with anything).
public enum InputFormat: String, Sendable {
    case text, jsonLines, html, feed, jsonFeed, warc

    /// Extensions read from folders (besides `.gz` versions of them).
    static let extensions: [String: InputFormat] = [
        "txt": .text, "jsonl": .jsonLines, "html": .html, "htm": .html, "xhtml": .html, "rss": .feed, "atom": .feed,
        "xml": .feed, "rdf": .feed, "json": .jsonFeed, "warc": .warc,
    ]

    /// The format of a file from its first bytes (already inflated) and its name.
    static func detect(_ head: ArraySlice<UInt8>, path: String) -> InputFormat {
        let byExtension = extensions[extensionOf(path)] ?? .text
        var start = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < head.endIndex, [9, 10, 13, 32].contains(head[start]) { start += 1 }
        let lower = Array(head[start...].prefix(2048)).asciiLowercased
        func has(_ marker: String) -> Bool { lower.containsBytes(Array(marker.utf8)) }
        if lower.starts(with: Array("warc/".utf8)) { return .warc }
        if lower.first == UInt8(ascii: "{"), has("jsonfeed.org/version") { return .jsonFeed }
        if lower.first == UInt8(ascii: "<") {
            if has("<rss") || has("<feed") || has("<rdf:rdf") { return .feed }
            if has("<html") || has("<!doctype html") || has("<head") || has("<body") { return .html }
        }
        // UTF-16 pages start with a byte-order mark.
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return byExtension == .feed ? .feed : .html }
        return byExtension
    }

    /// The extension that says the format: `page.html.gz` → `html`.
    static func extensionOf(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var parts = name.lowercased().split(separator: ".")
        if parts.count > 1, parts.last == "gz" { parts.removeLast() }
        return parts.count > 1 ? String(parts.last!) : ""
    }
}
