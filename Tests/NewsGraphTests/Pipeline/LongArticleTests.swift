import Testing
import TestSupport
@testable import NewsGraph

/// One very long article of names and meeting words with no full stop (an attendee list, a transcript, a
/// page that lost its sentence ends): the analysis must finish — it is linear in the article, so this takes
/// well under a second; a quadratic stage would hang the suite. Speed itself is measured by
/// scripts/bench-growth.sh, not here.
@Suite struct LongArticleTests {
    static let firstNames = ["John", "Mary", "Peter", "Anna", "James", "Maria", "Robert", "Helen", "Michael", "Laura"]
    static let surnames = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright", "Green"]

    /// "<Name> met <Name> and held talks with" repeated until `words` words, without a full stop.
    static func unbrokenMeetings(words: Int) -> String {
        var state: UInt64 = 7
        func name() -> String {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let pick = Int(state >> 33)
            return firstNames[pick % firstNames.count] + " " + surnames[(pick / firstNames.count) % surnames.count]
        }
        var parts: [String] = []
        var count = 0
        while count < words {
            parts.append("\(name()) met \(name()) and held talks with")
            count += 9
        }
        parts.append(name())
        return parts.joined(separator: " ")
    }

    @Test func twoHundredThousandWordsWithoutAFullStop() {
        let body = Self.unbrokenMeetings(words: 200_000)
        let article = Article(id: "long", date: "2020-01-01", body: body, source: SourceLocation(path: "long"))
        let document = Analysis.pipeline.analyze(article)
        #expect(document.tokens.count > 200_000)
        // The unbroken run is cut into sentences no longer than the cap, never inside a name.
        #expect(document.sentences.allSatisfy { $0.tokenRange.count <= SentenceSplitter.maxTokens })
        #expect(document.sentences.count >= 200_000 / SentenceSplitter.maxTokens)
        for sentence in document.sentences.dropLast() {
            let last = document.tokens[sentence.tokenRange.upperBound - 1].text
            #expect(last.first?.isLowercase == true, "sentence cut after \(last)")
        }
        // A hundred distinct people at most, each one entity however often named.
        let people = document.entities.filter { $0.type == .person }
        #expect(people.count <= Self.firstNames.count * Self.surnames.count)
        #expect(Set(people.map(\.name)).count == people.count)
        let meetings = document.facts.filter { if case .meeting = $0 { return true } else { return false } }
        #expect(meetings.count > 1_000)
        #expect(meetings.allSatisfy { $0.evidence.sentenceText.count < 5_000 })
    }
}
