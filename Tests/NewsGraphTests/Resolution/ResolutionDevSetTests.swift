import Foundation
import Testing
import TestSupport
@testable import NewsGraph

/// The hand-checked dev set (Tests/Fixtures/resolution/devset.json) scored against the pipeline;
/// skips when the shared corpora are absent.
@Suite(.enabled(if: SharedCorpora.root != nil, "../shared/data is absent"))
struct ResolutionDevSetTests {
    static let shared = SharedCorpora.root
    static let devSetURL = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/resolution/devset.json")

    static let evaluation: ResolutionEvaluation = {
        let devSet = try! ResolutionDevSet.load(devSetURL)
        let articles = try! devSet.readArticles(shared: shared!)
        var evaluation = ResolutionEvaluation()
        evaluation.score(devSet: devSet, documents: articles.map(Analysis.pipeline.analyze))
        return evaluation
    }()

    @Test func everyArticleIsFound() throws {
        let devSet = try ResolutionDevSet.load(Self.devSetURL)
        #expect(devSet.articles.count >= 20)
        #expect(Self.evaluation.articlesScored == devSet.articles.count)
    }

    @Test func entitiesStayAtTheMeasuredLevel() {
        let c = Self.evaluation.counts
        // The first 24 articles measure P 0.900 (144 of 160); the 27 added for issue 12's name classes
        // (harder: royal titles, particles, foreign companies) bring the whole set to P 0.881, R 0.964.
        // The bound leaves room for an error or two from a retrained model, and catches any real regression.
        #expect(c.entityPrecision >= 0.87, "\(Self.evaluation.report)")
        #expect(c.entityRecall >= 0.85, "\(Self.evaluation.report)")
    }

    @Test func noTwoPeopleAreMerged() {
        let c = Self.evaluation.counts
        #expect(c.personMerges == 0, "\(Self.evaluation.errors.filter { $0.contains("MERGE") })")
        #expect(c.crossArticlePersonMerges == 0, "\(Self.evaluation.errors.filter { $0.contains("MERGE") })")
    }

    @Test func rolesMeetTheTargets() {
        let c = Self.evaluation.counts
        #expect(c.rolePrecision >= 0.90, "\(Self.evaluation.report)")
        #expect(c.roleRecall >= 0.75, "\(Self.evaluation.report)")
    }
}

/// The sealed parts of the dev set, each scored once and kept as a floor (every one is dev data since):
/// - sealed.json, scored when issue 12's rules were done (P 0.835, R 0.904; old code P 0.718, R 0.836);
/// - sealed-2.json, annotated by reading only and scored on 2026-12-01 (P 0.755, R 0.882; the code of the day
///   before P 0.744, R 0.871), then tuned on: the floor follows that day's final code (P 0.810, R 0.896);
/// - sealed-3.json, ordinary news, scored once at the end of 2026-12-01 (P 0.737, R 0.833, the same as
///   before that day's name rules: b948409 P 0.735, R 0.837); the entity model retrained with corpus labels
///   (2026-12-02) measures P 0.783, R 0.880, and the floor follows it with room for retraining noise;
/// - sealed-4.json, 40 ordinary articles annotated on 2026-12-02 by reading only and scored once at the end of
///   that day (P 0.821, R 0.879; the code of the day's start P 0.803, R 0.858);
/// - sealed-5.json, 40 ordinary articles annotated on the afternoon of 2026-12-02 and scored once at its end
///   (P 0.837, R 0.893; the afternoon's start P 0.823, R 0.893).
/// The floors follow the code of that afternoon (lone names, organization short forms): sealed P 0.936 R 1.000,
/// sealed-2 P 0.855 R 0.904, sealed-3 P 0.809 R 0.909, sealed-4 P 0.860 R 0.897, with room for retraining noise.
/// The evening's context cues (places put by a preposition or a noun for places, staff "at" a company, place
/// adjectives, possessive and "and" names, bands after a band noun) measure sealed-2 P 0.861 R 0.932, sealed-3
/// P 0.837 R 0.933, sealed-4 P 0.868 R 0.911, sealed-5 P 0.878 R 0.937; the floors of sealed-5 and the recall
/// floors follow them, with the same room.
/// - sealed-6.json, 40 ordinary articles annotated on the evening of 2026-12-02 by reading only and scored once
///   at its end (P 0.853, R 0.925; the evening's start P 0.856, R 0.921): the evening's rules did not transfer.
/// - sealed-8.json, 30 ordinary articles drawn and annotated by reading only on 2026-12-03 (Tests/Fixtures/selection)
///   and scored once at that session's end: P 0.854, R 0.911, the same as the session's start.
@Suite(.enabled(if: SharedCorpora.root != nil, "../shared/data is absent"))
struct SealedResolutionSetTests {
    struct Floor: Sendable, CustomTestStringConvertible {
        let file: String
        let precision: Double
        let recall: Double
        var testDescription: String { file }
    }

    static let floors = [
        Floor(file: "sealed.json", precision: 0.90, recall: 0.95),
        Floor(file: "sealed-2.json", precision: 0.83, recall: 0.90),
        Floor(file: "sealed-3.json", precision: 0.80, recall: 0.90),
        Floor(file: "sealed-4.json", precision: 0.83, recall: 0.88),
        Floor(file: "sealed-5.json", precision: 0.85, recall: 0.90),
        Floor(file: "sealed-6.json", precision: 0.83, recall: 0.90),
        Floor(file: "sealed-8.json", precision: 0.82, recall: 0.88),
    ]

    @Test(arguments: floors)
    func entitiesStayAtTheMeasuredLevel(_ floor: Floor) throws {
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/resolution/" + floor.file)
        let devSet = try ResolutionDevSet.load(url)
        let articles = try devSet.readArticles(shared: SharedCorpora.root!)
        var evaluation = ResolutionEvaluation()
        evaluation.score(devSet: devSet, documents: articles.map(Analysis.pipeline.analyze))
        #expect(evaluation.articlesScored == devSet.articles.count)
        #expect(evaluation.counts.entityPrecision >= floor.precision, "\(evaluation.report)")
        #expect(evaluation.counts.entityRecall >= floor.recall, "\(evaluation.report)")
        #expect(evaluation.counts.personMerges == 0 && evaluation.counts.crossArticlePersonMerges == 0, "\(evaluation.errors)")
    }
}

/// The shared folder when it holds the Reuters and BBC corpora.
enum SharedCorpora {
    static let root: URL? = TestPaths.shared.flatMap { url in
        let files = ResolutionDevSet.corpusFiles.values.map { url.appendingPathComponent($0).path }
        return files.allSatisfy { FileManager.default.fileExists(atPath: $0) } ? url : nil
    }
}

/// The scorer itself, on a tiny made-up expectation.
@Suite struct ResolutionEvaluationTests {
    @Test func countsSplitsMergesAndRoles() throws {
        let json = """
            {"articles": [{"id": "t", "corpus": "none", "entities": [
              {"name": "Howard Baker", "type": "Person", "aliases": ["Baker"]},
              {"name": "James Baker", "type": "Person"},
              {"name": "Japan", "type": "Country"}
            ], "roles": [{"person": "James Baker", "role": "Treasury Secretary", "org": null}]}]}
            """
        let devSet = try JSONDecoder().decode(ResolutionDevSet.self, from: Data(json.utf8))
        let document = Analysis.document("Treasury Secretary James Baker met Howard Baker in Tokyo. Japan agreed.", id: "t")
        var evaluation = ResolutionEvaluation()
        evaluation.score(devSet: devSet, documents: [document])
        #expect(evaluation.counts.personMerges == 0)
        #expect(evaluation.counts.entityTP == 3)
        #expect(evaluation.counts.entityFP == 1)  // Tokyo was not expected
        #expect(evaluation.counts.roleTP == 1)
        #expect(evaluation.counts.roleRecall == 1)
    }
}
