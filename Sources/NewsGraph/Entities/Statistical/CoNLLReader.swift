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
        return try parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses CoNLL text into documents.
    public static func parse(_ text: String) throws -> [CoNLLDocument] {
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
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { endSentence(); continue }
            if fields[0].hasPrefix("-DOCSTART-") { endDocument(); continue }
            tokens.append(String(fields[0]))
            if fields.count >= 2 {
                guard let label = TokenLabel(fields[fields.count - 1]) else {
                    throw CoNLLError.badTag(line: lineNumber, tag: String(fields[fields.count - 1]))
                }
                tags.append(label)
            } else {
                tags.append(.outside)
            }
        }
        endDocument()
        return documents
    }
}
