import Foundation

/// One syntactic word of a CoNLL-U sentence (an integer ID line).
public struct UDWord: Sendable, Hashable {
    public var form: String
    public var lemma: String = "_"
    public var upos: UPOS?
    public var xpos: String = "_"
    public var feats: String = "_"
    /// 1-based head, 0 for the root, nil when the column is `_`.
    public var head: Int?
    /// The relation as written (with its subtype, if any).
    public var deprel: String = "_"
    public var misc: String = "_"

    public init(form: String, upos: UPOS? = nil, head: Int? = nil, deprel: String = "_") {
        self.form = form
        self.upos = upos
        self.head = head
        self.deprel = deprel
    }

    /// The relation without its subtype.
    public var relation: DependencyRelation { DependencyRelation(universal: deprel) }
}

/// A sentence read from CoNLL-U: its comment lines, its syntactic words, and the multiword-token
/// lines (`3-4 don't`) and empty nodes (`8.1`) kept verbatim so that they can be written back.
public struct UDSentence: Sendable {
    public var comments: [String] = []
    public var words: [UDWord] = []
    /// Multiword tokens: the first and last word (1-based) and the line as read.
    public var multiwordTokens: [(first: Int, last: Int, line: String)] = []
    /// Empty nodes (enhanced dependencies): the word they follow (0 = before the first) and the line.
    public var emptyNodes: [(after: Int, line: String)] = []

    public init(comments: [String] = [], words: [UDWord] = []) {
        self.comments = comments
        self.words = words
    }

    /// The value of a `# key = value` comment.
    public func comment(_ key: String) -> String? {
        for c in comments {
            let body = c.dropFirst().drop { $0 == " " }
            guard body.hasPrefix(key) else { continue }
            let rest = body.dropFirst(key.count).drop { $0 == " " }
            if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }
}

/// A malformed CoNLL-U input, with its file and line.
public struct CoNLLUError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}

/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html).
public enum CoNLLU {
    /// Reads every sentence of a CoNLL-U file.
    public static func read(contentsOf url: URL) throws -> [UDSentence] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CoNLLUError(file: url.path, line: 0, reason: "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoNLLUError(file: url.path, line: 0, reason: "not valid UTF-8")
        }
        return try parse(text, file: url.path)
    }

    /// Parses CoNLL-U text; `file` names the source in errors.
    public static func parse(_ text: String, file: String = "<input>") throws -> [UDSentence] {
        var sentences: [UDSentence] = []
        var current = UDSentence()
        var lineNumber = 0
        func finish() throws {
            if !current.words.isEmpty {
                for (i, w) in current.words.enumerated() {
                    if let h = w.head, h > current.words.count {
                        throw CoNLLUError(file: file, line: lineNumber, reason: "word \(i + 1) has head \(h) outside the sentence")
                    }
                }
                sentences.append(current)
            } else if !current.comments.isEmpty || !current.emptyNodes.isEmpty || !current.multiwordTokens.isEmpty {
                throw CoNLLUError(file: file, line: lineNumber, reason: "sentence without words")
            }
            current = UDSentence()
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { try finish(); continue }
            if line.first == "#" { current.comments.append(String(line)); continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw CoNLLUError(file: file, line: lineNumber, reason: "bad multiword token id \(id)")
                }
                current.multiwordTokens.append((first, last, String(line)))
                continue
            }
            if let dot = id.firstIndex(of: ".") {
                guard let after = Int(id[..<dot]), Int(id[id.index(after: dot)...]) != nil else {
                    throw CoNLLUError(file: file, line: lineNumber, reason: "bad empty node id \(id)")
                }
                current.emptyNodes.append((after, String(line)))
                continue
            }
            guard let index = Int(id), index == current.words.count + 1 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "expected word id \(current.words.count + 1), found \(id)")
            }
            var word = UDWord(form: String(columns[1]))
            word.lemma = String(columns[2])
            word.upos = UPOS(name: String(columns[3]))
            word.xpos = String(columns[4])
            word.feats = String(columns[5])
            if columns[6] != "_" {
                guard let head = Int(columns[6]), head >= 0 else {
                    throw CoNLLUError(file: file, line: lineNumber, reason: "bad head \(columns[6])")
                }
                word.head = head
            }
            word.deprel = String(columns[7])
            word.misc = String(columns[9])
            current.words.append(word)
        }
        try finish()
        return sentences
    }

    /// Writes sentences as CoNLL-U, keeping comments, multiword-token lines and empty nodes where they were.
    public static func write(_ sentences: [UDSentence]) -> String {
        var out = ""
        for s in sentences {
            for c in s.comments { out += c + "\n" }
            var mwt = 0, empty = 0
            func emptyNodes(after index: Int) {
                while empty < s.emptyNodes.count, s.emptyNodes[empty].after == index {
                    out += s.emptyNodes[empty].line + "\n"; empty += 1
                }
            }
            emptyNodes(after: 0)
            for (i, w) in s.words.enumerated() {
                while mwt < s.multiwordTokens.count, s.multiwordTokens[mwt].first == i + 1 {
                    out += s.multiwordTokens[mwt].line + "\n"; mwt += 1
                }
                let head = w.head.map(String.init) ?? "_"
                out += "\(i + 1)\t\(w.form)\t\(w.lemma)\t\(w.upos?.name ?? "_")\t\(w.xpos)\t\(w.feats)\t\(head)\t\(w.deprel)\t_\t\(w.misc)\n"
                emptyNodes(after: i + 1)
            }
            out += "\n"
        }
        return out
    }
}
