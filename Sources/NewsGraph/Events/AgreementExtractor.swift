/// Finds agreements and disputes between countries (or organizations, or the people acting for
/// them), kept simple: who with whom, of which kind, about what, with the sentence as evidence.
/// - agreements: "Japan and the United States agreed ...", "X signed an accord with Y",
///   "an agreement between X and Y";
/// - disputes: "China and the United States are locked in a trade dispute", "X's row with Y",
///   "a dispute between X and Y";
/// - tariffs and sanctions: "the United States imposed tariffs on Japanese goods / imports from Japan".
public struct AgreementExtractor: ExampleDocumentedExtractor {
    public init() {}

    public static let triggeringExamples: [PatternExample] = [
        PatternExample("Japan and the United States agreed on Friday to hold working-level meetings to accelerate progress towards a trade agreement.",
                       ["agreement|Japan+United States|trade"]),
        PatternExample("China and the United States are locked in a trade dispute.", ["dispute|China+United States|trade"]),
        PatternExample("Britain signed an accord with France on fishing rights.", ["agreement|France+United Kingdom|fishing"]),
        PatternExample("The United States imposed 300 mln dlrs of tariffs on imports from Japan.", ["tariffs|Japan+United States|"]),
        PatternExample("The dispute between Greece and Turkey over oil rights in the Aegean flared again.", ["dispute|Greece+Turkey|oil"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("Analysts agreed that the yen would rise."),
        PatternExample("Japan signed the letter on Friday."),
        PatternExample("Shares of Sony rose after the company reached a deal."),
    ]

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .relation(let r) = fact else { return nil }
        let names = r.parties.map { document.entities[$0].name }.sorted().joined(separator: "+")
        return "\(r.kind)|\(names)|\(r.topic ?? "")"
    }

    static let agreementNouns: Set<String> = ["agreement", "accord", "pact", "deal", "treaty", "understanding", "agreements", "accords"]
    static let disputeNouns: Set<String> = ["dispute", "row", "conflict", "feud", "war", "disputes", "quarrel", "standoff"]
    static let agreementVerbs: Set<String> = ["agreed", "signed", "reached", "struck", "concluded", "initialled", "initialed"]
    static let penaltyNouns: Set<String> = ["tariffs", "tariff", "sanctions", "duties"]
    /// Every word that can start one of the three relations: one lookup for the words that cannot.
    static let triggerWords = agreementVerbs.union(agreementNouns).union(disputeNouns).union(penaltyNouns)
    static let penaltyVerbs: Set<String> = ["imposed", "impose", "slap", "slapped", "levy", "levied", "threatened", "announced", "raised", "imposing"]

    public func extract(from document: Document) -> [Fact] {
        let finder = ParticipantFinder(document)
        let words = finder.words
        var facts: [Fact] = []
        var seen: Set<String> = []
        for (s, sentence) in document.sentences.enumerated() {
            let lower = sentence.tokenRange.lowerBound, upper = sentence.tokenRange.upperBound
            for i in sentence.tokenRange {
                let w = words[i]
                guard AgreementExtractor.triggerWords.contains(w) else { continue }
                var kind: String? = nil
                var parties: [Int] = []
                if AgreementExtractor.agreementVerbs.contains(w) {
                    if w != "agreed" {
                        // "signed an accord", "reached a deal": the verb needs its agreement noun.
                        guard words[(i + 1)..<min(upper, i + 5)].contains(where: AgreementExtractor.agreementNouns.contains) else { continue }
                    }
                    if words[max(lower, i - 3)..<i].contains(where: MeetingTriggers.negations.contains) { continue }
                    kind = "agreement"
                    parties = sides(finder, s, at: i, lower: lower, upper: upper, groupNeeds: nil)
                } else if AgreementExtractor.agreementNouns.contains(w) || AgreementExtractor.disputeNouns.contains(w) {
                    // "an agreement between X and Y", "its dispute with Y", "are locked in a trade dispute".
                    kind = AgreementExtractor.agreementNouns.contains(w) ? "agreement" : "dispute"
                    if kind == "dispute", w == "war", !(i > lower && ["trade", "tariff", "price", "currency"].contains(words[i - 1])) && !(i + 1 < upper && words[i + 1] == "between") { continue }
                    if i + 1 < upper, words[i + 1] == "between" {
                        parties = finder.objects(from: i + 2, upper: upper, lower: lower).heads
                    } else if i + 1 < upper, ["with", "against"].contains(words[i + 1]) {
                        parties = sides(finder, s, at: i, lower: lower, upper: upper, groupNeeds: nil)
                    } else if kind == "dispute" {
                        parties = sides(finder, s, at: i, lower: lower, upper: upper, groupNeeds: ["in", "locked", "embroiled"])
                    }
                } else if AgreementExtractor.penaltyNouns.contains(w) {
                    // Who imposes: the subject; on whom: "from X", "against X", "on X", "on Japanese goods".
                    let before = words[max(lower, i - 6)..<i]
                    guard before.contains(where: AgreementExtractor.penaltyVerbs.contains) else { continue }
                    var target: Int? = nil
                    var m = i + 1
                    while m < min(upper, i + 12), target == nil {
                        if let e = finder.participant(at: m), let range = finder.participantRange(at: m), m > i + 1 || true {
                            let preceding = words[m - 1]
                            if ["from", "against", "on", "to"].contains(preceding) || (range.lowerBound == m && !finder.isHead(range, upper: upper) && document.entities[e].type == .country) {
                                target = e
                            }
                            m = range.upperBound
                            continue
                        }
                        if [".", ";", "which", "that"].contains(words[m]) { break }
                        m += 1
                    }
                    guard let target else { continue }
                    var imposer: [Int] = []
                    if case .entities(let heads, _) = finder.subject(before: i, lower: lower, upper: upper) { imposer = heads }
                    guard let first = imposer.first, first != target else { continue }
                    kind = w == "sanctions" ? "sanctions" : "tariffs"
                    if kind == "sanctions" { kind = "tariffs" }
                    parties = [first, target]
                }
                guard let kind else { continue }
                var unique: [Int] = []
                for p in parties where !unique.contains(p) { unique.append(p) }
                guard unique.count >= 2 else { continue }
                let key = kind + "|" + unique.sorted().map(String.init).joined(separator: ",")
                guard seen.insert(key).inserted else { continue }
                facts.append(.relation(RelationFact(kind: kind, parties: unique, topic: kind == "tariffs" ? nil : topic(words, at: i, lower: lower, upper: upper),
                                                    trigger: w, evidence: document.evidence(sentence: s, tokens: sentence.tokenRange))))
            }
        }
        return facts
    }

    /// The two sides around a trigger: a subject group ("Japan and the United States agreed"), or a
    /// subject and a "with" object ("Britain signed an accord with France"). `groupNeeds`: words
    /// one of which must stand between a lone subject group and the trigger.
    private func sides(_ finder: ParticipantFinder, _ s: Int, at i: Int, lower: Int, upper: Int, groupNeeds: Set<String>?) -> [Int] {
        let words = finder.words
        var objects: [Int] = []
        var m = i + 1
        while m < min(upper, i + 6) {
            if ["with", "against"].contains(words[m]) { objects = finder.objects(from: m + 1, upper: upper, lower: lower).heads; break }
            if [",", ".", ";", "to", "that", "on", "and"].contains(words[m]) || finder.participant(at: m) != nil { break }
            m += 1
        }
        var subject: [Int] = []
        var subjectStart = i
        switch finder.subject(before: i, lower: lower, upper: upper) {
        case .entities(let heads, let start): subject = heads; subjectStart = start
        case .pronoun(let k):
            if ParticipantFinder.pluralPronouns.contains(words[k]) || ["sides", "countries", "nations", "leaders"].contains(words[k]) {
                subject = finder.resolvePlural(at: k, sentence: s) ?? []
            }
        default: break
        }
        // Possessor: "Japan's dispute with the United States".
        if subject.isEmpty, i - 2 >= lower, words[i - 1] == "'s" || words[i - 1] == "’s", let e = finder.participant(at: i - 2) { subject = [e] }
        if objects.isEmpty {
            guard subject.count >= 2 else { return [] }
            if let needs = groupNeeds, !words[subjectStart..<i].contains(where: needs.contains) { return [] }
            // The group must act directly: "A and B agreed", not "A and B shares rose after ... agreed".
            if i - subjectStart > 10 { return [] }
            return subject
        }
        return subject + objects
    }

    private func topic(_ words: [String], at i: Int, lower: Int, upper: Int) -> String? {
        for k in [i - 1, i - 2] where k >= lower && MeetingTriggers.topicWords.contains(words[k]) { return words[k] }
        var k = i + 1
        while k < min(upper, i + 12) {
            if ["on", "over", "about"].contains(words[k]), k + 1 < upper {
                var m = k + 1
                while m < min(upper, k + 4) {
                    if MeetingTriggers.topicWords.contains(words[m]) { return words[m] }
                    m += 1
                }
            }
            k += 1
        }
        for m in (i + 1)..<upper {
            if [",", ";"].contains(words[m]) { break }
            if MeetingTriggers.topicWords.contains(words[m]) { return words[m] }
        }
        return nil
    }
}
