import Foundation

/// One sentence of a CoNLL file: its tokens and the gold labels of its last column.
public struct CoNLLSentence: Sendable, Hashable {
    /// The token strings (first column).
    public var tokens: [String]
    /// The gold labels (last column), normalised to IOB2; all `outside` when the file has one column.
    public var gold: [TokenLabel]

    public init(tokens: [String], gold: [TokenLabel]) {
        self.tokens = tokens
        self.gold = gold
    }
}

/// One document of a CoNLL file: the sentences between two `-DOCSTART-` lines.
public struct CoNLLDocument: Sendable, Hashable {
    public var sentences: [CoNLLSentence]
    public init(sentences: [CoNLLSentence]) { self.sentences = sentences }
    /// Number of tokens in the document.
    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }
}

/// Errors raised while reading CoNLL data.
public enum CoNLLError: Error, CustomStringConvertible {
    case unreadable(String)
    case badTag(line: Int, tag: String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read CoNLL file \(path)"
        case .badTag(let line, let tag): return "line \(line): unknown NER tag \(tag)"
        }
    }
}

/// Reads CoNLL-2003 style files: one token per line with whitespace-separated columns
/// (`WORD POS CHUNK NER`, or just `WORD` or `WORD TAG`), blank lines between sentences,
/// documents introduced by a line starting with `-DOCSTART-`. Tags may be IOB1 or IOB2.
public enum CoNLLReader {
    /// Reads a file into documents. A file without `-DOCSTART-` lines is one document.
    public static func read(contentsOf url: URL) throws -> [CoNLLDocument] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CoNLLError.unreadable(url.path)
        }
        return try parse(bytes: [UInt8](data))
    }

    /// Parses CoNLL text into documents.
    public static func parse(_ text: String) throws -> [CoNLLDocument] { try parse(bytes: Array(text.utf8)) }

    /// Parses CoNLL text (UTF-8) into documents, byte by byte: columns are separated by spaces,
    /// tabs or a carriage return, none of which occurs inside a UTF-8 multi-byte character.
    public static func parse(bytes: [UInt8]) throws -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var sentences: [CoNLLSentence] = []
        var tokens: [String] = []
        var tags: [TokenLabel] = []
        func endSentence() {
            if !tokens.isEmpty {
                sentences.append(CoNLLSentence(tokens: tokens, gold: TokenLabel.normalizedIOB2(tags)))
            }
            tokens.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(CoNLLDocument(sentences: sentences)) }
            sentences = []
        }
        let docstart = Array("-DOCSTART-".utf8)
        var labels: [ArraySlice<UInt8>: TokenLabel] = [:]  // the few distinct tags, parsed once
        var lineNumber = 0
        var position = 0
        var fields: [Range<Int>] = []
        while position < bytes.count {
            lineNumber += 1
            var end = position
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            fields.removeAll(keepingCapacity: true)
            var i = position
            while i < end {
                while i < end && (bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 13) { i += 1 }
                let fieldStart = i
                while i < end && !(bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 13) { i += 1 }
                if i > fieldStart { fields.append(fieldStart..<i) }
            }
            position = end + 1
            guard let first = fields.first else { endSentence(); continue }
            if bytes[first].starts(with: docstart) { endDocument(); continue }
            tokens.append(String(decoding: bytes[first], as: UTF8.self))
            if fields.count >= 2 {
                let tag = bytes[fields[fields.count - 1]]
                if let label = labels[tag] {
                    tags.append(label)
                } else {
                    let text = String(decoding: tag, as: UTF8.self)
                    guard let label = TokenLabel(text) else { throw CoNLLError.badTag(line: lineNumber, tag: text) }
                    labels[tag] = label
                    tags.append(label)
                }
            } else {
                tags.append(.outside)
            }
        }
        endDocument()
        return documents
    }
}
