/// The tagger `newsgraph build` uses: the trained statistical model, or the rule-based tagger
/// when no model can be loaded.
public enum DefaultTagger {
    public static func make() -> any EntityTagger {
        (try? PerceptronTagger.loadDefault()) ?? RuleBasedTagger()
    }
}
