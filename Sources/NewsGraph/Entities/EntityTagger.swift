/// Something that labels the tokens of a document with entity classes.
///
/// The input is one document as a list of sentences, each a list of token strings, so that
/// taggers may use document-level context (a later "Motegi" agreeing with an earlier
/// "Toshimitsu Motegi"). The output has exactly one label per token, in the same shape,
/// and only valid IOB2 sequences (`inside(k)` only after `begin(k)` or `inside(k)`).
public protocol EntityTagger: Sendable {
    func label(sentences: [[String]]) -> [[TokenLabel]]
}
