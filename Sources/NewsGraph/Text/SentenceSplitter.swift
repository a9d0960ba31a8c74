/// Groups tokens into sentences: at ".", "!", "?" followed by a capitalized word, a number or a
/// quote, at paragraph breaks, and after "U.S."-style abbreviations only before a typical sentence opener.
/// A run of more than `maxTokens` tokens without a boundary (a list of names, a transcript or a page that
/// lost its full stops) is cut into pieces of at most that size, so every stage that reads a whole sentence
/// per trigger or per mention stays linear in the article.
public struct SentenceSplitter: Sendable {
    /// The longest sentence kept whole: real news sentences are far shorter (in Reuters, 7 of 130,000 are longer, all tables).
    public static let maxTokens = 200

    public init() {}

    public func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        // Straight double quotes open and close alike: their parity within the sentence tells which.
        var straightQuotes = 0
        while i < tokens.count {
            var boundaryAfter: Int? = nil
            let text = tokens[i].text
            if text == "\"" { straightQuotes += 1 }
            if i + 1 < tokens.count && tokens[i + 1].startsParagraph {
                boundaryAfter = i
            } else if isTerminator(text) {
                // Closing quotes and brackets stay with the sentence they close.
                var j = i
                while j + 1 < tokens.count, isCloser(tokens[j + 1].text) {
                    if tokens[j + 1].text == "\"" {
                        if straightQuotes % 2 == 0 { break }  // an opening quote of the next sentence
                        straightQuotes += 1
                    }
                    j += 1
                }
                if j + 1 >= tokens.count || startsSentence(tokens[j + 1].text) || tokens[j + 1].startsParagraph {
                    boundaryAfter = j
                }
            } else if text.utf8.count > 1, text.utf8.last == 46, i + 1 < tokens.count {
                let word = String(text.dropLast())
                // "The U.S. Last year ...", "However, U.S. Officials said": a sentence of one or two words ending
                // in an abbreviation is not one, so the capital after it is the writer's.
                if !Abbreviations.neverFinal.contains(word), Abbreviations.sentenceStarters.contains(tokens[i + 1].text),
                   tokens[start...i].lazy.filter({ $0.text.first?.isLetter == true }).prefix(3).count >= 3 {
                    boundaryAfter = i
                }
            }
            if boundaryAfter == nil, i + 1 - start >= SentenceSplitter.maxTokens {
                boundaryAfter = cutPoint(tokens, start, i)
            }
            if let end = boundaryAfter {
                sentences.append(makeSentence(tokens, start..<(end + 1)))
                start = end + 1
                i = end + 1
                straightQuotes = 0
            } else {
                i += 1
            }
        }
        if start < tokens.count { sentences.append(makeSentence(tokens, start..<tokens.count)) }
        return sentences
    }

    /// Where an overlong run is cut: after the last comma, semicolon or colon in its second half, else
    /// between the last two lower-case words there (never inside a name), else at `last`.
    private func cutPoint(_ tokens: [Token], _ start: Int, _ last: Int) -> Int {
        let floor = start + SentenceSplitter.maxTokens / 2
        var j = last
        while j > floor {
            let text = tokens[j].text
            if text == "," || text == ";" || text == ":" { return j }
            j -= 1
        }
        j = last - 1
        while j > floor {
            if isLowercaseWord(tokens[j].text), isLowercaseWord(tokens[j + 1].text) { return j }
            j -= 1
        }
        return last
    }

    private func isLowercaseWord(_ text: String) -> Bool {
        text.unicodeScalars.first?.isLowercaseLetter == true
    }

    private func makeSentence(_ tokens: [Token], _ range: Range<Int>) -> Sentence {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        return Sentence(tokenRange: range, start: first.start, end: last.end, charStart: first.charStart, charEnd: last.charEnd)
    }

    private func isTerminator(_ text: String) -> Bool {
        text == "." || text == "!" || text == "?" || text == "..." || text == "…"
    }

    private func isCloser(_ text: String) -> Bool {
        text == "\"" || text == "”" || text == "’" || text == "'" || text == ")" || text == "]"
    }

    private func startsSentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.isUppercaseLetter || ("0"..."9").contains(first) { return true }
        return text == "\"" || text == "“" || text == "‘" || text == "(" || text == "'" || text == "["
    }
}
