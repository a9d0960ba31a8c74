import Testing
@testable import NewsGraph

@Suite struct TokenizerTests {
    private func words(_ text: String) -> [String] { Tokenizer().tokenize(text).map(\.text) }

    @Test func abbreviationsInitialsAndNumbersStayWhole() {
        #expect(words("Mr. J. Smith of Acme Corp. paid $1,000.5 in the U.S. on Jan. 5.") ==
                ["Mr.", "J.", "Smith", "of", "Acme", "Corp.", "paid", "$1,000.5", "in", "the", "U.S.", "on", "Jan.", "5", "."])
    }

    @Test func possessivesQuotesAndPunctuationSplit() {
        #expect(words("“We share it,” Japan’s Motegi said.") == ["“", "We", "share", "it", ",", "”", "Japan", "’s", "Motegi", "said", "."])
        #expect(words("Abe's \"party\" (LDP) won; working-level talks!") ==
                ["Abe", "'s", "\"", "party", "\"", "(", "LDP", ")", "won", ";", "working-level", "talks", "!"])
    }

    @Test func offsetsPointIntoTheText() {
        let text = "茂木 met Lighthizer in Osaka."
        let tokens = Tokenizer().tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.charStart..<token.charEnd])) == token.text)
        }
        #expect(tokens[0].text == "茂木" && tokens[0].start == 0 && tokens[0].end == 6)
    }

    @Test func excludedRangesAreSkippedWithoutMovingOffsets() {
        let text = "OSAKA (Reuters) - Japan agreed."
        let tokens = Tokenizer().tokenize(text, excluding: [0..<18])
        #expect(tokens.map(\.text) == ["Japan", "agreed", "."])
        #expect(tokens[0].start == 18)
    }
}

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer().tokenize(text)
        return SentenceSplitter().split(tokens).map { s in tokens[s.tokenRange].map(\.text).joined(separator: " ") }
    }

    @Test func splitsAtTerminatorsButNotAbbreviations() {
        #expect(sentences("Mr. Abe met Dr. Lee in the U.S. capital. They talked. \"Good,\" he said.") ==
                ["Mr. Abe met Dr. Lee in the U.S. capital .", "They talked .", "\" Good , \" he said ."])
    }

    @Test func abbreviationEndsSentenceBeforeTypicalOpener() {
        #expect(sentences("Tariffs hurt the U.S. The talks failed.") == ["Tariffs hurt the U.S.", "The talks failed ."])
        #expect(sentences("He works for Acme Corp. in Ohio.").count == 1)
    }

    @Test func noSentenceOfOneOrTwoWordsEndsInAnAbbreviation() {
        // Reuters capitalises some words after "U.S."; "The U.S." alone is no sentence.
        #expect(sentences("The U.S. Last year had major deficits.") == ["The U.S. Last year had major deficits ."])
        #expect(sentences("However, U.S. Officials said the talks failed.").count == 1)
        #expect(sentences("Tariffs hurt the U.S. Officials said so.").count == 2)
    }

    @Test func paragraphsAlwaysEndSentences() {
        #expect(sentences("Headline without period\n\nBody starts here.").count == 2)
        #expect(sentences("Reuters style line\n    indented paragraph.").count == 2)
        #expect(sentences("A wrapped\nline continues.").count == 1)
    }

    @Test func overlongRunsAreCutAtACommaOrBetweenLowerCaseWords() {
        let cap = SentenceSplitter.maxTokens
        // A list with commas: cut after a comma, every piece within the cap, no token lost.
        let list = (0..<400).map { "Delegate Name\($0)" }.joined(separator: ", ")
        let pieces = sentences(list)
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(",") })
        let lengths: [Int] = pieces.map { $0.split(separator: " ").count }
        #expect(lengths.allSatisfy { $0 <= cap })
        let total: Int = lengths.reduce(0, +)
        #expect(total == 400 * 3 - 1)
        // No commas: cut between two lower-case words, never inside a name.
        let run = Array(repeating: "Ann Lee met Bob Ray and held talks with", count: 100).joined(separator: " ")
        for piece in sentences(run).dropLast() {
            let words = piece.split(separator: " ")
            #expect(words.count <= cap)
            #expect(words.last?.first?.isLowercase == true)
        }
        // A sentence at the cap's length with a full stop stays whole.
        let whole = Array(repeating: "word", count: cap - 1).joined(separator: " ") + "."
        #expect(sentences(whole).count == 1)
    }
}

@Suite struct ISODayTests {
    @Test func arithmeticAndWeekdays() {
        let day = ISODay("2019-06-28")!
        #expect(day.weekday == 4)  // Friday
        #expect(day.adding(days: 1).description == "2019-06-29")
        #expect(ISODay("2020-02-29") != nil && ISODay("2019-02-29") == nil)
        #expect(ISODay(dayNumber: ISODay("1987-02-26")!.dayNumber).description == "1987-02-26")
    }
}
