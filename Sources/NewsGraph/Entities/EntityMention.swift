/// A span of tokens that names an entity, as found by a tagger.
public struct EntityMention: Sendable, Hashable {
    /// Token indices into `Document.tokens`.
    public let tokenRange: Range<Int>
    public let sentenceIndex: Int
    public let kind: EntityKind
    /// The surface text as written ("Motegi", "U.S.").
    public let text: String

    public init(tokenRange: Range<Int>, sentenceIndex: Int, kind: EntityKind, text: String) {
        self.tokenRange = tokenRange
        self.sentenceIndex = sentenceIndex
        self.kind = kind
        self.text = text
    }
}
