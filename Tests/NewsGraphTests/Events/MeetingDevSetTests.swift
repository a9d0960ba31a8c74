import Foundation
import Testing
import TestSupport
@testable import NewsGraph

/// The hand-checked meeting dev set (Tests/Fixtures/events/meetings-dev.json): only article ids and
/// our expectations are stored; the articles are read from ../shared when it is present.
@Suite struct MeetingDevSetTests {
    static let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/events/meetings-dev.json").path

    @Test func fixtureIsWellFormed() throws {
        let devSet = try MeetingDevSet.load(path: Self.fixture)
        let withMeetings = devSet.articles.filter { !$0.meetings.isEmpty }
        #expect(withMeetings.count >= 25)
        #expect(devSet.articles.count - withMeetings.count >= 10)
        #expect(Set(devSet.articles.map(\.id)).count == devSet.articles.count)
        for entry in devSet.articles {
            for meeting in entry.meetings {
                #expect(meeting.participants.count >= 2, "\(entry.id)")
                #expect(["happened", "planned"].contains(meeting.status), "\(entry.id)")
            }
        }
    }

    @Test func scoringCountsPairsAndFalseMeetings() {
        // A synthetic document stands in for an analyzed article.
        let document = Analysis.document("German Chancellor Helmut Kohl met French President Francois Mitterrand and Margaret Thatcher in Paris on Tuesday.")
        let empty = Analysis.document("Shares rose in Tokyo on Tuesday.", id: "empty")
        let devSet = MeetingDevSet(corpora: [:], articles: [
            MeetingDevSet.Entry(id: "test", meetings: [
                MeetingDevSet.Meeting(participants: ["Kohl", "Francois Mitterrand"], status: "happened", optional: nil),
                MeetingDevSet.Meeting(participants: ["Helmut Kohl", "Jacques Chirac"], status: "happened", optional: nil),
                MeetingDevSet.Meeting(participants: ["Margaret Thatcher", "Francois Mitterrand"], status: "planned", optional: true),
            ]),
            MeetingDevSet.Entry(id: "empty", meetings: []),
        ])
        let score = MeetingEvaluation.score(devSet, documents: ["test": document, "empty": empty])
        // Split convention: Kohl+Mitterrand and Kohl+Thatcher. Found: Kohl+Mitterrand (hit), Kohl+Thatcher
        // (error); missed: Kohl+Chirac; Mitterrand+Thatcher is optional.
        #expect(score.truePositives == 1)
        #expect(score.falsePositives == 1)
        #expect(score.falseNegatives == 1)
        #expect(score.statusCorrect == 1)
        #expect(score.negativeArticles == 1)
        #expect(score.falseMeetingsInNegatives == 0)
    }

    @Test func sealedPartIsWellFormedAndApart() throws {
        let sealed = try MeetingDevSet.load(path: Self.fixture.replacingOccurrences(of: "meetings-dev", with: "meetings-sealed"))
        let dev = try MeetingDevSet.load(path: Self.fixture)
        #expect(sealed.articles.count >= 60)
        #expect(Set(sealed.articles.map(\.id)).isDisjoint(with: dev.articles.map(\.id)))
        #expect(sealed.articles.allSatisfy { $0.roles != nil })
        for entry in sealed.articles + dev.articles {
            for role in entry.roles ?? [] { #expect(!role.person.isEmpty && !role.role.isEmpty, "\(entry.id)") }
        }
    }

    /// The second to sixth sealed parts, annotated by reading only and scored once (parts 2–4 on 2026-12-01,
    /// parts 5 and 6 on 2026-12-02).
    static let laterSealedParts = ["meetings-sealed-2", "meetings-sealed-3", "meetings-sealed-4", "meetings-sealed-5", "meetings-sealed-6"].map {
        Self.fixture.replacingOccurrences(of: "meetings-dev", with: $0)
    }

    /// The seventh and eighth parts (90 and 70 articles), annotated by reading only on the evening of 2026-12-02;
    /// part 8 was drawn from articles where a meeting between named sides is likely.
    static let eveningSealedParts = ["meetings-sealed-7", "meetings-sealed-8"].map {
        Self.fixture.replacingOccurrences(of: "meetings-dev", with: $0)
    }

    @Test func laterSealedPartsAreWellFormedAndApart() throws {
        var seen = Set(try MeetingDevSet.load(path: Self.fixture).articles.map(\.id))
        seen.formUnion(try MeetingDevSet.load(path: Self.fixture.replacingOccurrences(of: "meetings-dev", with: "meetings-sealed")).articles.map(\.id))
        try Self.expectWellFormedAndApart(Self.laterSealedParts + Self.eveningSealedParts, minimumArticles: 60, seen: &seen)
    }

    /// Each part at `paths` has at least `minimumArticles` articles, no id twice nor in `seen` (which it joins),
    /// a roles list per article, and meetings of two or more participants with a known status.
    static func expectWellFormedAndApart(_ paths: [String], minimumArticles: Int, seen: inout Set<String>) throws {
        for path in paths {
            let part = try MeetingDevSet.load(path: path)
            #expect(part.articles.count >= minimumArticles, "\(path)")
            let ids = Set(part.articles.map(\.id))
            #expect(ids.count == part.articles.count, "\(path)")
            #expect(ids.isDisjoint(with: seen), "\(path)")
            seen.formUnion(ids)
            #expect(part.articles.allSatisfy { $0.roles != nil })
            for entry in part.articles {
                for meeting in entry.meetings {
                    #expect(["happened", "planned"].contains(meeting.status), "\(entry.id)")
                    #expect(meeting.participants.count >= 2, "\(entry.id)")
                }
            }
        }
    }

    /// The figures of the later sealed parts with the code of the day they were scored (pairs P 0.873
    /// R 0.595, roles P 0.960 R 0.828 together), kept as a floor: a drop here is a real regression. Raised
    /// on 2026-12-02 after the participant mechanisms (pairs P 0.926 R 0.759 together), the parts being dev data then;
    /// part 5, scored once that day (pairs P 0.909 R 0.741, roles P 0.890 R 0.850), joined them after (roles P 0.94 together).
    /// Part 6 (90 articles, scored once on 2026-12-02: pairs P 0.793 R 0.460, roles P 0.992 R 0.813) joined them
    /// with that session's code: parts 2–6 together pairs P 0.921 R 0.745, roles P 0.988 R 0.864.
    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func laterSealedPartsStayAtTheMeasuredLevel() throws {
        let (score, roles) = try Self.scoreTogether(Self.laterSealedParts)
        #expect(score.precision >= 0.90, "\(score.summary)")
        #expect(score.recall >= 0.72, "\(score.summary)")
        #expect(roles.precision >= 0.96, "\(roles.summary)")
        #expect(roles.recall >= 0.84, "\(roles.summary)")
    }

    /// Parts 7 and 8 scored once at the end of the evening of 2026-12-02 (together pairs P 0.913 R 0.368,
    /// roles P 0.974 R 0.803; the evening's start pairs P 0.905 R 0.333): the evening's side mechanisms moved
    /// unseen articles by two pairs of 57. Kept as a floor with room for retraining noise.
    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func eveningSealedPartsStayAtTheMeasuredLevel() throws {
        let (score, roles) = try Self.scoreTogether(Self.eveningSealedParts)
        #expect(score.precision >= 0.85, "\(score.summary)")
        #expect(score.recall >= 0.33, "\(score.summary)")
        #expect(roles.precision >= 0.95, "\(roles.summary)")
        #expect(roles.recall >= 0.78, "\(roles.summary)")
    }

    /// Dev part 12 (40 articles) and sealed part 13 (65), drawn and annotated by reading only on 2026-12-03
    /// (Tests/Fixtures/selection). Part 13 scored once at that session's end: pairs P 1.000 R 0.300, roles P 1.000
    /// R 0.861 (the session's start: R 0.250 and 0.835). Together with the session's final code: pairs P 0.947
    /// R 0.500, roles P 0.990 R 0.803; kept as a floor with room for retraining noise.
    static let morningParts = ["meetings-dev-12", "meetings-sealed-13"].map {
        Self.fixture.replacingOccurrences(of: "meetings-dev", with: $0)
    }

    @Test func morningPartsAreWellFormedAndApart() throws {
        var seen = try Self.ids(in: Self.firstParts + Self.laterSealedParts + Self.eveningSealedParts)
        try Self.expectWellFormedAndApart(Self.morningParts, minimumArticles: 40, seen: &seen)
    }

    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func morningPartsStayAtTheMeasuredLevel() throws {
        let (score, roles) = try Self.scoreTogether(Self.morningParts)
        #expect(score.precision >= 0.85, "\(score.summary)")
        #expect(score.recall >= 0.45, "\(score.summary)")
        #expect(roles.precision >= 0.95, "\(roles.summary)")
        #expect(roles.recall >= 0.76, "\(roles.summary)")
    }

    /// Sealed part 14 (52 articles), drawn and annotated by reading only on the afternoon of 2026-12-03
    /// (Tests/Fixtures/selection/select-2026-12-03b.py). Scored once at the end of that session's change: the start code
    /// (db1d6f0) and the end code both pairs P 1.000 R 0.400 (4 of 10), roles P 1.000 R 0.900; the end code made one false
    /// meeting in 17 articles without one (a telling by a letter named the sentence before; fixed after scoring).
    static let afternoonParts = ["meetings-sealed-14"].map {
        Self.fixture.replacingOccurrences(of: "meetings-dev", with: $0)
    }

    @Test func afternoonPartIsWellFormedAndApart() throws {
        var seen = try Self.ids(in: Self.firstParts + Self.laterSealedParts + Self.eveningSealedParts + Self.morningParts)
        try Self.expectWellFormedAndApart(Self.afternoonParts, minimumArticles: 50, seen: &seen)
    }

    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func afternoonPartStaysAtTheMeasuredLevel() throws {
        let (score, roles) = try Self.scoreTogether(Self.afternoonParts)
        #expect(score.precision >= 0.85, "\(score.summary)")
        #expect(score.recall >= 0.35, "\(score.summary)")
        #expect(score.falseMeetingsInNegatives == 0, "\(score.summary)")
        #expect(roles.precision >= 0.95, "\(roles.summary)")
        #expect(roles.recall >= 0.85, "\(roles.summary)")
    }

    /// Sealed part 15 (39 articles, chosen for offices: /work/sealed draw with random.Random(15)), annotated by reading
    /// only on the evening of 2026-12-03 with the body of each office when the article makes it clear. Scored once at the
    /// end of that session's role change: roles P 0.962 R 0.699 with the start code (e99ceef), P 0.965 R 0.753 with the
    /// end code (3ea9169); organisation right 28/51 and 33/55; kept as a floor.
    static let rolesPart = ["meetings-sealed-15"].map {
        Self.fixture.replacingOccurrences(of: "meetings-dev", with: $0)
    }

    @Test func rolesPartIsWellFormedAndApart() throws {
        var seen = try Self.ids(in: Self.firstParts + Self.laterSealedParts + Self.eveningSealedParts + Self.morningParts + Self.afternoonParts)
        try Self.expectWellFormedAndApart(Self.rolesPart, minimumArticles: 39, seen: &seen)
    }

    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func rolesPartStaysAtTheMeasuredLevel() throws {
        let (score, roles) = try Self.scoreTogether(Self.rolesPart)
        #expect(score.falseMeetingsInNegatives == 0, "\(score.summary)")
        #expect(roles.precision >= 0.95, "\(roles.summary)")
        #expect(roles.recall >= 0.74, "\(roles.summary)")
        #expect(roles.organizationAccuracy >= 0.58, "\(roles.summary)")
    }

    /// The first dev part and the first sealed part.
    static let firstParts = [Self.fixture, Self.fixture.replacingOccurrences(of: "meetings-dev", with: "meetings-sealed")]

    /// Every article id of the parts at `paths`.
    static func ids(in paths: [String]) throws -> Set<String> {
        try paths.reduce(into: Set<String>()) { ids, path in ids.formUnion(try MeetingDevSet.load(path: path).articles.map(\.id)) }
    }

    /// The meeting and role scores of the parts at `paths` pooled, each article analysed once.
    static func scoreTogether(_ paths: [String]) throws -> (MeetingScore, RoleScore) {
        let parts = try paths.map { try MeetingDevSet.load(path: $0) }
        let combined = MeetingDevSet(corpora: parts[0].corpora, articles: parts.flatMap(\.articles))
        let articles = try combined.readArticles(shared: TestPaths.shared!.path)
        try #require(articles.count == combined.articles.count, "every sealed article is in the corpora")
        var documents: [String: Document] = [:]
        for article in articles { documents[article.id] = Analysis.pipeline.analyze(article) }
        return (MeetingEvaluation.score(combined, documents: documents), RoleEvaluation.score(combined, documents: documents))
    }

    @Test func rolesAreScoredByPersonAndOfficeHead() {
        let document = Analysis.document("The plan was backed by Karl Otto Poehl, president of the Bundesbank, and by Finance Minister Gerhard Stoltenberg.")
        let devSet = MeetingDevSet(corpora: [:], articles: [
            MeetingDevSet.Entry(id: "test", meetings: [], roles: [
                MeetingDevSet.Role(person: "Karl Otto Poehl", role: "President", organization: "Bundesbank", optional: nil),
                MeetingDevSet.Role(person: "Gerhard Stoltenberg", role: "Minister", organization: "West Germany", optional: nil),
                MeetingDevSet.Role(person: "Helmut Kohl", role: "Chancellor", organization: "", optional: nil),
            ]),
        ])
        let score = RoleEvaluation.score(devSet, documents: ["test": document])
        #expect(score.truePositives == 2)
        #expect(score.falsePositives == 0)
        #expect(score.falseNegatives == 1)
        #expect(score.organizationJudged == 2)
        #expect(score.organizationCorrect == 1)
        #expect(RoleEvaluation.head("Secretary of State") == "secretary")
        #expect(RoleEvaluation.head("co-chairmen") == "co-chairman")
    }

    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func meetsTheTargets() throws {
        let devSet = try MeetingDevSet.load(path: Self.fixture)
        let articles = try devSet.readArticles(shared: TestPaths.shared!.path)
        try #require(articles.count == devSet.articles.count, "every dev-set article is in the corpora")
        var documents: [String: Document] = [:]
        for article in articles { documents[article.id] = Analysis.pipeline.analyze(article) }
        let score = MeetingEvaluation.score(devSet, documents: documents)
        if ProcessInfo.processInfo.environment["NEWSGRAPH_EVAL_VERBOSE"] != nil {
            for line in score.details { print(line.replacingOccurrences(of: "\n", with: " ")) }
        }
        print(score.summary)
        #expect(score.precision >= 0.85)
        #expect(score.recall >= 0.75)
        #expect(score.falseMeetingsPerTen < 1)
        #expect(score.statusAccuracy >= 0.85)
        let roles = RoleEvaluation.score(devSet, documents: documents)
        print(roles.summary)
        #expect(roles.precision >= 0.90)
        #expect(roles.recall >= 0.85)
    }
}
