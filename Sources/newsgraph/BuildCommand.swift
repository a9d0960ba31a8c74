import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the graph of a set of articles and write it in the chosen formats.",
        discussion: """
            INPUT may be .txt files (first line = title; an optional yyyy-mm-dd date line after it; a dateline such as "OSAKA (Reuters) -" and
            trailing "Reporting by ...; Editing by ..." lines are recognised), .jsonl files (one article
            per line: "body" required; "id", "title", "date", "dateline", "url", "author", "publisher" optional),
            saved web pages (.html, .htm, .xhtml: the main text, and the headline, date, author and publisher
            the page declares), feeds (RSS, Atom: .xml/.rss/.atom; JSON Feed: .json), WARC archives (.warc),
            any of them gzipped (.gz), or folders mixing them (searched recursively). The format is
            recognised from the content too. `newsgraph extract` shows what is read.

            Writes DIR/graph.jsonld, graph.dot, graph.svg, graph.png (and graph.nt with --formats nt).
            Files are written atomically: on any error no partial output is left.

            Example:
              newsgraph build ../shared/examples/japan-us-trade-talks-osaka.txt -o osaka-graph
            """
    )

    @Argument(help: "Article files (.txt, .jsonl, .html, feeds, .warc, .gz) or folders.")
    var inputs: [String]

    @OptionGroup var outputOptions: GraphOutputOptions

    @Flag(help: ArgumentHelp("Stream: write each article's graph as N-Quads as it is read, in constant memory.",
                             discussion: "Inputs are files or folders of any input format (JSON Lines line by line, WARC record by record) or - (JSON Lines on standard input). Merge the partial outputs with `newsgraph merge`."))
    var stream = false

    @Flag(help: "Skip unreadable files and articles (reported and counted) instead of stopping.")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    @Option(help: "Worker threads for the analysis (default: the number of cores). The output does not depend on it.")
    var threads: Int?

    @Flag(help: "Print the time each phase took to standard error.")
    var timings = false

    func run() throws {
        if stream { return try runStreaming() }
        _ = try outputOptions.chosenFormats()
        _ = try outputOptions.chosenLayout()
        let progress = ProgressDisplay(enabled: !quiet)
        let started = Date()
        let tagger: any EntityTagger
        do {
            tagger = try DefaultTagger.make()
        } catch {
            throw CLIError("cannot load the entity model: \(error)")
        }
        var builder = CorpusBuilder(pipeline: Pipeline(tagger: tagger), keepGoing: keepGoing)
        if let threads {
            guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
            builder.threads = threads
        }
        func report(_ phase: String, _ seconds: TimeInterval) {
            guard timings else { return }
            let line = phase.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: " %7.3f s\n", seconds)
            FileHandle.standardError.write(Data(line.utf8))
        }
        let analysisStart = Date()
        let graph: KnowledgeGraph
        let statistics: CorpusBuilder.Statistics
        do {
            (graph, statistics) = try builder.build(paths: inputs) { done, total, articles, words in
                progress.update(done: done, total: total, articles: articles, words: words)
            }
        } catch let error as InputError {
            progress.finish()
            throw CLIError(error.description)
        }
        progress.finish()
        report("analyze", Date().timeIntervalSince(analysisStart))
        for skipped in statistics.skipped { FileHandle.standardError.write(Data("skipped: \(skipped)\n".utf8)) }

        try outputOptions.write(graph, timed: report)
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            let summary = String(format: "%d articles, %d words, %d nodes in %.2f s (%.0f words/s) → %@",
                                 statistics.articles, statistics.words, graph.nodes.count, seconds,
                                 Double(statistics.words) / max(seconds, 0.001), outputOptions.output)
            FileHandle.standardError.write(Data((summary + "\n").utf8))
            FileHandle.standardError.write(Data(("syntax: " + SyntaxStatistics.shared.summary + "\n").utf8))
        }
    }

    /// `--stream`: N-Quads per article, to a file (written atomically) or standard output.
    private func runStreaming() throws {
        let tagger: any EntityTagger
        do { tagger = try DefaultTagger.make() } catch { throw CLIError("cannot load the entity model: \(error)") }
        var corpus = CorpusBuilder(pipeline: Pipeline(tagger: tagger), keepGoing: keepGoing)
        if let threads { corpus.threads = max(1, threads) }
        let streaming = StreamingBuilder(corpus: corpus)
        let output = outputOptions.output
        let toStdout = output == "-"
        let temporary = toStdout ? nil : (output as NSString).deletingLastPathComponent.appendingPathComponentOrDot(".\((output as NSString).lastPathComponent).tmp-\(getpid())")
        let sink: FileHandle
        if let temporary {
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw CLIError("\(output): cannot write")
            }
            sink = handle
        } else {
            sink = FileHandle.standardOutput
        }
        var total = CorpusBuilder.Statistics()
        do {
            for input in inputs {
                let statistics: CorpusBuilder.Statistics
                if input == "-" {
                    statistics = try streaming.run(lines: LineReader(FileHandle.standardInput), path: "stdin") { bytes in
                        try sink.write(contentsOf: bytes)
                    }
                } else {
                    var combined = CorpusBuilder.Statistics()
                    for file in try ArticleReader.inputFiles([input]) {
                        let part = try streaming.run(file: file) { bytes in try sink.write(contentsOf: bytes) }
                        combined.articles += part.articles
                        combined.words += part.words
                        combined.skipped += part.skipped
                    }
                    statistics = combined
                }
                total.articles += statistics.articles
                total.words += statistics.words
                total.skipped += statistics.skipped
            }
            if let temporary {
                try sink.close()
                guard rename(temporary, output) == 0 else { throw CLIError("\(output): cannot write") }
            }
        } catch {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            if let error = error as? InputError { throw CLIError(error.description) }
            throw error
        }
        for skipped in total.skipped { FileHandle.standardError.write(Data("skipped: \(skipped)\n".utf8)) }
        if !quiet {
            FileHandle.standardError.write(Data("\(total.articles) articles, \(total.words) words streamed\n".utf8))
        }
    }
}

extension String {
    /// `folder/name`, or `./name` for an empty folder.
    func appendingPathComponentOrDot(_ name: String) -> String {
        ((isEmpty ? "." : self) as NSString).appendingPathComponent(name)
    }
}
