/// Writes tagged CoNLL data in conlleval's input format: `WORD GOLD PRED` per token (IOB2),
/// a blank line after each sentence.
public enum CoNLLWriter {
    public static func pairs(documents: [CoNLLDocument], predictions: [[[TokenLabel]]]) -> String {
        var out = ""
        out.reserveCapacity(documents.reduce(0) { $0 + $1.tokenCount } * 20)
        for (doc, predicted) in zip(documents, predictions) {
            for (sentence, labels) in zip(doc.sentences, predicted) {
                for i in sentence.tokens.indices {
                    out += sentence.tokens[i]
                    out += " "
                    out += sentence.gold[i].iob2
                    out += " "
                    out += labels[i].iob2
                    out += "\n"
                }
                out += "\n"
            }
        }
        return out
    }
}
