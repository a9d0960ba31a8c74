import Foundation

/// Parses a document's sentences on demand and keeps the trees, so that only the sentences an extractor
/// asks about are parsed. Shared by the copies of a `Document`; thread-safe.
final class SyntaxCache: @unchecked Sendable {
    private let parser: DependencyParser?
    private let lock = NSLock()
    private var trees: [Int: SentenceTree] = [:]

    /// With no parser given, the bundled model is loaded on the first request.
    init(parser: DependencyParser? = nil) { self.parser = parser }

    var parsedCount: Int { lock.withLock { trees.count } }

    func tree(_ index: Int, in document: Document) -> SentenceTree? {
        if let tree = lock.withLock({ trees[index] }) { return tree }
        guard let parser = parser ?? (try? DependencyParser.loadDefault()) else { return nil }
        let started = DispatchTime.now().uptimeNanoseconds
        let sentence = document.sentences[index]
        let tokens = document.tokens[sentence.tokenRange].map(\.text)
        let base = sentence.tokenRange.lowerBound
        let people = document.mentions.filter { $0.sentenceIndex == index && $0.kind == .person }
            .map { ($0.tokenRange.lowerBound - base)..<($0.tokenRange.upperBound - base) }
        var names: [Range<Int>] = [], starts: [Int] = []
        if !people.isEmpty {
            // Proper nouns right before a name are its title ("Trade Representative"): tagged once without merging.
            let plain = UDTokenMapping(tokens: tokens)
            let tags = plain.project(ParsedSentence(tags: parser.tag(plain.words), heads: plain.words.map { _ in 0 },
                                                    relations: plain.words.map { _ in .dep })).tags
            for person in people {
                var start = person.lowerBound
                while start > 0, tags[start - 1] == .PROPN, plain.wordsOfToken[start - 1].count == 1,
                      !people.contains(where: { $0.contains(start - 1) }) { start -= 1 }
                if person.upperBound - start > 1 { names.append(start..<person.upperBound); starts.append(person.lowerBound) }
            }
        }
        let mapping = UDTokenMapping(tokens: tokens, names: names, nameStarts: starts)
        let (tags, heads, relations) = mapping.project(parser.parse(mapping.words))
        let tree = SentenceTree(tokenRange: sentence.tokenRange, tokens: tokens, tags: tags,
                                heads: heads.map { $0.map { $0 + sentence.tokenRange.lowerBound } }, relations: relations)
        lock.withLock { trees[index] = tree }
        SyntaxStatistics.shared.addParse(nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
        return tree
    }
}

extension Document {
    /// The dependency tree of sentence `index`, parsed on first request (nil when no parser model is available).
    public func tree(ofSentence index: Int) -> SentenceTree? {
        syntax.tree(index, in: self)
    }

    /// The tree of the sentence containing token `index`.
    public func tree(containingToken index: Int) -> SentenceTree? {
        tree(ofSentence: sentenceIndex(ofToken: index))
    }

    /// How many sentences have been parsed so far.
    public var parsedSentenceCount: Int { syntax.parsedCount }
}
