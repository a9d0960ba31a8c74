import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite struct NameMatchingTests {
    let index = QueryFixture.index

    @Test(arguments: [
        ("Toshimitsu Motegi", "ngid:person/toshimitsu-motegi"), ("MOTEGI", "ngid:person/toshimitsu-motegi"),
        ("jose sanchez", "ngid:person/jose-sanchez"), ("Sánchez", "ngid:person/jose-sanchez"),
        ("US", "ngid:country/united-states"), ("u.s.", "ngid:country/united-states"),
        ("Xi", "ngid:person/xi-jinping"), ("ngid:city/osaka", "ngid:city/osaka"), ("city/osaka", "ngid:city/osaka"),
        ("John Smith", "ngid:person/john-smith"),
    ])
    func resolves(_ query: String, _ expected: String) {
        #expect(index.resolve(query) == .found(expected))
    }

    @Test func ambiguousSurnameListsBothMostMentionedFirst() {
        #expect(index.resolve("Smith") == .ambiguous(["ngid:person/john-smith", "ngid:person/jane-smith"]))
        #expect(throws: QueryError.self) { try GraphQueries(index: index).resolve("smith") }
        do { _ = try GraphQueries(index: index).resolve("smith") } catch {
            #expect("\(error)".contains("ambiguous") && "\(error)".contains("John Smith") && "\(error)".contains("ngid:person/jane-smith"))
        }
    }

    @Test func unknownNameSuggestsNearest() {
        guard case .unknown(let suggestions) = index.resolve("Lighthiser") else { Issue.record("resolved"); return }
        #expect(suggestions.first == "ngid:person/robert-lighthizer")
        guard case .unknown(let s2) = index.resolve("Motegy") else { Issue.record("resolved"); return }
        #expect(s2.first == "ngid:person/toshimitsu-motegi")
        #expect(index.resolve("Zzyzx Qwerty") == .unknown(suggestions: []))
    }

    @Test func typesRestrictCandidates() {
        #expect(index.resolve("Osaka", types: ["schema:Person"]) == .unknown(suggestions: []))
    }
}

@Suite struct GraphQueriesTests {
    let queries = GraphQueries(index: QueryFixture.index, evidence: true)

    func column(_ table: ResultTable, _ name: String) -> [String] {
        let c = table.columns.firstIndex(of: name)!
        return table.rows.map { $0[c].plain }
    }

    @Test func whoMetListsCounterpartDatePlaceTopic() throws {
        let table = try queries.whoMet("Motegi", filter: FactFilter())
        #expect(column(table, "counterpart") == ["Robert Lighthizer", "Robert Lighthizer"])
        #expect(column(table, "date") == ["2019-06-28", "2019-09"])
        #expect(column(table, "place") == ["Osaka", ""])
        #expect(column(table, "topic") == ["trade", "autos"])
        #expect(column(table, "event") == ["G20 summit", ""])
        #expect(column(table, "articles") == ["a1", "a2"])
        #expect(column(table, "evidence")[0].contains("U.S. Trade Representative Robert Lighthizer"))
    }

    @Test func whoMetFilters() throws {
        #expect(try queries.whoMet("Motegi", filter: FactFilter(about: "trade")).rows.count == 1)
        #expect(try queries.whoMet("Motegi", filter: FactFilter(from: "2019-07")).rows.count == 1)
        #expect(try queries.whoMet("Motegi", filter: FactFilter(from: "2019-09-15", to: "2019-12")).rows.count == 1)  // a month overlaps
        #expect(try queries.whoMet("Motegi", filter: FactFilter(to: "2019-06-27")).rows.isEmpty)
        let trump = try queries.whoMet("Trump", filter: FactFilter(status: "planned"))
        #expect(column(trump, "counterpart") == ["Xi Jinping"] && column(trump, "status") == ["planned"])
        #expect(try queries.whoMet("Trump", filter: FactFilter(status: "happened")).rows.isEmpty)
    }

    @Test func holdersReadsTheCountryOffTheOffice() throws {
        #expect(column(try queries.holders("Trade Representative", of: nil), "holder") == ["Robert Lighthizer"])
        #expect(column(try queries.holders("U.S. Trade Representative", of: nil), "holder") == ["Robert Lighthizer"])
        #expect(column(try queries.holders("president", of: "United States"), "holder") == ["Donald Trump"])
        #expect(throws: QueryError.self) { try queries.holders("President", of: "Japan") }
        #expect(throws: QueryError.self) { try queries.holders("Trade Represenative", of: nil) }
    }

    @Test func rolesAndSaid() throws {
        #expect(column(try queries.roles("Lighthizer"), "role") == ["Trade Representative"])
        #expect(column(try queries.roles("Lighthizer"), "of") == ["United States"])
        #expect(column(try queries.said("John Smith"), "quotation") == ["it went well"])
    }

    @Test func pathChainsRelationsWithEvidence() throws {
        let table = try queries.path("Motegi", "Trump", maxHops: 4)
        // Motegi –met– Lighthizer –Trade Representative of– United States –has President– Trump.
        let chain = table.rows.filter { $0[0] == .number(1) }
        #expect(chain.map { $0[2].plain } == ["Toshimitsu Motegi", "Robert Lighthizer", "United States"])
        #expect(chain.map { $0[4].plain } == ["Robert Lighthizer", "United States", "Donald Trump"])
        #expect(chain.map { $0[3].plain } == ["met", "Trade Representative of", "has President"])
        #expect(chain.allSatisfy { !$0[7].plain.isEmpty })
        #expect(throws: QueryError.self) { try queries.path("Motegi", "Trump", maxHops: 2) }
    }

    @Test func relationsAreGrouped() throws {
        let table = try queries.relations("Lighthizer")
        let groups = column(table, "group")
        #expect(groups.first == "roles")
        #expect(groups.contains("meetings") && groups.contains("meeting places") && groups.last == "articles")
        #expect(column(table, "other").contains("Osaka"))
    }

    @Test func entitiesEventsAndTriples() throws {
        let people = try queries.entities(type: "person", match: nil)
        #expect(column(people, "name").first == "Toshimitsu Motegi")
        #expect(column(try queries.entities(type: nil, match: "smi"), "name") == ["John Smith", "Jane Smith \"JS\""])
        #expect(throws: QueryError.self) { try queries.entities(type: "planet", match: nil) }
        let events = try queries.events(kind: "meeting", at: "Osaka", filter: FactFilter())
        #expect(column(events, "date") == ["2019-06-28"])
        let triples = try queries.triples(subject: nil, predicate: "attendee", object: "Xi Jinping")
        #expect(column(triples, "subject") == ["ngid:meeting/donald-trump+xi-jinping/2019-06-29"])
        #expect(column(try queries.triples(subject: "Osaka", predicate: "schema:name", object: nil), "object") == ["Osaka"])
        #expect(column(try queries.triples(subject: nil, predicate: "rdf:type", object: "ng:Meeting"), "subject").count == 3)
    }

    @Test func formats() throws {
        var table = ResultTable(columns: ["name", "n", "list"])
        table.rows = [[.text("a,\"b\""), .number(2), .list(["x", "y"])], [.text("ccc"), .number(10), .list([])]]
        #expect(table.render(.csv) == "name,n,list\r\n\"a,\"\"b\"\"\",2,\"x, y\"\r\nccc,10,\r\n")
        #expect(table.render(.jsonl) == "{\"name\": \"a,\\\"b\\\"\", \"n\": 2, \"list\": [\"x\", \"y\"]}\n{\"name\": \"ccc\", \"n\": 10, \"list\": []}\n")
        let json = try JSONSerialization.jsonObject(with: Data(table.render(.json).utf8)) as? [[String: Any]]
        #expect(json?.count == 2 && json?[1]["n"] as? Int == 10)
        #expect(table.render(.table) == "NAME   N   LIST\na,\"b\"  2   x, y\nccc    10\n")
        #expect(table.render(.table, width: 30).split(separator: "\n").allSatisfy { $0.count <= 30 })
    }
}

/// `add` rebuilds documents from a graph; merging them again must give the same graph.
@Suite struct GraphDocumentsTests {
    @Test func rebuildingTheFixtureGivesTheSameGraph() {
        let index = QueryFixture.index
        var builder = GraphBuilder()
        for document in GraphDocuments.documents(from: index, source: "fixture") { builder.add(document) }
        let rebuilt = builder.build()
        for id in ["ngid:meeting/robert-lighthizer+toshimitsu-motegi/2019-06-28", "ngid:quotation/a2/1", "ngid:evidence/a1/9/0-5"] {
            #expect(rebuilt[id]?.properties == index[id]?.properties, "\(id)")
        }
        #expect(rebuilt["ngid:person/toshimitsu-motegi"]?.string("ng:mentionCount") == "5")
    }

    /// Building two example articles and adding the third gives byte for byte the graph of all three.
    @Test func addingEqualsOneBigBuild() throws {
        let examples = TestPaths.packageRoot.appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted().map { examples.appendingPathComponent($0).path }
        let builder = CorpusBuilder(pipeline: Analysis.pipeline)
        let (all, _) = try builder.build(paths: files)
        for last in files.indices {
            let (first, _) = try builder.build(paths: files.enumerated().filter { $0.offset != last }.map(\.element))
            let written = JSONLDWriter().write(first)
            let loaded = try Array(written.utf8).withUnsafeBufferPointer { try JSONLDReader().read(bytes: $0, path: "first") }
            var merge = GraphBuilder()
            for document in GraphDocuments.documents(from: GraphIndex(loaded), source: "first") { merge.add(document) }
            for article in try ArticleReader.read(path: files[last]) { merge.add(Analysis.pipeline.analyze(article)) }
            let same = JSONLDWriter().write(merge.build()) == JSONLDWriter().write(all)
            #expect(same, "adding \(files[last])")
        }
    }

    @Test func sameContentComparesHeadlineDateAndSentences() throws {
        let index = QueryFixture.index
        var article = Article(id: "a2", title: "Again", date: "2019-09-01", body: "Motegi met Lighthizer again in September to talk about autos.", source: SourceLocation(path: "x"))
        // a2 also quotes Smith at offset 0; a body lacking that sentence is a different article.
        #expect(!GraphDocuments.sameContent(article, in: index))
        article.title = "Other"
        #expect(!GraphDocuments.sameContent(article, in: index))
    }
}
