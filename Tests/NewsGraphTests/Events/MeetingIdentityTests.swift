import Testing
import TestSupport
@testable import NewsGraph

@Suite struct MeetingIdentityTests {
    typealias Mention = MeetingIdentity.Mention

    let mentions = [
        Mention(participants: ["p/kohl", "p/mitterrand"], date: nil, status: .planned, articleID: "a1", articleDay: "1987-04-01", sentenceIndex: 0),
        Mention(participants: ["p/mitterrand", "p/kohl"], date: "1987-04-07", status: .happened, articleID: "a2", articleDay: "1987-04-07", sentenceIndex: 3),
        Mention(participants: ["p/kohl", "p/mitterrand"], date: "1987-04-08", status: .happened, articleID: "a3", articleDay: "1987-04-08", sentenceIndex: 1),
        Mention(participants: ["p/kohl", "p/mitterrand"], date: "1987-09-20", status: .happened, articleID: "a4", articleDay: "1987-09-21", sentenceIndex: 2),
        Mention(participants: ["p/kohl", "p/thatcher"], date: "1987-04-07", status: .happened, articleID: "a2", articleDay: "1987-04-07", sentenceIndex: 5),
        Mention(participants: ["p/kohl", "p/mitterrand"], date: nil, status: .happened, articleID: "b1", articleDay: nil, sentenceIndex: 0),
    ]

    @Test func samePeopleAndCloseDaysAreOneMeeting() {
        let meetings = MeetingIdentity.meetings(mentions)
        // The planned one (article of April 1) and the two reports of April 7 and 8 are one meeting, held.
        #expect(meetings[0] == meetings[1] && meetings[1] == meetings[2])
        #expect(meetings[0].status == .happened)
        #expect(meetings[0].date == "1987-04-07")
        // Months later, other people, or nothing to date it: other meetings.
        #expect(meetings[3] != meetings[0])
        #expect(meetings[4] != meetings[1])
        #expect(meetings[5] != meetings[0] && meetings[5].key.hasSuffix("b1-s0"))
    }

    @Test func theOrderOfMentionsDoesNotMatter() {
        let forward = MeetingIdentity.meetings(mentions)
        let backward = Array(MeetingIdentity.meetings(mentions.reversed()).reversed())
        #expect(forward == backward)
        let rotated = MeetingIdentity.meetings(Array(mentions[2...] + mentions[..<2]))
        #expect(Array(rotated[(mentions.count - 2)...] + rotated[..<(mentions.count - 2)]) == forward)
    }

    @Test func oneNodePerMeetingAcrossArticles() {
        var builder = GraphBuilder()
        builder.add(Analysis.document("German Chancellor Helmut Kohl will meet French President Francois Mitterrand in Paris next week.", date: "1987-04-01", id: "r1"))
        builder.add(Analysis.document("Helmut Kohl met Francois Mitterrand in Paris on Tuesday.", date: "1987-04-08", id: "r2"))
        builder.add(Analysis.document("Chancellor Helmut Kohl and Francois Mitterrand held talks in Paris on Tuesday, officials said.", date: "1987-04-09", id: "r3"))
        let meetings = builder.build().nodes(ofType: "ng:Meeting")
        #expect(meetings.count == 1, "\(meetings.map(\.id))")
        #expect(meetings.first.map { Set($0.links("prov:wasDerivedFrom")) } == ["ngid:article/r1", "ngid:article/r2", "ngid:article/r3"])
        #expect(meetings.first?.links("ng:evidence").count == 3)
        #expect(meetings.first?.string("ng:status") == "happened")
    }
}
