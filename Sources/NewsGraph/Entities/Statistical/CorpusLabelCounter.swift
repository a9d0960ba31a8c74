import Foundation

/// How a first-pass tagger labels each capitalised word across a large unlabelled corpus, as a
/// `WordBinTable` of five shares (person, organization, location, misc, outside). A name the
/// corpus writes mostly in easy contexts ("Monsanto Co", "Chelsea beat Arsenal") carries what
/// those contexts taught into the hard ones ("Chelsea, who won"): knowledge from unlabelled
/// text, as the word clusters are.
///
/// The documents must not be the tagger's training data: on those it would only repeat the gold
/// labels, and the features would be worth more in training than on new text.
struct CorpusLabelCounter {
    var minCount = 2
    /// Five fields of 3 bits, then the count bin.
    static let countShift: UInt32 = 15
    static let fields = BILOU.kinds.count + 1

    func build(documents: [[[String]]], extractor: FeatureExtractor, stage: StageWeights) -> WordBinTable {
        // Tagging is spread over the cores, one document at a time; counting is in document order.
        let slots = ResultSlots<[Int]>(count: documents.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, documents.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var decoder = DocumentDecoder()
            var cache = WordEmissionCache()
            for d in stride(from: worker, to: documents.count, by: workers) {
                let prepared = extractor.prepare(documents[d])
                slots.set(d, decoder.decode(prepared, features: extractor.stage1(prepared), stage: stage, cache: &cache))
            }
        }
        let labels = slots.values()
        var capitalised: [UInt32: Int] = [:]
        var lowercase: [UInt32: Int] = [:]
        var counts: [UInt32: [Int32]] = [:]
        for (doc, docLabels) in zip(documents, labels) {
            var t = 0
            for sentence in doc {
                let infos = sentence.map(TokenInfo.init)
                defer { t += sentence.count }
                if FeatureExtractor.isAllCaps(infos) { continue }
                for (j, info) in infos.enumerated() where info.hasLetter {
                    let key = UInt32(truncatingIfNeeded: info.key)
                    if info.caseClass == .lower { lowercase[key, default: 0] += 1; continue }
                    guard TypeCue.isNameWord(info) else { continue }
                    capitalised[key, default: 0] += 1
                    var row = counts[key] ?? [Int32](repeating: 0, count: Self.fields)
                    row[BILOU.kindIndex(of: docLabels[t + j]) ?? BILOU.kinds.count] += 1
                    counts[key] = row
                }
            }
        }
        var entries: [UInt32: UInt32] = [:]
        for (key, row) in counts {
            let total = capitalised[key]!
            guard total >= minCount, total > lowercase[key, default: 0] else { continue }
            var value = WordBinTable.occurrenceBin(total) << Self.countShift
            for f in 0..<Self.fields { value |= WordBinTable.shareBin(Int(row[f]), of: total) << UInt32(f * 3) }
            entries[key] = value
        }
        return WordBinTable(entries: entries, countShift: Self.countShift)
    }
}
