import Foundation

/// Reads articles from every input format: `.txt`, `.jsonl`, saved web pages (`.html`), feeds
/// (RSS, Atom, JSON Feed), WARC archives, gzip versions of them, and folders mixing them.
/// The format is sniffed from the content, the extension deciding only when the content does not.
///
/// Every problem is an `InputError` naming the file (and line): empty files, binary files,
/// invalid UTF-8, JSON lines that are not objects or lack a `body`.
public enum ArticleReader {
    /// The largest article accepted (8 MiB of text, a hundred times a long feature story): bigger
    /// input is not news, and would only tie up the analysis.
    public static let maxArticleBytes = 8 << 20

    /// File extensions read from folders (also with `.gz` after them).
    public static let articleExtensions = Set(InputFormat.extensions.keys)

    /// Expands the inputs into article files: files as given, folders recursively (sorted, so the
    /// order never depends on the file system).
    public static func inputFiles(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(SourceLocation(path: path), "no such file or folder")
            }
            if isDirectory.boolValue {
                guard let walker = fm.enumerator(atPath: path) else {
                    throw InputError(SourceLocation(path: path), "cannot read folder")
                }
                var found: [String] = []
                while let relative = walker.nextObject() as? String {
                    if articleExtensions.contains(InputFormat.extensionOf(relative)) { found.append((path as NSString).appendingPathComponent(relative)) }
                }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Reads every article of one file. Problems with one article of a file holding many (a JSON
    /// line, a feed item, a WARC record) throw, unless `onError` is given: then they are reported there and skipped.
    /// JSON Lines are parsed on `threads` threads.
    public static func read(path: String, threads: Int = defaultThreads, onError: ((InputError) -> Void)? = nil) throws -> [Article] {
        var articles: [Article] = []
        try forEachArticle(path: path, threads: threads, onError: onError) { articles.append($0) }
        return articles
    }

    /// The threads readers use unless told: one per core.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The format of a file, from its first bytes (inflated when gzip) and its name.
    public static func format(ofFile path: String) -> InputFormat? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var head = [UInt8](handle.readData(ofLength: 4096))
        if GzipInflater.isGzip(head) { head = (try? GzipInflater().inflate(head)) ?? [] }
        return InputFormat.detect(head[...], path: path)
    }

    /// Reads the articles of one file one at a time: a WARC archive of any size is read in constant memory.
    public static func forEachArticle(path: String, threads: Int = defaultThreads, onError: ((InputError) -> Void)? = nil,
                                      _ body: (Article) throws -> Void) throws {
        let location = SourceLocation(path: path)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError(location, "cannot read file") }
        defer { try? handle.close() }
        var head = [UInt8](handle.readData(ofLength: 4096))
        let gzipped = GzipInflater.isGzip(head)
        if gzipped {
            let inflater = GzipInflater()
            head = (try? inflater.inflate(head)) ?? []
        }
        if InputFormat.detect(head[...], path: path) == .warc {
            try handle.seek(toOffset: 0)
            try WARCReader(handle: handle, gzipped: gzipped, path: path).forEachArticle(onError: onError, body)
            return
        }
        try handle.seek(toOffset: 0)
        var bytes = [UInt8](try handle.readToEnd() ?? Data())
        if gzipped {
            do { bytes = try GzipInflater.inflateAll(bytes, limit: WebPageReader.maxPageBytes) } catch {
                throw InputError(location, "corrupt or too large gzip file")
            }
        }
        switch InputFormat.detect(bytes.prefix(4096), path: path) {
        case .jsonLines: try readJSONLines(bytes, path: path, threads: threads, onError: onError).forEach(body)
        case .html: try body(WebPageReader.read(bytes, id: defaultIDPrefix(path), source: location))
        case .feed, .jsonFeed: try readFeed(bytes, path: path, onError: onError).forEach(body)
        case .warc: try WARCReader(bytes: bytes, path: path).forEachArticle(onError: onError, body)
        case .text: try body(readText(bytes, path: path))
        }
    }

    /// The articles of a feed given as bytes: RSS/Atom (XML) or, for a `.json` path, JSON Feed.
    public static func readFeed(_ bytes: [UInt8], path: String, onError: ((InputError) -> Void)? = nil) throws -> [Article] {
        InputFormat.detect(bytes.prefix(4096), path: path) == .jsonFeed
            ? try FeedReader.readJSONFeed(bytes, path: path, onError: onError)
            : try FeedReader.readXML(bytes, path: path, onError: onError)
    }

    /// The articles of a WARC archive given as bytes (uncompressed).
    public static func readWARC(_ bytes: [UInt8], path: String, onError: ((InputError) -> Void)? = nil) throws -> [Article] {
        var articles: [Article] = []
        try WARCReader(bytes: bytes, path: path).forEachArticle(onError: onError) { articles.append($0) }
        return articles
    }

    // MARK: - Plain text

    /// A text article: the first non-empty line is the title, the rest is the body.
    public static func readText(_ bytes: [UInt8], path: String) throws -> Article {
        if bytes.count > maxArticleBytes { throw tooLarge(SourceLocation(path: path), bytes.count) }
        let text = try decode(bytes, path: path, firstLine: 1)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.trimming(" \t\r").isEmpty { lines.removeFirst() }
        guard let titleLine = lines.first else { throw InputError(SourceLocation(path: path), "empty file") }
        lines.removeFirst()
        while let first = lines.first, first.trimming(" \t\r").isEmpty { lines.removeFirst() }
        // An optional date line right after the title: "2019-06-28".
        var date: String? = nil
        if let first = lines.first, let day = ISODay(first.trimming(" \t\r")), first.trimming(" \t\r").count == 10 {
            date = day.description
            lines.removeFirst()
            while let next = lines.first, next.trimming(" \t\r").isEmpty { lines.removeFirst() }
        }
        let body = lines.joined(separator: "\n")
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var article = Article(id: id, title: titleLine.trimming(" \t\r"), date: date, body: body, source: SourceLocation(path: path))
        if body.trimming(" \t\r\n").isEmpty {
            // A one-line file: the line is the body, not a title.
            article.body = titleLine.trimming(" \t\r")
            article.title = nil
        }
        ArticleNormalizer.normalize(&article)
        return article
    }

    // MARK: - JSON Lines

    /// One article per non-blank line: `body` required; `id`, `title`, `date`, `dateline`, `url`, `author`, `publisher` optional.
    ///
    /// A bad line throws, unless `onError` is given: then it is reported there and skipped. Lines are parsed on
    /// `threads` threads; the articles and errors are the same whatever the number.
    public static func readJSONLines(_ bytes: [UInt8], path: String, threads: Int = defaultThreads,
                                     onError: ((InputError) -> Void)? = nil) throws -> [Article] {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            throw InputError(SourceLocation(path: path), "empty file")
        }
        let baseName = defaultIDPrefix(path)
        // The lines are found first (a byte scan), parsed on every core (JSON decoding is most of reading), and
        // their articles and errors then taken in line order, as one thread would.
        var lineRanges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            lineRanges.append(start..<end)
            start = end + 1
        }
        let lines = lineRanges
        let parsed = ResultSlots<Result<Article?, any Error>>.map(count: lines.count, workers: lines.count < 64 ? 1 : threads) { i in
            Result { try readJSONLine(bytes[lines[i]], lineNumber: i + 1, path: path, idPrefix: baseName) }
        }
        var articles: [Article] = []
        articles.reserveCapacity(lines.count)
        for result in parsed {
            do {
                if let article = try result.get() { articles.append(article) }
            } catch let error as InputError {
                guard let onError else { throw error }
                onError(error)
            }
        }
        return articles
    }

    /// The prefix of default ids: the file name without its extension ("corpus" → "corpus-12").
    public static func defaultIDPrefix(_ path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = (name as NSString).deletingPathExtension }
        return (name as NSString).deletingPathExtension
    }

    /// Parses one JSON line into an article; nil for a blank line.
    public static func readJSONLine(_ line: ArraySlice<UInt8>, lineNumber: Int, path: String, idPrefix: String) throws -> Article? {
        if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { return nil }
        let location = SourceLocation(path: path, line: lineNumber)
        if line.count > maxArticleBytes { throw tooLarge(location, line.count) }
        if line.contains(0) { throw InputError(location, "binary data (NUL byte)") }
        guard String(validating: line, as: UTF8.self) != nil else { throw InputError(location, "invalid UTF-8") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            throw InputError(location, "not valid JSON")
        }
        guard let record = object as? [String: Any] else { throw InputError(location, "JSON line is not an object") }
        guard let body = record["body"] as? String else { throw InputError(location, "missing \"body\" string") }
        guard !body.trimming(" \t\r\n").isEmpty else { throw InputError(location, "empty \"body\"") }
        let id = stringValue(record["id"]) ?? "\(idPrefix)-\(lineNumber)"
        var article = Article(id: id, title: stringValue(record["title"]), date: stringValue(record["date"]), body: body, source: location)
        article.dateline = stringValue(record["dateline"])
        article.url = stringValue(record["url"])
        article.publisher = stringValue(record["publisher"])
        if let author = record["author"] as? String {
            article.authors = CreditLineParser.splitNames(author)
        } else if let authors = record["author"] as? [String] {
            article.authors = authors
        }
        ArticleNormalizer.normalize(&article)
        return article
    }

    private static func tooLarge(_ location: SourceLocation, _ size: Int) -> InputError {
        InputError(location, "article too large (\(size >> 20) MiB; the limit is \(maxArticleBytes >> 20) MiB)")
    }

    private static func stringValue(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    // MARK: - Decoding

    /// Decodes UTF-8, rejecting empty, binary (NUL bytes) and invalid input with the line of the problem.
    static func decode(_ bytes: [UInt8], path: String, firstLine: Int) throws -> String {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            throw InputError(SourceLocation(path: path), "empty file")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError(SourceLocation(path: path, line: line(of: nul, in: bytes, firstLine: firstLine)), "binary file (NUL byte)")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            // Normalise CRLF and lone CR line ends, which would otherwise leak into titles and tokens.
            return text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        }
        var lineStart = 0
        var lineNumber = firstLine
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
            if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil {
                throw InputError(SourceLocation(path: path, line: lineNumber), "invalid UTF-8")
            }
            lineStart = i + 1
            lineNumber += 1
        }
        throw InputError(SourceLocation(path: path), "invalid UTF-8")
    }

    private static func line(of offset: Int, in bytes: [UInt8], firstLine: Int) -> Int {
        firstLine + bytes[..<offset].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }
}
