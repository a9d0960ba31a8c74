import Foundation

/// Reads web archives (WARC 1.0/1.1, plain or gzip with one member per record) record by record,
/// in constant memory: `response` records whose HTTP payload is HTML become articles, with the
/// WARC-Target-URI as URL and id and the WARC-Date as the date when the page declares none.
final class WARCReader {
    private let path: String
    private let nextChunk: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false

    init(handle: FileHandle, gzipped: Bool, path: String) {
        self.path = path
        let inflater = gzipped ? GzipInflater() : nil
        nextChunk = {
            while true {
                let data = handle.readData(ofLength: 1 << 20)
                if data.isEmpty {
                    if inflater?.isMidMember == true { throw InputError(SourceLocation(path: path), "truncated gzip data") }
                    return nil
                }
                guard let inflater else { return [UInt8](data) }
                do {
                    let output = try inflater.inflate([UInt8](data))
                    if !output.isEmpty { return output }
                } catch {
                    throw InputError(SourceLocation(path: path), "corrupt gzip data")
                }
            }
        }
    }

    init(bytes: [UInt8], path: String) {
        self.path = path
        var pending: [UInt8]? = bytes
        nextChunk = {
            defer { pending = nil }
            return pending
        }
    }

    func forEachArticle(onError: ((InputError) -> Void)?, _ body: (Article) throws -> Void) throws {
        var recordNumber = 0
        var articles = 0
        while try skipBlankLines() {
            recordNumber += 1
            let location = SourceLocation(path: path, line: nil)
            guard let version = try readLine(), version.hasPrefix("WARC/") else {
                throw InputError(location, "record \(recordNumber): not a WARC record (no WARC/ version line)")
            }
            var headers: [String: String] = [:]
            while let line = try readLine(), !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimming(" \t")
            }
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
                throw InputError(location, "record \(recordNumber): missing Content-Length")
            }
            let isResponse = headers["warc-type"] == "response"
            let tooLarge = length > WebPageReader.maxPageBytes
            guard let block = try take(length, keep: isResponse && !tooLarge) else {
                throw InputError(location, "record \(recordNumber): truncated (Content-Length \(length))")
            }
            guard isResponse, headers["content-type"]?.contains("application/http") ?? true else { continue }
            let uri = headers["warc-target-uri"].map { $0.trimming("<>") }
            do {
                if tooLarge { throw InputError(location, "record \(recordNumber): page too large") }
                guard let payload = try WARCReader.htmlPayload(block, location: location, record: recordNumber) else { continue }
                let id = uri ?? "\(ArticleReader.defaultIDPrefix(path))-\(recordNumber)"
                let article = try WebPageReader.read(payload, id: id,
                                                     source: SourceLocation(path: "\(path) record \(recordNumber)" + (uri.map { " (\($0))" } ?? "")),
                                                     url: uri, fallbackDate: headers["warc-date"])
                articles += 1
                try body(article)
            } catch let error as InputError {
                guard let onError else { throw error }
                onError(error)
            }
        }
        if recordNumber == 0 { throw InputError(SourceLocation(path: path), "empty file") }
    }

    /// The HTML body of an HTTP response, decoded from chunked transfer and gzip content encoding;
    /// nil when the response is not HTML.
    static func htmlPayload(_ block: [UInt8], location: SourceLocation, record: Int) throws -> [UInt8]? {
        guard let end = block.firstRange(of: [13, 10, 13, 10]) ?? block.firstRange(of: [10, 10]) else { return nil }
        let head = String(decoding: block[..<end.lowerBound], as: UTF8.self).lowercased()
        var headers: [String: String] = [:]
        // "\r\n" is one Character: split on anything that is a line break.
        for line in head.split(whereSeparator: \.isNewline).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[String(line[..<colon])] = line[line.index(after: colon)...].trimming(" \t")
        }
        guard head.hasPrefix("http/"), headers["content-type"]?.contains("html") ?? true else { return nil }
        var payload = Array(block[end.upperBound...])
        if headers["transfer-encoding"]?.contains("chunked") == true { payload = dechunk(payload) }
        if headers["content-encoding"].map({ $0.contains("gzip") }) == true, GzipInflater.isGzip(payload) {
            do { payload = try GzipInflater.inflateAll(payload, limit: WebPageReader.maxPageBytes) } catch {
                throw InputError(location, "record \(record): corrupt gzip content")
            }
        }
        return payload
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var lineEnd = i
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            let sizeText = String(decoding: bytes[i..<lineEnd], as: UTF8.self).split(separator: ";").first?.trimming(" \r") ?? ""
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = lineEnd + 1
            let stop = min(bytes.count, start + size)
            if start < stop { output += bytes[start..<stop] }
            i = stop + 2
        }
        return output
    }

    // MARK: - Buffered reading

    private func fill() throws -> Bool {
        guard !exhausted else { return false }
        guard let chunk = try nextChunk() else {
            exhausted = true
            return false
        }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        buffer += chunk
        return true
    }

    /// Skips the blank lines between records; false at the end of the input.
    private func skipBlankLines() throws -> Bool {
        while true {
            while position < buffer.count, buffer[position] == 10 || buffer[position] == 13 { position += 1 }
            if position < buffer.count { return true }
            guard try fill() else { return false }
        }
    }

    private func readLine() throws -> String? {
        var searched = position
        while true {
            if let newline = buffer[searched...].firstIndex(of: 10) {
                var end = newline
                if end > position, buffer[end - 1] == 13 { end -= 1 }
                let line = String(decoding: buffer[position..<end], as: UTF8.self)
                position = newline + 1
                return line
            }
            searched = buffer.count
            // A header line longer than 64 KiB is not WARC.
            if buffer.count - position > 1 << 16 { return nil }
            let offset = position
            guard try fill() else { return nil }
            searched -= offset - position
        }
    }

    /// The next `count` bytes (nil if the input ends first); skipped without being kept when `keep` is false.
    private func take(_ count: Int, keep: Bool) throws -> [UInt8]? {
        var result: [UInt8] = []
        var remaining = count
        while remaining > 0 {
            if position >= buffer.count {
                guard try fill() else { return nil }
                continue
            }
            let available = min(remaining, buffer.count - position)
            if keep { result += buffer[position..<(position + available)] }
            position += available
            remaining -= available
        }
        return result
    }
}
