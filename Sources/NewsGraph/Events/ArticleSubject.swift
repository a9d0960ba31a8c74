/// The organisation a news article is about, when it has one: a company story names its company in the
/// lead and then keeps coming back to it ("Conrac Corp said ...", "Conrac said ...", "the company's ..."),
/// and an office written bare later on ("chairman Allan Taylor said", "Treasurer Joseph Smorada") is an
/// office there, as a reader takes it. An article about several bodies has no subject: the one most
/// mentioned must be named in the first sentence and mentioned at least twice as often as any other
/// organisation (a takeover story names bidder and target alike).
enum ArticleSubject {
    static func organization(of document: Document) -> Int? {
        var counts: [Int: Int] = [:]
        var inLead: Set<Int> = []
        for (m, mention) in document.mentions.enumerated() {
            guard let e = document.mentionEntities[m], document.entities[e].type == .organization else { continue }
            counts[e, default: 0] += 1
            if mention.sentenceIndex == 0 { inLead.insert(e) }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 2, inLead.contains(top.key) else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > top.value { return nil }
        return top.key
    }
}
