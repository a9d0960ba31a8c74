/// Maps our tokens to UD English syntactic words, the way EWT tokenizes:
/// - negation and verb contractions split: "don't" → "do" "n't", "can't" → "ca" "n't", "won't" → "wo" "n't",
///   "cannot" → "can" "not", "I'm" → "I" "'m" (also 're, 've, 'll, 'd); "'s" is already a token of its own;
/// - hyphenated words split at the hyphen: "U.S.-Japan" → "U.S." "-" "Japan", "long-term" → "long" "-" "term",
///   except after a prefix ("non-stop", "anti-American", "e-mail") and between digits ("1-0", "571-9571");
/// - abbreviations stay whole ("U.S.", "Mr."), as in EWT.
/// - a person's name with the proper nouns before it ("U.S. Trade Representative Robert Lighthizer") can be
///   given as one span: it becomes one word (its last token, "Lighthizer"), so the parser never splits a name
///   from its title; the name's other tokens come back as `flat` dependents of the last, the title's as
///   `compound` (as UD annotates "President Bush").
/// Parsing runs on the words; results come back to tokens through the word that heads each token's words.
public struct UDTokenMapping: Sendable, Equatable {
    /// The UD words, in order.
    public let words: [String]
    /// For each word, the index of the token it comes from.
    public let tokenOfWord: [Int]
    /// For each token, the range of its words.
    public let wordsOfToken: [Range<Int>]

    static let prefixes: Set<String> = ["e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi",
                                        "ex", "sub", "self", "inter", "semi", "counter", "cross", "vice", "de", "un",
                                        "bi", "neo", "ultra", "mega", "mini", "micro", "x", "t"]
    static let clitics = ["n't", "'m", "'re", "'ve", "'ll", "'d"]

    /// Names parsed as one word (token ranges within the sentence), and where the name proper starts in each.
    public let names: [Range<Int>]
    public let nameStarts: [Int]

    public init(tokens: [String], names: [Range<Int>] = [], nameStarts: [Int]? = nil) {
        let nameStarts = nameStarts ?? names.map(\.lowerBound)
        var words: [String] = [], tokenOfWord: [Int] = [], ranges: [Range<Int>] = []
        let kept = names.indices.filter { names[$0].count > 1 && names[$0].lowerBound >= 0 && names[$0].upperBound <= tokens.count }
        let names = kept.map { names[$0] }
        var nameEnding: [Int: Int] = [:]
        for name in names { for t in name.dropLast() { nameEnding[t] = name.upperBound - 1 } }
        for (t, token) in tokens.enumerated() {
            if nameEnding[t] != nil {
                ranges.append(words.count..<(words.count + 1))  // the word the name's last token will add
                continue
            }
            let start = words.count
            let pieces = names.contains { $0.upperBound - 1 == t } ? [token] : Self.split(token)
            for w in pieces { words.append(w); tokenOfWord.append(t) }
            ranges.append(start..<words.count)
        }
        self.words = words
        self.tokenOfWord = tokenOfWord
        self.wordsOfToken = ranges
        self.names = names
        self.nameStarts = kept.map { nameStarts[$0] }
    }

    /// The UD words of one token.
    static func split(_ token: String) -> [String] {
        var pieces: [String] = []
        for part in splitHyphens(token) { pieces += splitClitic(part) }
        return pieces
    }

    private static func splitClitic(_ word: String) -> [String] {
        // Only a word with an apostrophe (ASCII or U+2019, whose UTF-8 starts with 0xE2) or of six bytes
        // ("cannot") can split; the test is on bytes because most words are neither.
        let utf8 = word.utf8
        guard utf8.count == 6 || utf8.contains(39) || utf8.contains(0xE2) else { return [word] }
        let lower = word.replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
        if lower == "cannot" { return [String(word.prefix(3)), String(word.dropFirst(3))] }
        for clitic in clitics where lower.hasSuffix(clitic) && lower.count > clitic.count {
            let stem = String(word.dropLast(clitic.count))
            guard stem.contains(where: \.isLetter), !stem.hasSuffix("'") else { return [word] }
            return [stem, String(word.suffix(clitic.count))]
        }
        return [word]
    }

    private static func splitHyphens(_ token: String) -> [String] {
        guard token.utf8.contains(45), token.count > 2, !token.contains("://") else { return [token] }
        let parts = token.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1, !parts.contains(where: \.isEmpty) else { return [token] }
        var out: [String] = [parts[0]]
        for part in parts.dropFirst() {
            let previous = out[out.count - 1]
            let digitsBoth = previous.last.map(\.isNumber) == true && part.first.map(\.isNumber) == true
            let hasLetter = previous.contains(where: \.isLetter) || part.contains(where: \.isLetter)
            if digitsBoth || !hasLetter || (out.count == 1 && prefixes.contains(previous.lowercased())) {
                out[out.count - 1] = previous + "-" + part
            } else {
                out.append("-")
                out.append(part)
            }
        }
        return out
    }

    /// Token-level results of a parse of `words`: each token takes the tag, relation and head of its word that
    /// is attached outside the token (its first word if none is); heads become token indices (nil for the root).
    public func project(_ parse: ParsedSentence) -> (tags: [UPOS], heads: [Int?], relations: [DependencyRelation]) {
        var tags: [UPOS] = [], heads: [Int?] = [], relations: [DependencyRelation] = []
        for range in wordsOfToken {
            var main = range.lowerBound
            for w in range {
                let h = parse.heads[w] - 1
                if h < 0 || !range.contains(h) { main = w; break }
            }
            tags.append(parse.tags[main])
            relations.append(parse.relations[main])
            let h = parse.heads[main] - 1
            heads.append(h < 0 ? nil : tokenOfWord[h])
        }
        for (name, start) in zip(names, nameStarts) {
            for t in name.dropLast() {
                heads[t] = name.upperBound - 1
                relations[t] = t < start ? .compound : .flat
                if t < start { tags[t] = .PROPN }
            }
        }
        return (tags, heads, relations)
    }
}
