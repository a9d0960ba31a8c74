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

    /// A JSON string literal.
    mutating func appendJSONString(_ text: String) {
        bytes.append(34)
        var text = text
        text.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                switch b {
                case 34: bytes.append(92); bytes.append(34)
                case 92: bytes.append(92); bytes.append(92)
                case 10: bytes.append(92); bytes.append(110)
                case 13: bytes.append(92); bytes.append(114)
                case 9: bytes.append(92); bytes.append(116)
                case 0..<32: appendUnicodeEscape(UInt32(b))
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    appendUnicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029)  // line/paragraph separators
                    i += 2
                default: bytes.append(b)
                }
                i += 1
            }
        }
        bytes.append(34)
    }

    /// An N-Triples string literal (without quotes' datatype).
    mutating func appendNTriplesString(_ text: String) {
        bytes.append(34)
        var text = text
        text.withUTF8 { utf8 in
            for b in utf8 {
                switch b {
                case 34: bytes.append(92); bytes.append(34)
                case 92: bytes.append(92); bytes.append(92)
                case 10: bytes.append(92); bytes.append(110)
                case 13: bytes.append(92); bytes.append(114)
                default: bytes.append(b)
                }
            }
        }
        bytes.append(34)
    }

    /// An N-Triples IRI reference: `<...>` with characters IRIs may not hold escaped as `\uXXXX`.
    mutating func appendIRI(_ iri: String) {
        bytes.append(60)
        var iri = iri
        iri.withUTF8 { utf8 in
            for b in utf8 {
                switch b {
                case 0...32, 60, 62, 34, 123, 125, 124, 94, 96, 92: appendUnicodeEscape(UInt32(b), uppercase: true)
                default: bytes.append(b)
                }
            }
        }
        bytes.append(62)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
