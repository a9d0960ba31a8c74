import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph extract INPUT... [-o OUT.jsonl]`: the articles as read, one JSON line each.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write the articles read from any input (web pages, feeds, WARC, text, JSON Lines) as JSON Lines.",
        discussion: """
            Shows what was taken from each page: the main text as body, the headline, date, author,
            publisher and URL the page declares. The output has the keys `build` reads (id, url, title,
            date, author, publisher, body), so it can be checked, edited, or fed to other tools.
            The output file is written only when every input was read (or with --keep-going).

            Examples:
              newsgraph extract saved-pages/ -o articles.jsonl
              newsgraph extract feed.xml crawl.warc.gz
            """
    )

    @Argument(help: "Files (.html, .htm, .xhtml, .xml/.rss/.atom feeds, .json feeds, .warc, .txt, .jsonl, any of them .gz) or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output JSON Lines file (default: standard output).")
    var output: String?

    @Flag(help: "Skip unreadable files and articles (reported on standard error) instead of stopping.")
    var keepGoing = false

    func run() throws {
        var out: [UInt8] = []
        var count = 0
        var skipped: [InputError] = []
        do {
            for file in try ArticleReader.inputFiles(inputs) {
                do {
                    try ArticleReader.forEachArticle(path: file, onError: keepGoing ? { skipped.append($0) } : nil) { article in
                        out += ArticleJSONLinesWriter.line(article)
                        count += 1
                        if output == nil, out.count > 1 << 20 {
                            FileHandle.standardOutput.write(Data(out))
                            out.removeAll(keepingCapacity: true)
                        }
                    }
                } catch let error as InputError where keepGoing {
                    skipped.append(error)
                }
            }
        } catch let error as InputError {
            throw CLIError(error.description)
        }
        for error in skipped { FileHandle.standardError.write(Data("skipped: \(error)\n".utf8)) }
        guard let output else {
            FileHandle.standardOutput.write(Data(out))
            return
        }
        do {
            try AtomicFileWriter.write([(output, out)])
        } catch let error as AtomicFileWriter.WriteError {
            throw CLIError(error.description)
        }
        FileHandle.standardError.write(Data("\(count) articles written to \(output)\n".utf8))
    }
}
