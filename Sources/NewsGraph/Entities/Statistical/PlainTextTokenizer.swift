/// A token of plain text: the string given to the tagger (quotes and apostrophes normalised to
/// their ASCII forms, as in CoNLL) and its position in the original text.
public struct TextToken: Sendable, Hashable {
    /// The token as the tagger sees it.
    public var text: String
    /// Offsets in Unicode scalars (code points) of the original text, end exclusive.
    public var start: Int
    public var end: Int
}

/// A small CoNLL-style tokenizer for plain text: splits on whitespace, splits off punctuation,
/// splits "'s" off as its own token, keeps abbreviations such as "U.S." and "Mr." and
/// hyphenated words whole, and breaks sentences after . ! ? and at blank lines.
public enum PlainTextTokenizer {
    static let abbreviations: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "inc.", "corp.", "ltd.", "co.", "cos.",
        "gen.", "col.", "lt.", "sgt.", "capt.", "gov.", "sen.", "rep.", "rev.", "vs.", "no.", "jan.", "feb.",
        "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mt.", "ft.", "u.s.", "u.k.", "u.n.",
        "e.u.", "a.m.", "p.m.", "e.g.", "i.e.", "etc.",
    ]

    private static func normalize(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2013, 0x2014: return "-"
        default: return s
        }
    }

    private static func isLeadingPunct(_ s: Unicode.Scalar) -> Bool {
        "\"'([{<".unicodeScalars.contains(s)
    }

    private static func isTrailingPunct(_ s: Unicode.Scalar) -> Bool {
        "\"'.,;:!?)]}>%".unicodeScalars.contains(s)
    }

    /// Splits text into sentences of tokens.
    public static func sentences(_ text: String) -> [[TextToken]] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [[TextToken]] = []
        var current: [TextToken] = []
        func endSentence() {
            if !current.isEmpty { sentences.append(current); current = [] }
        }
        var i = 0
        let n = scalars.count
        while i < n {
            // Whitespace; a blank line ends the sentence.
            if scalars[i].properties.isWhitespace {
                var newlines = 0
                while i < n && scalars[i].properties.isWhitespace {
                    if scalars[i] == "\n" { newlines += 1 }
                    i += 1
                }
                if newlines >= 2 { endSentence() }
                continue
            }
            var j = i
            while j < n && !scalars[j].properties.isWhitespace { j += 1 }
            let chunk = scalars[i..<j].map(normalize)
            let (tokens, breaks) = splitChunk(chunk, offset: i)
            current.append(contentsOf: tokens)
            if breaks { endSentence() }
            i = j
        }
        endSentence()
        return sentences
    }

    /// The tokens of one whitespace-delimited chunk, and whether a sentence ends after it.
    private static func splitChunk(_ chunk: [Unicode.Scalar], offset: Int) -> ([TextToken], Bool) {
        var tokens: [TextToken] = []
        var a = 0, b = chunk.count
        var leading: [TextToken] = []
        var trailing: [TextToken] = []
        func token(_ r: Range<Int>) -> TextToken {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: chunk[r])
            return TextToken(text: String(s), start: offset + r.lowerBound, end: offset + r.upperBound)
        }
        while a < b && isLeadingPunct(chunk[a]) { leading.append(token(a..<(a + 1))); a += 1 }
        while b > a && isTrailingPunct(chunk[b - 1]) {
            // Keep the final period of an abbreviation ("U.S.", "Mr.") or of an initial ("J.").
            if chunk[b - 1] == "." {
                let word = String(String.UnicodeScalarView(chunk[a..<b])).lowercased()
                let letters = chunk[a..<(b - 1)]
                let isInitial = letters.count == 1 && letters.first!.properties.isUppercase
                let dotted = letters.contains(".")
                if abbreviations.contains(word) || isInitial || dotted { break }
            }
            trailing.insert(token((b - 1)..<b), at: 0)
            b -= 1
        }
        tokens.append(contentsOf: leading)
        if a < b {
            // Possessive / clitic "'s" split off.
            if b - a > 2, chunk[b - 2] == "'", chunk[b - 1] == "s" || chunk[b - 1] == "S" {
                tokens.append(token(a..<(b - 2)))
                tokens.append(token((b - 2)..<b))
            } else if b - a > 3, chunk[b - 3] == "n", chunk[b - 2] == "'", chunk[b - 1] == "t" {
                tokens.append(token(a..<(b - 3)))
                tokens.append(token((b - 3)..<b))
            } else {
                tokens.append(token(a..<b))
            }
        }
        tokens.append(contentsOf: trailing)
        let breaks = trailing.contains { $0.text == "." || $0.text == "!" || $0.text == "?" }
        return (tokens, breaks)
    }
}

/// An entity found in plain text.
public struct TextEntity: Sendable, Hashable {
    public var kind: EntityKind
    /// The entity's text as written in the input.
    public var text: String
    /// Offsets in Unicode scalars (code points), end exclusive.
    public var start: Int
    public var end: Int
}

extension EntityTagger {
    /// Tokenizes plain text (one document), tags it and returns the entities with their offsets.
    public func entities(inText text: String) -> [TextEntity] {
        let sentences = PlainTextTokenizer.sentences(text)
        let labels = label(sentences: sentences.map { $0.map(\.text) })
        let scalars = Array(text.unicodeScalars)
        var out: [TextEntity] = []
        for (tokens, tags) in zip(sentences, labels) {
            for span in EntityScore.spans(TokenLabel.normalizedIOB2(tags)) {
                let start = tokens[span.start].start, end = tokens[span.end - 1].end
                let surface = String(String.UnicodeScalarView(scalars[start..<end]))
                out.append(TextEntity(kind: span.kind, text: surface, start: start, end: end))
            }
        }
        return out
    }
}
