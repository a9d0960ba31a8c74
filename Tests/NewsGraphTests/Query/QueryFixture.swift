@testable import NewsGraph

/// A small hand-made graph in our vocabulary: Motegi met Lighthizer (trade, Osaka, twice), Trump
/// plans to meet Xi, two Smiths make "Smith" ambiguous, offices link people to countries.
enum QueryFixture {
    static func evidence(_ article: String, _ n: Int, _ text: String) -> GraphNode {
        GraphNode(id: "ngid:evidence/\(article)/\(n)/0-5", types: ["ng:Evidence"], properties: [
            "ng:article": [.node("ngid:article/\(article)")], "ng:sentenceIndex": [.integer(n)], "schema:text": [.string(text)],
            "ng:sentenceStart": [.integer(0)], "ng:sentenceEnd": [.integer(text.unicodeScalars.count)],
            "ng:startOffset": [.integer(0)], "ng:endOffset": [.integer(5)],
        ])
    }

    static func entity(_ type: String, _ slug: String, _ name: String, aliases: [String] = [], mentions: Int = 1) -> GraphNode {
        var node = GraphNode(id: "ngid:\(type.lowercased())/\(slug)", types: ["schema:\(type)"], properties: ["schema:name": [.string(name)], "ng:mentionCount": [.integer(mentions)]])
        for alias in aliases { node.add("schema:alternateName", .string(alias)) }
        return node
    }

    static var graph: KnowledgeGraph {
        var g = KnowledgeGraph()
        for node in [
            entity("Person", "toshimitsu-motegi", "Toshimitsu Motegi", aliases: ["Motegi"], mentions: 5),
            entity("Person", "robert-lighthizer", "Robert Lighthizer", aliases: ["Lighthizer"], mentions: 2),
            entity("Person", "donald-trump", "Donald Trump", aliases: ["Trump"], mentions: 3),
            entity("Person", "xi-jinping", "Xi Jinping", mentions: 1),
            entity("Person", "jose-sanchez", "José Sánchez", mentions: 1),
            entity("Person", "john-smith", "John Smith", mentions: 2),
            entity("Person", "jane-smith", "Jane Smith \"JS\"", mentions: 1),
            entity("Country", "united-states", "United States", aliases: ["U.S."], mentions: 4),
            entity("Country", "japan", "Japan", mentions: 3),
            entity("City", "osaka", "Osaka", mentions: 1),
            entity("Event", "g20-summit", "G20 summit", mentions: 1),
        ] { g.merge(node) }
        g.merge(GraphNode(id: "ngid:article/a1", types: ["schema:NewsArticle"], properties: [
            "schema:identifier": [.string("a1")], "schema:headline": [.string("Talks")],
            "schema:datePublished": [.typed("2019-06-28", "xsd:date")],
            "schema:mentions": Set(["toshimitsu-motegi", "robert-lighthizer", "donald-trump", "xi-jinping"].map { .node("ngid:person/" + $0) } + [.node("ngid:country/united-states"), .node("ngid:country/japan"), .node("ngid:city/osaka"), .node("ngid:event/g20-summit")]),
        ]))
        g.merge(GraphNode(id: "ngid:article/a2", types: ["schema:NewsArticle"], properties: [
            "schema:identifier": [.string("a2")], "schema:headline": [.string("Again")],
            "schema:datePublished": [.typed("2019-09-01", "xsd:date")],
            "schema:mentions": [.node("ngid:person/toshimitsu-motegi"), .node("ngid:person/robert-lighthizer"), .node("ngid:person/john-smith"), .node("ngid:person/jane-smith"), .node("ngid:person/jose-sanchez")],
        ]))
        g.merge(evidence("a1", 2, "The agreement between Motegi and U.S. Trade Representative Robert Lighthizer comes after a meeting."))
        g.merge(evidence("a1", 9, "Trump and Chinese President Xi Jinping can ease tension when they meet on Saturday."))
        g.merge(evidence("a2", 1, "Motegi met Lighthizer again in September to talk about autos."))
        g.merge(evidence("a1", 3, "Economy Minister Toshimitsu Motegi said."))
        g.merge(evidence("a2", 4, "Smith said \"it went well\"."))
        g.merge(GraphNode(id: "ngid:meeting/robert-lighthizer+toshimitsu-motegi/2019-06-28", types: ["schema:Event", "ng:Meeting"], properties: [
            "schema:attendee": [.node("ngid:person/robert-lighthizer"), .node("ngid:person/toshimitsu-motegi")],
            "schema:about": [.string("trade")], "schema:location": [.node("ngid:city/osaka")],
            "schema:startDate": [.typed("2019-06-28", "xsd:date")], "ng:status": [.string("happened")],
            "schema:superEvent": [.node("ngid:event/g20-summit")], "schema:additionalType": [.node("cameo:040")], "ng:trigger": [.string("meeting")],
            "schema:name": [.string("Meeting of Robert Lighthizer and Toshimitsu Motegi")],
            "prov:wasDerivedFrom": [.node("ngid:article/a1")], "ng:evidence": [.node("ngid:evidence/a1/2/0-5")],
        ]))
        g.merge(GraphNode(id: "ngid:meeting/robert-lighthizer+toshimitsu-motegi/2019-09", types: ["schema:Event", "ng:Meeting"], properties: [
            "schema:attendee": [.node("ngid:person/robert-lighthizer"), .node("ngid:person/toshimitsu-motegi")],
            "schema:about": [.string("autos")], "schema:startDate": [.typed("2019-09", "xsd:gYearMonth")], "ng:status": [.string("happened")],
            "schema:additionalType": [.node("cameo:040")], "ng:trigger": [.string("met")],
            "prov:wasDerivedFrom": [.node("ngid:article/a2")], "ng:evidence": [.node("ngid:evidence/a2/1/0-5")],
        ]))
        g.merge(GraphNode(id: "ngid:meeting/donald-trump+xi-jinping/2019-06-29", types: ["schema:Event", "ng:Meeting"], properties: [
            "schema:attendee": [.node("ngid:person/donald-trump"), .node("ngid:person/xi-jinping")],
            "schema:startDate": [.typed("2019-06-29", "xsd:date")], "ng:status": [.string("planned")],
            "schema:additionalType": [.node("cameo:036")], "ng:trigger": [.string("meet")],
            "prov:wasDerivedFrom": [.node("ngid:article/a1")], "ng:evidence": [.node("ngid:evidence/a1/9/0-5")],
        ]))
        for (person, role, org, ev) in [("robert-lighthizer", "Trade Representative", "country/united-states", "ngid:evidence/a1/2/0-5"),
                                        ("donald-trump", "President", "country/united-states", "ngid:evidence/a1/9/0-5"),
                                        ("toshimitsu-motegi", "Economy Minister", "country/japan", "ngid:evidence/a1/3/0-5")] {
            let id = "ngid:role/person/\(person)/\(Vocabulary.slug(role))/\(org)"
            g.merge(GraphNode(id: id, types: ["schema:OrganizationRole"], properties: [
                "schema:roleName": [.string(role)], "schema:memberOf": [.node("ngid:" + org)],
                "prov:wasDerivedFrom": [.node("ngid:article/a1")], "ng:evidence": [.node(ev)],
            ]))
            g.merge(GraphNode(id: "ngid:person/" + person, types: [], properties: ["schema:memberOf": [.node(id)]]))
        }
        g.merge(GraphNode(id: "ngid:quotation/a2/1", types: ["schema:Quotation"], properties: [
            "schema:creator": [.node("ngid:person/john-smith")], "schema:text": [.string("it went well")],
            "prov:wasDerivedFrom": [.node("ngid:article/a2")], "ng:evidence": [.node("ngid:evidence/a2/4/0-5")],
        ]))
        return g
    }

    static var index: GraphIndex { GraphIndex(graph) }
}
