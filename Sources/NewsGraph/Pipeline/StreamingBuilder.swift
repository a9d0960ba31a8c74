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

    /// Streams one file of any input format (JSON Lines line by line, a WARC archive record by
    /// record), writing each batch's N-Quads to `emit` in input order.
    public func run(file path: String, emit: ([UInt8]) throws -> Void) throws -> CorpusBuilder.Statistics {
        if ArticleReader.format(ofFile: path) == .jsonLines {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError(SourceLocation(path: path), "cannot read file") }
            defer { try? handle.close() }
            return try run(lines: LineReader(handle), path: path, emit: emit)
        }
        var statistics = CorpusBuilder.Statistics()
        var batch: [Article] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            try emit(nQuads(of: batch, statistics: &statistics))
            batch.removeAll(keepingCapacity: true)
        }
        let onError: ((InputError) -> Void)? = corpus.keepGoing ? { statistics.skipped.append($0) } : nil
        do {
            try ArticleReader.forEachArticle(path: path, onError: onError) { article in
                batch.append(article)
                if batch.count >= corpus.batchSize { try flush() }
            }
        } catch let error as InputError where corpus.keepGoing {
            statistics.skipped.append(error)
        }
        try flush()
        statistics.files = 1
        return statistics
    }

    private func nQuads(of batch: [Article], statistics: inout CorpusBuilder.Statistics) -> [UInt8] {
        var out: [UInt8] = []
        for document in corpus.analyze(batch) {
            statistics.words += WordCounter.count(document.article.body)
            out += StreamingBuilder.nQuads(of: document)
        }
        statistics.articles += batch.count
        return out
    }

    /// Streams JSON Lines from `reader` (named `path` in errors), writing each batch's N-Quads to `emit` in input order.
    public func run(lines reader: LineReader, path: String, emit: ([UInt8]) throws -> Void) throws -> CorpusBuilder.Statistics {
        var statistics = CorpusBuilder.Statistics()
        var batch: [Article] = []
        let prefix = ArticleReader.defaultIDPrefix(path)
        func flush() throws {
            guard !batch.isEmpty else { return }
            let out = nQuads(of: batch, statistics: &statistics)
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
