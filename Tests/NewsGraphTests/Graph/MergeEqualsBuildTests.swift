import Foundation
import Testing
import TestSupport
@testable import NewsGraph

/// Merging the N-Quads of any split of a corpus gives, byte for byte, the graph one build of the
/// whole corpus gives (JSON-LD and N-Triples): random splits, seeded so that a failure reproduces.
@Suite struct MergeEqualsBuildTests {
    /// A few hundred Reuters articles when ../shared is present, else the project's examples.
    static let documents: [Document] = {
        let articles: [Article]
        if let shared = TestPaths.shared {
            let path = shared.appendingPathComponent("data/reuters21578/articles.jsonl").path
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            let firstLines = bytes.split(separator: 10, omittingEmptySubsequences: false).prefix(300).joined(separator: [10])
            articles = (try? ArticleReader.readJSONLines(Array(firstLines), path: path)) ?? []
        } else {
            articles = ((try? ArticleReader.inputFiles([TestPaths.packageRoot.appendingPathComponent("Examples").path]).flatMap { try ArticleReader.read(path: $0) }) ?? [])
                + crossArticleExamples
        }
        return CorpusBuilder(pipeline: Analysis.pipeline).analyze(articles)
    }()

    /// Without ../shared: articles of our own whose graph needs decisions across articles (a bare
    /// surname in one article is the full name of another), so that a split can change the result.
    static let crossArticleExamples: [Article] = [
        ("talks-1", "2019-06-27", "U.S. President Ronald Reagan met Japanese Prime Minister Yasuhiro Nakasone in Washington on Thursday to discuss trade."),
        ("talks-2", "2019-06-28", "Reagan told reporters on Friday that his talks with Nakasone had gone well."),
        ("talks-3", "2019-06-29", "Nakasone will visit Paris next month, officials in Tokyo said on Saturday."),
        ("talks-4", "2019-06-30", "French President Francois Mitterrand said he would welcome Nakasone in Paris."),
    ].map { id, date, body in Article(id: id, title: "Talks", date: date, body: body, source: SourceLocation(path: id + ".txt")) }

    static func outputs(_ graph: KnowledgeGraph) -> [UInt8] { JSONLDWriter().writeBytes(graph) + NTriplesWriter().writeBytes(graph) }

    static let single: [UInt8] = {
        var builder = GraphBuilder()
        for document in documents { builder.add(document) }
        return outputs(builder.build())
    }()

    /// Streams each part to N-Quads (as `build --stream` does), reads the parts back and merges them (as `merge` does).
    static func merged(_ parts: [[Document]]) throws -> [UInt8] {
        var builder = GraphBuilder()
        for (p, part) in parts.enumerated() {
            let quads = part.flatMap(StreamingBuilder.nQuads(of:))
            for document in try PartialGraphs.documents(quads, source: "part-\(p).nq") { builder.add(document) }
        }
        return outputs(builder.build())
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func randomSplitMergesToTheSingleBuild(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let partCount = Int.random(in: 2...9, using: &rng)
        var parts = Array(repeating: [Document](), count: partCount)
        for document in Self.documents.shuffled(using: &rng) { parts[Int.random(in: 0..<partCount, using: &rng)].append(document) }
        #expect(Self.documents.count >= 4)
        #expect(try Self.merged(parts) == Self.single, "seed \(seed), \(partCount) parts of \(parts.map(\.count))")
    }

    @Test func oneArticlePerPartMergesToTheSingleBuild() throws {
        #expect(try Self.merged(Self.documents.reversed().map { [$0] }) == Self.single)
    }

    /// The analyses cross articles: the property above is not trivially met by per-article graphs.
    @Test func theSingleBuildIsNotTheUnionOfPerArticleGraphs() throws {
        var union = KnowledgeGraph()
        for document in Self.documents {
            var builder = GraphBuilder()
            builder.add(document)
            for node in builder.build().nodes.values { union.merge(node) }
        }
        #expect(Self.outputs(union) != Self.single)
    }

    @Test func analysesRoundTripExactly() throws {
        for document in Self.documents.prefix(50) {
            let decoded = try PartialGraphs.documents(StreamingBuilder.nQuads(of: document), source: "x")
            #expect(decoded.count == 1)
            #expect(decoded.first?.entities == document.entities.map { LocalEntity(type: $0.type, name: $0.name, aliases: $0.aliases, mentions: Array(0..<$0.mentions.count), countryCode: $0.countryCode) })
            #expect(decoded.first?.facts == document.facts.map(Self.sortedParticipants))
        }
    }

    static func sortedParticipants(_ fact: Fact) -> Fact {
        switch fact {
        case .meeting(var meeting): meeting.participants.sort(); return .meeting(meeting)
        case .relation(var relation): relation.parties.sort(); return .relation(relation)
        default: return fact
        }
    }

    @Test func aDamagedAnalysisIsAnErrorNotAGuess() throws {
        guard let document = Self.documents.first(where: { !$0.facts.isEmpty }) else { return }
        let text = String(decoding: StreamingBuilder.nQuads(of: document), as: UTF8.self)
        let damaged = text.split(separator: "\n").filter { !$0.contains("/fact/0> <https://w3id.org/newsgraph/vocab#index>") }.joined(separator: "\n")
        #expect(throws: ArticleAnalysis.DecodingError.self) { try PartialGraphs.documents(Array(damaged.utf8), source: "x") }
    }
}
