import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite("Beam search and global training")
struct BeamSearchTests {
    // "They met on Saturday in Osaka": met is the root; They ← met; on ← Saturday ← met; in ← Osaka ← met.
    static let heads = [0, 2, 0, 4, 2, 6, 2]
    static let labels = [0, 26, 34, 6, 29, 6, 29]

    @Test("the gold transition sequence rebuilds the tree, the root's arc in the root group")
    func goldSequence() throws {
        let sequence = try #require(GoldTransitions.sequence(heads: Self.heads, labels: Self.labels))
        var state = ArcEagerState(wordCount: 6)
        for step in sequence {
            #expect(RelationGroups.isValid(step.transition, in: state))
            let (action, group) = RelationGroups.decode(step.transition)
            if action == .right && state.s0 == 0 { #expect(group == RelationGroups.root) }
            state.apply(action, label: step.relation)
        }
        #expect(state.isTerminal)
        #expect(Array(state.heads[1...]) == Array(Self.heads[1...]))
        #expect(Array(state.labels[1...]) == Array(Self.labels[1...]))
    }

    @Test("a tree with two dependents of the root has no gold sequence")
    func unbuildable() {
        #expect(GoldTransitions.sequence(heads: [0, 0, 0], labels: [0, 34, 34]) == nil)
    }

    @Test("a beam of width 1 makes the greedy decoder's decisions; wider beams keep at most their width, best first")
    func beamWidths() throws {
        let parser = try DependencyParser.loadDefault()
        let forms = ["The", "agreement", "between", "Motegi", "and", "Lighthizer", "comes", "after", "a", "meeting", "."]
        let words = SyntaxWords(forms, clusters: parser.clusters)
        var scratch = ParserScratch()
        let tags = POSTagging.tag(words, table: parser.tagTable, features: &scratch.features)
        let greedy = parser.withBeamWidth(1).parse(words, tags: tags, scratch: &scratch)
        let wordFeatures = ParserWordFeatures(words, tags: tags)
        for width in [1, 2, 8] {
            var beam = TransitionBeam(width: width, wordCount: words.count)
            var scorer = QuantizedTransitionScorer(actionTable: parser.actionTable, labelTable: parser.labelTable,
                                                   words: wordFeatures)
            while !beam.isFinished {
                beam.advance(words: wordFeatures, scorer: &scorer)
                #expect(beam.hypotheses.count <= width)
                #expect(zip(beam.hypotheses, beam.hypotheses.dropFirst()).allSatisfy { $0.score >= $1.score })
            }
            if width == 1 { #expect(Array(beam.best.state.heads[1...]) == Array(greedy.heads[1...])) }
        }
    }

    @Test("global training learns a sentence it is shown, and is deterministic")
    func globalTraining() throws {
        let clusters = try DependencyParser.loadDefault().clusters
        let words = SyntaxWords(["They", "met", "on", "Saturday", "in", "Osaka"], clusters: clusters)
        let tags = [UPOS.PRON, .VERB, .ADP, .PROPN, .ADP, .PROPN].map(\.rawValue)
        let gold = try #require(GoldTransitions.sequence(heads: Self.heads, labels: Self.labels))
        var a = GlobalParserTraining(width: 4, actionHashBits: 12, labelHashBits: 10)
        var b = GlobalParserTraining(width: 4, actionHashBits: 12, labelHashBits: 10)
        var updates: [Bool] = []
        for _ in 0..<10 {
            updates.append(a.learn(words: words, tags: tags, gold: gold))
            _ = b.learn(words: words, tags: tags, gold: gold)
        }
        #expect(updates.first == true)
        #expect(updates.last == false)
        #expect(a.scorer.actions.weights == b.scorer.actions.weights)
    }
}
