/// Renders DOT text with the Graphviz C libraries, in-process and in memory.
///
/// Every call goes through one process-wide lock (Graphviz is not thread-safe),
/// so it is safe to call from any thread or task; calls run one at a time.
/// Everything Graphviz allocates (graph, layout, render buffer) is freed before
/// the call returns. Writing the bytes to a file is the caller's job.
///
/// ```swift
/// let result = try GraphvizRenderer.render(dot: text, layout: .dot, format: .svg)
/// // result.bytes, result.layoutUsed, result.note, result.warnings
/// ```
public enum GraphvizRenderer {
    /// Above this many nodes a request for the `dot` layout runs `sfdp` instead
    /// (dot takes ~20 s at 200 nodes / 600 edges and did not finish at 1,000 / 3,000).
    public static let dotNodeLimit = 300
    /// Above this many edges a request for the `dot` layout runs `sfdp` instead.
    public static let dotEdgeLimit = 900

    /// Parses, lays out and renders `dot`.
    ///
    /// - Parameters:
    ///   - dot: DOT source (a single graph; only the first graph is used).
    ///   - layout: the engine; `nil` chooses by size with
    ///     ``GraphvizLayout/recommended(nodeCount:edgeCount:)``. It overrides a
    ///     `layout=` attribute inside the DOT text. A request for `.dot` on a graph
    ///     larger than ``dotNodeLimit`` nodes or ``dotEdgeLimit`` edges runs `.sfdp`
    ///     instead; the result's `layoutUsed` and `note` say so.
    ///   - format: the output format.
    ///   - dpi: resolution for bitmap output (sets the graph's `dpi` attribute); Graphviz's default is 96.
    /// - Returns: the bytes plus the layout actually used and any Graphviz warnings.
    /// - Throws: ``GraphvizError`` with Graphviz's message when the text does not
    ///   parse, the layout or the renderer reports an error (e.g. a malformed HTML
    ///   label), or a plugin is missing. Warnings (unknown shape/color) do not throw.
    public static func render(
        dot: String,
        layout: GraphvizLayout? = nil,
        format: GraphvizFormat,
        dpi: Double? = nil
    ) throws -> GraphvizRenderResult {
        try render(dot: dot, layout: layout, outputs: [(format, dpi)])[0]
    }

    /// Parses and lays out `dot` once and renders that one drawing in each format of `outputs`, in order
    /// ("graph.svg and graph.png of the same picture" without a second layout). Each output is what
    /// ``render(dot:layout:format:dpi:)`` gives for its format and resolution alone.
    public static func render(
        dot: String,
        layout: GraphvizLayout? = nil,
        outputs: [(format: GraphvizFormat, dpi: Double?)]
    ) throws -> [GraphvizRenderResult] {
        var used = GraphvizLayout.dot
        let raws = try GraphvizCore.render(
            dot: dot,
            chooseEngine: { nodes, edges in
                let choice = chooseLayout(requested: layout, nodeCount: nodes, edgeCount: edges)
                used = choice.layout
                return (choice.layout.rawValue, choice.note)
            },
            outputs: outputs.map { ($0.format.rawValue, $0.dpi) }
        )
        return zip(outputs, raws).map { output, raw in
            GraphvizRenderResult(
                bytes: raw.bytes, format: output.format, layoutRequested: layout, layoutUsed: used,
                nodeCount: raw.nodeCount, edgeCount: raw.edgeCount, note: raw.note, warnings: raw.warnings
            )
        }
    }

    /// Parses `dot` with `agmemread` and closes it again, proving it is well-formed DOT.
    ///
    /// - Returns: the graph's name, kind and size, and any parser warnings.
    /// - Throws: ``GraphvizError`` (stage `.parse`) carrying Graphviz's message,
    ///   e.g. `Error: syntax error in line 3 near '}'`.
    @discardableResult
    public static func validate(dot: String) throws -> GraphvizGraphInfo {
        try GraphvizCore.validate(dot)
    }

    /// The layout `render` runs for a request and a graph size, with the note it reports.
    static func chooseLayout(
        requested: GraphvizLayout?, nodeCount: Int, edgeCount: Int
    ) -> (layout: GraphvizLayout, note: String?) {
        guard let requested else {
            return (GraphvizLayout.recommended(nodeCount: nodeCount, edgeCount: edgeCount), nil)
        }
        if requested == .dot && (nodeCount > dotNodeLimit || edgeCount > dotEdgeLimit) {
            let note = "graph has \(nodeCount) nodes and \(edgeCount) edges, beyond the dot layout's limit "
                + "(\(dotNodeLimit) nodes / \(dotEdgeLimit) edges); used sfdp instead"
            return (.sfdp, note)
        }
        return (requested, nil)
    }
}
