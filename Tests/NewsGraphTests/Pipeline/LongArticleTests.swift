import Testing
import TestSupport
@testable import NewsGraph

/// One very long article of names and meeting words with no full stop (an attendee list, a transcript, a
/// page that lost its sentence ends): the analysis must finish — it is linear in the article, so this takes
/// well under a second; a quadratic stage would hang the suite. Speed itself is measured by
/// scripts/bench-growth.sh, not here.
@Suite struct LongArticleTests {
    static let firstNames = ["John", "Mary", "Peter", "Anna", "James", "Maria", "Robert", "Helen", "Michael", "Laura"]
    static let syllables = ["ka", "lo", "ri", "ma", "ten", "sor", "vel", "din", "bra", "mor"]

    /// "<Name> met <Name> and held talks with" repeated until `words` words, without a full stop; the
    /// surnames are made of three syllables, so the article names thousands of different people.
    static func unbrokenMeetings(words: Int) -> String {
        var state: UInt64 = 7
        func name() -> String {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var pick = Int(state >> 33)
            let first = firstNames[pick % firstNames.count]
            var surname = ""
            for _ in 0..<3 {
                pick /= 10
                surname += syllables[pick % syllables.count]
            }
            return first + " " + surname.prefix(1).uppercased() + surname.dropFirst()
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
        // Thousands of different people (at most 10 first names × 1,000 surnames), each one entity however often named.
        let people = document.entities.filter { $0.type == .person }
        #expect(people.count > 1_000 && people.count <= 10_000)
        #expect(Set(people.map(\.name)).count == people.count)
        let meetings = document.facts.filter { if case .meeting = $0 { return true } else { return false } }
        #expect(meetings.count > 1_000)
        #expect(meetings.allSatisfy { $0.evidence.sentenceText.count < 5_000 })
    }
}
