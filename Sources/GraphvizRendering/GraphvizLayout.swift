/// A Graphviz layout engine.
///
/// `dot` draws hierarchies and is the nicest for small graphs, but its running
/// time grows very fast: on this machine it takes ~20 s on a random graph of
/// 200 nodes / 600 edges and never finished on 1,000 / 3,000. `sfdp` lays out
/// 1,000 / 3,000 in a fraction of a second. Use ``recommended(nodeCount:edgeCount:)``
/// when the size is not known in advance.
public enum GraphvizLayout: String, CaseIterable, Sendable {
    /// Hierarchical (layered) drawing. Small graphs only.
    case dot
    /// Spring model (stress majorization). Medium graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold).
    ///
    /// Unlike the other engines, Graphviz 2.42's fdp keeps state between calls in
    /// one process: the same graph laid out again later can come out different.
    /// Prefer sfdp when output must be reproducible.
    case fdp
    /// Multiscale force-directed; the one that scales to thousands of nodes.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
    /// No layout: every node's `pos` is given in the DOT text, in points (`neato -n`);
    /// edges are drawn between the given positions. A node without `pos` is an error, so it is
    /// not among ``allCases`` (the engines that lay out any graph).
    case nop

    public static let allCases: [GraphvizLayout] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    /// Largest graph for which ``recommended(nodeCount:edgeCount:)`` still picks `dot`.
    public static let recommendedDotNodeLimit = 150
    /// Largest edge count for which ``recommended(nodeCount:edgeCount:)`` still picks `dot`.
    public static let recommendedDotEdgeLimit = 450

    /// The layout to use for a graph of the given size: `dot` for small graphs
    /// (at most ``recommendedDotNodeLimit`` nodes and ``recommendedDotEdgeLimit``
    /// edges), `sfdp` beyond.
    public static func recommended(nodeCount: Int, edgeCount: Int) -> GraphvizLayout {
        if nodeCount <= recommendedDotNodeLimit && edgeCount <= recommendedDotEdgeLimit {
            return .dot
        }
        return .sfdp
    }
}

/// An output format produced by ``GraphvizRenderer/render(dot:layout:format:dpi:)``.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    /// SVG (text stays text, so every font/script displays in a browser).
    case svg
    /// PNG bitmap rendered with cairo/pango; text uses the installed fonts.
    case png
    /// PDF rendered with cairo.
    case pdf
    /// DOT with the layout's coordinates (`pos`, `bb`, …) added.
    case dot

    /// The usual file extension for this format.
    public var fileExtension: String { rawValue }
}
