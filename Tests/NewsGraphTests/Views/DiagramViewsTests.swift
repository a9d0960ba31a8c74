import Testing
@testable import NewsGraph

@Suite struct DiagramViewsTests {
    let index = QueryFixture.index

    @Test func meetingsViewDrawsPairsWithTopicDateAndCountries() {
        let diagram = DiagramViews(index: index).meetings()
        let dot = diagram.dot
        #expect(dot.hasPrefix("graph \"meetings\" {"))
        #expect(diagram.nodeCount == 4 && diagram.edgeCount == 2)
        // Two meetings of Motegi and Lighthizer: one thicker edge listing both.
        #expect(dot.contains("\"ngid:person/robert-lighthizer\" -- \"ngid:person/toshimitsu-motegi\" [label=\"trade, 2019-06-28\\nautos, 2019-09\""))
        #expect(dot.contains("penwidth=\"2.7\""))
        // Trump–Xi is planned: dashed.
        // No topic: the trigger's kind instead of a bare "meeting".
        #expect(dot.contains("label=\"met, 2019-06-29 (planned)\"") && dot.contains("style=\"dashed\""))
        #expect(!dot.contains("label=\"meeting"))
        // Officials in their country's box.
        #expect(dot.contains("subgraph \"cluster_ngid:country/united-states\" {\n    label=\"United States\""))
        #expect(dot.contains("subgraph \"cluster_ngid:country/japan\""))
        // Tooltips carry the evidence and article; the legend is there.
        #expect(dot.contains("U.S. Trade Representative Robert Lighthizer comes after a meeting.” [a1]"))
        #expect(dot.contains("\"legend\" [shape=\"plaintext\"") && dot.contains("planned meeting"))
        #expect(dot.contains("label=\"Robert Lighthizer\\nTrade Representative\""))
    }

    @Test func filtersAndPruning() {
        let trade = DiagramViews(index: index, filter: FactFilter(about: "trade")).meetings()
        #expect(trade.edgeCount == 1 && !trade.dot.contains("autos") && trade.dot.contains("about trade"))
        let none = DiagramViews(index: index, filter: FactFilter(about: "fishing")).meetings()
        #expect(none.nodeCount == 0 && none.notes == ["no meetings match the filters"])
        let busy = DiagramViews(index: index, filter: FactFilter(minMentions: 2)).meetings()
        #expect(busy.nodeCount == 2)  // Xi (1 mention) drops out, and Trump with him
        let pruned = DiagramViews(index: index, maxNodes: 2).meetings()
        #expect(pruned.nodeCount == 2 && pruned.notes.first == "showing the 2 most connected of 4 meeting participants (--max-nodes)")
        #expect(pruned.dot.contains("toshimitsu-motegi") && !pruned.dot.contains("\"ngid:person/xi-jinping\" ["))
    }

    @Test func focusViewStopsAtTheDepth() {
        let views = DiagramViews(index: index)
        let one = views.relations(focus: "ngid:person/toshimitsu-motegi", depth: 1)
        #expect(one.dot.contains("\"ngid:person/robert-lighthizer\" [") && one.dot.contains("\"ngid:country/japan\" ["))
        #expect(!one.dot.contains("\"ngid:person/donald-trump\" ["))
        #expect(one.dot.contains("peripheries=\"2\""))
        #expect(one.dot.contains("-> \"ngid:country/japan\" [label=\"Economy Minister\""))
        let three = views.relations(focus: "ngid:person/toshimitsu-motegi", depth: 3)
        #expect(three.dot.contains("\"ngid:person/donald-trump\" ["))
        let all = views.relations()
        #expect(all.nodeCount == 8)
    }

    @Test func namesAreEscaped() {
        let dot = DiagramViews(index: index).relations(focus: "ngid:person/jane-smith", depth: 1).dot
        #expect(dot.contains("label=\"Jane Smith \\\"JS\\\"\""))
    }

    @Test func meetingKindComesFromTheTrigger() {
        #expect(MeetingSummary.kind(trigger: "phoned", mode: "") == "phone call")
        #expect(MeetingSummary.kind(trigger: "talks", mode: "in person") == "talks")
        #expect(MeetingSummary.kind(trigger: "hosted", mode: "") == "visit")
        #expect(MeetingSummary.kind(trigger: "summit", mode: "") == "summit")
        #expect(MeetingSummary.kind(trigger: "meeting", mode: "") == "met")
        #expect(MeetingSummary.kind(trigger: "spoke", mode: "phone") == "phone call")
    }

    @Test func overviewDrawsMeetingsAsNodesWithTopicDatePlaceAndSummit() {
        let diagram = DiagramViews(index: index).overview()
        let dot = diagram.dot
        // Motegi and Lighthizer met twice, once at the G20 summit in Osaka: two boxes (the summit differs).
        #expect(dot.contains("label=\"trade\\n2019-06-28 · Osaka\""))
        #expect(dot.contains("label=\"autos\\n2019-09\""))
        #expect(dot.contains("-> \"ngid:event/g20-summit\" [label=\"part of\""))
        // The meeting box sits between its attendees.
        let box = "\"meeting:ngid:meeting/robert-lighthizer+toshimitsu-motegi/2019-06-28\""
        #expect(dot.contains("\"ngid:person/robert-lighthizer\" -> \(box)") && dot.contains("\(box) -> \"ngid:person/toshimitsu-motegi\""))
        // Offices as edges; the planned meeting dashed and hollow.
        #expect(dot.contains("-> \"ngid:country/japan\" [label=\"Economy Minister\""))
        #expect(dot.contains("met (planned)\\n2019-06-29") && dot.contains("style=\"rounded,dashed,filled\", fillcolor=\"#ffffff\""))
        // The legend names only what is drawn: no place nodes.
        #expect(dot.contains("\"legend\"") && !dot.contains(">City<"))
        #expect(diagram.notes.isEmpty)
        // Filters apply: only the autos meeting is left.
        let autos = DiagramViews(index: index, filter: FactFilter(about: "autos")).overview()
        #expect(autos.dot.contains("autos") && !autos.dot.contains("\"trade\\n"))
    }

    @Test func timelinePlacesMeetingsInLanesAndPeriods() {
        let diagram = DiagramViews(index: index).timeline()
        let dot = diagram.dot
        // Motegi, Lighthizer, Trump and Xi each get a lane; June and September 2019 are the columns.
        #expect(dot.contains("\"period:2019-06\"") && dot.contains("\"period:2019-09\"") && !dot.contains("\"period:2019-07\""))
        #expect(dot.contains("label=\"Toshimitsu Motegi\\n2 meetings\""))
        // Each mark names the counterpart and the topic; planned ones are hollow and dashed.
        #expect(dot.contains("label=\"with Robert Lighthizer\\ntrade\\n28 Jun 2019\""))
        #expect(dot.contains("label=\"with Xi Jinping\\nmet\\n29 Jun 2019\", shape=\"box\", style=\"rounded,dashed,filled\", fillcolor=\"#ffffff\""))
        // The two marks of one meeting are joined; positions are given for Graphviz's nop layout.
        #expect(diagram.edgeCount == 3 && dot.contains("pos=\""))
        let focused = DiagramViews(index: index, filter: FactFilter(from: "2019-09")).timeline(focus: "ngid:person/toshimitsu-motegi")
        #expect(focused.nodeCount == 2 && focused.dot.contains("autos") && !focused.dot.contains("Xi Jinping"))
        #expect(DiagramViews.timelineGranularity(["2019-06-28", "2019-06-29"]) == 10)
        #expect(DiagramViews.timelineGranularity(["2015-01", "2019-06-29"]) == 4)
    }
}
