import Foundation
import Testing
@testable import NewsGraph

@Suite("NER type cues from unlabelled text")
struct TypeCueTests {
    /// The cue mask of each token of one sentence.
    private func masks(_ sentence: String) -> [UInt16] {
        let infos = sentence.split(separator: " ").map { TokenInfo(String($0)) }
        var out = [UInt16](repeating: 0, count: infos.count)
        infos.withUnsafeBufferPointer { ip in out.withUnsafeMutableBufferPointer { TypeCue.find(in: ip, into: $0) } }
        return out
    }

    private func has(_ mask: UInt16, _ cue: TypeCue) -> Bool { mask & cue.bit != 0 }

    @Test func cuesOfCapitalisedRuns() {
        let title = masks("a statement by Mr John Smith on Monday")
        #expect(has(title[4], .title) && has(title[5], .title))
        #expect(title[0] == 0 && title[6] == 0 && title[7] == 0)
        let it = masks("Network Rail said on Monday it would pay")
        #expect(has(it[0], .thingReference) && has(it[1], .thingReference) && has(it[1], .agent))
        #expect(!has(it[0], .personReference))
        let he = masks("Kenneth Clarke said he was")
        #expect(has(he[0], .personReference) && !has(he[0], .thingReference))
        let legal = masks("shares of Monsanto Co rose")
        #expect(has(legal[2], .legalForm) && has(legal[2], .business))
        let place = masks("talks in Osaka , Japan")
        #expect(has(place[2], .placePreposition) && !has(place[4], .placePreposition))
        let age = masks("Beth Gibbons , 39 , sang")
        #expect(has(age[0], .age) && has(age[1], .age))
        let joined = masks("the Bank of England said it")
        #expect(has(joined[1], .article) && has(joined[3], .article) && has(joined[3], .thingReference))
        #expect(joined[2] == 0)
        // Another name before the pronoun ends the search: "X said Y" says nothing of X's kind.
        let plural = masks("Portishead have said so , Jones was")
        #expect(has(plural[0], .pluralVerb) && plural[5] == 0)
        let other = masks("Smith said Jones and he")
        #expect(!has(other[0], .personReference) && has(other[0], .agent))
    }

    @Test func binsAreMonotone() {
        #expect(WordBinTable.shareBin(0, of: 10) == 0)
        #expect(WordBinTable.shareBin(1, of: 100) == 1)
        #expect(WordBinTable.shareBin(1, of: 10) == 3)
        #expect(WordBinTable.shareBin(10, of: 10) == 6)
        let bins = (1...100).map { WordBinTable.shareBin($0, of: 100) }
        #expect(zip(bins, bins.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(WordBinTable.occurrenceBin(2) == 0 && WordBinTable.occurrenceBin(1000) == 3)
    }

    /// A word seen after "Mr" gets the title bin; one seen before "Inc" the legal-form bin; words
    /// mostly written in lowercase and words seen once are left out.
    @Test func builderLearnsTheBinsOfWords() {
        let corpus: [[[String]]] = [[
            "Mr Gibbons said he would stay .", "Gibbons sang .", "Shares of Acme Inc fell .",
            "Acme said it would pay .", "The deal was done .", "the deal was a Deal .", "Zork appeared once .",
        ].map { $0.split(separator: " ").map(String.init) }]
        let table = TypeCueCounter().build(documents: corpus)
        let gibbons = table.lookup(key: TokenInfo("Gibbons").key)
        #expect(gibbons != WordBinTable.unknown)
        #expect(WordBinTable.bin(gibbons, .title) == 6)
        #expect(WordBinTable.bin(gibbons, .personReference) == 6)
        #expect(WordBinTable.bin(gibbons, .legalForm) == 0)
        #expect(table.countBin(gibbons) == 0)
        let acme = table.lookup(key: TokenInfo("ACME").key)
        #expect(WordBinTable.bin(acme, .legalForm) == 6 && WordBinTable.bin(acme, .thingReference) == 6)
        #expect(WordBinTable.bin(acme, .title) == 0)
        #expect(table.lookup(key: TokenInfo("Deal").key) == WordBinTable.unknown)
        #expect(table.lookup(key: TokenInfo("Zork").key) == WordBinTable.unknown)
    }

    @Test func tableRoundTrip() throws {
        let table = WordBinTable(entries: [7: 0x31, 12345: 0x2000_0001, 0xFFFF_FFFE: 5], countShift: 15)
        var bytes: [UInt8] = []
        table.encode(into: &bytes)
        var pos = 0
        let back = try bytes.withUnsafeBytes { try WordBinTable.decode($0, at: &pos) }
        #expect(pos == bytes.count)
        #expect(back.entries == table.entries && back.countShift == 15)
        #expect(back.lookup(key: 12345) == 0x2000_0001)
        #expect(back.lookup(key: 0x1_0000_3039) == 0x2000_0001)   // only the low 32 bits of a key count
        #expect(back.lookup(key: 8) == WordBinTable.unknown)
        bytes.removeLast()
        pos = 0
        #expect(throws: ModelFileError.self) { try bytes.withUnsafeBytes { try WordBinTable.decode($0, at: &pos) } }
    }

    /// The model file keeps the table, and the cue features change what the extractor emits.
    @Test func extractorUsesTheTable() {
        let key = UInt32(truncatingIfNeeded: TokenInfo("Gibbons").key)
        let table = WordBinTable(entries: [key: 6], countShift: 30)
        let doc = [["Beth", "Gibbons", "sang", "."]]
        let plain = FeatureExtractor(hashBits: 16)
        let cued = FeatureExtractor(hashBits: 16, cues: table)
        let a = plain.stage1(plain.prepare(doc)), b = cued.stage1(cued.prepare(doc))
        #expect(b.rows.count > a.rows.count)
        #expect(Array(a.rows[Int(a.starts[2])..<Int(a.starts[3])]) == Array(b.rows[Int(b.starts[2])..<Int(b.starts[3])]))
    }
}

@Suite("NER corpus labels")
struct CorpusLabelTests {
    /// With unlabelled text, training learns both tables; the model file keeps them.
    @Test func trainedTablesRoundTrip() throws {
        let docs = try CoNLLReader.parse(NEREntitiesModelTests.tinyCorpus)
        let unlabelled: [[[String]]] = [[
            "Mr Blackburn said he would visit Paris .", "Blackburn met Acme Corp officials in Paris .",
            "Acme said it would stay in Berlin .", "Mr Blackburn flew to Berlin .",
        ].map { $0.split(separator: " ").map(String.init) }]
        var options = NERTrainingOptions()
        options.hashBits = 12
        options.epochs = 4
        options.folds = 2
        options.typeCues = true
        let tagger = NERTraining.train(train: docs, dev: docs, unlabelled: unlabelled, options: options)
        let labels = tagger.extractor.corpusLabels
        #expect(!tagger.extractor.cues.isEmpty && !labels.isEmpty)
        // "Blackburn" is tagged a person in most of its unlabelled occurrences, "Berlin" and "Paris" places.
        let blackburn = labels.lookup(key: TokenInfo("Blackburn").key)
        #expect(WordBinTable.field(blackburn, 0) >= 5)
        #expect(WordBinTable.field(labels.lookup(key: TokenInfo("Berlin").key), 2) >= 5)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-labels-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.write(to: url)
        let loaded = try PerceptronTagger(contentsOf: url)
        #expect(loaded.extractor.corpusLabels.entries == labels.entries)
        #expect(loaded.extractor.cues.entries == tagger.extractor.cues.entries)
        let sentences = unlabelled[0]
        #expect(loaded.label(sentences: sentences) == tagger.label(sentences: sentences))
    }
}
