/// One article and everything the pipeline has found in it: the single source of truth that
/// each stage reads and adds to (tokens, sentences, entity mentions, resolved entities, facts).
public struct Document: Sendable {
    public let article: Article
    public internal(set) var tokens: [Token] = []
    public internal(set) var sentences: [Sentence] = []
    /// Entity mentions found by the tagger (added by `EntityRecognitionStage`).
    public internal(set) var mentions: [EntityMention] = []
    /// Entities resolved within the article (added by `EntityResolver`).
    public internal(set) var entities: [LocalEntity] = []
    /// For each mention, the index of its entity in `entities`, or nil when it names none (added by `EntityResolver`).
    public internal(set) var mentionEntities: [Int?] = []
    /// For each token, the entity its mention resolved to, or nil (added by `EntityResolver`).
    public internal(set) var tokenEntities: [Int?] = []
    /// For each token, the index of the mention covering it, or nil (added by `EntityResolver`).
    public internal(set) var tokenMentions: [Int?] = []
    /// Facts (roles, meetings, quotations, events) added by extractors.
    public internal(set) var facts: [Fact] = []
    /// Sentence trees, parsed lazily when an extractor asks (`tree(ofSentence:)`).
    let syntax: SyntaxCache

    public init(article: Article, parser: DependencyParser? = nil) {
        self.article = article
        self.syntax = SyntaxCache(parser: parser)
    }

    /// The body text of a sentence.
    public func text(of sentence: Sentence) -> String {
        substring(sentence.start, sentence.end)
    }

    /// The body text between two UTF-8 offsets.
    public func substring(_ start: Int, _ end: Int) -> String {
        let utf8 = article.body.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        return String(article.body[lower..<upper])
    }

    /// The index of the sentence containing token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].tokenRange.lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Provenance for a span of tokens: the article, the sentence, and offsets.
    public func evidence(sentence index: Int, tokens range: Range<Int>? = nil) -> Evidence {
        let sentence = sentences[index]
        let span = range ?? sentence.tokenRange
        return Evidence(
            articleID: article.id,
            sentenceIndex: index,
            sentenceText: text(of: sentence),
            sentenceStart: sentence.charStart,
            sentenceEnd: sentence.charEnd,
            spanStart: tokens[span.lowerBound].charStart,
            spanEnd: tokens[span.upperBound - 1].charEnd
        )
    }
}

/// Where a fact was read: article id, sentence, and character (Unicode scalar) offsets into the body.
public struct Evidence: Sendable, Hashable, Codable {
    public let articleID: String
    public let sentenceIndex: Int
    public let sentenceText: String
    public let sentenceStart: Int
    public let sentenceEnd: Int
    /// The span of the words that state the fact (within the sentence).
    public let spanStart: Int
    public let spanEnd: Int
}
