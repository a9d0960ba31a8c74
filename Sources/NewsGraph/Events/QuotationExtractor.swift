/// Finds quotations: quoted speech attributed to a named person ("“...,” Motegi told reporters",
/// "“...,” said Motegi", "Motegi said: “...”"), with pronoun speakers ("he said") resolved to the
/// nearest preceding person when that is unambiguous.
public struct QuotationExtractor: ExampleDocumentedExtractor {
    public init() {}

    public static let triggeringExamples: [PatternExample] = [
        PatternExample("“We share understanding of each other’s thinking,” Toshimitsu Motegi told reporters.",
                       ["Toshimitsu Motegi|We share understanding of each other’s thinking,"]),
        PatternExample("\"The talks were constructive,\" said Robert Lighthizer.",
                       ["Robert Lighthizer|The talks were constructive,"]),
        PatternExample("Shinzo Abe met voters in Tokyo. \"We will win,\" he said.",
                       ["Shinzo Abe|We will win,"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("The so-called \"America First\" agenda worries Japan."),
        PatternExample("\"We will win,\" the statement said."),
    ]

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .quotation(let q) = fact else { return nil }
        return "\(document.entities[q.speaker].name)|\(q.text)"
    }

    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "asked", "stated", "declared", "insisted", "explained", "noted", "warned", "argued"]
    static let openers: Set<String> = ["\"", "“"]
    static let closers: Set<String> = ["\"", "”"]

    public func extract(from document: Document) -> [Fact] {
        var facts: [Fact] = []
        let words = document.tokens.map(\.text)
        var i = 0
        while i < words.count {
            guard QuotationExtractor.openers.contains(words[i]) else { i += 1; continue }
            // The matching closing quote, within two paragraphs' worth of tokens.
            var close = i + 1
            while close < words.count, close - i < 400, !QuotationExtractor.closers.contains(words[close]) { close += 1 }
            guard close < words.count, close - i >= 4 else { i += 1; continue }
            let quoteStart = document.tokens[i + 1].start, quoteEnd = document.tokens[close - 1].end
            let text = document.substring(quoteStart, quoteEnd)
            if let (speaker, attribution) = speakerAfter(document, words, close) ?? speakerBefore(document, words, i) {
                let s = document.sentenceIndex(ofToken: attribution)
                var evidence = document.evidence(sentence: s)
                evidence = Evidence(articleID: evidence.articleID, sentenceIndex: s, sentenceText: evidence.sentenceText,
                                    sentenceStart: evidence.sentenceStart, sentenceEnd: evidence.sentenceEnd,
                                    spanStart: document.tokens[i + 1].charStart, spanEnd: document.tokens[close - 1].charEnd)
                facts.append(.quotation(QuotationFact(speaker: speaker, text: text, evidence: evidence)))
            }
            i = close + 1
        }
        return facts
    }

    /// "..." said X / "..." X said / "..." X told reporters / "..." he said.
    private func speakerAfter(_ document: Document, _ words: [String], _ close: Int) -> (Int, Int)? {
        var k = close + 1
        guard k < words.count else { return nil }
        if QuotationExtractor.speechVerbs.contains(words[k]) {
            k += 1
            while k < words.count, Titles.isTitleWord(words[k]) || words[k] == "the" { k += 1 }
            if let person = document.entity(atToken: k, types: [.person]) { return (person, k) }
            return nil
        }
        // X said / he said: the speaker within a few tokens, then a speech verb.
        for j in k..<min(words.count, k + 8) {
            if let person = document.entity(atToken: j, types: [.person]) {
                var v = j + 1
                while v < words.count, document.tokenEntities[v] == person { v += 1 }
                if v < words.count, QuotationExtractor.speechVerbs.contains(words[v]) { return (person, j) }
                return nil
            }
            if ["he", "she", "He", "She"].contains(words[j]), j + 1 < words.count, QuotationExtractor.speechVerbs.contains(words[j + 1]) {
                return precedingPerson(document, before: close).map { ($0, j) }
            }
            if words[j] == "." || QuotationExtractor.openers.contains(words[j]) { return nil }
        }
        return nil
    }

    /// X said: "..." / X said , "..."
    private func speakerBefore(_ document: Document, _ words: [String], _ open: Int) -> (Int, Int)? {
        var k = open - 1
        while k >= 0, [",", ":"].contains(words[k]) { k -= 1 }
        guard k >= 1, QuotationExtractor.speechVerbs.contains(words[k]) else { return nil }
        if let person = document.entity(atToken: k - 1, types: [.person]) { return (person, k - 1) }
        return nil
    }

    /// The most recently mentioned person before `token`, if the last two persons mentioned are the same one.
    private func precedingPerson(_ document: Document, before token: Int) -> Int? {
        var found: [Int] = []
        var k = token - 1
        while k >= 0, found.count < 1 {
            if let entity = document.tokenEntities[k], document.entities[entity].type == .person { found.append(entity) }
            k -= 1
        }
        return found.first
    }
}
