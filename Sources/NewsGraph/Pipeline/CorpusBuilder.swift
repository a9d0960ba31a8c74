import Foundation

/// Reads articles from files and folders, analyzes them and builds one graph.
public struct CorpusBuilder: Sendable {
    /// Figures about one build.
    public struct Statistics: Sendable {
        public var files = 0
        public var articles = 0
        public var words = 0
        public var skipped: [InputError] = []
    }

    public let pipeline: Pipeline
    /// Skip articles that cannot be read (counted in `Statistics.skipped`) instead of failing.
    public var keepGoing: Bool

    public init(pipeline: Pipeline, keepGoing: Bool = false) {
        self.pipeline = pipeline
        self.keepGoing = keepGoing
    }

    /// Builds the graph of every article under `paths`. `progress` is called after each file with
    /// (files done, files total, articles so far, words so far).
    public func build(paths: [String], progress: (@Sendable (Int, Int, Int, Int) -> Void)? = nil) throws -> (KnowledgeGraph, Statistics) {
        let files = try ArticleReader.inputFiles(paths)
        var statistics = Statistics()
        var builder = GraphBuilder()
        var seenIDs: [String: SourceLocation] = [:]
        for (index, file) in files.enumerated() {
            let articles: [Article]
            do {
                articles = try ArticleReader.read(path: file)
            } catch let error as InputError where keepGoing {
                statistics.skipped.append(error)
                continue
            }
            statistics.files += 1
            for article in articles {
                if let first = seenIDs[article.id] {
                    let error = InputError(article.source, "duplicate article id \"\(article.id)\" (first at \(first))")
                    if keepGoing { statistics.skipped.append(error); continue }
                    throw error
                }
                seenIDs[article.id] = article.source
                let document = pipeline.analyze(article)
                statistics.articles += 1
                statistics.words += WordCounter.count(article.body)
                builder.add(document)
            }
            progress?(index + 1, files.count, statistics.articles, statistics.words)
        }
        if statistics.articles == 0 {
            throw InputError(SourceLocation(path: paths.joined(separator: " ")), "no articles found")
        }
        return (builder.build(), statistics)
    }
}

/// Counts whitespace-separated words, as `str.split()` does (the peer's measure).
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for b in text.utf8 {
            let space = b == 32 || b == 10 || b == 9 || b == 13 || b == 11 || b == 12
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
