/// The analysis of one article, stage by stage: tokens and sentences, entity mentions,
/// resolved entities, then facts. Each stage only adds to the `Document`.
public struct Pipeline: Sendable {
    public let tagger: any EntityTagger
    public let extractors: [any FactExtractor]
    private let tokenizer = Tokenizer()
    private let splitter = SentenceSplitter()
    private let resolver = EntityResolver()

    /// A pipeline with the given tagger and the standard extractors.
    public init(tagger: any EntityTagger, extractors: [any FactExtractor] = Pipeline.standardExtractors) {
        self.tagger = tagger
        self.extractors = extractors
    }

    /// Roles, meetings and quotations (named events run first, as they add event entities).
    public static let standardExtractors: [any FactExtractor] = [
        RoleExtractor(), MeetingExtractor(), QuotationExtractor(), AgreementExtractor(),
    ]

    /// Runs every stage on one article.
    public func analyze(_ article: Article) -> Document {
        analyze(CollectionOfOne(article))[0]
    }

    /// Runs every stage on several articles, each stage over all of them before the next: the
    /// models' tables (the entity tagger's, the parser's) stay in the processor's cache while they
    /// work, instead of being pushed out by the other stages after every article. No stage reads another
    /// document, so each document is the same however the articles are grouped.
    public func analyze<C: Collection>(_ articles: C) -> [Document] where C.Element == Article {
        var documents = articles.map(recognize)
        for i in documents.indices { resolve(&documents[i]) }
        for extractor in extractors {
            for i in documents.indices { documents[i].facts += extractor.extract(from: documents[i]) }
        }
        return documents
    }

    /// Tokens, sentences and entity mentions.
    private func recognize(_ article: Article) -> Document {
        var document = Document(article: article)
        document.tokens = tokenizer.tokenize(article.body, excluding: article.excludedRanges)
        document.sentences = splitter.split(document.tokens)
        SyntaxStatistics.shared.addSentences(document.sentences.count)
        recognizeEntities(&document)
        return document
    }

    /// Entities from mentions, and named events.
    private func resolve(_ document: inout Document) {
        resolver.resolve(&document)
        NamedEventExtractor().apply(to: &document)
    }

    /// Tags the tokens sentence by sentence and turns IOB2 labels into mentions.
    func recognizeEntities(_ document: inout Document) {
        let sentenceTokens = document.sentences.map { sentence in document.tokens[sentence.tokenRange].map(\.text) }
        let labels = tagger.label(sentences: sentenceTokens)
        var mentions: [EntityMention] = []
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let sentenceLabels = TokenLabel.normalizedIOB2(labels[sentenceIndex])
            var i = 0
            while i < sentenceLabels.count {
                guard case .begin(let kind) = sentenceLabels[i] else { i += 1; continue }
                var end = i + 1
                while end < sentenceLabels.count, sentenceLabels[end] == .inside(kind) { end += 1 }
                let range = (sentence.tokenRange.lowerBound + i)..<(sentence.tokenRange.lowerBound + end)
                let text = document.substring(document.tokens[range.lowerBound].start, document.tokens[range.upperBound - 1].end)
                mentions.append(EntityMention(tokenRange: range, sentenceIndex: sentenceIndex, kind: kind, text: text))
                i = end
            }
        }
        document.mentions = mentions
    }
}

/// A stage that reads a resolved document and states facts with evidence.
public protocol FactExtractor: Sendable {
    func extract(from document: Document) -> [Fact]
}
