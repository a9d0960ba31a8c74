/// An error reported by Graphviz (or by this wrapper before calling it).
///
/// `message` carries Graphviz's own text, e.g.
/// `Error: syntax error in line 1 near '->'` or
/// `Error: mismatched tag in line 1 ... in label of node a`.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Which step failed.
    public enum Stage: String, Sendable {
        /// The input was rejected before reaching Graphviz (e.g. a NUL byte, a bad dpi).
        case input
        /// `agmemread` could not parse the DOT text.
        case parse
        /// `gvLayout` failed (unknown engine, bad HTML label, …).
        case layout
        /// `gvRenderData` failed (unknown format, renderer error, …).
        case render
    }

    /// The step that failed.
    public let stage: Stage
    /// Graphviz's message (several lines joined with newlines when it sent several).
    public let message: String

    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "Graphviz \(stage.rawValue) error: \(message)" }
}

/// What ``GraphvizRenderer/render(dot:layout:format:dpi:)`` produced.
public struct GraphvizRenderResult: Sendable {
    /// The rendered file content (SVG/DOT text as UTF-8, PNG/PDF binary).
    public let bytes: [UInt8]
    /// The format of `bytes`.
    public let format: GraphvizFormat
    /// The layout the caller asked for; `nil` means "choose by size".
    public let layoutRequested: GraphvizLayout?
    /// The layout actually run. Differs from `layoutRequested` when `dot` was
    /// asked for a graph beyond ``GraphvizRenderer/dotNodeLimit`` /
    /// ``GraphvizRenderer/dotEdgeLimit`` (then `sfdp` is used and `note` says so).
    public let layoutUsed: GraphvizLayout
    /// Number of nodes in the parsed graph.
    public let nodeCount: Int
    /// Number of edges in the parsed graph.
    public let edgeCount: Int
    /// A human-readable explanation when the layout was switched, else `nil`.
    public let note: String?
    /// Graphviz warnings (unknown shape, unknown color, …); the drawing was still made.
    public let warnings: [String]
}

/// Facts about a graph that parsed, as returned by ``GraphvizRenderer/validate(dot:)``.
public struct GraphvizGraphInfo: Sendable, Equatable {
    /// Name of the graph (empty for an anonymous graph).
    public let name: String
    /// Whether the graph is a `digraph`.
    public let isDirected: Bool
    /// Whether the graph is declared `strict`.
    public let isStrict: Bool
    /// Number of nodes.
    public let nodeCount: Int
    /// Number of edges.
    public let edgeCount: Int
    /// Graphviz warnings emitted while parsing.
    public let warnings: [String]
}
