import Testing
@testable import NewsGraph

@Suite struct HTMLReportTests {
    let index = QueryFixture.index

    @Test func escapesTextAndScriptData() {
        #expect(HTMLReport.escape("a<b>&\"c'\u{202E}d") == "a&lt;b&gt;&amp;&quot;c&#39;d")
        let rows = [HTMLReport.Row(id: "m", attendees: ["x"], topic: "</script><!--", place: "", date: "", status: "happened", sources: [], evidence: "a & b\u{2028}")]
        let json = HTMLReport.scriptJSON(rows: rows, entities: ["x": "<b>"])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains("\\u003c/script\\u003e\\u003c!--") && json.contains("\\u2028"))
    }

    @Test func pageHoldsFiguresTableAndTopEntities() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg viewBox=\"0 0 10 10\"><g class=\"node\"><title>n</title></g></svg>"
        let page = HTMLReport(index: index, title: "Trade <talks>").write(figures: [
            .init(heading: "Who met whom", svg: svg, note: ""),
            .init(heading: "Meetings over time", svg: nil, note: "no dated meetings"),
        ])
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<title>Trade &lt;talks&gt;</title>"))
        #expect(page.contains("<div class=\"diagram\" id=\"figure0\"><button type=\"button\" class=\"reset\">reset view</button><svg viewBox"))
        #expect(!page.contains("<?xml") && page.contains("<p class=\"note\">no dated meetings</p>"))
        // Every meeting of the fixture is in the data; the planned one says so.
        #expect(page.components(separatedBy: "\"status\":").count == 1 + index.ids(ofType: "ng:Meeting").count)
        #expect(page.contains("\"status\":\"planned\""))
        #expect(page.contains("class=\"entity\" data-id=\"ngid:person/toshimitsu-motegi\">Toshimitsu Motegi</a>"))
        #expect(page.contains("Content-Security-Policy"))
    }
}
