/// Parses a wire-service dateline: `OSAKA (Reuters) -`, `SALVADOR, Feb 26 -`, `NEW YORK, March 3 (AP) --`.
public enum DatelineParser {
    public struct Dateline: Sendable, Hashable {
        /// The place in title case ("Osaka", "New York").
        public let place: String
        /// The agency in parentheses, when present ("Reuters").
        public let publisher: String?
        /// UTF-8 length of the dateline including its trailing dash and spaces, when parsed from a body.
        public let length: Int
    }

    /// Parses a dateline at the very start of `text` (a body), or a standalone dateline field.
    ///
    /// A body dateline must end with a dash; a standalone field may omit it.
    public static func parse(_ text: String, standalone: Bool = false) -> Dateline? {
        let bytes = Array(text.utf8.prefix(120))
        var i = 0
        // Place: upper-case letters, spaces, dots, hyphens and apostrophes.
        var placeEnd = 0
        var letters = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 65 && b <= 90 { letters += 1 }
            else if b == 32 || b == 46 || b == 45 || b == 39 || b == 47 {}
            else if b >= 97 && b <= 122 { return nil }  // lower case: not a dateline place
            else { break }
            i += 1
            placeEnd = i
        }
        guard letters >= 2 else { return nil }
        var place = String(decoding: bytes[0..<placeEnd], as: UTF8.self)
        // Trim a trailing " -" that belongs to the dash, not the place.
        while place.hasSuffix(" ") || place.hasSuffix("-") { place.removeLast() }
        guard place.count >= 2, place.first?.isLetter == true else { return nil }
        var publisher: String? = nil
        // Optional ", Month Day" part.
        if i < bytes.count && bytes[i] == 44 {
            i += 1
            while i < bytes.count, bytes[i] != 40, bytes[i] != 45, bytes[i] != 10, i < 60 { i += 1 }
        }
        while i < bytes.count && bytes[i] == 32 { i += 1 }
        if i < bytes.count && bytes[i] == 40 {
            guard let close = bytes[i...].firstIndex(of: 41), close - i < 40 else { return nil }
            publisher = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            i = close + 1
        }
        while i < bytes.count && bytes[i] == 32 { i += 1 }
        // The dash: '-', '--', or an en/em dash.
        var sawDash = false
        while i < bytes.count {
            if bytes[i] == 45 { sawDash = true; i += 1; continue }
            if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                sawDash = true; i += 3; continue
            }
            break
        }
        if !sawDash && !standalone { return nil }
        if !standalone && publisher == nil && !place.contains(where: { $0 == " " }) && letters < 3 { return nil }
        while i < bytes.count && (bytes[i] == 32 || bytes[i] == 10) { i += 1 }
        return Dateline(place: titleCase(place), publisher: publisher, length: i)
    }

    /// "NEW YORK" → "New York"; "SAO PAULO" → "Sao Paulo".
    static func titleCase(_ upper: String) -> String {
        var out = ""
        var startOfWord = true
        for ch in upper {
            if ch.isLetter {
                out.append(startOfWord ? Character(ch.uppercased()) : Character(ch.lowercased()))
                startOfWord = false
            } else {
                out.append(ch)
                startOfWord = ch == " " || ch == "-" || ch == "/"
            }
        }
        return out
    }
}
