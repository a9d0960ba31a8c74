import Testing
@testable import NewsGraph

@Suite("NER feature extraction")
struct NEREntitiesFeatureTests {
    @Test func tokenCaseClasses() {
        #expect(TokenInfo("Motegi").caseClass == .initialCap)
        #expect(TokenInfo("NATO").caseClass == .allCaps)
        #expect(TokenInfo("said").caseClass == .lower)
        #expect(TokenInfo("1996-08-22").caseClass == .digits)
        #expect(TokenInfo(",").caseClass == .other)
        #expect(TokenInfo("McDonald").caseClass == .mixed)
    }

    @Test func lowercaseAndDigitFolding() {
        #expect(TokenInfo("Japan").lower == TokenInfo("JAPAN").lower)
        #expect(TokenInfo("Japan").word != TokenInfo("JAPAN").word)
        #expect(TokenInfo("1996").lower == TokenInfo("2019").lower)
        #expect(TokenInfo("Xx").shape == TokenInfo("Motegi").shape)
        #expect(TokenInfo("U.S.").shape != TokenInfo("US").shape)
    }

    @Test func typographicQuotesAreNormalised() {
        #expect(TokenInfo("\u{2019}s").word == TokenInfo("'s").word)
        #expect(TokenInfo("\u{201C}").word == TokenInfo("\"").word)
    }

    @Test func gazetteerMatchesMultiTokenEntries() {
        let gaz = FeatureGazetteer.shared
        #expect(gaz.categories(of: "Japan").contains(.country))
        #expect(gaz.categories(of: "new york").contains(.city))
        #expect(gaz.categories(of: "Corp").contains(.orgSuffix))
        let tokens = ["in", "New", "York", "today"]
        let keys = tokens.map { FeatureGazetteer.tokenKey(Substring($0)) }
        var bits = [UInt64](repeating: 0, count: tokens.count)
        keys.withUnsafeBufferPointer { k in
            bits.withUnsafeMutableBufferPointer { gaz.match(keys: k, into: $0) }
        }
        let city = UInt64(GazetteerCategory.city.rawValue)
        #expect(bits[0] & (0xF << (4 * city)) == 0)
        #expect(bits[1] & (1 << (4 * city)) != 0)      // begin
        #expect(bits[2] & (1 << (4 * city + 2)) != 0)  // last
    }

    @Test func featuresAreDeterministicAndInRange() {
        let extractor = FeatureExtractor(hashBits: 16)
        let doc = [["Toshimitsu", "Motegi", "met", "Robert", "Lighthizer", "."], ["Motegi", "said", "."]]
        let a = extractor.stage1(extractor.prepare(doc))
        let b = extractor.stage1(extractor.prepare(doc))
        #expect(a.rows == b.rows)
        #expect(a.starts.count == 10)
        let limit = UInt32((1 << 16) * BILOU.count)
        #expect(a.rows.allSatisfy { $0 < limit && $0 % UInt32(BILOU.count) == 0 })
        for t in 0..<9 { #expect(a.starts[t + 1] - a.starts[t] >= 20) }
        // The same word in the same context gets the same word feature.
        let first = Set(a.rows[Int(a.starts[1])..<Int(a.starts[2])])
        let second = Set(a.rows[Int(a.starts[6])..<Int(a.starts[7])])
        #expect(!first.isDisjoint(with: second))
    }

    @Test func secondPassSeesOtherMentions() {
        let extractor = FeatureExtractor(hashBits: 16)
        let doc = extractor.prepare([["Toshimitsu", "Motegi", "spoke", "."], ["Motegi", "said", "."]])
        let base = extractor.stage1(doc)
        let per = BILOU.kindIndex(.person)
        let firstPass = [BILOU.index(kind: per, position: .begin), BILOU.index(kind: per, position: .last), 0, 0, 0, 0, 0]
        let allOutside = [Int](repeating: 0, count: 7)
        let withPerson = extractor.stage2(doc, base: base, firstPass: firstPass)
        let without = extractor.stage2(doc, base: base, firstPass: allOutside)
        let mentionA = Set(withPerson.rows[Int(withPerson.starts[4])..<Int(withPerson.starts[5])])
        let mentionB = Set(without.rows[Int(without.starts[4])..<Int(without.starts[5])])
        #expect(mentionA != mentionB)
    }
}
