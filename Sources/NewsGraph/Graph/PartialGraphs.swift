/// Reads partial graphs back into the documents `GraphBuilder` merges, so that merging partial
/// graphs gives the graph one build of all their articles gives.
public enum PartialGraphs {
    /// The documents of one partial graph (N-Quads or N-Triples): the article analyses that
    /// `build --stream` writes (`ArticleAnalysis`), or, for a graph written without them (`build
    /// --formats nt`), the documents rebuilt from the graph itself as `newsgraph add` does.
    public static func documents(_ bytes: [UInt8], source: String) throws -> [Document] {
        var graph = KnowledgeGraph()
        try NQuadsReader.read(bytes, into: &graph)
        let analyzed = try ArticleAnalysis.documents(in: graph, source: source)
        if !analyzed.isEmpty { return analyzed }
        return GraphDocuments.documents(from: GraphIndex(graph), source: source)
    }
}
