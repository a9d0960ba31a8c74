/// A sentence an extraction pattern must handle, kept next to the pattern (as SwiftLint keeps
/// triggering and non-triggering examples next to each rule); tests are generated from them.
public struct PatternExample: Sendable, CustomStringConvertible {
    /// The sentence (or short passage) to analyze.
    public let text: String
    /// The facts expected, in the extractor's summary form; empty means "must not match".
    public let expected: [String]
    /// The article date to resolve relative dates against.
    public let date: String?

    public init(_ text: String, _ expected: [String] = [], date: String? = "2019-06-28") {
        self.text = text
        self.expected = expected
        self.date = date
    }

    public var description: String { text }
}

/// An extractor that documents itself with examples.
public protocol ExampleDocumentedExtractor: FactExtractor {
    /// Sentences that must yield exactly the expected facts.
    static var triggeringExamples: [PatternExample] { get }
    /// Sentences that must yield no fact of this extractor's kind.
    static var nonTriggeringExamples: [PatternExample] { get }
    /// A one-line summary of a fact of this extractor's kind, as used in `PatternExample.expected`; nil for other kinds.
    static func summary(of fact: Fact, in document: Document) -> String?
}
