import Testing
import TestSupport
@testable import NewsGraph

/// The corpus builder spreads articles over threads; results must match a single thread's, in order.
@Suite struct ParallelAnalysisTests {
    static let articles: [Article] = (0..<12).map { i in
        Article(id: "a\(i)", date: "2019-06-28",
                body: "Chinese President Xi Jinping met U.S. President Donald Trump in Osaka on Saturday (\(i)). \"We agree,\" Trump said.",
                source: SourceLocation(path: "test", line: i + 1))
    }

    @Test func threadsGiveTheSameDocumentsInOrder() {
        var single = CorpusBuilder(pipeline: Analysis.pipeline)
        single.threads = 1
        var parallel = CorpusBuilder(pipeline: Analysis.pipeline)
        parallel.threads = 4
        let one = single.analyze(Self.articles)
        let many = parallel.analyze(Self.articles)
        #expect(many.map(\.article.id) == Self.articles.map(\.id))
        #expect(one.map(\.facts) == many.map(\.facts))
        #expect(one.map(\.entities) == many.map(\.entities))
    }
}
