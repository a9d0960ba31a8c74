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

    /// More articles than one run of the builder (16), of different kinds, so that runs, stage order and
    /// the tagger's caches all come into play.
    static let mixed: [Article] = (0..<41).map { i in
        let bodies = [
            "Japanese Economy Minister Toshimitsu Motegi will meet U.S. Trade Representative Robert Lighthizer in Washington on Tuesday to discuss tariffs, officials said.",
            "Sears, Roebuck and Co said its chairman, Edward Brennan, met analysts in Chicago. \"Sales rose,\" Brennan said.",
            "King Hussein of Jordan held talks with Queen Beatrix in The Hague on Monday about the Middle East.",
            "The Bundesbank left rates unchanged, a spokesman said. Finance Minister Gerhard Stoltenberg declined to comment.",
        ]
        return Article(id: "m\(i)", date: "1987-03-0\(1 + i % 9)", body: bodies[i % bodies.count] + " (\(i))",
                       source: SourceLocation(path: "test", line: i + 1))
    }

    @Test func runsOfArticlesGiveWhatOneByOneGives() {
        let oneByOne = Self.mixed.map(Analysis.pipeline.analyze)
        for threads in [1, 3] {
            var builder = CorpusBuilder(pipeline: Analysis.pipeline)
            builder.threads = threads
            let runs = builder.analyze(Self.mixed)
            #expect(runs.map(\.article.id) == Self.mixed.map(\.id))
            #expect(runs.map(\.facts) == oneByOne.map(\.facts))
            #expect(runs.map(\.entities) == oneByOne.map(\.entities))
            #expect(runs.map(\.mentions) == oneByOne.map(\.mentions))
        }
        #expect(oneByOne.contains { !$0.facts.isEmpty })
    }
}
