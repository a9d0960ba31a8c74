import CGraphviz
import Foundation

// Internal: the only code in NewsGraph that calls into Graphviz's C API.
//
// Graphviz is not thread-safe (global lexer, error hook, layout globals; parallel
// layouts crashed even with one GVC_t per thread), so ONE process-wide lock
// serializes every call: parsing, context creation, layout, rendering, freeing.

/// Text Graphviz sent to the error hook since the last reset. Only touched with
/// `GraphvizCore.lock` held (the hook runs synchronously inside our calls).
nonisolated(unsafe) private var graphvizTranscript = ""

/// A graph that parsed, with the counts the layout choice needs.
struct GraphvizParsedGraph {
    let nodeCount: Int
    let edgeCount: Int
}

/// What one render produced, before being mapped to public types.
struct GraphvizRawRender {
    var bytes: [UInt8]
    var engine: String
    var nodeCount: Int
    var edgeCount: Int
    var note: String?
    var warnings: [String]
}

enum GraphvizCore {
    private static let lock = NSLock()

    /// The shared `GVC_t`, created lazily under `lock`. It is reused between
    /// calls (plugins are loaded once) and thrown away after any failure, so a
    /// half-finished job or layout can never leak into the next call.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    // MARK: Locking and messages

    /// Runs `body` with the Graphviz lock held and the error hook installed.
    static func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = agseterr(AGWARN)  // report warnings and errors to the hook
        _ = agseterrf { text in
            if let text { graphvizTranscript += String(cString: text) }
            return 0
        }
        resetMessages()
        return try body()
    }

    private static func resetMessages() {
        graphvizTranscript = ""
        _ = agreseterrors()
    }

    /// Whether Graphviz reported an error (not just a warning) since the last reset.
    private static var errorReported: Bool {
        agerrors() >= Int32(AGERR.rawValue)
    }

    /// The messages collected since the last reset, grouped: a message starts
    /// with "Error: " or "Warning: "; the lines that follow belong to it.
    private static func takeMessages() -> (errors: [String], warnings: [String]) {
        var errors: [String] = []
        var warnings: [String] = []
        var current: [String] = []
        var currentIsWarning = false
        func flush() {
            guard !current.isEmpty else { return }
            let text = current.joined(separator: "\n")
            if currentIsWarning { warnings.append(text) } else { errors.append(text) }
            current = []
        }
        for rawLine in graphvizTranscript.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("Warning") {
                flush()
                currentIsWarning = true
            } else if line.hasPrefix("Error") {
                flush()
                currentIsWarning = false
            }
            current.append(line)
        }
        flush()
        graphvizTranscript = ""
        return (errors, warnings)
    }

    /// An error for `stage`, carrying what Graphviz said (or `fallback` when it said nothing).
    private static func failure(_ stage: GraphvizError.Stage, fallback: String) -> GraphvizError {
        let messages = takeMessages()
        var lines = messages.errors.isEmpty ? messages.warnings : messages.errors
        if lines.isEmpty { lines = [fallback] }
        var message = lines.joined(separator: "\n")
        if message.contains("not recognized. Use one of:")
            && (message.hasSuffix("Use one of:") || message.contains("Use one of:\n")) {
            message += "\n(no Graphviz plugins are registered: run `dot -c` or `libgvc6-config-update -c` as root)"
        }
        return GraphvizError(stage: stage, message: message)
    }

    // MARK: Context

    private static func context() throws -> OpaquePointer {
        if let sharedContext { return sharedContext }
        guard let created = gvContext() else {
            throw failure(.layout, fallback: "gvContext() failed")
        }
        sharedContext = created
        return created
    }

    // MARK: Parsing

    private static func checkInput(_ dot: String) throws {
        if dot.utf8.contains(0) {
            throw GraphvizError(stage: .input, message: "the DOT text contains a NUL byte")
        }
    }

    /// Parses `dot`; the caller must `agclose` the result. Lock must be held.
    private static func parse(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        try checkInput(dot)
        // The lexer's line counter is a global that a failed parse leaves behind; restart it so
        // error messages give the line in this text.
        aglexbad()
        agsetfile(dotInputName)
        let graph = dot.withCString { agmemread($0) }
        guard let graph else {
            throw failure(.parse, fallback: "no graph found in the DOT text")
        }
        if errorReported {
            let error = failure(.parse, fallback: "the DOT text did not parse cleanly")
            _ = agclose(graph)
            throw error
        }
        return graph
    }

    /// Parses `dot` and closes it again. Takes the lock.
    static func validate(_ dot: String) throws -> GraphvizGraphInfo {
        try locked {
            let graph = try parse(dot)
            defer { _ = agclose(graph) }
            let name = agnameof(UnsafeMutableRawPointer(graph)).map { String(cString: $0) } ?? ""
            return GraphvizGraphInfo(
                name: name.hasPrefix("%") ? "" : name,  // cgraph names anonymous graphs "%1", …
                isDirected: agisdirected(graph) != 0,
                isStrict: agisstrict(graph) != 0,
                nodeCount: Int(agnnodes(graph)),
                edgeCount: Int(agnedges(graph)),
                warnings: takeMessages().warnings
            )
        }
    }

    // MARK: Rendering

    /// Parses and lays out `dot` once, renders it to memory in each of `outputs` (a format name such as `svg` or `png`,
    /// and a resolution or nil for the format's default), then frees everything. Takes the lock.
    ///
    /// - Parameters:
    ///   - chooseEngine: given the parsed graph's node and edge counts, returns
    ///     the Graphviz engine name to run and an optional note explaining the choice.
    static func render(
        dot: String,
        chooseEngine: (_ nodeCount: Int, _ edgeCount: Int) -> (engine: String, note: String?),
        outputs: [(format: String, dpi: Double?)]
    ) throws -> [GraphvizRawRender] {
        for output in outputs {
            if let dpi = output.dpi, !(dpi.isFinite && dpi > 0) {
                throw GraphvizError(stage: .input, message: "dpi must be a positive number, got \(dpi)")
            }
        }
        return try locked {
            // One context for the whole process, also after a failed layout or render:
            // libgvc caches font data in globals that outlive a freed context, and a second
            // context then reads freed memory (found by AddressSanitizer in the text-size code).
            let gvc = try context()
            let graph = try parse(dot)
            defer { _ = agclose(graph) }
            let nodeCount = Int(agnnodes(graph))
            let edgeCount = Int(agnedges(graph))
            let (engine, note) = chooseEngine(nodeCount, edgeCount)

            // The engine we were asked for wins over a `layout=` attribute in the text.
            withMutableCString("layout") { layoutName in
                if agattr(graph, AGRAPH, layoutName, nil) != nil {
                    withMutableCString(engine) { value in
                        withMutableCString("") { empty in
                            _ = agsafeset(UnsafeMutableRawPointer(graph), layoutName, value, empty)
                        }
                    }
                }
            }

            // Layout engines draw initial positions from libc's generators, which
            // are process-global; reseed so the drawing depends only on the input,
            // not on what was laid out before in this process.
            srand48(1)
            srand(1)
            let layoutStatus = engine.withCString { gvLayout(gvc, graph, $0) }
            if layoutStatus != 0 {
                throw failure(.layout, fallback: "gvLayout(\(engine)) failed with status \(layoutStatus)")
            }
            defer { _ = gvFreeLayout(gvc, graph) }
            if errorReported {
                throw failure(.layout, fallback: "gvLayout(\(engine)) reported an error")
            }

            var renders: [GraphvizRawRender] = []
            for output in outputs {
                // The resolution is read when rendering, not when laying out: each output sets its own.
                ng_set_render_dpi(graph, output.dpi ?? 0)
                var data: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let renderStatus = output.format.withCString { gvRenderData(gvc, graph, $0, &data, &length) }
                defer { if let data { gvFreeRenderData(data) } }
                if renderStatus != 0 || errorReported {
                    throw failure(.render, fallback: "gvRenderData(\(output.format)) failed with status \(renderStatus)")
                }
                guard let data, length > 0 else {
                    throw failure(.render, fallback: "gvRenderData(\(output.format)) produced no output")
                }
                let bytes = Array(UnsafeRawBufferPointer(start: UnsafeRawPointer(data), count: Int(length)))
                renders.append(GraphvizRawRender(
                    bytes: bytes, engine: engine, nodeCount: nodeCount, edgeCount: edgeCount,
                    note: note, warnings: takeMessages().warnings
                ))
            }
            return renders
        }
    }
}

/// The input name cgraph keeps a pointer to (it must outlive every parse, so it is never freed).
nonisolated(unsafe) private let dotInputName: UnsafeMutablePointer<CChar> = strdup("DOT text")!

/// Calls `body` with a temporary mutable NUL-terminated copy of `string`
/// (cgraph's API takes `char *` even where it does not write).
func withMutableCString<T>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) throws -> T) rethrows -> T {
    var buffer = Array(string.utf8CString)
    return try buffer.withUnsafeMutableBufferPointer { try body($0.baseAddress!) }
}
