/// Reads N-Triples or N-Quads as written by `NTriplesWriter` back into a graph (graph names are
/// dropped: merging partial graphs is the union of their statements).
public enum NQuadsReader {
    public struct ParseError: Error, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    static let xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"

    /// Adds every statement of `text` to `graph` (only those whose compact subject IRI passes
    /// `keepSubject`, when given; every line is still checked).
    public static func read(_ bytes: [UInt8], into graph: inout KnowledgeGraph, keepSubject: ((String) -> Bool)? = nil) throws {
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            var scanner = Scanner(bytes: bytes, position: start, end: end, line: lineNumber)
            start = end + 1
            scanner.skipSpaces()
            if scanner.atEnd || scanner.peek == 35 { continue }  // blank or comment
            let subject = try scanner.iri()
            let predicate = try scanner.iri()
            let object = try scanner.object()
            scanner.skipSpaces()
            if scanner.peek == 60 { _ = try scanner.iri() }  // graph name
            scanner.skipSpaces()
            guard scanner.peek == 46 else { throw ParseError(line: lineNumber, message: "expected '.' at the end of the statement") }
            let subjectID = Vocabulary.compact(subject)
            if let keepSubject, !keepSubject(subjectID) { continue }
            if predicate == rdfType, case .node(let type) = object {
                graph.merge(GraphNode(id: subjectID, types: [type]))
            } else {
                graph.merge(GraphNode(id: subjectID, types: [], properties: [Vocabulary.compact(predicate): [object]]))
            }
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position: Int
        let end: Int
        let line: Int

        init(bytes: [UInt8], position: Int, end: Int, line: Int) {
            self.bytes = bytes
            self.position = position
            self.end = end
            self.line = line
        }

        var atEnd: Bool { position >= end }
        var peek: UInt8? { position < end ? bytes[position] : nil }

        mutating func skipSpaces() {
            while position < end, bytes[position] == 32 || bytes[position] == 9 || bytes[position] == 13 { position += 1 }
        }

        func error(_ message: String) -> ParseError { ParseError(line: line, message: message) }

        mutating func iri() throws -> String {
            skipSpaces()
            guard peek == 60 else { throw error("expected an IRI") }
            position += 1
            var out: [UInt8] = []
            while position < end, bytes[position] != 62 {
                if bytes[position] == 92 { try unescape(into: &out) } else { out.append(bytes[position]); position += 1 }
            }
            guard position < end else { throw error("unterminated IRI") }
            position += 1
            return String(decoding: out, as: UTF8.self)
        }

        mutating func object() throws -> GraphValue {
            skipSpaces()
            if peek == 60 { return .node(Vocabulary.compact(try iri())) }
            guard peek == 34 else { throw error("expected an IRI or a literal") }
            position += 1
            var out: [UInt8] = []
            while position < end, bytes[position] != 34 {
                if bytes[position] == 92 { try unescape(into: &out) } else { out.append(bytes[position]); position += 1 }
            }
            guard position < end else { throw error("unterminated literal") }
            position += 1
            let text = String(decoding: out, as: UTF8.self)
            if position + 1 < end, bytes[position] == 94, bytes[position + 1] == 94 {
                position += 2
                let datatype = try iri()
                if datatype == NQuadsReader.xsdInteger, let n = Int(text) { return .integer(n) }
                return .typed(text, Vocabulary.compact(datatype))
            }
            if peek == 64 {  // @lang: kept as a plain string
                while position < end, bytes[position] != 32 { position += 1 }
            }
            return .string(text)
        }

        mutating func unescape(into out: inout [UInt8]) throws {
            position += 1
            guard position < end else { throw error("dangling backslash") }
            let c = bytes[position]
            position += 1
            switch c {
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 34, 92, 39: out.append(c)
            case 117, 85:
                let digits = c == 117 ? 4 : 8
                guard position + digits <= end, let value = UInt32(String(decoding: bytes[position..<(position + digits)], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(value) else { throw error("bad \\u escape") }
                position += digits
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: throw error("unknown escape \\\(Character(Unicode.Scalar(c)))")
            }
        }
    }
}
