/// Parses plain text the way the pipeline does (our tokenizer and sentence splitter, then the UD word mapping)
/// and returns CoNLL-U sentences of UD words with predicted UPOS, HEAD and DEPREL.
public enum TextParsing {
    public static func parse(_ article: Article, parser: DependencyParser) -> [UDSentence] {
        let tokens = Tokenizer().tokenize(article.body, excluding: article.excludedRanges)
        let sentences = SentenceSplitter().split(tokens)
        var out: [UDSentence] = []
        for (index, sentence) in sentences.enumerated() {
            let mapping = UDTokenMapping(tokens: tokens[sentence.tokenRange].map(\.text))
            let parse = parser.parse(mapping.words)
            var ud = UDSentence(comments: ["# sent_id = \(article.id)-\(index + 1)",
                                           "# text = " + article.body.utf8Slice(sentence.start, sentence.end)])
            for (i, form) in mapping.words.enumerated() {
                ud.words.append(UDWord(form: form, upos: parse.tags[i], head: parse.heads[i], deprel: parse.relations[i].name))
            }
            out.append(ud)
        }
        return out
    }
}

extension String {
    /// The text between two UTF-8 offsets, newlines flattened to spaces.
    fileprivate func utf8Slice(_ start: Int, _ end: Int) -> String {
        let u = utf8
        let lower = u.index(u.startIndex, offsetBy: start), upper = u.index(u.startIndex, offsetBy: end)
        return String(self[lower..<upper]).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
