import Testing
import TestSupport
@testable import NewsGraph

/// Agreements and disputes are relations too: `relations`, paths and diagrams see them.
@Suite struct AgreementRelationsTests {
    static let index = GraphIndex(Analysis.graph([
        (id: "a", text: "Japan and the United States agreed on Friday to cut tariffs on beef. China and the United States are locked in a trade dispute."),
    ]))

    func id(_ name: String) -> String {
        Self.index.graph.sortedNodes.first { $0.string("schema:name") == name }!.id
    }

    @Test func partiesAreRelated() {
        let relations = Self.index.relations(of: id("United States"))
        let accords = relations.filter { $0.kind == .accord }.map { ($0.seen(from: id("United States")).other, $0.label) }
        #expect(accords.contains { $0.0 == id("Japan") && $0.1 == "agreement with" })
        #expect(accords.contains { $0.0 == id("China") && $0.1 == "dispute with" })
    }
}
