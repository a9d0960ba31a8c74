/// Maps the case-insensitive token keys of one document to dense ids (open addressing),
/// so document-level statistics live in flat arrays instead of dictionaries.
struct DocumentKeyIndex {
    private var slots: [UInt64]
    private var ids: [Int32]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of `key`, assigning the next id on first sight.
    @inline(__always)
    mutating func id(for key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: FeatureHash.mix(key)) & mask
        while true {
            let id = ids[i]
            if id < 0 {
                slots[i] = key
                ids[i] = Int32(count)
                count += 1
                return count - 1
            }
            if slots[i] == key { return Int(id) }
            i = (i + 1) & mask
        }
    }
}
