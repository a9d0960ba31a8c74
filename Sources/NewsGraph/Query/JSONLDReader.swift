import Foundation

/// Why a file could not be read back as a NewsGraph graph. `description` is one line naming the file.
public struct GraphLoadError: Error, CustomStringConvertible, Sendable {
    public let path: String
    /// 1-based line and column of the problem, when it is at a place in the file.
    public let line: Int?
    public let column: Int?
    public let message: String

    public var description: String {
        if let line, let column { return "\(path):\(line):\(column): \(message)" }
        return "\(path): \(message)"
    }
}

/// Reads the JSON-LD that `JSONLDWriter` writes back into a `KnowledgeGraph`.
///
/// It is a strict, single-pass parser of exactly our shape — an object with an inline `@context`
/// declaring our prefixes and a `@graph` array of node objects whose values are strings, integers,
/// `{"@id"}` links or `{"@value", "@type"}` literals — so it is fast (no intermediate JSON tree)
/// and rejects with one line anything else: a file that is not JSON, JSON that is not a NewsGraph
/// graph, a truncated file, or a hand-edited one with a link to a node that is not there.
public struct JSONLDReader {
    public init() {}

    public func read(path: String) throws -> KnowledgeGraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw GraphLoadError(path: path, line: nil, column: nil, message: isDirectory.boolValue ? "is a folder, not a graph file" : "cannot read file")
            }
            throw GraphLoadError(path: path, line: nil, column: nil, message: "no such file")
        }
        return try data.withUnsafeBytes { raw in
            try read(bytes: raw.bindMemory(to: UInt8.self), path: path)
        }
    }

    public func read(bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> KnowledgeGraph {
        var parser = Parser(bytes: bytes, path: path)
        return try parser.document()
    }
}

private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    var i = 0
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.path = path
    }

    // MARK: errors

    func fail(_ message: String, at position: Int? = nil) -> GraphLoadError {
        let at = min(position ?? i, bytes.count)
        if at >= bytes.count {
            // Running off the end is the usual sign of a cut file.
            return locate("truncated: the file ends before the graph is complete", at: at)
        }
        return locate(message, at: at)
    }

    func locate(_ message: String, at: Int) -> GraphLoadError {
        var line = 1, column = 1
        var k = 0
        while k < at && k < bytes.count {
            if bytes[k] == 10 { line += 1; column = 1 } else if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return GraphLoadError(path: path, line: line, column: column, message: message)
    }

    func notOurs(_ message: String) -> GraphLoadError {
        GraphLoadError(path: path, line: nil, column: nil, message: "not a NewsGraph graph: " + message)
    }

    // MARK: lexing

    mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 32 || b == 10 || b == 13 || b == 9 { i += 1 } else { return }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipSpace()
        guard i < bytes.count else { throw fail("expected \(what)") }
        guard bytes[i] == byte else { throw fail("invalid JSON: expected \(what)") }
        i += 1
    }

    /// Peeks at the next significant byte (0 at the end).
    mutating func peek() -> UInt8 {
        skipSpace()
        return i < bytes.count ? bytes[i] : 0
    }

    mutating func string() throws -> String {
        skipSpace()
        guard i < bytes.count else { throw fail("expected a string") }
        guard bytes[i] == UInt8(ascii: "\"") else { throw fail("invalid JSON: expected a string") }
        i += 1
        let start = i
        // Fast path: no escapes; ASCII needs no validation.
        var ascii = true
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let count = i - start
                i += 1
                if ascii {
                    let base = bytes.baseAddress! + start
                    return String(unsafeUninitializedCapacity: count) { buffer in
                        _ = buffer.initialize(from: UnsafeBufferPointer(start: base, count: count))
                        return count
                    }
                }
                guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self) else {
                    throw fail("invalid UTF-8 in a string", at: start)
                }
                return text
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw fail("invalid JSON: control character in a string") }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let text = String(validating: scratch, as: UTF8.self) else { throw fail("invalid UTF-8 in a string", at: start) }
                return text
            }
            if b < 0x20 { throw fail("invalid JSON: control character in a string") }
            if b != UInt8(ascii: "\\") { scratch.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): scratch.append(e)
            case UInt8(ascii: "\\"): scratch.append(e)
            case UInt8(ascii: "/"): scratch.append(e)
            case UInt8(ascii: "n"): scratch.append(10)
            case UInt8(ascii: "t"): scratch.append(9)
            case UInt8(ascii: "r"): scratch.append(13)
            case UInt8(ascii: "b"): scratch.append(8)
            case UInt8(ascii: "f"): scratch.append(12)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("invalid JSON: unpaired surrogate")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid JSON: unpaired surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let s = Unicode.Scalar(scalar) else { throw fail("invalid JSON: bad \\u escape") }
                scratch.append(contentsOf: Array(String(Character(s)).utf8))
            default:
                throw fail("invalid JSON: bad escape in a string", at: i - 1)
            }
        }
        throw fail("expected the end of a string")
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("expected a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt32
            switch b {
            case 48...57: digit = UInt32(b - 48)
            case 65...70: digit = UInt32(b - 55)
            case 97...102: digit = UInt32(b - 87)
            default: throw fail("invalid JSON: bad \\u escape")
            }
            value = value * 16 + digit
            i += 1
        }
        return value
    }

    mutating func integer() throws -> Int {
        skipSpace()
        let start = i
        var negative = false
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var value = 0
        var digits = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - 48))
            if o1 || o2 { throw fail("number too large", at: start) }
            value = a
            digits += 1
            i += 1
        }
        if digits == 0 { throw fail("invalid JSON: expected a value", at: start) }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            throw notOurs("a non-integer number at line \(locate("", at: start).line ?? 0) (NewsGraph writes only integers)")
        }
        return negative ? -value : value
    }

    /// Skips any JSON value (used for values we only check loosely).
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < 64 else { throw fail("invalid JSON: nested too deeply") }
        switch peek() {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"):
            i += 1
            if peek() == UInt8(ascii: "}") { i += 1; return }
            repeat {
                _ = try string()
                try expect(UInt8(ascii: ":"), "':'")
                try skipValue(depth: depth + 1)
            } while try more("}")
        case UInt8(ascii: "["):
            i += 1
            if peek() == UInt8(ascii: "]") { i += 1; return }
            repeat { try skipValue(depth: depth + 1) } while try more("]")
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where matches(word) { i += word.utf8.count; return }
            throw fail("invalid JSON: unexpected text")
        case 0: throw fail("expected a value")
        default:
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, (48...57).contains(bytes[i]) || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[i]) { i += 1 }
            if i == start { throw fail("invalid JSON: unexpected character") }
        }
    }

    func matches(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count else { return false }
        for k in 0..<w.count where bytes[i + k] != w[k] { return false }
        return true
    }

    /// After a member or element: true on ',', false on the closing byte.
    mutating func more(_ close: Character) throws -> Bool {
        let c = peek()
        if c == UInt8(ascii: ",") { i += 1; return true }
        if c == close.asciiValue! { i += 1; return false }
        if c == 0 { throw fail("expected ',' or '\(close)'") }
        throw fail("invalid JSON: expected ',' or '\(close)'")
    }

    // MARK: the document

    mutating func document() throws -> KnowledgeGraph {
        if bytes.isEmpty { throw GraphLoadError(path: path, line: nil, column: nil, message: "empty file") }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        if memchr(bytes.baseAddress!, 0, bytes.count) != nil {
            throw notOurs("binary file (NUL byte)")
        }
        guard peek() == UInt8(ascii: "{") else {
            throw notOurs(peek() == UInt8(ascii: "[") ? "a JSON array, expected an object with @context and @graph" : "not JSON (expected an object with @context and @graph)")
        }
        i += 1
        var context: [String: String]? = nil
        var nodes: [GraphNode]? = nil
        if peek() != UInt8(ascii: "}") {
            repeat {
                let keyAt = i
                let key = try string()
                try expect(UInt8(ascii: ":"), "':'")
                switch key {
                case "@context": context = try contextObject()
                case "@graph":
                    guard context != nil else { throw notOurs("@graph before @context") }
                    nodes = try graphArray()
                default:
                    throw notOurs("unexpected top-level key \"\(key)\" at line \(locate("", at: keyAt).line ?? 0)")
                }
            } while try more("}")
        } else {
            i += 1
        }
        skipSpace()
        if i < bytes.count { throw fail("invalid JSON: text after the end of the graph") }
        guard let context else { throw notOurs("no @context") }
        for (prefix, namespace) in Vocabulary.prefixes where ["schema", "ng", "ngid"].contains(prefix) {
            guard context[prefix] == namespace else {
                throw notOurs("its @context does not declare \(prefix): as \(namespace)")
            }
        }
        guard let nodes else { throw notOurs("no @graph array") }
        var graph = KnowledgeGraph()
        for node in nodes {
            if graph[node.id] != nil { throw notOurs("node \(node.id) appears twice") }
            graph.put(node)
        }
        // Every link to one of our nodes must land on a node of the file.
        for node in nodes {
            for (property, values) in node.properties {
                for case .node(let target) in values where target.hasPrefix("ngid:") && graph[target] == nil {
                    throw notOurs("\(node.id) \(property) links to \(target), which is not in the graph (edited by hand?)")
                }
            }
        }
        return graph
    }

    mutating func contextObject() throws -> [String: String] {
        guard peek() == UInt8(ascii: "{") else {
            if peek() == UInt8(ascii: "\"") { throw notOurs("a remote @context; NewsGraph graphs carry an inline one") }
            throw notOurs("@context is not an object")
        }
        i += 1
        var out: [String: String] = [:]
        if peek() == UInt8(ascii: "}") { i += 1; return out }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"), "':'")
            if peek() == UInt8(ascii: "\"") { out[key] = try string() } else { try skipValue() }
        } while try more("}")
        return out
    }

    mutating func graphArray() throws -> [GraphNode] {
        guard peek() == UInt8(ascii: "[") else { throw notOurs("@graph is not an array") }
        i += 1
        var nodes: [GraphNode] = []
        nodes.reserveCapacity(bytes.count / 400)
        if peek() == UInt8(ascii: "]") { i += 1; return nodes }
        repeat { nodes.append(try nodeObject()) } while try more("]")
        return nodes
    }

    mutating func nodeObject() throws -> GraphNode {
        let start = i
        guard peek() == UInt8(ascii: "{") else {
            if peek() == 0 { throw fail("expected a node") }
            throw notOurs("an element of @graph at line \(locate("", at: i).line ?? 0) is not a node object")
        }
        i += 1
        var id: String? = nil
        var types: Set<String> = []
        var properties: [String: Set<GraphValue>] = [:]
        if peek() != UInt8(ascii: "}") {
            repeat {
                let key = try string()
                try expect(UInt8(ascii: ":"), "':'")
                switch key {
                case "@id": id = try string()
                case "@type":
                    if peek() == UInt8(ascii: "[") {
                        i += 1
                        if peek() != UInt8(ascii: "]") {
                            repeat { types.insert(try string()) } while try more("]")
                        } else { i += 1 }
                    } else {
                        types.insert(try string())
                    }
                default:
                    if key.hasPrefix("@") { throw notOurs("unexpected key \"\(key)\" in a node at line \(locate("", at: i).line ?? 0)") }
                    var values: Set<GraphValue>
                    if peek() == UInt8(ascii: "[") {
                        i += 1
                        values = []
                        if peek() != UInt8(ascii: "]") {
                            repeat { values.insert(try value(property: key)) } while try more("]")
                        } else { i += 1 }
                    } else {
                        values = [try value(property: key)]
                    }
                    if properties[key] == nil { properties[key] = values } else { properties[key]!.formUnion(values) }
                }
            } while try more("}")
        } else {
            i += 1
        }
        guard let id, !id.isEmpty else { throw notOurs("a node without @id at line \(locate("", at: start).line ?? 0)") }
        return GraphNode(id: id, types: types, properties: properties)
    }

    mutating func value(property: String) throws -> GraphValue {
        let c = peek()
        switch c {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"):
            let start = i
            i += 1
            var id: String? = nil, literal: String? = nil, type: String? = nil
            if peek() != UInt8(ascii: "}") {
                repeat {
                    let key = try string()
                    try expect(UInt8(ascii: ":"), "':'")
                    switch key {
                    case "@id": id = try string()
                    case "@value": literal = try string()
                    case "@type": type = try string()
                    default: throw notOurs("unexpected key \"\(key)\" in a value of \(property) at line \(locate("", at: start).line ?? 0)")
                    }
                } while try more("}")
            } else { i += 1 }
            if let id, literal == nil, type == nil { return .node(id) }
            if let literal, let type, id == nil { return .typed(literal, type) }
            throw notOurs("a value of \(property) at line \(locate("", at: start).line ?? 0) is neither a link nor a typed literal")
        case UInt8(ascii: "-"), 48...57: return .integer(try integer())
        case 0: throw fail("expected a value")
        default:
            if matches("true") || matches("false") || matches("null") {
                throw notOurs("a true/false/null value of \(property) at line \(locate("", at: i).line ?? 0)")
            }
            throw fail("invalid JSON: unexpected character")
        }
    }
}
