/// Counts `TypeCue`s over unlabelled documents into a `WordBinTable`: keeps, for the words written capitalised
/// more often than not and seen at least `minCount` times, their binned shares.
struct TypeCueCounter {
    var minCount = 2
    /// Ten cues of 3 bits, then the count bin.
    static let countShift = UInt32(TypeCue.allCases.count * 3)

    func build(documents: [[[String]]]) -> WordBinTable {
        let cueCount = TypeCue.allCases.count
        var capitalised: [UInt32: Int] = [:]
        var lowercase: [UInt32: Int] = [:]
        var cues: [UInt32: [Int32]] = [:]
        var infos: [TokenInfo] = []
        var masks: [UInt16] = []
        for doc in documents {
            for sentence in doc {
                infos = sentence.map(TokenInfo.init)
                if FeatureExtractor.isAllCaps(infos[...]) { continue }
                masks = [UInt16](repeating: 0, count: infos.count)
                infos.withUnsafeBufferPointer { ip in
                    masks.withUnsafeMutableBufferPointer { TypeCue.find(in: ip, into: $0) }
                }
                for (info, mask) in zip(infos, masks) where info.hasLetter {
                    let key = UInt32(truncatingIfNeeded: info.key)
                    if info.caseClass == .lower { lowercase[key, default: 0] += 1; continue }
                    guard TypeCue.isNameWord(info) else { continue }
                    capitalised[key, default: 0] += 1
                    guard mask != 0 else { continue }
                    var row = cues[key] ?? [Int32](repeating: 0, count: cueCount)
                    for cue in TypeCue.allCases where mask & cue.bit != 0 { row[cue.rawValue] += 1 }
                    cues[key] = row
                }
            }
        }
        var entries: [UInt32: UInt32] = [:]
        for (key, row) in cues {
            let total = capitalised[key]!
            guard total >= minCount, total > lowercase[key, default: 0] else { continue }
            var value = WordBinTable.occurrenceBin(total) << Self.countShift
            for cue in TypeCue.allCases {
                value |= WordBinTable.shareBin(Int(row[cue.rawValue]), of: total) << UInt32(cue.rawValue * 3)
            }
            entries[key] = value
        }
        return WordBinTable(entries: entries, countShift: Self.countShift)
    }
}
