import Testing
@testable import NewsGraph

/// The word-sum cache of the tagger's emission scores must never change a label.
@Suite struct WordEmissionCacheTests {
    static let documents: [[[String]]] = [
        [["Toshimitsu", "Motegi", "met", "Robert", "Lighthizer", "in", "Osaka", "on", "Saturday", "."],
         ["Motegi", "said", "the", "talks", "with", "the", "United", "States", "went", "well", "."]],
        [["Shares", "of", "Sears", ",", "Roebuck", "and", "Co", "rose", "in", "New", "York", "."],
         ["The", "company", "said", "it", "met", "analysts", "."]],
        [["KING", "HUSSEIN", "MEETS", "QUEEN", "BEATRIX"],
         ["King", "Hussein", "of", "Jordan", "met", "Queen", "Beatrix", "in", "The", "Hague", "on", "Tuesday", "."]],
    ]

    @Test func theWordDeterminedFeaturesDependOnTheWordAlone() {
        let extractor = FeatureExtractor(hashBits: 18)
        let doc = extractor.prepare([["Motegi", "met", "Lighthizer", "."], ["Later", ",", "Motegi", "left", "Osaka", "."]])
        let features = extractor.stage1(doc)
        let k = features.wordDetermined
        #expect(k == FeatureExtractor.wordDetermined && k > 0)
        func leading(_ t: Int) -> [UInt32] { Array(features.rows[Int(features.starts[t])..<(Int(features.starts[t]) + k)]) }
        // "Motegi" opens one sentence and sits mid-sentence in the other: the same leading rows.
        #expect(leading(0) == leading(6))
        // The next features already see the neighbours, so they differ.
        let next0 = features.rows[Int(features.starts[0]) + k], next6 = features.rows[Int(features.starts[6]) + k]
        #expect(next0 != next6)
        #expect(leading(0) != leading(1))
    }

    @Test func labelsAreTheSameWithAnyCache() throws {
        let tagger = try PerceptronTagger.loadDefault()
        let extractor = tagger.extractor
        for stageWeights in [tagger.stage1] + (tagger.stage2.map { [$0] } ?? []) {
            // A two-slot cache collides all the time; a large one is warmed by the other documents first.
            var tiny = WordEmissionCache(slotBits: 1)
            var warm = WordEmissionCache()
            var decoder = DocumentDecoder()
            for document in Self.documents {
                let doc = extractor.prepare(document)
                _ = decoder.decode(doc, features: extractor.stage1(doc), stage: stageWeights, cache: &warm)
            }
            for document in Self.documents {
                let doc = extractor.prepare(document)
                var features = extractor.stage1(doc)
                let cachedTiny = decoder.decode(doc, features: features, stage: stageWeights, cache: &tiny)
                let cachedWarm = decoder.decode(doc, features: features, stage: stageWeights, cache: &warm)
                // Without word-determined features nothing is cached: every row is summed.
                features.wordDetermined = 0
                var unused = WordEmissionCache(slotBits: 1)
                let computed = decoder.decode(doc, features: features, stage: stageWeights, cache: &unused)
                #expect(cachedTiny == computed)
                #expect(cachedWarm == computed)
                #expect(unused.keys.allSatisfy { $0 == 0 })
            }
        }
        // And the tagger, which lends its caches from document to document, agrees with itself.
        let first = Self.documents.map { tagger.labelIndices($0) }
        let again = Self.documents.reversed().map { tagger.labelIndices($0) }.reversed()
        #expect(first == Array(again))
    }
}
