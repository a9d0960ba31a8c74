import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite struct ArticleReaderTests {
    @Test func textArticleHasTitleDatelineAndCredits() throws {
        let text = """
            Ministers meet in Paris

            PARIS (Reuters) - Finance Minister Jean Dupont met his German counterpart on Monday.

            Reporting by Ann Smith and Bo Lee; Editing by Cy Park
            """
        let article = try ArticleReader.readText(Array(text.utf8), path: "/x/paris-talks.txt")
        #expect(article.id == "paris-talks")
        #expect(article.title == "Ministers meet in Paris")
        #expect(article.datelinePlace == "Paris")
        #expect(article.publisher == "Reuters")
        #expect(article.authors == ["Ann Smith", "Bo Lee"])
        #expect(article.editors == ["Cy Park"])
        #expect(!article.body.contains("Reporting by"))
        #expect(article.excludedRanges.first == 0..<"PARIS (Reuters) - ".utf8.count)
    }

    @Test func optionalDateLineAfterTitle() throws {
        let article = try ArticleReader.readText(Array("Title\n2019-06-28\n\nBody text here.".utf8), path: "a.txt")
        #expect(article.date == "2019-06-28")
        #expect(article.body == "Body text here.")
    }

    @Test func photoCreditBecomesPhotographer() throws {
        let text = "Title\n\nMotegi speaks in Santiago, Chile March 8, 2018. REUTERS/Rodrigo Garrido\n\nMore text."
        let article = try ArticleReader.readText(Array(text.utf8), path: "a.txt")
        #expect(article.photographers == ["Rodrigo Garrido"])
        #expect(article.excludedRanges.count == 1)
    }

    @Test func jsonLinesDefaultsAndMetadata() throws {
        let lines = """
            {"id": "r1", "title": "T", "date": "1987-02-26T15:01:01", "dateline": "SALVADOR, Feb 26 -", "body": "Cocoa rose."}

            {"body": "No id here."}
            """
        let articles = try ArticleReader.readJSONLines(Array(lines.utf8), path: "/d/corpus.jsonl")
        #expect(articles.count == 2)
        #expect(articles[0].datelinePlace == "Salvador")
        #expect(articles[0].publicationDay == "1987-02-26")
        #expect(articles[1].id == "corpus-3")
        #expect(articles[1].source.line == 3)
    }

    @Test(arguments: [
        ("[1, 2]", "corpus.jsonl:1: JSON line is not an object"),
        ("{\"title\": \"x\"}", "corpus.jsonl:1: missing \"body\" string"),
        ("{\"body\": ", "corpus.jsonl:1: not valid JSON"),
        ("42", "corpus.jsonl:1: JSON line is not an object"),
    ])
    func malformedJSONLinesNameFileAndLine(line: String, message: String) throws {
        #expect(throws: InputError.self) { try ArticleReader.readJSONLines(Array(line.utf8), path: "corpus.jsonl") }
        do {
            _ = try ArticleReader.readJSONLines(Array(line.utf8), path: "corpus.jsonl")
        } catch let error as InputError {
            #expect(error.description == message)
        }
    }

    @Test func emptyBinaryAndInvalidUTF8AreRejected() throws {
        func message(_ bytes: [UInt8], _ path: String) -> String? {
            do { _ = try ArticleReader.readText(bytes, path: path); return nil } catch { return "\(error)" }
        }
        #expect(message([], "e.txt") == "e.txt: empty file")
        #expect(message(Array(" \n\t\n".utf8), "e.txt") == "e.txt: empty file")
        #expect(message([0x41, 0x0A, 0x42, 0x00, 0x43], "b.txt") == "b.txt:2: binary file (NUL byte)")
        #expect(message(Array("ok\nfine\n".utf8) + [0xFF, 0xFE] + Array("\n".utf8), "u.txt") == "u.txt:3: invalid UTF-8")
    }

    @Test func missingInputIsNamed() {
        #expect(throws: InputError(SourceLocation(path: "/no/such/file.txt"), "no such file or folder")) {
            try ArticleReader.inputFiles(["/no/such/file.txt"])
        }
    }

    @Test func foldersAreReadRecursivelyInSortedOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try dir.write("b.txt", "B\n\nbody")
        try dir.write("sub/a.jsonl", "{\"body\": \"x\"}")
        try dir.write("notes.md", "ignored")
        let files = try ArticleReader.inputFiles([dir.url.path]).map { ($0 as NSString).lastPathComponent }
        #expect(files == ["b.txt", "a.jsonl"])
    }
}

@Suite struct DatelineAndCreditTests {
    @Test(arguments: [
        ("OSAKA (Reuters) - Japan and", "Osaka", "Reuters"),
        ("NEW YORK, March 3 (AP) -- Stocks", "New York", "AP"),
        ("SAO PAULO (Reuters) – Brazil", "Sao Paulo", "Reuters"),
    ])
    func datelines(text: String, place: String, publisher: String) {
        let dateline = DatelineParser.parse(text)
        #expect(dateline?.place == place)
        #expect(dateline?.publisher == publisher)
    }

    @Test func ordinaryOpeningIsNotADateline() {
        #expect(DatelineParser.parse("Japan and the United States agreed - on Friday") == nil)
        #expect(DatelineParser.parse("The U.S. economy - grew") == nil)
    }

    @Test func creditLines() {
        let credits = CreditLineParser.parseCreditLine("Reporting by Tetsushi Kajimoto; Editing by William Mallard and Clarence Fernandez")
        #expect(credits?.authors == ["Tetsushi Kajimoto"])
        #expect(credits?.editors == ["William Mallard", "Clarence Fernandez"])
        #expect(CreditLineParser.parseCreditLine("Prices were driven by strong demand; analysts said") == nil)
    }

    /// Lines are parsed on several threads; the articles and the errors must come as one thread gives them.
    @Test func jsonLinesOnThreadsGiveLineOrder() throws {
        var text = ""
        for i in 1...150 {
            switch i % 37 {
            case 5: text += "{\"id\": \"x\(i)\", \"body\": \"\"}\n"          // empty body
            case 11: text += "{not json\n"
            case 20: text += "   \n"                                       // blank: skipped silently
            default: text += "{\"id\": \"a\(i)\", \"title\": \"T\(i)\", \"body\": \"Line \(i) says \\u00e9t\\u00e9.\"}\n"
            }
        }
        let bytes = Array(text.utf8)
        var runs: [([Article], [InputError])] = []
        for threads in [1, 3] {
            var errors: [InputError] = []
            let articles = try ArticleReader.readJSONLines(bytes, path: "p.jsonl", threads: threads) { errors.append($0) }
            runs.append((articles, errors))
        }
        #expect(runs[0].0.map(\.id) == runs[1].0.map(\.id))
        #expect(runs[0].0.map(\.body) == runs[1].0.map(\.body))
        #expect(runs[0].1 == runs[1].1)
        #expect(runs[1].0.count == 150 - 12)
        #expect(runs[1].1.map(\.location.line) == [5, 11, 42, 48, 79, 85, 116, 122])
        #expect(runs[1].0.first?.body == "Line 1 says \u{e9}t\u{e9}.")
        // Without a handler the first bad line stops the reading, whatever the threads.
        for threads in [1, 3] {
            #expect(throws: InputError(SourceLocation(path: "p.jsonl", line: 5), "empty \"body\"")) {
                try ArticleReader.readJSONLines(bytes, path: "p.jsonl", threads: threads)
            }
        }
    }
}
