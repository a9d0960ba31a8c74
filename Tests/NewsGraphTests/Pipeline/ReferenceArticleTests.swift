import Foundation
import Testing
import TestSupport
@testable import NewsGraph

/// The reference article (../shared/examples): the graph must hold what a reader gets from it.
@Suite(.enabled(if: TestPaths.referenceArticleJSONL != nil, "../shared/examples is absent"))
struct ReferenceArticleTests {
    static let graph: KnowledgeGraph = {
        let builder = CorpusBuilder(pipeline: Analysis.pipeline)
        return try! builder.build(paths: [TestPaths.referenceArticleJSONL!.path]).0
    }()

    func node(_ type: String, _ name: String) -> GraphNode? {
        Self.graph.nodes(ofType: type).first { $0.string("schema:name") == name }
    }

    @Test(arguments: ["Toshimitsu Motegi", "Robert Lighthizer", "Donald Trump", "Xi Jinping", "Shinzo Abe"])
    func people(_ name: String) {
        #expect(node("schema:Person", name) != nil)
    }

    @Test func aliases() {
        #expect(node("schema:Person", "Toshimitsu Motegi")?.values("schema:alternateName").map(\.text).contains("Motegi") == true)
        #expect(node("schema:Person", "Donald Trump")?.values("schema:alternateName").map(\.text).contains("Trump") == true)
        #expect(node("schema:Country", "United States")?.values("schema:alternateName").map(\.text).contains("U.S.") == true)
        #expect(node("schema:Person", "Motegi") == nil)
        #expect(Self.graph.nodes(ofType: "schema:Place").allSatisfy { $0.string("schema:name") != "Motegi" })
    }

    @Test(arguments: ["Japan", "United States", "China", "Chile"])
    func countries(_ name: String) {
        #expect(node("schema:Country", name)?.string("schema:identifier") != nil)
    }

    @Test func organizationsAndCredits() {
        #expect(node("schema:Organization", "Liberal Democratic Party") != nil)
        #expect(node("schema:Organization", "Reuters") != nil)
        let article = Self.graph.nodes(ofType: "schema:NewsArticle").first!
        let authors = article.links("schema:author").compactMap { Self.graph[$0]?.string("schema:name") }
        let editors = article.links("schema:editor").compactMap { Self.graph[$0]?.string("schema:name") }
        #expect(authors == ["Tetsushi Kajimoto"])
        #expect(editors.sorted() == ["Clarence Fernandez", "William Mallard"])
    }

    func meetings(with names: Set<String>) -> [GraphNode] {
        Self.graph.nodes(ofType: "ng:Meeting").filter { meeting in
            Set(meeting.links("schema:attendee").compactMap { Self.graph[$0]?.string("schema:name") }) == names
        }
    }

    @Test func motegiMetLighthizer() throws {
        let meeting = try #require(meetings(with: ["Toshimitsu Motegi", "Robert Lighthizer"]).first)
        #expect(meeting.string("ng:status") == "happened")
        #expect(meeting.string("schema:startDate") == "2019-06-28")
        #expect(meeting.links("schema:location").compactMap { Self.graph[$0]?.string("schema:name") } == ["Osaka"])
        #expect(meeting.string("schema:about") == "trade")
        #expect(meeting.links("schema:superEvent").compactMap { Self.graph[$0]?.string("schema:name") } == ["G20 summit"])
        #expect(meeting.links("prov:wasDerivedFrom") == ["ngid:article/japan-us-trade-talks-osaka"])
        let evidence = try #require(meeting.links("ng:evidence").first.flatMap { Self.graph[$0] })
        #expect(evidence.string("schema:text")?.contains("Lighthizer") == true)
    }

    @Test func trumpAndXiArePlanned() throws {
        let meeting = try #require(meetings(with: ["Donald Trump", "Xi Jinping"]).first)
        #expect(meeting.string("ng:status") == "planned")
        #expect(meeting.string("schema:startDate") == "2019-06-29")
    }

    @Test func japanAndUnitedStatesWorkingLevelMeetings() throws {
        let meeting = try #require(meetings(with: ["Japan", "United States"]).first)
        #expect(meeting.string("ng:status") == "planned")
        #expect(meeting.string("schema:startDate") == "2019-07")
    }

    @Test func rolesAndQuotation() {
        let roles = Self.graph.nodes(ofType: "schema:OrganizationRole")
        func has(_ person: String, _ role: String, _ org: String?) -> Bool {
            guard let p = node("schema:Person", person) else { return false }
            return p.links("schema:memberOf").contains { id in
                guard let r = roles.first(where: { $0.id == id }), r.string("schema:roleName") == role else { return false }
                return org == nil || r.links("schema:memberOf").compactMap { Self.graph[$0]?.string("schema:name") } == [org!]
            }
        }
        #expect(has("Robert Lighthizer", "Trade Representative", "United States"))
        #expect(has("Toshimitsu Motegi", "Minister of Economic Revitalization", "Japan"))
        #expect(has("Toshimitsu Motegi", "Economy Minister", nil))
        #expect(has("Donald Trump", "President", "United States"))
        #expect(has("Xi Jinping", "President", "China"))
        #expect(has("Shinzo Abe", "Prime Minister", nil))
        let quotes = Self.graph.nodes(ofType: "schema:Quotation")
        #expect(quotes.contains { $0.links("schema:creator") == [node("schema:Person", "Toshimitsu Motegi")!.id] && $0.string("schema:text")?.hasPrefix("We share understanding") == true })
    }

    @Test func everyFactHasProvenanceAndOffsets() {
        for node in Self.graph.sortedNodes where node.types.contains("schema:OrganizationRole") || node.types.contains("ng:Meeting") || node.types.contains("schema:Quotation") {
            #expect(!node.links("prov:wasDerivedFrom").isEmpty, "\(node.id)")
            guard let evidence = node.links("ng:evidence").first.flatMap({ Self.graph[$0] }) else {
                Issue.record("no evidence on \(node.id)"); continue
            }
            let start = Int(evidence.string("ng:sentenceStart") ?? "") ?? -1
            let end = Int(evidence.string("ng:sentenceEnd") ?? "") ?? -1
            #expect(start >= 0 && end > start)
        }
    }

    @Test func evidenceOffsetsMatchTheBody() throws {
        let line = try String(contentsOf: TestPaths.referenceArticleJSONL!, encoding: .utf8)
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let body = Array((record["body"] as! String).unicodeScalars)
        for evidence in Self.graph.nodes(ofType: "ng:Evidence") {
            let start = Int(evidence.string("ng:sentenceStart")!)!, end = Int(evidence.string("ng:sentenceEnd")!)!
            #expect(String(String.UnicodeScalarView(body[start..<end])) == evidence.string("schema:text"))
        }
    }
}
