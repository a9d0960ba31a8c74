import Foundation

/// An entity found in plain text.
public struct TextEntity: Sendable, Hashable {
    public var kind: EntityKind
    /// The entity's text as written in the input.
    public var text: String
    /// Offsets in Unicode scalars (code points), end exclusive, as JSON and Python count them.
    public var start: Int
    public var end: Int
}

extension EntityTagger {
    /// Tokenizes plain text (one document) with `Tokenizer` and `SentenceSplitter`, tags it and
    /// returns the entities with their offsets.
    public func entities(inText text: String) -> [TextEntity] {
        let tokens = Tokenizer().tokenize(text)
        let sentences = SentenceSplitter().split(tokens)
        let labels = label(sentences: sentences.map { tokens[$0.tokenRange].map(\.text) })
        let bytes = Array(text.utf8)
        var out: [TextEntity] = []
        for (sentence, tags) in zip(sentences, labels) {
            let base = sentence.tokenRange.lowerBound
            for span in EntityScore.spans(TokenLabel.normalizedIOB2(tags)) {
                let first = tokens[base + span.start], last = tokens[base + span.end - 1]
                let surface = String(decoding: bytes[first.start..<last.end], as: UTF8.self)
                out.append(TextEntity(kind: span.kind, text: surface, start: first.charStart, end: last.charEnd))
            }
        }
        return out
    }
}

/// Plain-text documents split into sentences of token strings, as the tagger takes them.
public enum TaggerInput {
    public static func sentences(_ text: String) -> [[String]] {
        let tokens = Tokenizer().tokenize(text)
        return SentenceSplitter().split(tokens).map { tokens[$0.tokenRange].map(\.text) }
    }
}

extension TaggerInput {
    /// Reads the `body` of each line of a JSON Lines corpus (up to `limit` lines) and splits it
    /// into sentences of tokens.
    public static func documents(jsonl url: URL, limit: Int? = nil) throws -> [[[String]]] {
        try bodies(jsonl: url, limit: limit).map(sentences)
    }

    /// The `body` strings of a JSON Lines corpus.
    public static func bodies(jsonl url: URL, limit: Int? = nil) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CoNLLError.unreadable(url.path)
        }
        var bodies: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let limit, bodies.count >= limit { break }
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let body = object["body"] as? String else { continue }
            bodies.append(body)
        }
        return bodies
    }
}
