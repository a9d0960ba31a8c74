/// A document prepared for feature extraction: per-token hashes, gazetteer matches and
/// document-level statistics that do not depend on any prediction.
struct PreparedDocument {
    /// Offsets of sentence starts into the flat token arrays, plus the total at the end.
    var sentenceStarts: [Int]
    var infos: ContiguousArray<TokenInfo>
    /// Gazetteer bits per token (see `FeatureGazetteer.match`).
    var gazetteer: ContiguousArray<UInt64>
    /// Dense id of each token's case-insensitive key within the document.
    var keyIDs: ContiguousArray<Int32>
    var keyCount: Int
    /// Per key: occurrences written all-lowercase.
    var lowercaseCount: ContiguousArray<Int32>
    /// Per key: capitalised occurrences that are not sentence-initial, in normal-case sentences.
    var capitalizedInsideCount: ContiguousArray<Int32>
    /// Per sentence: whether it is an all-caps headline.
    var sentenceAllCaps: [Bool]
    /// Packed word clusters per token (`WordClusters.unknown` when none).
    var clusters: ContiguousArray<UInt32>
    /// Per token: the `TypeCue`s of this occurrence (a bit mask).
    var cueMasks: ContiguousArray<UInt16>
    /// Per token: its corpus cue bins (`WordBinTable.unknown` when none).
    var cueValues: ContiguousArray<UInt32>
    /// Per key: the cues seen at one occurrence or more, and at two or more.
    var keyCuesOnce: ContiguousArray<UInt16>
    var keyCuesTwice: ContiguousArray<UInt16>
    /// Per token: its corpus label bins (`WordBinTable.unknown` when none).
    var labelValues: ContiguousArray<UInt32>

    var tokenCount: Int { infos.count }
    var sentenceCount: Int { sentenceStarts.count - 1 }
}

/// Hashed features of every token of a document: `rows[starts[t] ..< starts[t+1]]` are the
/// weight-table row offsets (bucket × label count) of token t's features.
struct FeatureVectors {
    var rows: ContiguousArray<UInt32>
    var starts: ContiguousArray<Int32>
    /// Each token's first `wordDetermined` features depend on its word form alone (the same word
    /// always gives the same rows), so decoding may take their sum from a `WordEmissionCache`.
    var wordDetermined = 0
}

/// Turns documents into hashed feature vectors for the two passes of the tagger.
///
/// Pass 1 uses local features (the word and its neighbours, shape, affixes, capitalisation,
/// gazetteers) and prediction-free document statistics. Pass 2 adds the pass-1 labels of the
/// token and its neighbours and aggregates of the pass-1 labels of the same word elsewhere in
/// the document, so that a later "Motegi" agrees with an earlier "Toshimitsu Motegi".
struct FeatureExtractor: Sendable {
    /// Bumped whenever templates change, so stale model files are rejected.
    static let version: UInt32 = 3
    let hashBits: Int
    let labelCount = BILOU.count
    private let mask: UInt64
    private let gazetteer: FeatureGazetteer
    /// Word clusters from unlabelled text (empty when the model has none).
    let clusters: WordClusters
    /// Type-cue statistics from unlabelled text (empty when the model has none).
    let cues: WordBinTable
    /// How a first pass tagged each word across unlabelled text (empty when the model has none).
    let corpusLabels: WordBinTable

    init(hashBits: Int, clusters: WordClusters = .empty, cues: WordBinTable = .empty,
         corpusLabels: WordBinTable = .empty) {
        self.hashBits = hashBits
        self.clusters = clusters
        self.cues = cues
        self.corpusLabels = corpusLabels
        self.mask = (UInt64(1) << UInt64(hashBits)) - 1
        self.gazetteer = FeatureGazetteer.shared
    }

    // MARK: - Preparation

    func prepare(_ sentences: [[String]]) -> PreparedDocument {
        var total = 0
        var starts = [Int]()
        starts.reserveCapacity(sentences.count + 1)
        for s in sentences { starts.append(total); total += s.count }
        starts.append(total)
        var infos = ContiguousArray<TokenInfo>()
        infos.reserveCapacity(total)
        for s in sentences { for t in s { infos.append(TokenInfo(t)) } }

        var gaz = ContiguousArray<UInt64>(repeating: 0, count: total)
        var keys = ContiguousArray<UInt64>(repeating: 0, count: total)
        for i in 0..<total { keys[i] = infos[i].key }
        keys.withUnsafeBufferPointer { kp in
            gaz.withUnsafeMutableBufferPointer { gp in
                for s in 0..<sentences.count {
                    let a = starts[s], b = starts[s + 1]
                    if a == b { continue }
                    gazetteer.match(keys: UnsafeBufferPointer(rebasing: kp[a..<b]),
                                    into: UnsafeMutableBufferPointer(rebasing: gp[a..<b]))
                }
            }
        }

        var allCaps = [Bool](repeating: false, count: sentences.count)
        for s in 0..<sentences.count { allCaps[s] = Self.isAllCaps(infos[starts[s]..<starts[s + 1]]) }

        var index = DocumentKeyIndex(capacity: total)
        var ids = ContiguousArray<Int32>(repeating: 0, count: total)
        for i in 0..<total { ids[i] = Int32(index.id(for: infos[i].key)) }
        var lowerCount = ContiguousArray<Int32>(repeating: 0, count: index.count)
        var capCount = ContiguousArray<Int32>(repeating: 0, count: index.count)
        for s in 0..<sentences.count {
            for i in starts[s]..<starts[s + 1] {
                let info = infos[i]
                if info.caseClass == .lower { lowerCount[Int(ids[i])] += 1 }
                if !allCaps[s] && i > starts[s] && info.caseClass == .initialCap {
                    capCount[Int(ids[i])] += 1
                }
            }
        }
        var clusterIDs = ContiguousArray<UInt32>(repeating: WordClusters.unknown, count: total)
        if !clusters.isEmpty {
            for i in 0..<total { clusterIDs[i] = clusters.lookup(word: infos[i].word, key: infos[i].key) }
        }
        var cueMasks = ContiguousArray<UInt16>(repeating: 0, count: total)
        var cueValues = ContiguousArray<UInt32>(repeating: WordBinTable.unknown, count: total)
        var once = ContiguousArray<UInt16>(repeating: 0, count: index.count)
        var twice = ContiguousArray<UInt16>(repeating: 0, count: index.count)
        if !cues.isEmpty {
            infos.withUnsafeBufferPointer { ip in
                cueMasks.withUnsafeMutableBufferPointer { mp in
                    for s in 0..<sentences.count where !allCaps[s] {
                        let a = starts[s], b = starts[s + 1]
                        TypeCue.find(in: UnsafeBufferPointer(rebasing: ip[a..<b]),
                                     into: UnsafeMutableBufferPointer(rebasing: mp[a..<b]))
                    }
                }
            }
            for i in 0..<total where TypeCue.isNameWord(infos[i]) {
                cueValues[i] = cues.lookup(key: infos[i].key)
                let id = Int(ids[i])
                twice[id] |= once[id] & cueMasks[i]
                once[id] |= cueMasks[i]
            }
        }
        var labelValues = ContiguousArray<UInt32>(repeating: WordBinTable.unknown, count: total)
        if !corpusLabels.isEmpty {
            for i in 0..<total where TypeCue.isNameWord(infos[i]) { labelValues[i] = corpusLabels.lookup(key: infos[i].key) }
        }
        return PreparedDocument(sentenceStarts: starts, infos: infos, gazetteer: gaz, keyIDs: ids,
                                keyCount: index.count, lowercaseCount: lowerCount,
                                capitalizedInsideCount: capCount, sentenceAllCaps: allCaps, clusters: clusterIDs,
                                cueMasks: cueMasks, cueValues: cueValues, keyCuesOnce: once, keyCuesTwice: twice,
                                labelValues: labelValues)
    }

    /// Whether a sentence is an all-caps headline (three in four of its words of two letters or more).
    static func isAllCaps<C: Collection>(_ infos: C) -> Bool where C.Element == TokenInfo {
        var letters = 0, caps = 0
        for info in infos where info.hasLetter && info.length > 1 {
            letters += 1
            if info.caseClass == .allCaps { caps += 1 }
        }
        return letters >= 2 && caps * 4 >= letters * 3
    }

    /// Coarse person / organization / place / article profile of packed cue bins, 2 bits each
    /// (0xFF for a word without statistics).
    @inline(__always)
    private static func cueProfile(_ v: UInt32) -> UInt64 {
        if v == WordBinTable.unknown { return 0xFF }
        @inline(__always) func b(_ c: TypeCue) -> UInt32 { WordBinTable.bin(v, c) }
        @inline(__always) func coarse(_ x: UInt32) -> UInt64 { UInt64((x + 1) / 2) }
        let person = coarse(max(b(.title), b(.personReference), b(.age)))
        let org = coarse(max(b(.legalForm), b(.thingReference), b(.business), b(.pluralVerb)))
        return person | org << 2 | coarse(b(.placePreposition)) << 4 | coarse(b(.article)) << 6
    }

    /// Per token of a pass-1 entity: the corpus label with the largest bin among the entity's
    /// words, with that bin (as `labelTop`; 0x40 when none has statistics); 0x80 outside entities.
    private func spanLabelTops(_ doc: PreparedDocument, firstPass: [Int]) -> [UInt64] {
        let n = doc.tokenCount
        var out = [UInt64](repeating: 0x80, count: n)
        for span in Self.entitySpans(firstPass) {
            var best: UInt64 = 0x40
            for t in span {
                let top = Self.labelTop(doc.labelValues[t])
                if top != 0x40 && (best == 0x40 || top >> 3 > best >> 3) { best = top }
            }
            for t in span { out[t] = best }
        }
        return out
    }

    /// Per token of a pass-1 entity: the largest coarse person, organization and place bins of
    /// the entity's words (`0x100` when none has statistics) and the cues seen anywhere in the
    /// document for any of its words; `(0x200, 0)` outside entities.
    private func spanCues(_ doc: PreparedDocument, firstPass: [Int]) -> (profiles: [UInt64], cues: [UInt16]) {
        let n = doc.tokenCount
        var profiles = [UInt64](repeating: 0x200, count: n)
        var cueMasks = [UInt16](repeating: 0, count: n)
        for span in Self.entitySpans(firstPass) {
            var person: UInt64 = 0, org: UInt64 = 0, place: UInt64 = 0, known = false
            var mask: UInt16 = 0
            for t in span {
                mask |= doc.keyCuesOnce[Int(doc.keyIDs[t])]
                let v = doc.cueValues[t]
                guard v != WordBinTable.unknown else { continue }
                let p = Self.cueProfile(v)
                known = true
                person = max(person, p & 3); org = max(org, (p >> 2) & 3); place = max(place, (p >> 4) & 3)
            }
            let profile = known ? person | org << 2 | place << 4 : 0x100
            for t in span { profiles[t] = profile; cueMasks[t] = mask }
        }
        return (profiles, cueMasks)
    }

    /// The token ranges of the entities of a pass-1 labelling (a begin up to its last, or a unit).
    private static func entitySpans(_ firstPass: [Int]) -> [Range<Int>] {
        let n = firstPass.count
        var spans: [Range<Int>] = []
        var i = 0
        while i < n {
            guard let pos = BILOU.position(of: firstPass[i]), pos == .begin || pos == .unit else { i += 1; continue }
            var end = i + 1
            if pos == .begin {
                while end < n, let p = BILOU.position(of: firstPass[end]), p == .inside || p == .last {
                    end += 1
                    if p == .last { break }
                }
            }
            spans.append(i..<end)
            i = end
        }
        return spans
    }

    // MARK: - Templates

    private enum T: UInt64 {
        case bias = 1, word, lower, shape, pre1, pre2, pre3, pre4, suf1, suf2, suf3, suf4
        case lowerM1, lowerP1, lowerM2, lowerP2, shapeM1, shapeP1, shapeTri, bigramM1, bigramP1
        case caseContext, docCase, gaz, gazCase, gazM1, gazP1, wordM1Shape, lowerSentCaps
        case clusterFine, clusterMid, clusterCoarse, clusterMidM1, clusterMidP1, clusterPair
        case cueBin, cueBinCount, cueProfile, cueProfileCase, cueProfileM1, cueProfileP1, cueUnknown, cueHere, cueDoc
        case labelBin, labelTop, labelTopCase, labelTopM1, labelTopP1, labelUnknown
        // Pass 2.
        case s1Label = 100, s1LabelM1, s1LabelP1, s1Tri, docMajority, docMajorityCase, docLong, docShare
        case docNextBegins, docPrevEnds, spanCueProfile, spanDocCue, spanLabelTop
    }

    // Cluster ids at each granularity; sentinels (unknown word, sentence edges) pass through.
    @inline(__always) private static func fine(_ c: UInt32) -> UInt64 { UInt64(c >= 0xFFFF_FFF0 ? c : c & 0x3FF) }
    @inline(__always) private static func mid(_ c: UInt32) -> UInt64 { UInt64(c >= 0xFFFF_FFF0 ? c : (c >> 10) & 0xFF) }
    @inline(__always) private static func coarse(_ c: UInt32) -> UInt64 { UInt64(c >= 0xFFFF_FFF0 ? c : c >> 18) }

    @inline(__always)
    private func row(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: (h & mask) &* UInt64(labelCount)) }

    /// Pass-1 features of every token.
    func stage1(_ doc: PreparedDocument) -> FeatureVectors {
        var rows = ContiguousArray<UInt32>()
        rows.reserveCapacity(doc.tokenCount * 34)
        var starts = ContiguousArray<Int32>()
        starts.reserveCapacity(doc.tokenCount + 1)
        doc.infos.withUnsafeBufferPointer { infos in
            for s in 0..<doc.sentenceCount {
                let a = doc.sentenceStarts[s], b = doc.sentenceStarts[s + 1]
                let sentCaps: UInt64 = doc.sentenceAllCaps[s] ? 1 : 0
                for i in a..<b {
                    starts.append(Int32(rows.count))
                    let w = infos[i]
                    let m1 = i - 1 >= a ? infos[i - 1] : TokenInfo.before
                    let m2 = i - 2 >= a ? infos[i - 2] : (i - 1 >= a ? TokenInfo.before : TokenInfo.before2)
                    let p1 = i + 1 < b ? infos[i + 1] : TokenInfo.after
                    let p2 = i + 2 < b ? infos[i + 2] : (i + 1 < b ? TokenInfo.after : TokenInfo.after2)
                    let cc = w.caseClass.rawValue
                    // The first `Self.wordDetermined` features: the word form's alone.
                    rows.append(row(FeatureHash.feature(T.bias.rawValue, 0)))
                    rows.append(row(FeatureHash.feature(T.word.rawValue, w.word)))
                    rows.append(row(FeatureHash.feature(T.lower.rawValue, w.lower)))
                    rows.append(row(FeatureHash.feature(T.shape.rawValue, w.shape)))
                    rows.append(row(FeatureHash.feature(T.pre1.rawValue, w.pre1)))
                    rows.append(row(FeatureHash.feature(T.pre2.rawValue, w.pre2)))
                    rows.append(row(FeatureHash.feature(T.pre3.rawValue, w.pre3)))
                    rows.append(row(FeatureHash.feature(T.pre4.rawValue, w.pre4)))
                    rows.append(row(FeatureHash.feature(T.suf1.rawValue, w.suf1)))
                    rows.append(row(FeatureHash.feature(T.suf2.rawValue, w.suf2)))
                    rows.append(row(FeatureHash.feature(T.suf3.rawValue, w.suf3)))
                    rows.append(row(FeatureHash.feature(T.suf4.rawValue, w.suf4)))
                    rows.append(row(FeatureHash.feature(T.lowerM1.rawValue, m1.lower)))
                    rows.append(row(FeatureHash.feature(T.lowerP1.rawValue, p1.lower)))
                    rows.append(row(FeatureHash.feature(T.lowerM2.rawValue, m2.lower)))
                    rows.append(row(FeatureHash.feature(T.lowerP2.rawValue, p2.lower)))
                    rows.append(row(FeatureHash.feature(T.shapeM1.rawValue, m1.shape)))
                    rows.append(row(FeatureHash.feature(T.shapeP1.rawValue, p1.shape)))
                    rows.append(row(FeatureHash.feature(T.shapeTri.rawValue, m1.shape, w.shape, p1.shape)))
                    rows.append(row(FeatureHash.feature(T.bigramM1.rawValue, m1.lower, w.lower)))
                    rows.append(row(FeatureHash.feature(T.bigramP1.rawValue, w.lower, p1.lower)))
                    let first: UInt64 = i == a ? 1 : 0
                    rows.append(row(FeatureHash.feature(T.caseContext.rawValue, cc | first << 4 | sentCaps << 5)))
                    rows.append(row(FeatureHash.feature(T.wordM1Shape.rawValue, m1.word, w.shape)))
                    if !clusters.isEmpty {
                        let c0 = doc.clusters[i]
                        let cm1 = i - 1 >= a ? doc.clusters[i - 1] : 0xFFFF_FFFE
                        let cp1 = i + 1 < b ? doc.clusters[i + 1] : 0xFFFF_FFFD
                        rows.append(row(FeatureHash.feature(T.clusterFine.rawValue, Self.fine(c0))))
                        rows.append(row(FeatureHash.feature(T.clusterMid.rawValue, Self.mid(c0))))
                        rows.append(row(FeatureHash.feature(T.clusterCoarse.rawValue, Self.coarse(c0), cc)))
                        rows.append(row(FeatureHash.feature(T.clusterMidM1.rawValue, Self.mid(cm1))))
                        rows.append(row(FeatureHash.feature(T.clusterMidP1.rawValue, Self.mid(cp1))))
                        rows.append(row(FeatureHash.feature(T.clusterPair.rawValue, Self.coarse(cm1), Self.coarse(c0))))
                    }
                    if !cues.isEmpty && TypeCue.isNameWord(w) {
                        appendCueFeatures(doc, i, a, b, cc, &rows)
                    }
                    if !corpusLabels.isEmpty && TypeCue.isNameWord(w) {
                        appendLabelFeatures(doc, i, a, b, cc, &rows)
                    }
                    if sentCaps != 0 {
                        rows.append(row(FeatureHash.feature(T.lowerSentCaps.rawValue, w.lower)))
                    }
                    if w.hasLetter {
                        let id = Int(doc.keyIDs[i])
                        let lowerSeen: UInt64 = doc.lowercaseCount[id] > (cc == CaseClass.lower.rawValue ? 1 : 0) ? 1 : 0
                        let selfCap: Int32 = (!doc.sentenceAllCaps[s] && i > a && w.caseClass == .initialCap) ? 1 : 0
                        let capSeen: UInt64 = doc.capitalizedInsideCount[id] - selfCap > 0 ? 1 : 0
                        rows.append(row(FeatureHash.feature(T.docCase.rawValue, cc | first << 4 | sentCaps << 5 | lowerSeen << 6 | capSeen << 7)))
                    }
                    var g = doc.gazetteer[i]
                    while g != 0 {
                        let bit = UInt64(g.trailingZeroBitCount)
                        g &= g - 1
                        rows.append(row(FeatureHash.feature(T.gaz.rawValue, bit)))
                        rows.append(row(FeatureHash.feature(T.gazCase.rawValue, bit, cc)))
                    }
                    if i - 1 >= a {
                        var g = doc.gazetteer[i - 1]
                        while g != 0 {
                            let bit = UInt64(g.trailingZeroBitCount)
                            g &= g - 1
                            rows.append(row(FeatureHash.feature(T.gazM1.rawValue, bit)))
                        }
                    }
                    if i + 1 < b {
                        var g = doc.gazetteer[i + 1]
                        while g != 0 {
                            let bit = UInt64(g.trailingZeroBitCount)
                            g &= g - 1
                            rows.append(row(FeatureHash.feature(T.gazP1.rawValue, bit)))
                        }
                    }
                }
            }
        }
        starts.append(Int32(rows.count))
        return FeatureVectors(rows: rows, starts: starts, wordDetermined: Self.wordDetermined)
    }

    /// How many features of pass 1 open every token and depend on its word form alone: the bias,
    /// the word, its lowercase form, its shape, and its prefixes and suffixes of one to four letters.
    static let wordDetermined = 12

    /// The corpus label with the largest share in packed label bins, and that share's bin
    /// (`top | bin << 3`); 0x40 for a word without statistics.
    @inline(__always)
    private static func labelTop(_ v: UInt32) -> UInt64 {
        if v == WordBinTable.unknown { return 0x40 }
        var top = 0, best: UInt32 = 0
        for f in 0..<CorpusLabelCounter.fields {
            let bin = WordBinTable.field(v, f)
            if bin > best { best = bin; top = f }
        }
        return UInt64(top) | UInt64(best) << 3
    }

    /// Corpus-label features of name word `i` (sentence `a..<b`): its label bins, its most
    /// frequent label, and those of its neighbours.
    @inline(__always)
    private func appendLabelFeatures(_ doc: PreparedDocument, _ i: Int, _ a: Int, _ b: Int, _ cc: UInt64,
                                     _ rows: inout ContiguousArray<UInt32>) {
        let v = doc.labelValues[i]
        if v == WordBinTable.unknown {
            rows.append(row(FeatureHash.feature(T.labelUnknown.rawValue, cc)))
        } else {
            for f in 0..<CorpusLabelCounter.fields {
                let bin = UInt64(WordBinTable.field(v, f))
                if bin != 0 { rows.append(row(FeatureHash.feature(T.labelBin.rawValue, UInt64(f), bin))) }
            }
            let top = Self.labelTop(v)
            rows.append(row(FeatureHash.feature(T.labelTop.rawValue, top, UInt64(corpusLabels.countBin(v)))))
            rows.append(row(FeatureHash.feature(T.labelTopCase.rawValue, top, cc)))
        }
        let m1: UInt64 = i > a ? (TypeCue.isNameWord(doc.infos[i - 1]) ? Self.labelTop(doc.labelValues[i - 1]) : 0x41) : 0x42
        let p1: UInt64 = i + 1 < b ? (TypeCue.isNameWord(doc.infos[i + 1]) ? Self.labelTop(doc.labelValues[i + 1]) : 0x41) : 0x42
        rows.append(row(FeatureHash.feature(T.labelTopM1.rawValue, m1)))
        rows.append(row(FeatureHash.feature(T.labelTopP1.rawValue, p1)))
    }

    /// Type-cue features of name word `i` (sentence `a..<b`): its corpus bins, the profiles of its
    /// neighbours, the cues of this occurrence and of its other occurrences in the document.
    @inline(__always)
    private func appendCueFeatures(_ doc: PreparedDocument, _ i: Int, _ a: Int, _ b: Int, _ cc: UInt64,
                                   _ rows: inout ContiguousArray<UInt32>) {
        let v = doc.cueValues[i]
        if v == WordBinTable.unknown {
            rows.append(row(FeatureHash.feature(T.cueUnknown.rawValue, cc)))
        } else {
            let count = UInt64(cues.countBin(v))
            for cue in TypeCue.allCases {
                let bin = UInt64(WordBinTable.bin(v, cue))
                guard bin != 0 else { continue }
                rows.append(row(FeatureHash.feature(T.cueBin.rawValue, UInt64(cue.rawValue), bin)))
                rows.append(row(FeatureHash.feature(T.cueBinCount.rawValue, UInt64(cue.rawValue), bin, count)))
            }
            let profile = Self.cueProfile(v)
            rows.append(row(FeatureHash.feature(T.cueProfile.rawValue, profile)))
            rows.append(row(FeatureHash.feature(T.cueProfileCase.rawValue, profile, cc, count)))
        }
        let pm1: UInt64 = i > a ? (TypeCue.isNameWord(doc.infos[i - 1]) ? Self.cueProfile(doc.cueValues[i - 1]) : 0x100) : 0x101
        let pp1: UInt64 = i + 1 < b ? (TypeCue.isNameWord(doc.infos[i + 1]) ? Self.cueProfile(doc.cueValues[i + 1]) : 0x100) : 0x101
        rows.append(row(FeatureHash.feature(T.cueProfileM1.rawValue, pm1)))
        rows.append(row(FeatureHash.feature(T.cueProfileP1.rawValue, pp1)))
        let own = doc.cueMasks[i]
        let id = Int(doc.keyIDs[i])
        let others = (doc.keyCuesOnce[id] & ~own) | (doc.keyCuesTwice[id] & own)
        for cue in TypeCue.allCases {
            if own & cue.bit != 0 { rows.append(row(FeatureHash.feature(T.cueHere.rawValue, UInt64(cue.rawValue)))) }
            if others & cue.bit != 0 { rows.append(row(FeatureHash.feature(T.cueDoc.rawValue, UInt64(cue.rawValue)))) }
        }
    }

    /// Pass-2 features: the pass-1 features plus features of the pass-1 labels (`firstPass`,
    /// one BILOU index per token of the document).
    func stage2(_ doc: PreparedDocument, base: FeatureVectors, firstPass: [Int]) -> FeatureVectors {
        let n = doc.tokenCount
        let L = labelCount
        // Histogram of pass-1 labels per key.
        var histogram = [Int32](repeating: 0, count: doc.keyCount * L)
        for i in 0..<n { histogram[Int(doc.keyIDs[i]) * L + firstPass[i]] += 1 }

        let spans = cues.isEmpty ? nil : spanCues(doc, firstPass: firstPass)
        let spanLabels = corpusLabels.isEmpty ? nil : spanLabelTops(doc, firstPass: firstPass)

        var rows = ContiguousArray<UInt32>()
        rows.reserveCapacity(base.rows.count + n * 8)
        var starts = ContiguousArray<Int32>()
        starts.reserveCapacity(n + 1)
        for s in 0..<doc.sentenceCount {
            let a = doc.sentenceStarts[s], b = doc.sentenceStarts[s + 1]
            for i in a..<b {
                starts.append(Int32(rows.count))
                for k in Int(base.starts[i])..<Int(base.starts[i + 1]) { rows.append(base.rows[k]) }
                let own = UInt64(firstPass[i])
                let prev = UInt64(i > a ? firstPass[i - 1] : 31)
                let next = UInt64(i + 1 < b ? firstPass[i + 1] : 31)
                rows.append(row(FeatureHash.feature(T.s1Label.rawValue, own)))
                rows.append(row(FeatureHash.feature(T.s1LabelM1.rawValue, prev)))
                rows.append(row(FeatureHash.feature(T.s1LabelP1.rawValue, next)))
                rows.append(row(FeatureHash.feature(T.s1Tri.rawValue, prev, own, next)))
                if let spanLabels, spanLabels[i] != 0x80 {
                    let kind = UInt64(BILOU.kindIndex(of: firstPass[i])!)
                    rows.append(row(FeatureHash.feature(T.spanLabelTop.rawValue, spanLabels[i], kind)))
                }
                if let spans, spans.profiles[i] != 0x200 {
                    let kind = UInt64(BILOU.kindIndex(of: firstPass[i])!)
                    rows.append(row(FeatureHash.feature(T.spanCueProfile.rawValue, spans.profiles[i], kind)))
                    var mask = spans.cues[i]
                    while mask != 0 {
                        let cue = UInt64(mask.trailingZeroBitCount)
                        mask &= mask - 1
                        rows.append(row(FeatureHash.feature(T.spanDocCue.rawValue, cue, kind)))
                    }
                }
                let info = doc.infos[i]
                guard info.hasLetter, info.caseClass != .lower else { continue }
                // Does the next token begin (or the previous one end) an entity elsewhere in the document?
                if i + 1 < b, doc.infos[i + 1].isCapitalized {
                    let nb = Int(doc.keyIDs[i + 1]) * L
                    var kinds: UInt64 = 0
                    for k in 0..<4 {
                        let bi = BILOU.index(kind: k, position: .begin), ui = BILOU.index(kind: k, position: .unit)
                        var c = histogram[nb + bi] + histogram[nb + ui]
                        if firstPass[i + 1] == bi || firstPass[i + 1] == ui { c -= 1 }
                        if c > 0 { kinds |= 1 << UInt64(k) }
                    }
                    if kinds != 0 { rows.append(row(FeatureHash.feature(T.docNextBegins.rawValue, kinds, own))) }
                }
                if i > a, doc.infos[i - 1].isCapitalized {
                    let pb = Int(doc.keyIDs[i - 1]) * L
                    var kinds: UInt64 = 0
                    for k in 0..<4 {
                        let li = BILOU.index(kind: k, position: .last), ui = BILOU.index(kind: k, position: .unit)
                        var c = histogram[pb + li] + histogram[pb + ui]
                        if firstPass[i - 1] == li || firstPass[i - 1] == ui { c -= 1 }
                        if c > 0 { kinds |= 1 << UInt64(k) }
                    }
                    if kinds != 0 { rows.append(row(FeatureHash.feature(T.docPrevEnds.rawValue, kinds, own))) }
                }
                let base = Int(doc.keyIDs[i]) * L
                var kindCounts = SIMD4<Int32>(repeating: 0)
                var others: Int32 = 0
                for l in 0..<L {
                    var c = histogram[base + l]
                    if l == firstPass[i] { c -= 1 }
                    others += c
                    guard c > 0, let k = BILOU.kindIndex(of: l) else { continue }
                    kindCounts[k] += c
                    if let pos = BILOU.position(of: l), pos != .unit {
                        rows.append(row(FeatureHash.feature(T.docLong.rawValue, UInt64(l))))
                    }
                }
                var majority: UInt64 = others == 0 ? 5 : 4
                var best: Int32 = 0
                var entityTotal: Int32 = 0
                for k in 0..<4 {
                    entityTotal += kindCounts[k]
                    if kindCounts[k] > best { best = kindCounts[k]; majority = UInt64(k) }
                }
                rows.append(row(FeatureHash.feature(T.docMajority.rawValue, majority)))
                rows.append(row(FeatureHash.feature(T.docMajorityCase.rawValue, majority, info.caseClass.rawValue)))
                if others > 0 {
                    let share: UInt64 = entityTotal == 0 ? 0 : (entityTotal == others ? 3 : (entityTotal * 2 >= others ? 2 : 1))
                    rows.append(row(FeatureHash.feature(T.docShare.rawValue, share, majority)))
                }
            }
        }
        starts.append(Int32(rows.count))
        // Each token's pass-1 features come first, so its word-determined ones still open it.
        return FeatureVectors(rows: rows, starts: starts, wordDetermined: base.wordDetermined)
    }
}
