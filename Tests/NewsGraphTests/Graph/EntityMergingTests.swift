import Testing
import TestSupport
@testable import NewsGraph

/// Cross-article merging: deterministic, order-independent, never joining two people.
@Suite struct EntityMergingTests {
    let articles = [
        (id: "r1", text: "Treasury Secretary James Baker said the dollar was stable. Baker spoke in Washington."),
        (id: "r2", text: "White House chief of staff Howard Baker said the President would decide."),
        (id: "r3", text: "Treasury Secretary Baker told Congress the deficit would fall."),
        (id: "r4", text: "Vulcan Inc said it expects a loss. Vulcan shares fell, analysts at Merrill Lynch said."),
        (id: "r5", text: "Analysts said Vulcan Corp would report a weak first quarter."),
    ]

    func people(_ graph: KnowledgeGraph) -> [GraphNode] { graph.nodes(ofType: "schema:Person") }

    @Test func everyOrderGivesTheSameGraph() {
        let forward = JSONLDWriter().write(Analysis.graph(articles))
        let backward = JSONLDWriter().write(Analysis.graph(articles.reversed()))
        let shuffled = JSONLDWriter().write(Analysis.graph([articles[2], articles[0], articles[4], articles[1], articles[3]]))
        #expect(forward == backward)
        #expect(forward == shuffled)
    }

    @Test func twoBakersStayTwoPeople() throws {
        let graph = Analysis.graph(articles)
        let names = Set(people(graph).compactMap { $0.string("schema:name") })
        #expect(names.isSuperset(of: ["James Baker", "Howard Baker"]))
        for node in people(graph) {
            let forms = Set([node.string("schema:name")!] + node.values("schema:alternateName").map(\.text))
            #expect(!(forms.contains("James Baker") && forms.contains("Howard Baker")))
        }
    }

    @Test func anAmbiguousSurnameFollowsTheOfficeItHolds() throws {
        let graph = Analysis.graph(articles)
        let james = try #require(people(graph).first { $0.string("schema:name") == "James Baker" })
        let r3 = try #require(graph["ngid:article/r3"])
        #expect(r3.links("schema:mentions").contains(james.id))
    }

    @Test func legalFormsDoNotSplitACompany() throws {
        let graph = Analysis.graph(articles)
        let vulcans = graph.nodes(ofType: "schema:Organization").filter { $0.string("schema:name")?.hasPrefix("Vulcan") == true }
        #expect(vulcans.count == 1)
        let vulcan = try #require(vulcans.first)
        let forms = Set([vulcan.string("schema:name")!] + vulcan.values("schema:alternateName").map(\.text))
        #expect(forms.isSuperset(of: ["Vulcan Inc", "Vulcan Corp"]))
        let mentioning = graph.nodes(ofType: "schema:NewsArticle").filter { $0.links("schema:mentions").contains(vulcan.id) }
        #expect(mentioning.map(\.id).sorted() == ["ngid:article/r4", "ngid:article/r5"])
    }

    @Test func creditsArePeopleOfTheArticleNotOfTheStory() throws {
        var article = Article(id: "c1", date: "2019-06-28", body: "Economy Minister Toshimitsu Motegi met Robert Lighthizer in Osaka.", source: SourceLocation(path: "test"))
        article.authors = ["Tetsushi Kajimoto"]
        article.editors = ["William Mallard"]
        article.photographers = ["Rodrigo Garrido"]
        var builder = GraphBuilder()
        builder.add(Analysis.pipeline.analyze(article))
        let graph = builder.build()
        let node = try #require(graph["ngid:article/c1"])
        func names(_ iris: [String]) -> [String] { iris.compactMap { graph[$0]?.string("schema:name") } }
        #expect(names(node.links("schema:author")) == ["Tetsushi Kajimoto"])
        #expect(names(node.links("schema:editor")) == ["William Mallard"])
        let photo = try #require(node.links("schema:image").first.flatMap { graph[$0] })
        #expect(names(photo.links("schema:creator")) == ["Rodrigo Garrido"])
        let credited = Set(node.links("schema:author") + node.links("schema:editor") + photo.links("schema:creator"))
        #expect(credited.allSatisfy { graph[$0]?.types.contains("schema:Person") == true })
        #expect(credited.isDisjoint(with: node.links("schema:mentions")))
        #expect(credited.allSatisfy { graph[$0]?.links("schema:memberOf").isEmpty == true })
    }
}
