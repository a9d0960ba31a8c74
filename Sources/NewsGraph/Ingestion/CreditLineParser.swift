/// Finds article credits: trailing "Reporting by ...; Editing by ..." lines and "REUTERS/Name" photo credits.
public enum CreditLineParser {
    public struct Credits: Sendable, Hashable {
        public var authors: [String] = []
        public var editors: [String] = []
        public var photographers: [String] = []
    }

    /// Parses one credit line ("Reporting by A; Additional reporting by B; Editing by C and D").
    /// Returns nil when the line is not a credit line.
    public static func parseCreditLine(_ line: String) -> Credits? {
        var text = line.trimming(" \t\r")
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        let parts = text.split(separator: ";").map { $0.trimming(" \t.") }
        var credits = Credits()
        for part in parts {
            let lower = part.lowercased()
            guard let byRange = lower.range(of: " by ") else { return nil }
            let role = lower[..<byRange.lowerBound]
            let offset = lower.distance(from: lower.startIndex, to: byRange.upperBound)
            let names = splitNames(String(part.dropFirst(offset)))
            guard !names.isEmpty, names.allSatisfy(looksLikeName) else { return nil }
            if role.hasSuffix("editing") { credits.editors += names }
            else if role.hasSuffix("reporting") || role.hasSuffix("writing") || role == "compiled" || role == "written" {
                credits.authors += names
            } else if role.hasPrefix("photo") { credits.photographers += names }
            else { return nil }
        }
        return credits.authors.isEmpty && credits.editors.isEmpty && credits.photographers.isEmpty ? nil : credits
    }

    /// "William Mallard and Clarence Fernandez" → two names; also splits on commas.
    static func splitNames(_ text: String) -> [String] {
        text.replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",")
            .map { $0.trimming(" \t.") }
            .filter { !$0.isEmpty }
    }

    /// A credited name: 1–5 words, each starting with an upper-case letter.
    static func looksLikeName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { $0.first?.isUppercaseLetter == true }
    }

    /// Finds photo credits of the form `REUTERS/First Last` (also AFP/, AP Photo/).
    /// Returns each credit's UTF-8 byte range in `body` and the photographer's name.
    public static func photoCredits(in body: String) -> [(range: Range<Int>, name: String)] {
        var results: [(Range<Int>, String)] = []
        let bytes = Array(body.utf8)
        let agencies = ["REUTERS/", "AFP/", "AP Photo/", "Reuters/"]
        for agency in agencies {
            let pattern = Array(agency.utf8)
            var i = 0
            while i + pattern.count <= bytes.count {
                if bytes[i] == pattern[0], Array(bytes[i..<(i + pattern.count)]) == pattern {
                    // The name runs to the end of the line.
                    var end = i + pattern.count
                    while end < bytes.count, bytes[end] != 10 { end += 1 }
                    var nameText = String(decoding: bytes[(i + pattern.count)..<end], as: UTF8.self)
                    nameText = nameText.trimming(" \t\r.")
                    if let slash = nameText.firstIndex(of: "/") { nameText = String(nameText[..<slash]) }
                    if looksLikeName(nameText) {
                        results.append((i..<end, nameText))
                    }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return results.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }
}

extension StringProtocol {
    /// Trims the given characters from both ends.
    func trimming(_ set: String) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, set.contains(self[start]) { start = index(after: start) }
        while end > start, set.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
