/// An output buffer of UTF-8 bytes with the escaping our writers need. Writing bytes directly
/// (instead of growing Strings scalar by scalar) keeps exporting a large graph to a second or two.
struct ByteBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ more: [UInt8]) { bytes.append(contentsOf: more) }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func appendNumber(_ number: Int) { append(String(number)) }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendUnicodeEscape(_ value: UInt32, uppercase: Bool = false) {
        bytes.append(92); bytes.append(117)  // \u
        for shift in stride(from: 12, through: 0, by: -4) {
            var digit = ByteBuffer.hexDigits[Int((value >> UInt32(shift)) & 0xF)]
            if uppercase, digit >= 97 { digit -= 32 }
            bytes.append(digit)
        }
    }

    /// Appends `utf8`, each byte `special` picks replaced by what `escape` appends; the bytes between are copied
    /// in runs (most text has nothing to escape). `escape` returns how many bytes it consumed.
    @inline(__always)
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, special: (UInt8) -> Bool,
                                        escape: (inout ByteBuffer, UnsafeBufferPointer<UInt8>, Int) -> Int) {
        var runStart = 0, i = 0
        while i < utf8.count {
            guard special(utf8[i]) else { i += 1; continue }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            i += escape(&self, utf8, i)
            runStart = i
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    /// A JSON string literal.
    mutating func appendJSONString(_ text: String) {
        bytes.append(34)
        var text = text
        text.withUTF8 { utf8 in
            appendEscaped(utf8, special: { $0 < 32 || $0 == 34 || $0 == 92 || $0 == 0xE2 }) { out, utf8, i in
                let b = utf8[i]
                switch b {
                case 34: out.bytes.append(92); out.bytes.append(34)
                case 92: out.bytes.append(92); out.bytes.append(92)
                case 10: out.bytes.append(92); out.bytes.append(110)
                case 13: out.bytes.append(92); out.bytes.append(114)
                case 9: out.bytes.append(92); out.bytes.append(116)
                case 0..<32: out.appendUnicodeEscape(UInt32(b))
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    out.appendUnicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029)  // line/paragraph separators
                    return 3
                default: out.bytes.append(b)
                }
                return 1
            }
        }
        bytes.append(34)
    }

    /// An N-Triples string literal (without quotes' datatype).
    mutating func appendNTriplesString(_ text: String) {
        bytes.append(34)
        var text = text
        text.withUTF8 { utf8 in
            appendEscaped(utf8, special: { $0 == 34 || $0 == 92 || $0 == 10 || $0 == 13 }) { out, utf8, i in
                switch utf8[i] {
                case 34: out.bytes.append(92); out.bytes.append(34)
                case 92: out.bytes.append(92); out.bytes.append(92)
                case 10: out.bytes.append(92); out.bytes.append(110)
                default: out.bytes.append(92); out.bytes.append(114)
                }
                return 1
            }
        }
        bytes.append(34)
    }

    /// An N-Triples IRI reference: `<...>` with characters IRIs may not hold escaped as `\uXXXX`.
    mutating func appendIRI(_ iri: String) {
        bytes.append(60)
        var iri = iri
        iri.withUTF8 { appendIRIBytes($0) }
        bytes.append(62)
    }

    /// The IRI a compact one (`schema:Person`) stands for, as `appendIRI(Vocabulary.expand(compact))` writes it,
    /// without building the expanded string.
    mutating func appendExpandedIRI(_ compact: String) {
        guard let parts = Vocabulary.split(compact) else { appendIRI(compact); return }
        bytes.append(60)
        var namespace = parts.namespace, local = parts.local
        namespace.withUTF8 { appendIRIBytes($0) }
        local.withUTF8 { appendIRIBytes($0) }
        bytes.append(62)
    }

    private mutating func appendIRIBytes(_ utf8: UnsafeBufferPointer<UInt8>) {
        appendEscaped(utf8, special: {
            switch $0 {
            case 0...32, 60, 62, 34, 123, 125, 124, 94, 96, 92: return true
            default: return false
            }
        }) { out, utf8, i in
            out.appendUnicodeEscape(UInt32(utf8[i]), uppercase: true)
            return 1
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
