/// The pieces both model files (the entity tagger's and the tagger + parser's) are written in:
/// varint bucket deltas and a block of sorted "key=value" metadata lines.
enum ModelBytes {
    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var rest = UInt32(value)
        while rest >= 0x80 { out.append(UInt8(rest & 0x7f) | 0x80); rest >>= 7 }
        out.append(UInt8(rest))
    }

    static func readVarint(_ raw: UnsafeRawBufferPointer, at pos: inout Int) throws -> Int {
        var value = 0, shift = 0
        while true {
            guard pos < raw.count else { throw ModelFileError.truncated }
            let byte = raw[pos]
            pos += 1
            value |= Int(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
            guard shift < 35 else { throw ModelFileError.truncated }
        }
    }

    /// The metadata as a u32 length and the lines.
    static func appendMetadata(_ metadata: [String: String], to out: inout [UInt8]) {
        let text = Array(metadata.keys.sorted().map { "\($0)=\(metadata[$0]!)" }.joined(separator: "\n").utf8)
        withUnsafeBytes(of: UInt32(text.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: text)
    }

    /// The metadata lines of `length` bytes at `pos` (the length already read).
    static func readMetadata(_ raw: UnsafeRawBufferPointer, at pos: inout Int, length: Int) throws -> [String: String] {
        guard pos + length <= raw.count else { throw ModelFileError.truncated }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: raw[pos..<(pos + length)]), as: UTF8.self)
        pos += length
        var metadata: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            metadata[String(line[..<eq])] = String(line[line.index(after: eq)...])
        }
        return metadata
    }
}
