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
        PatternExample("The two sides did not discuss the timing for conclusion of a deal, Toshimitsu Motegi added.",
                       ["Toshimitsu Motegi|The two sides did not discuss the timing for conclusion of a deal"]),
        PatternExample("Prices would recover in the third quarter, said U.S. Trade Representative Robert Lighthizer.",
                       ["Robert Lighthizer|Prices would recover in the third quarter"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("The so-called \"America First\" agenda worries Japan."),
        PatternExample("\"We will win,\" the statement said."),
        // Two people before the pronoun: whose words these are is not stated.
        PatternExample("Helmut Kohl met Francois Mitterrand in Paris. \"We agree on everything,\" he said."),
        PatternExample("Shares rose on Friday, dealers said."),
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
        for s in document.sentences.indices {
            if let fact = indirectSpeech(document, words, sentence: s) { facts.append(fact) }
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
                return precedingPerson(document, before: openQuote(words, close)).map { ($0, j) }
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

    /// The quote's opening mark, for a closing mark at `close`.
    private func openQuote(_ words: [String], _ close: Int) -> Int {
        var k = close - 1
        while k > 0, !QuotationExtractor.openers.contains(words[k]) { k -= 1 }
        return k
    }

    /// The person a pronoun speaker ("he said") stands for: the only person named from the start of
    /// the previous sentence up to the quotation; nil when none or several are.
    private func precedingPerson(_ document: Document, before token: Int) -> Int? {
        let s = document.sentenceIndex(ofToken: max(0, token - 1))
        let start = document.sentences[max(0, s - 1)].tokenRange.lowerBound
        var people: Set<Int> = []
        var inQuote = false
        for k in start..<token {
            let w = document.tokens[k].text
            if QuotationExtractor.openers.contains(w) && !QuotationExtractor.closers.contains(w) { inQuote = true }
            else if QuotationExtractor.closers.contains(w) && !QuotationExtractor.openers.contains(w) { inQuote = false }
            if inQuote { continue }
            if let e = document.entity(atToken: k, types: [.person]) { people.insert(e) }
        }
        return people.count == 1 ? people.first : nil
    }

    /// Reported speech closing a sentence: "..., Motegi added." / "..., said Minister X." / "..., he said."
    private func indirectSpeech(_ document: Document, _ words: [String], sentence s: Int) -> Fact? {
        let range = document.sentences[s].tokenRange
        guard range.count >= 8, !words[range].contains(where: { QuotationExtractor.openers.contains($0) || QuotationExtractor.closers.contains($0) }) else { return nil }
        var end = range.upperBound
        if words[end - 1] == "." { end -= 1 }
        guard let comma = words[range.lowerBound..<end].lastIndex(of: ","), comma - range.lowerBound >= 5, end - comma <= 9 else { return nil }
        let tail = Array((comma + 1)..<end)
        guard !tail.isEmpty else { return nil }
        var speaker: Int? = nil
        var anchor = comma + 1
        if QuotationExtractor.speechVerbs.contains(words[tail[0]]) {
            // ", said Indonesian Energy Minister Subroto."
            var k = tail[0] + 1
            while k < end, document.entity(atToken: k, types: [.person]) == nil,
                  document.tokenEntities[k] != nil || Titles.isTitleWord(words[k]) || words[k].isCapitalizedWord || words[k] == "the" { k += 1 }
            guard k < end, let person = document.entity(atToken: k, types: [.person]) else { return nil }
            var after = k
            while after < end, document.tokenEntities[after] == person { after += 1 }
            guard after == end else { return nil }
            speaker = person; anchor = k
        } else {
            // ", Motegi added." / ", Economy Minister Toshimitsu Motegi told reporters." / ", he said."
            var k = comma + 1
            while k < end, document.entity(atToken: k, types: [.person]) == nil,
                  document.tokenEntities[k] != nil || Titles.isTitleWord(words[k]) || (words[k].isCapitalizedWord && !["He", "She"].contains(words[k])) { k += 1 }
            guard k < end else { return nil }
            var after = k
            if let person = document.entity(atToken: k, types: [.person]) {
                while after < end, document.tokenEntities[after] == person { after += 1 }
                speaker = person
            } else if ["he", "she"].contains(words[k]) {
                after = k + 1
                speaker = precedingPerson(document, before: range.lowerBound)
            } else {
                return nil
            }
            guard after < end, QuotationExtractor.speechVerbs.contains(words[after]) else { return nil }
            let rest = words[(after + 1)..<end]
            guard rest.isEmpty || Array(rest) == ["reporters"] || Array(rest) == ["Reuters"] else { return nil }
            anchor = k
        }
        guard let speaker else { return nil }
        _ = anchor
        let text = document.substring(document.tokens[range.lowerBound].start, document.tokens[comma - 1].end)
        let evidence = document.evidence(sentence: s, tokens: range.lowerBound..<comma)
        return .quotation(QuotationFact(speaker: speaker, text: text, evidence: evidence, indirect: true))
    }
}
