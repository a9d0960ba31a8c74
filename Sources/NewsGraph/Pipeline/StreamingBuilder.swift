import Foundation

/// Extracts each article's graph on its own and writes it as N-Quads (graph name = the article
/// IRI) as it goes, in constant memory — for corpora larger than RAM, or as a mapper under Spark's
/// `pipe()` or Hadoop Streaming. Each article's quads also carry its analysis (`ArticleAnalysis`),
/// from which `newsgraph merge` rebuilds exactly the graph one build of all the articles gives.
public struct StreamingBuilder: Sendable {
    public let corpus: CorpusBuilder

    public init(corpus: CorpusBuilder) {
        self.corpus = corpus
    }

    /// The N-Quads of one analyzed article: its graph, and its analysis (`ArticleAnalysis`) from
    /// which `newsgraph merge` rebuilds the graph one build of all the articles gives.
    public static func nQuads(of document: Document) -> [UInt8] {
        var builder = GraphBuilder()
        builder.add(document)
        var (graph, entityIRIs) = builder.buildWithEntityIRIs()
        for node in ArticleAnalysis.nodes(of: document, entityIRI: { entityIRIs[0][$0] }) { graph.merge(node) }
        return NTriplesWriter(graphName: GraphBuilder.articleIRI(document.article.id)).writeBytes(graph)
    }

    /// Streams JSON Lines from `reader` (named `path` in errors), writing each batch's N-Quads to `emit` in input order.
    public func run(lines reader: LineReader, path: String, emit: ([UInt8]) throws -> Void) throws -> CorpusBuilder.Statistics {
        var statistics = CorpusBuilder.Statistics()
        var batch: [Article] = []
        let prefix = ArticleReader.defaultIDPrefix(path)
        func flush() throws {
            guard !batch.isEmpty else { return }
            let documents = corpus.analyze(batch)
            var out: [UInt8] = []
            for document in documents {
                statistics.words += WordCounter.count(document.article.body)
                out += StreamingBuilder.nQuads(of: document)
            }
            statistics.articles += batch.count
            batch.removeAll(keepingCapacity: true)
            try emit(out)
        }
        while let line = reader.nextLine() {
            do {
                if let article = try ArticleReader.readJSONLine(line, lineNumber: reader.lineNumber, path: path, idPrefix: prefix) {
                    batch.append(article)
                }
            } catch let error as InputError {
                guard corpus.keepGoing else { throw error }
                statistics.skipped.append(error)
            }
            if batch.count >= corpus.batchSize { try flush() }
        }
        try flush()
        statistics.files = 1
        return statistics
    }
}
