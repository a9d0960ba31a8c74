import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite("Arc-eager transition system")
struct TransitionSystemTests {
    /// Follows the static oracle; returns the heads and labels built.
    static func followStaticOracle(heads gold: [Int], labels: [Int]) -> (heads: [Int], labels: [Int], zeroCost: Bool) {
        var state = ArcEagerState(wordCount: gold.count - 1)
        var zeroCost = true
        while !state.isTerminal {
            let action = state.staticOracle(gold: gold)
            guard state.isValid(action) else { return (state.heads, state.labels, false) }
            if state.cost(action, gold: gold) != 0 { zeroCost = false }
            let dependent = action == .left ? state.s0 : state.buffer(0)
            state.apply(action, label: labels[max(0, dependent)])
        }
        return (state.heads, state.labels, zeroCost)
    }

    @Test("a small projective tree is rebuilt by the static oracle with zero dynamic cost")
    func smallTree() {
        // "They met on Saturday in Osaka": met is the root; They ← met; on ← Saturday ← met; in ← Osaka ← met.
        let heads = [0, 2, 0, 4, 2, 6, 2]
        let labels = [0, 26, 34, 6, 29, 6, 29]
        let result = Self.followStaticOracle(heads: heads, labels: labels)
        #expect(Array(result.heads[1...]) == Array(heads[1...]))
        #expect(Array(result.labels[1...]) == Array(labels[1...]))
        #expect(result.zeroCost)
    }

    @Test("a wrong transition has a positive cost")
    func wrongTransitionCosts() {
        let heads = [0, 2, 0, 4, 2, 6, 2]
        var state = ArcEagerState(wordCount: 6)
        // They (1) hangs off met (2): attaching it to the root by a right arc loses that arc.
        #expect(state.cost(.right, gold: heads) == 1)
        #expect(state.cost(.shift, gold: heads) == 0)
        state.apply(.shift, label: 0)
        #expect(state.cost(.left, gold: heads) == 0)
        #expect(state.cost(.shift, gold: heads) >= 1)
    }

    @Test("lifting makes a crossing tree projective and keeps a projective one")
    func lifting() {
        // 1 → 3 crosses 2 → 4 (2's head is 0): a non-projective tree.
        let heads = [0, 0, 1, 1, 3]
        let crossing = [0, 2, 0, 1, 2]   // 3 ← 1 spans 2, which 1 does not dominate
        #expect(!Projectivity.isProjective(crossing))
        let lifted = Projectivity.lifted(crossing)
        #expect(Projectivity.isProjective(lifted))
        #expect(Projectivity.lifted(heads) == heads)
    }

    @Test("every projective EWT training tree is reachable by the static oracle, at dynamic cost 0",
          .enabled(if: TestPaths.shared != nil))
    func trainingTreesReachable() throws {
        let url = TestPaths.shared!.appendingPathComponent("data/ud-english-ewt/en_ewt-ud-train.conllu")
        let sentences = try CoNLLU.read(contentsOf: url)
        var projective = 0, lifted = 0
        for s in sentences {
            var heads = [0] + s.words.map { $0.head ?? 0 }
            let labels = [0] + s.words.map { $0.relation.rawValue }
            if !Projectivity.isProjective(heads) {
                heads = Projectivity.lifted(heads)
                #expect(Projectivity.isProjective(heads))
                lifted += 1
            } else {
                projective += 1
            }
            let result = Self.followStaticOracle(heads: heads, labels: labels)
            #expect(result.heads == [ArcEagerState.none] + heads.dropFirst(), "sentence \(s.comment("sent_id") ?? "?")")
            #expect(result.zeroCost, "sentence \(s.comment("sent_id") ?? "?")")
            if result.heads != [ArcEagerState.none] + heads.dropFirst() { break }
        }
        #expect(projective > 12_000)
        #expect(lifted > 0)
    }
}
