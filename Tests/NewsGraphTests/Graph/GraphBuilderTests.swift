import Testing
import TestSupport
@testable import NewsGraph

@Suite struct GraphBuilderTests {
    let a = (id: "a", text: "U.S. President Donald Trump met Japanese Prime Minister Shinzo Abe in Tokyo on Monday.")
    let b = (id: "b", text: "President Trump said the talks with Prime Minister Abe went well. Howard Baker and James Baker were not there.")

    @Test func mergingIsOrderIndependent() {
        let ab = JSONLDWriter().write(Analysis.graph([a, b]))
        let ba = JSONLDWriter().write(Analysis.graph([b, a]))
        #expect(ab == ba)
    }

    @Test func surnamesJoinTheOnlyFullNameInTheCorpus() {
        let graph = Analysis.graph([a, b])
        let people = graph.nodes(ofType: "schema:Person").compactMap { $0.string("schema:name") }
        #expect(people.contains("Donald Trump"))
        #expect(!people.contains("Trump"))
        let trump = graph.nodes(ofType: "schema:Person").first { $0.string("schema:name") == "Donald Trump" }!
        let mentioning = graph.nodes(ofType: "schema:NewsArticle").filter { $0.links("schema:mentions").contains(trump.id) }
        #expect(mentioning.count == 2)
    }

    @Test func differentPeopleWithOneSurnameStayApart() {
        let graph = Analysis.graph([b])
        let people = Set(graph.nodes(ofType: "schema:Person").compactMap { $0.string("schema:name") })
        #expect(people.isSuperset(of: ["Howard Baker", "James Baker"]))
    }

    @Test func slugsAreStableAndReadable() {
        #expect(Vocabulary.slug("Toshimitsu Motegi") == "toshimitsu-motegi")
        #expect(Vocabulary.slug("François Mitterrand") == "francois-mitterrand")
        #expect(Vocabulary.slug("U.S.") == "u-s")
        #expect(Vocabulary.slug("茂木 敏充") == "茂木-敏充")
        #expect(Vocabulary.slug("!!!") == "unnamed")
    }
}
