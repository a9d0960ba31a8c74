import Foundation

/// Errors raised when reading a tagger model file.
public enum ModelFileError: Error, CustomStringConvertible {
    case unreadable(String)
    case badMagic
    case unsupported(String)
    case truncated

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read model file \(path)"
        case .badMagic: return "not a NewsGraph NER model file"
        case .unsupported(let what): return "unsupported model file: \(what)"
        case .truncated: return "model file is truncated"
        }
    }
}

/// The binary model format (little-endian):
///
/// ```
/// "NGNERMDL"                       8 bytes magic
/// u32 format version, u32 feature-extractor version, u32 hash bits, u32 label count, u32 stages
/// u32 n, n bytes UTF-8 metadata ("key=value" lines)
/// word clusters: twice (exact spellings, folded keys) u32 n, then n × (u64 word hash, u32 packed ids)
/// type cues, then corpus labels: each u32 count shift, u32 n, n × (varint delta of the 32-bit word key,
///   varint packed bins), keys increasing (`WordBinTable`)
/// per stage:
///   f32 scale, (labels+1)·labels f32 transitions
///   u32 row count, then per non-zero row:
///     varint bucket delta, 3-byte label mask, i16 per set label
/// ```
///
/// Only non-zero rows are stored, in increasing bucket order; the loader keeps them packed.
enum ModelFile {
    static let magic: [UInt8] = Array("NGNERMDL".utf8)
    static let formatVersion: UInt32 = 3

    static func encode(hashBits: Int, stages: [StageWeights], clusters: WordClusters, cues: WordBinTable,
                       corpusLabels: WordBinTable,
                       metadata: [String: String]) -> [UInt8] {
        var out: [UInt8] = magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(formatVersion)
        u32(FeatureExtractor.version)
        u32(UInt32(hashBits))
        u32(UInt32(BILOU.count))
        u32(UInt32(stages.count))
        ModelBytes.appendMetadata(metadata, to: &out)
        clusters.encode(into: &out)
        cues.encode(into: &out)
        corpusLabels.encode(into: &out)
        let L = BILOU.count
        for stage in stages {
            f32(stage.scale)
            for t in stage.transitions { f32(t) }
            var rowCount: UInt32 = 0
            let countOffset = out.count
            u32(0)
            var previous = 0
            stage.forEachRow { bucket, row in
                var mask: UInt32 = 0
                for l in 0..<L where row[l] != 0 { mask |= 1 << UInt32(l) }
                if mask == 0 { return }
                rowCount += 1
                ModelBytes.appendVarint(bucket - previous, to: &out)
                previous = bucket
                out.append(UInt8(mask & 0xff)); out.append(UInt8((mask >> 8) & 0xff)); out.append(UInt8(mask >> 16))
                for l in 0..<L where mask & (1 << UInt32(l)) != 0 {
                    let v = UInt16(bitPattern: row[l])
                    out.append(UInt8(v & 0xff)); out.append(UInt8(v >> 8))
                }
            }
            withUnsafeBytes(of: rowCount.littleEndian) { bytes in
                for i in 0..<4 { out[countOffset + i] = bytes[i] }
            }
        }
        return out
    }

    static func decode(_ data: Data) throws
        -> (hashBits: Int, stages: [StageWeights], clusters: WordClusters, cues: WordBinTable, corpusLabels: WordBinTable,
            metadata: [String: String])
    {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var pos = 0
            func need(_ n: Int) throws { if pos + n > raw.count { throw ModelFileError.truncated } }
            func u32() throws -> UInt32 {
                try need(4)
                let v = raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self)
                pos += 4
                return UInt32(littleEndian: v)
            }
            func f32() throws -> Float { Float(bitPattern: try u32()) }
            try need(8)
            guard Array(raw[0..<8]) == magic else { throw ModelFileError.badMagic }
            pos = 8
            let format = try u32()
            guard format == formatVersion else { throw ModelFileError.unsupported("format version \(format)") }
            let featureVersion = try u32()
            guard featureVersion == FeatureExtractor.version else {
                throw ModelFileError.unsupported("feature version \(featureVersion), this build has \(FeatureExtractor.version)")
            }
            let hashBits = Int(try u32())
            guard (8...26).contains(hashBits) else { throw ModelFileError.unsupported("hash bits \(hashBits)") }
            let labels = Int(try u32())
            guard labels == BILOU.count else { throw ModelFileError.unsupported("\(labels) labels") }
            let stageCount = Int(try u32())
            guard (1...2).contains(stageCount) else { throw ModelFileError.unsupported("\(stageCount) stages") }
            let metadata = try ModelBytes.readMetadata(raw, at: &pos, length: Int(try u32()))
            let clusters = try WordClusters.decode(raw, at: &pos)
            let cues = try WordBinTable.decode(raw, at: &pos)
            let corpusLabels = try WordBinTable.decode(raw, at: &pos)
            let L = labels
            let buckets = 1 << hashBits
            var stages: [StageWeights] = []
            for _ in 0..<stageCount {
                let scale = try f32()
                var transitions = ContiguousArray<Float>(repeating: 0, count: (L + 1) * L)
                for i in transitions.indices { transitions[i] = try f32() }
                let rows = Int(try u32())
                var builder = StageWeights.Builder(hashBits: hashBits, capacity: rows)
                var bucket = 0
                var row = [Int16](repeating: 0, count: L)
                for r in 0..<rows {
                    let delta = try ModelBytes.readVarint(raw, at: &pos)
                    bucket += delta
                    guard bucket < buckets, r == 0 || delta > 0 else { throw ModelFileError.truncated }
                    try need(3)
                    var mask = UInt32(raw[pos]) | UInt32(raw[pos + 1]) << 8 | UInt32(raw[pos + 2]) << 16
                    pos += 3
                    try need(2 * mask.nonzeroBitCount)
                    for l in 0..<L { row[l] = 0 }
                    while mask != 0 {
                        let l = mask.trailingZeroBitCount
                        mask &= mask - 1
                        guard l < L else { throw ModelFileError.truncated }
                        let v = UInt16(raw[pos]) | UInt16(raw[pos + 1]) << 8
                        pos += 2
                        row[l] = Int16(bitPattern: v)
                    }
                    builder.append(bucket: bucket, weights: row)
                }
                stages.append(StageWeights(hashBits: hashBits, builder: builder, transitions: transitions, scale: scale))
            }
            return (hashBits, stages, clusters, cues, corpusLabels, metadata)
        }
    }
}
