/// Writes tagged CoNLL data in conlleval's input format: `WORD GOLD PRED` per token (IOB2),
/// a blank line after each sentence.
public enum CoNLLWriter {
    public static func pairs(documents: [CoNLLDocument], predictions: [[[TokenLabel]]]) -> String {
        String(decoding: pairBytes(documents: documents, predictions: predictions), as: UTF8.self)
    }

    /// The same lines as UTF-8 bytes.
    public static func pairBytes(documents: [CoNLLDocument], predictions: [[[TokenLabel]]]) -> [UInt8] {
        var out = ByteBuffer(capacity: documents.reduce(0) { $0 + $1.tokenCount } * 20)
        var tags: [TokenLabel: [UInt8]] = [:]
        func append(_ label: TokenLabel) {
            if let bytes = tags[label] { out.append(bytes); return }
            let bytes = Array(label.iob2.utf8)
            tags[label] = bytes
            out.append(bytes)
        }
        for (doc, predicted) in zip(documents, predictions) {
            for (sentence, labels) in zip(doc.sentences, predicted) {
                for i in sentence.tokens.indices {
                    out.append(sentence.tokens[i])
                    out.append(32)
                    append(sentence.gold[i])
                    out.append(32)
                    append(labels[i])
                    out.append(10)
                }
                out.append(10)
            }
        }
        return out.bytes
    }
}
