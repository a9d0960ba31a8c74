import Testing
@testable import NewsGraph

@Suite("NER decoding and labels")
struct NEREntitiesDecodingTests {
    /// Whether a BILOU index sequence is well formed.
    static func isValid(_ path: [Int]) -> Bool {
        var previous: Int? = nil
        for label in path {
            if !BILOU.allowed(from: previous, to: label) { return false }
            previous = label
        }
        return previous.map(BILOU.allowedAtEnd) ?? true
    }

    @Test func viterbiOnlyProducesValidSequences() {
        var rng = SeededGenerator(seed: 42)
        let L = BILOU.count
        for trial in 0..<300 {
            let n = 1 + trial % 12
            let emissions = (0..<(n * L)).map { _ in Float(Int(rng.next() % 2001) - 1000) / 100 }
            let transitions = (0..<((L + 1) * L)).map { _ in Float(Int(rng.next() % 2001) - 1000) / 100 }
            let path = ViterbiDecoder.decode(emissions: emissions, transitions: transitions)
            #expect(path.count == n)
            #expect(Self.isValid(path), "invalid path \(path)")
            let iob2 = BILOU.decode(path)
            #expect(TokenLabel.normalizedIOB2(iob2) == iob2)
        }
    }

    /// The plain dynamic programme over valid transitions, ties to the lowest predecessor and final label.
    static func referenceViterbi(_ emissions: [Float], _ transitions: [Float]) -> [Int] {
        let L = BILOU.count, n = emissions.count / L
        var score = (0..<L).map { BILOU.allowed(from: nil, to: $0) ? transitions[L * L + $0] + emissions[$0] : -Float.infinity }
        var back: [[Int]] = []
        for t in 1..<max(1, n) {
            var next = [Float](repeating: -.infinity, count: L), arg = [Int](repeating: 0, count: L)
            for l in 0..<L {
                for p in 0..<L where BILOU.allowed(from: p, to: l) {
                    let v = score[p] + transitions[p * L + l]
                    if v > next[l] { next[l] = v; arg[l] = p }
                }
                next[l] += emissions[t * L + l]
            }
            back.append(arg)
            score = next
        }
        var last = 0, best = -Float.infinity
        for l in 0..<L where BILOU.allowedAtEnd(l) && score[l] > best { best = score[l]; last = l }
        var path = [last]
        for arg in back.reversed() { path.append(arg[path.last!]) }
        return path.reversed()
    }

    @Test func viterbiAgreesWithThePlainProgrammeTiesIncluded() {
        var rng = SeededGenerator(seed: 7)
        let L = BILOU.count
        for trial in 0..<400 {
            let n = 1 + trial % 15
            // Small integers make equal scores common, so the choice among ties is tested too.
            let spread = trial % 2 == 0 ? 3 : 2001
            let emissions = (0..<(n * L)).map { _ in Float(Int(rng.next() % UInt64(spread)) - spread / 2) }
            let transitions = (0..<((L + 1) * L)).map { _ in Float(Int(rng.next() % UInt64(spread)) - spread / 2) }
            #expect(ViterbiDecoder.decode(emissions: emissions, transitions: transitions)
                    == Self.referenceViterbi(emissions, transitions), "trial \(trial)")
        }
    }

    @Test func viterbiFindsTheBestValidPath() {
        // Emissions prefer the invalid "I-PER" alone; the decoder must pick a valid labelling.
        let L = BILOU.count
        var emissions = [Float](repeating: 0, count: 2 * L)
        let per = BILOU.kindIndex(.person)
        emissions[BILOU.index(kind: per, position: .inside)] = 10
        emissions[L + BILOU.index(kind: per, position: .last)] = 5
        emissions[BILOU.index(kind: per, position: .begin)] = 4
        let path = ViterbiDecoder.decode(emissions: emissions, transitions: [Float](repeating: 0, count: (L + 1) * L))
        #expect(path == [BILOU.index(kind: per, position: .begin), BILOU.index(kind: per, position: .last)])
    }

    @Test func bilouRoundTrip() {
        let iob1: [TokenLabel] = [.inside(.person), .inside(.person), .outside, .inside(.location),
                                  .begin(.location), .inside(.location), .inside(.misc)]
        let encoded = BILOU.encode(iob1)
        let loc = BILOU.kindIndex(.location)
        #expect(encoded[3] == BILOU.index(kind: loc, position: .unit))
        #expect(encoded[4] == BILOU.index(kind: loc, position: .begin))
        #expect(encoded[5] == BILOU.index(kind: loc, position: .last))
        #expect(BILOU.decode(encoded) == TokenLabel.normalizedIOB2(iob1))
    }

    @Test func scorerFollowsConllevalRules() {
        var score = EntityScore()
        // Gold IOB1: "Germany Britain" are two LOCs (B- splits them); prediction merges them.
        score.add(gold: [.inside(.location), .begin(.location), .outside, .inside(.person)],
                  predicted: [.begin(.location), .inside(.location), .outside, .begin(.person)])
        #expect(score.overall.gold == 3)
        #expect(score.overall.predicted == 2)
        #expect(score.overall.correct == 1)
        #expect(score.counts(for: .person).f1 == 1)
        #expect(score.counts(for: .location).correct == 0)
    }

    @Test func conllReaderSplitsDocumentsAndNormalisesIOB1() throws {
        let text = """
        -DOCSTART- -X- O O

        EU NNP I-NP I-ORG
        rejects VBZ I-VP O
        German JJ I-NP I-MISC
        call NN I-NP O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- -X- O

        Japan NNP I-NP I-LOC
        """
        let docs = try CoNLLReader.parse(text)
        #expect(docs.count == 2)
        #expect(docs[0].sentences.count == 2)
        #expect(docs[0].sentences[1].gold == [.begin(.person), .inside(.person)])
        #expect(docs[1].sentences[0].tokens == ["Japan"])
    }
}
