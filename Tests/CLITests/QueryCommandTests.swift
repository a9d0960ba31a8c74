import Foundation
import Testing
import TestSupport

/// A graph of the example articles, built once by the binary for the CLI tests.
enum CLIGraphs {
    static let examples: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-examples-\(getpid())")
        let examples = TestPaths.packageRoot.appendingPathComponent("Examples").path
        _ = try? BinaryRunner.run(["build", examples, "-o", dir.path, "--formats", "jsonld", "--quiet"])
        return dir.appendingPathComponent("graph.jsonld").path
    }()

    /// The reference article's graph (built from the JSONL, which has the date), when ../shared is present.
    static let reference: String? = {
        guard let jsonl = TestPaths.referenceArticleJSONL else { return nil }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-reference-\(getpid())")
        _ = try? BinaryRunner.run(["build", jsonl.path, "-o", dir.path, "--formats", "jsonld", "--quiet"])
        return dir.appendingPathComponent("graph.jsonld").path
    }()

    static func json(_ text: String) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] ?? []
    }
}

/// `newsgraph query`, run as a user runs it.
@Suite struct QueryCommandTests {
    let graph = CLIGraphs.examples

    @Test func entitiesAsJSONAndTable() throws {
        let result = try BinaryRunner.run(["query", graph, "entities", "--type", "person", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = CLIGraphs.json(result.stdout)
        #expect(rows.contains { $0["name"] as? String == "Valdis Dombrovskis" && $0["type"] as? String == "Person" })
        #expect(rows.allSatisfy { $0["type"] as? String == "Person" })
        let table = try BinaryRunner.run(["query", graph, "entities", "--match", "dombrov"])
        #expect(table.stdout.hasPrefix("NAME ") && table.stdout.contains("Valdis Dombrovskis"))
        #expect(table.stdout.split(separator: "\n").count == 2)
    }

    @Test func whoMetWithEvidenceInEveryFormat() throws {
        let json = try BinaryRunner.run(["query", graph, "who-met", "dombrovskis", "--evidence", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = CLIGraphs.json(json.stdout)
        #expect(rows.count == 1)
        #expect(rows.first?["counterpart"] as? String == "Mary Ng")
        #expect(rows.first?["topic"] as? String == "dairy quotas")
        #expect(rows.first?["date"] as? String == "2023-05-16")
        let evidence = rows.first?["evidence"] as? [[String: Any]]
        #expect(evidence?.first?["article"] as? String == "brussels-farm-talks")
        #expect((evidence?.first?["sentence"] as? String)?.contains("Dombrovskis") == true)
        let jsonl = try BinaryRunner.run(["query", graph, "who-met", "Mary Ng", "--jsonl"])
        #expect(jsonl.stdout.split(separator: "\n").count == 1 && jsonl.stdout.contains("\"counterpart\": \"Valdis Dombrovskis\""))
        let csv = try BinaryRunner.run(["query", graph, "who-met", "Mary Ng", "--csv"])
        #expect(csv.stdout.hasPrefix("counterpart,date,place,topic,status,event,articles\r\n"))
        let table = try BinaryRunner.run(["query", graph, "who-met", "Mary Ng", "--evidence"])
        #expect(table.stdout.contains("    ↳ [brussels-farm-talks] "))
    }

    @Test func questionFirstAlsoWorks() throws {
        let result = try BinaryRunner.run(["query", "who-met", graph, "Mary Ng", "--csv"])
        #expect(result.status == 0 && result.stdout.contains("Valdis Dombrovskis"))
    }

    @Test func eachQuestionAnswers() throws {
        for question in [["relations", "Mary Ng"], ["roles", "Mary Ng"], ["holders", "Trade Minister"], ["events", "--type", "meeting"],
                         ["triples", "--subject", "Mary Ng", "--predicate", "name"], ["path", "Mary Ng", "Canada"]] {
            let result = try BinaryRunner.run(["query", graph] + question + ["--json"])
            #expect(result.status == 0, "\(question): \(result.stderr)")
            #expect(!CLIGraphs.json(result.stdout).isEmpty, "\(question)")
        }
        let said = try BinaryRunner.run(["query", graph, "said", "Mary Ng"])
        #expect(said.status == 0)
    }

    @Test func unknownNameSuggestsTheNearest() throws {
        let result = try BinaryRunner.run(["query", graph, "who-met", "Dombrovskys"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no entity named \"Dombrovskys\"; did you mean: Valdis Dombrovskis (Person)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func ambiguousNameListsTheCandidates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let context = "{\"schema\": \"https://schema.org/\", \"ng\": \"https://w3id.org/newsgraph/vocab#\", \"ngid\": \"https://w3id.org/newsgraph/id/\"}"
        let path = try dir.write("smiths.jsonld", """
            {"@context": \(context), "@graph": [
              {"@id": "ngid:person/jane-smith", "@type": "schema:Person", "schema:name": "Jane Smith", "ng:mentionCount": 2},
              {"@id": "ngid:person/john-smith", "@type": "schema:Person", "schema:name": "John Smith", "ng:mentionCount": 5}
            ]}
            """)
        let result = try BinaryRunner.run(["query", path, "roles", "smith"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\"smith\" is ambiguous"))
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.contains { $0.contains("John Smith (Person, 5 mentions) ngid:person/john-smith") })
        #expect(lines.contains { $0.contains("Jane Smith (Person, 2 mentions) ngid:person/jane-smith") })
        // The IRI picks one.
        let chosen = try BinaryRunner.run(["query", path, "roles", "ngid:person/jane-smith"])
        #expect(chosen.status == 0 && chosen.stderr.contains("no results"))
    }

    @Test func filesThatAreNotGraphsAreRejectedInOneLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let full = try String(contentsOfFile: graph, encoding: .utf8)
        let cases: [(String, String, String)] = [
            ("package.json", "{\"name\": \"x\", \"version\": \"1\"}", "not a NewsGraph graph"),
            ("cut.jsonld", String(full.prefix(full.count / 2)), "truncated"),
            ("notes.txt", "just some notes\n", "not a NewsGraph graph: not JSON"),
            ("edited.jsonld", full.replacingOccurrences(of: "{\"@id\": \"ngid:person/mary-ng\"}", with: "{\"@id\": \"ngid:person/mary-nq\"}"), "which is not in the graph"),
        ]
        for (name, text, expected) in cases {
            let path = try dir.write(name, text)
            let result = try BinaryRunner.run(["query", path, "entities"])
            #expect(result.status != 0, "\(name)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(name): \(result.stderr)")
            #expect(result.stderr.contains(path) && result.stderr.contains(expected), "\(name): \(result.stderr)")
        }
        let missing = try BinaryRunner.run(["query", "/no/such/graph.jsonld", "entities"])
        #expect(missing.status != 0 && missing.stderr.contains("/no/such/graph.jsonld: no such file"))
    }

    @Test func badQuestionsAndOptionsAreExplained() throws {
        let unknown = try BinaryRunner.run(["query", graph, "who-likes", "x"])
        #expect(unknown.status != 0 && unknown.stderr.contains("unknown question 'who-likes'"))
        let date = try BinaryRunner.run(["query", graph, "who-met", "Mary Ng", "--from", "May 2023"])
        #expect(date.status != 0 && date.stderr.contains("is not a date"))
        let formats = try BinaryRunner.run(["query", graph, "entities", "--json", "--csv"])
        #expect(formats.status != 0 && formats.stderr.contains("choose one of --json, --jsonl, --csv"))
        let help = try BinaryRunner.run(["query", "--help"])
        #expect(help.status == 0 && help.stdout.contains("who-met NAME"))
        let questionHelp = try BinaryRunner.run(["query", graph, "who-met", "--help"])
        #expect(questionHelp.status == 0 && questionHelp.stdout.contains("--about"))
    }
}

/// The questions of the issue on the reference article (skipped without ../shared).
@Suite(.enabled(if: TestPaths.referenceArticleJSONL != nil, "../shared is absent"))
struct QueryReferenceArticleTests {
    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try BinaryRunner.run(["query", CLIGraphs.reference!] + arguments + ["--json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return CLIGraphs.json(result.stdout)
    }

    @Test func motegiMetLighthizerInOsakaAboutTrade() throws {
        let met = try rows(["who-met", "Motegi"])
        #expect(met.contains { row in
            row["counterpart"] as? String == "Robert Lighthizer" && row["place"] as? String == "Osaka"
                && row["date"] as? String == "2019-06-28" && (row["topic"] as? String)?.contains("trade") == true
        }, "\(met)")
    }

    @Test func trumpPlansToMeetXi() throws {
        let met = try rows(["who-met", "Trump"])
        #expect(met.contains { $0["counterpart"] as? String == "Xi Jinping" && $0["status"] as? String == "planned" }, "\(met)")
    }

    @Test func lighthizerIsTradeRepresentative() throws {
        #expect(try rows(["holders", "Trade Representative"]).map { $0["holder"] as? String } == ["Robert Lighthizer"])
        #expect(try rows(["holders", "U.S. Trade Representative"]).map { $0["holder"] as? String } == ["Robert Lighthizer"])
    }

    @Test func motegiAndTrumpAreLinkedWithEvidence() throws {
        let hops = try rows(["path", "Motegi", "Trump"])
        let first = hops.filter { $0["chain"] as? Int == 1 }
        #expect(first.first?["from"] as? String == "Toshimitsu Motegi")
        #expect(first.last?["to"] as? String == "Donald Trump")
        #expect(first.allSatisfy { (($0["evidence"] as? [[String: Any]])?.first?["sentence"] as? String)?.isEmpty == false }, "\(hops)")
    }
}
