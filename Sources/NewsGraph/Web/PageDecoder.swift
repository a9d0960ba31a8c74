/// Turns the bytes of a saved page into UTF-8, whatever the page claims about its charset.
///
/// Order: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8 (a page declared
/// ISO-8859-1 or Windows-1252 whose bytes are valid multi-byte UTF-8 was saved as UTF-8); then a
/// declared charset libxml2 knows; anything else is read as Windows-1252, which never fails and is
/// what browsers assume for Western pages without a declaration.
enum PageDecoder {
    enum Decoded {
        case utf8([UInt8])
        /// Bytes in the charset they declare (other than UTF-8 and Windows-1252), for libxml2 to convert.
        case declared([UInt8], charset: String)
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return .utf8(Array(String(decoding: units, as: UTF16.self).utf8))
        }
        if String(validating: bytes, as: UTF8.self) != nil { return .utf8(bytes) }
        if let charset = declaredCharset(bytes), !westernCharsets.contains(charset), LibXML.knowsEncoding(charset) {
            return .declared(bytes, charset: charset)
        }
        return .utf8(windows1252ToUTF8(bytes))
    }

    private static let westernCharsets: Set<String> = [
        "utf-8", "utf8", "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso-8859-15", "us-ascii", "ascii",
    ]

    /// The charset named near the top of the page (`<meta charset=…>`, `content="text/html; charset=…"`
    /// or an XML declaration's `encoding=`): a scan of the first bytes for the keyword, as browsers'
    /// prescan does, before any parsing.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        for keyword in ["charset", "encoding"] {
            let pattern = Array(keyword.utf8)
            var i = 0
            while i + pattern.count < head.count {
                defer { i += 1 }
                guard head[i] == pattern[0], Array(head[i..<(i + pattern.count)]) == pattern else { continue }
                var j = i + pattern.count
                while j < head.count, head[j] == 32 { j += 1 }
                guard j < head.count, head[j] == UInt8(ascii: "=") else { continue }
                j += 1
                while j < head.count, head[j] == 32 || head[j] == 34 || head[j] == 39 { j += 1 }
                var end = j
                while end < head.count, isCharsetByte(head[end]) { end += 1 }
                if end > j { return String(decoding: head[j..<end], as: UTF8.self) }
            }
        }
        return nil
    }

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 95 || byte == 46 || byte == 58
    }

    /// Windows-1252 code points for 0x80–0x9F (0 where the code page leaves a hole: kept as U+FFFD).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }
}
