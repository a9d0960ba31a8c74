/// The tagger `newsgraph build` uses: the trained statistical model shipped with the library.
public enum DefaultTagger {
    /// Loads the trained model (once per process); throws when it is missing or unreadable,
    /// rather than silently falling back to a weaker tagger.
    public static func make() throws -> any EntityTagger {
        try PerceptronTagger.loadDefault()
    }
}
