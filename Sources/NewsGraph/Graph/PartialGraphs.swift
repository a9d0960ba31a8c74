/// Reads partial graphs back into the documents `GraphBuilder` merges, so that merging partial
/// graphs gives the graph one build of all their articles gives.
public enum PartialGraphs {
    /// The documents of one partial graph (N-Quads or N-Triples): the article analyses that
    /// `build --stream` writes (`ArticleAnalysis`), or, for a graph written without them (`build
    /// --formats nt`), the documents rebuilt from the graph itself as `newsgraph add` does.
    public static func documents(_ bytes: [UInt8], source: String) throws -> [Document] {
        // The analyses and the evidence they point to are all the merge needs of stream output.
        var analyses = KnowledgeGraph()
        try NQuadsReader.read(bytes, into: &analyses) { $0.hasPrefix("ngid:analysis/") || $0.hasPrefix("ngid:evidence/") }
        let analyzed = try ArticleAnalysis.documents(in: analyses, source: source)
        if !analyzed.isEmpty { return analyzed }
        var graph = KnowledgeGraph()
        try NQuadsReader.read(bytes, into: &graph)
        return GraphDocuments.documents(from: GraphIndex(graph), source: source)
    }
}
