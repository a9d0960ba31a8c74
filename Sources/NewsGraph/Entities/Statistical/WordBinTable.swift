/// Binned statistics of capitalised words learned from a large unlabelled corpus, as the tagger
/// reads them: `TypeCueCounter` counts the contexts that reveal a name's kind ("Mr X", "X Inc",
/// "X said it"), `CorpusLabelCounter` how the first pass tags the word across the corpus.
/// Each is stored as shares of the word's capitalised occurrences, binned, so the tagger learns
/// from the corpus what the labelled data never shows ("Monsanto" is seen in "Monsanto Co").
///
/// Words are keyed by the low 32 bits of their case-insensitive hash (`TokenInfo.key`); only
/// hashes and bins are kept, no word strings. A value packs 3-bit share bins (field 0 in the
/// lowest bits) and, at `countShift`, a 2-bit bin of the word's capitalised occurrence count.
struct WordBinTable: Sendable {
    private(set) var entries: [UInt32: UInt32]
    let countShift: UInt32
    private let table: ClusterTable

    static let empty = WordBinTable(entries: [:], countShift: 30)
    static let unknown = WordClusters.unknown

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    init(entries: [UInt32: UInt32], countShift: UInt32) {
        self.entries = entries
        self.countShift = countShift
        var wide: [UInt64: UInt32] = [:]
        for (k, v) in entries { wide[UInt64(k)] = v }
        self.table = ClusterTable(wide)
    }

    /// The packed bins of a word (by `TokenInfo.key`), or `unknown`.
    @inline(__always)
    func lookup(key: UInt64) -> UInt32 { table[UInt64(UInt32(truncatingIfNeeded: key))] }

    /// The bin of one field in a packed value: 0 never seen, 1...6 rising shares.
    @inline(__always)
    static func field(_ value: UInt32, _ index: Int) -> UInt32 { (value >> UInt32(index * 3)) & 7 }

    /// The bin of one cue in a `TypeCueCounter` value.
    @inline(__always)
    static func bin(_ value: UInt32, _ cue: TypeCue) -> UInt32 { field(value, cue.rawValue) }

    /// The bin of the capitalised occurrence count in a packed value.
    @inline(__always)
    func countBin(_ value: UInt32) -> UInt32 { (value >> countShift) & 3 }

    /// Share `count / total` as a bin: 0 for none, then below 1/64, 1/16, 1/8, 1/4, 1/2, and above.
    static func shareBin(_ count: Int, of total: Int) -> UInt32 {
        guard count > 0, total > 0 else { return 0 }
        let limits = [64, 16, 8, 4, 2]
        for (i, d) in limits.enumerated() where count * d < total { return UInt32(i + 1) }
        return 6
    }

    /// Occurrence count as a bin: 2–4, 5–24, 25–99, 100+.
    static func occurrenceBin(_ total: Int) -> UInt32 {
        let limits = [5, 25, 100]
        for (i, l) in limits.enumerated() where total < l { return UInt32(i) }
        return UInt32(limits.count)
    }

    // MARK: - Serialisation (inside the model file):
    // u32 count shift, u32 n, then n × (varint key delta, varint value), keys increasing

    func encode(into out: inout [UInt8]) {
        withUnsafeBytes(of: countShift.littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(entries.count).littleEndian) { out.append(contentsOf: $0) }
        var previous: UInt32 = 0
        for key in entries.keys.sorted() {
            ModelBytes.appendVarint(Int(key - previous), to: &out)
            previous = key
            ModelBytes.appendVarint(Int(entries[key]!), to: &out)
        }
    }

    static func decode(_ raw: UnsafeRawBufferPointer, at pos: inout Int) throws -> WordBinTable {
        func u32() throws -> UInt32 {
            guard pos + 4 <= raw.count else { throw ModelFileError.truncated }
            defer { pos += 4 }
            return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
        }
        let shift = try u32()
        guard shift <= 30 else { throw ModelFileError.unsupported("count shift \(shift)") }
        let n = Int(try u32())
        var entries = [UInt32: UInt32](minimumCapacity: min(n, 1 << 20))
        var key: UInt32 = 0
        for i in 0..<n {
            let delta = try ModelBytes.readVarint(raw, at: &pos)
            guard i == 0 || delta > 0, delta <= Int(UInt32.max - key) else { throw ModelFileError.truncated }
            key += UInt32(delta)
            let value = try ModelBytes.readVarint(raw, at: &pos)
            guard value < Int(unknown) else { throw ModelFileError.truncated }
            entries[key] = UInt32(value)
        }
        return WordBinTable(entries: entries, countShift: shift)
    }
}
