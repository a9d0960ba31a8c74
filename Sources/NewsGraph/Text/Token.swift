/// One token of an article body, with its place in the body.
public struct Token: Sendable, Hashable {
    public let text: String
    /// UTF-8 byte offsets into the body.
    public let start: Int
    public let end: Int
    /// Unicode scalar (character) offsets into the body, as JSON and Python count them.
    public internal(set) var charStart: Int = 0
    public internal(set) var charEnd: Int = 0
    /// True when a blank line or an indented new line precedes the token.
    public let startsParagraph: Bool

    public init(text: String, start: Int, end: Int, startsParagraph: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.startsParagraph = startsParagraph
    }
}

/// A sentence: a run of tokens and its span in the body.
public struct Sentence: Sendable, Hashable {
    public let tokenRange: Range<Int>
    /// UTF-8 byte offsets into the body.
    public let start: Int
    public let end: Int
    /// Unicode scalar offsets into the body.
    public let charStart: Int
    public let charEnd: Int
}
