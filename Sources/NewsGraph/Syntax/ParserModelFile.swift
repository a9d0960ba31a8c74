import Foundation

/// The parser model format (little-endian):
///
/// ```
/// "NGUDPMDL"                       8 bytes magic
/// u32 format version, u32 tagger feature version, u32 parser feature version
/// u32 n, n bytes UTF-8 metadata ("key=value" lines)
/// word clusters (as in the entity model)
/// three weight tables (UPOS tags, transitions, relations): u32 classes, u32 hash bits, f32 scale,
///   u32 row count, then per non-zero row: varint bucket delta, class bit mask, i16 per set bit
/// ```
enum ParserModelFile {
    static let magic: [UInt8] = Array("NGUDPMDL".utf8)
    static let formatVersion: UInt32 = 2

    static func encode(clusters: WordClusters, tags: QuantizedTable, actions: QuantizedTable, labels: QuantizedTable,
                       metadata: [String: String]) -> [UInt8] {
        var out = magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(formatVersion); u32(POSTagging.featureVersion); u32(ParserFeatures.version)
        ModelBytes.appendMetadata(metadata, to: &out)
        clusters.encode(into: &out)
        for table in [tags, actions, labels] { table.encode(into: &out) }
        return out
    }

    static func decode(_ data: Data) throws -> (clusters: WordClusters, tags: QuantizedTable, actions: QuantizedTable,
                                                 labels: QuantizedTable, metadata: [String: String]) {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var pos = 0
            func u32() throws -> UInt32 {
                guard pos + 4 <= raw.count else { throw ModelFileError.truncated }
                defer { pos += 4 }
                return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
            }
            guard raw.count >= 8, Array(raw[0..<8]) == magic else { throw ModelFileError.unsupported("not a NewsGraph parser model") }
            pos = 8
            let format = try u32(), tagVersion = try u32(), parserVersion = try u32()
            guard format == formatVersion, tagVersion == POSTagging.featureVersion, parserVersion == ParserFeatures.version else {
                throw ModelFileError.unsupported("parser model versions \(format)/\(tagVersion)/\(parserVersion), this build reads "
                    + "\(formatVersion)/\(POSTagging.featureVersion)/\(ParserFeatures.version)")
            }
            let metadata = try ModelBytes.readMetadata(raw, at: &pos, length: Int(try u32()))
            let clusters = try WordClusters.decode(raw, at: &pos)
            let tags = try QuantizedTable.decode(raw, at: &pos)
            let actions = try QuantizedTable.decode(raw, at: &pos)
            let labels = try QuantizedTable.decode(raw, at: &pos)
            guard tags.classes == UPOS.allCases.count, actions.classes == RelationGroups.tableClasses,
                  labels.classes == RelationGroups.relationClasses else {
                throw ModelFileError.unsupported("table sizes \(tags.classes)/\(actions.classes)/\(labels.classes)")
            }
            return (clusters, tags, actions, labels, metadata)
        }
    }
}
