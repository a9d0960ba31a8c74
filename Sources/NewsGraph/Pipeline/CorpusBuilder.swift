import Foundation

/// Reads articles from files and folders, analyzes them and builds one graph.
public struct CorpusBuilder: Sendable {
    /// Figures about one build.
    public struct Statistics: Sendable {
        public var files = 0
        public var articles = 0
        public var words = 0
        public var skipped: [InputError] = []

        public init() {}
    }

    public let pipeline: Pipeline
    /// Skip articles that cannot be read (counted in `Statistics.skipped`) instead of failing.
    public var keepGoing: Bool

    public init(pipeline: Pipeline, keepGoing: Bool = false) {
        self.pipeline = pipeline
        self.keepGoing = keepGoing
    }

    /// Articles analyzed together; each batch is spread over the cores, then added in input order.
    public var batchSize = 256
    /// Worker threads (1 = no parallelism). The output is the same whatever the number.
    public var threads = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Builds the graph of every article under `paths`. `progress` is called after each batch with
    /// (files done, files total, articles so far, words so far).
    public func build(paths: [String], progress: (@Sendable (Int, Int, Int, Int) -> Void)? = nil) throws -> (KnowledgeGraph, Statistics) {
        let files = try ArticleReader.inputFiles(paths)
        var statistics = Statistics()
        var builder = GraphBuilder()
        var seenIDs: [String: SourceLocation] = [:]
        var batch: [Article] = []
        func flush(filesDone: Int) {
            guard !batch.isEmpty else { return }
            for document in analyze(batch) {
                statistics.words += WordCounter.count(document.article.body)
                builder.add(document)
            }
            statistics.articles += batch.count
            batch.removeAll(keepingCapacity: true)
            progress?(filesDone, files.count, statistics.articles, statistics.words)
        }
        for (index, file) in files.enumerated() {
            let articles: [Article]
            do {
                articles = try ArticleReader.read(path: file, threads: threads, onError: keepGoing ? { statistics.skipped.append($0) } : nil)
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
                batch.append(article)
                if batch.count >= batchSize { flush(filesDone: index) }
            }
            if index + 1 == files.count || batch.count >= batchSize { flush(filesDone: index + 1) }
        }
        flush(filesDone: files.count)
        if statistics.articles == 0 {
            throw InputError(SourceLocation(path: paths.joined(separator: " ")), "no articles found")
        }
        return (builder.build(), statistics)
    }

    /// Analyzes articles on `threads` threads; results come back in input order.
    public func analyze(_ articles: [Article]) -> [Document] {
        // Articles go through the pipeline in small runs (see `Pipeline.analyze(_:)` for why).
        let runLength = 16
        let runCount = (articles.count + runLength - 1) / runLength
        let pipeline = self.pipeline
        @Sendable func analyzeRun(_ r: Int) -> [Document] {
            pipeline.analyze(articles[(r * runLength)..<min((r + 1) * runLength, articles.count)])
        }
        if threads <= 1 || runCount < 2 { return (0..<runCount).flatMap(analyzeRun) }
        let results = ResultSlots<[Document]>(count: runCount)
        let workers = min(threads, runCount)
        // Each worker takes the next run not yet taken, so a run of long articles does not hold up the rest.
        let next = RunCounter(limit: runCount)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var r = next.take()
            while r >= 0 {
                results.set(r, analyzeRun(r))
                r = next.take()
            }
        }
        return results.values().flatMap { $0 }
    }
}

/// Hands out 0, 1, 2, … to concurrent workers.
final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The next number below the limit, or -1 when all are taken.
    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return -1 }
        value += 1
        return value - 1
    }
}

/// Fixed slots that concurrent workers fill, each slot written by exactly one worker.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] { slots.map { $0! } }

    /// `body(i)` for every `i` below `count`, on up to `workers` threads (each taking every `workers`-th),
    /// the results in order.
    static func map(count: Int, workers: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        let slots = ResultSlots(count: count)
        let workers = max(1, min(workers, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: count, by: workers) { slots.set(i, body(i)) }
        }
        return slots.values()
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
