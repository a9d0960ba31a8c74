import NewsGraph

/// Shortcuts for analyzing text in tests with the default pipeline.
public enum Analysis {
    /// The pipeline `newsgraph build` uses (the trained tagger when its model loads).
    public static let pipeline = Pipeline(tagger: try! DefaultTagger.make())

    /// Analyzes a passage as the body of an article with the given date.
    public static func document(_ text: String, date: String? = "2019-06-28", id: String = "test") -> Document {
        pipeline.analyze(Article(id: id, date: date, body: text, source: SourceLocation(path: "test")))
    }

    /// The graph of several passages.
    public static func graph(_ bodies: [(id: String, text: String)], date: String? = "2019-06-28") -> KnowledgeGraph {
        var builder = GraphBuilder()
        for body in bodies { builder.add(document(body.text, date: date, id: body.id)) }
        return builder.build()
    }
}
