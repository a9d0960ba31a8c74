import Foundation

/// Throughput measurement of an entity tagger on the bodies of a JSON Lines corpus
/// (one object per line with a `body` string), single-threaded.
public struct NERBenchmarkResult: Sendable {
    public var articles: Int
    /// Whitespace-separated words of the bodies (as Python's `str.split()` counts them).
    public var words: Int
    /// Tokens given to the tagger.
    public var tokens: Int
    /// Seconds spent tokenizing the bodies.
    public var tokenizeSeconds: Double
    /// Seconds spent in the tagger alone (best of the repetitions).
    public var tagSeconds: Double
    /// Entities found.
    public var entities: Int

    public var tokensPerSecond: Double { Double(tokens) / tagSeconds }
    /// Words per second including tokenization, comparable to spaCy's words/s on raw text.
    public var wordsPerSecondEndToEnd: Double { Double(words) / (tagSeconds + tokenizeSeconds) }
}

public enum NERBenchmark {
    /// Reads up to `limit` bodies, tokenizes them, then tags them `repetitions` times and keeps
    /// the fastest run.
    public static func run(jsonl url: URL, tagger: any EntityTagger, limit: Int? = nil,
                           repetitions: Int = 3) throws -> NERBenchmarkResult {
        let bodies = try TaggerInput.bodies(jsonl: url, limit: limit)
        let words = bodies.reduce(0) { total, body in
            total + body.split(whereSeparator: { $0.isWhitespace }).count
        }
        let t0 = Date()
        let documents = bodies.map { TaggerInput.sentences($0) }
        let tokenizeSeconds = Date().timeIntervalSince(t0)
        let tokens = documents.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        var best = Double.infinity
        var entities = 0
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            var found = 0
            for doc in documents {
                let labels = tagger.label(sentences: doc)
                for s in labels { for l in s { if case .begin = l { found += 1 } } }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            entities = found
        }
        return NERBenchmarkResult(articles: bodies.count, words: words, tokens: tokens,
                                  tokenizeSeconds: tokenizeSeconds, tagSeconds: best, entities: entities)
    }
}
