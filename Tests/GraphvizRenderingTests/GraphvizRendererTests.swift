import Testing
@testable import GraphvizRendering

/// Quotes `text` as a DOT ID: backslashes doubled (Graphviz reads them as
/// label escapes) and double quotes escaped.
private func dotID(_ text: String) -> String {
    var out = "\""
    for character in text {
        switch character {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        default: out.append(character)
        }
    }
    return out + "\""
}

private let smallGraph = """
    digraph G {
      node [shape=box];
      "Motegi" -> "Lighthizer" [label="met"];
      "Lighthizer" -> "Trump";
    }
    """

private let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Width in pixels from a PNG's IHDR chunk.
private func pngWidth(_ bytes: [UInt8]) -> Int {
    bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
}

/// A ring of `nodes` nodes plus chords, `edgesPerNode` edges leaving each node.
private func bigGraph(nodes: Int, edgesPerNode: Int) -> String {
    var lines = ["digraph big {"]
    for i in 0..<nodes {
        for k in 1...edgesPerNode {
            lines.append("  \"n\(i)\" -> \"n\((i * 7 + k * 13) % nodes)\";")
        }
    }
    lines.append("}")
    return lines.joined(separator: "\n")
}

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    @Test func rendersSVGWithEscapedAndNonASCIINames() throws {
        let names = ["茂木", "Toshimitsu Motegi", "say \"hi\"", #"back\slash"#, "<a&b>"]
        var dot = "digraph G {\n"
        for name in names { dot += "  \(dotID(name));\n" }
        dot += "  \(dotID(names[0])) -> \(dotID(names[1]));\n}\n"

        let result = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)
        let svg = text(result.bytes)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">茂木</text>"))
        #expect(svg.contains(">Toshimitsu Motegi</text>"))
        #expect(svg.contains(">say &quot;hi&quot;</text>"))
        #expect(svg.contains(#">back\slash</text>"#))
        #expect(svg.contains(">&lt;a&amp;b&gt;</text>"))
        #expect(result.layoutUsed == .dot)
        #expect(result.note == nil)
        #expect(result.nodeCount == 5)
        #expect(result.edgeCount == 1)
        // The same text validates and reports its shape.
        let info = try GraphvizRenderer.validate(dot: dot)
        #expect(info == GraphvizGraphInfo(name: "G", isDirected: true, isStrict: false,
                                          nodeCount: 5, edgeCount: 1, warnings: []))
    }

    @Test func rendersPNGPDFAndLaidOutDOT() throws {
        let png = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .png)
        #expect(Array(png.bytes.prefix(8)) == pngSignature)
        let pdf = try GraphvizRenderer.render(dot: smallGraph, layout: .neato, format: .pdf)
        #expect(text(Array(pdf.bytes.prefix(5))) == "%PDF-")
        let laidOut = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .dot)
        #expect(text(laidOut.bytes).contains("pos=\""))
        try GraphvizRenderer.validate(dot: text(laidOut.bytes))
    }

    @Test(arguments: GraphvizLayout.allCases)
    func everyLayoutRenders(layout: GraphvizLayout) throws {
        let result = try GraphvizRenderer.render(dot: smallGraph, layout: layout, format: .svg)
        #expect(result.layoutUsed == layout)
        #expect(text(result.bytes).contains("Lighthizer"))
    }

    @Test func nopKeepsTheGivenPositions() throws {
        let dot = "graph T { a [pos=\"0,0!\"]; b [pos=\"300,100!\"]; a -- b }"
        let result = try GraphvizRenderer.render(dot: dot, layout: .nop, format: .dot)
        let text = String(decoding: result.bytes, as: UTF8.self)
        // Positions are points, kept as given up to a translation: b is 300 right of and 100 above a.
        #expect(text.contains("bb=\"0,0,"))
        #expect(result.layoutUsed == .nop && !GraphvizLayout.allCases.contains(.nop))
        #expect(text.contains("pos=\"27,18\"") && text.contains("pos=\"327,118\""))
    }

    @Test func dpiScalesPNG() throws {
        let normal = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .png, dpi: 96)
        let double = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .png, dpi: 192)
        #expect(pngWidth(double.bytes) > pngWidth(normal.bytes) * 3 / 2)
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: smallGraph, format: .png, dpi: 0)
        }
    }

    /// One layout drawn in several formats gives each format what its own render gives: the resolution is read
    /// when rendering, so the PNG at 110 dpi and the SVG at its default share the drawing.
    @Test(arguments: [GraphvizLayout.dot, .neato, .sfdp])
    func oneLayoutRenderedTwiceEqualsTwoRenders(layout: GraphvizLayout) throws {
        let graph = bigGraph(nodes: 30, edgesPerNode: 2)
        let both = try GraphvizRenderer.render(dot: graph, layout: layout, outputs: [(.svg, nil), (.png, 110)])
        let svg = try GraphvizRenderer.render(dot: graph, layout: layout, format: .svg)
        let png = try GraphvizRenderer.render(dot: graph, layout: layout, format: .png, dpi: 110)
        #expect(both.map(\.format) == [.svg, .png])
        #expect(both[0].bytes == svg.bytes)
        #expect(both[1].bytes == png.bytes)
        // The PNG really is at 110 dpi, not at the SVG's default.
        let png96 = try GraphvizRenderer.render(dot: graph, layout: layout, format: .png, dpi: 96)
        #expect(pngWidth(both[1].bytes) > pngWidth(png96.bytes))
    }

    /// `make demo` must regenerate Output/ byte-identically, whatever was rendered
    /// before in the same process (the renderer reseeds libc's RNGs per layout).
    /// Not fdp: it keeps internal state between calls and drifts (see `GraphvizLayout.fdp`).
    @Test(arguments: [GraphvizLayout.dot, .neato, .sfdp, .circo, .twopi])
    func outputIsDeterministic(layout: GraphvizLayout) throws {
        let graph = bigGraph(nodes: 40, edgesPerNode: 2)
        for format in [GraphvizFormat.svg, .png] {
            let first = try GraphvizRenderer.render(dot: graph, layout: layout, format: format)
            for other in GraphvizLayout.allCases where other != .fdp {  // disturb global state
                _ = try GraphvizRenderer.render(dot: smallGraph, layout: other, format: .dot)
            }
            let second = try GraphvizRenderer.render(dot: graph, layout: layout, format: format)
            let identical = first.bytes == second.bytes  // a Bool: diffing 400 kB arrays takes minutes
            #expect(identical, "\(layout) \(format)")
        }
    }

    @Test func validateRejectsMalformedDOT() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.validate(dot: "digraph {\n  a -> ;\n}")
        }
        #expect(error.stage == .parse)
        #expect(error.message.contains("syntax error in line 2"))
        #expect(error.description.contains("syntax error"))
        // The parser recovers: the next graph parses and renders.
        try GraphvizRenderer.validate(dot: smallGraph)
        let after = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .svg)
        #expect(text(after.bytes).contains("Motegi"))
    }

    @Test func renderRejectsMalformedAndEmptyInput() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "graph { a -- b ", layout: .dot, format: .svg)
        }
        #expect(error.stage == .parse)
        #expect(error.message.contains("syntax error"))
        for bad in ["", "   \n", "digraph { a -> b }\u{0}"] {
            #expect(throws: GraphvizError.self) {
                try GraphvizRenderer.validate(dot: bad)
            }
        }
    }

    @Test func validateReportsUndirectedStrictAnonymous() throws {
        let info = try GraphvizRenderer.validate(dot: "strict graph { a -- b; b -- c; a -- b }")
        #expect(info.name == "")
        #expect(!info.isDirected)
        #expect(info.isStrict)
        #expect(info.nodeCount == 3)
        #expect(info.edgeCount == 2)
    }

    @Test func unknownLayoutIsAnErrorNotACrash() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizCore.render(dot: smallGraph, chooseEngine: { _, _ in ("nosuchlayout", nil) },
                                    outputs: [("svg", nil)])
        }
        #expect(error.stage == .layout)
        #expect(error.message.contains(#"Layout type: "nosuchlayout" not recognized"#))
        #expect(error.message.contains("sfdp"))  // Graphviz lists the engines it has
        // The shared context survives the failure; rendering still works.
        let after = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .svg)
        #expect(text(after.bytes).contains("Motegi"))
    }

    @Test func unknownFormatIsAnErrorNotACrash() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizCore.render(dot: smallGraph, chooseEngine: { _, _ in ("dot", nil) },
                                    outputs: [("nosuchformat", nil)])
        }
        #expect(error.stage == .render)
        #expect(error.message.contains("nosuchformat"))
        let after = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .png)
        #expect(Array(after.bytes.prefix(8)) == pngSignature)
    }

    @Test func layoutAttributeInTheTextDoesNotOverrideTheRequest() throws {
        let dot = "digraph { graph [layout=nosuchlayout]; a -> b }"
        let result = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg)
        #expect(result.layoutUsed == .neato)
        #expect(text(result.bytes).contains("<svg"))
    }

    @Test func badHTMLLabelIsAnErrorWithTheMessage() throws {
        let error = try #require(throws: GraphvizError.self) {
            try GraphvizRenderer.render(dot: "digraph { a [label=<<b>x>]; a -> b }", layout: .dot, format: .svg)
        }
        #expect(error.stage == .layout)
        #expect(error.message.contains("mismatched tag"))
        #expect(error.message.contains("in label of node a"))
    }

    @Test func badAttributeValuesAreWarnings() throws {
        let dot = "digraph { a [shape=nosuchshape, color=nosuchcolor]; a -> b [arrowhead=zzz] }"
        let result = try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)
        #expect(text(result.bytes).contains("<svg"))
        #expect(result.warnings.contains { $0.contains("unknown shape nosuchshape") })
        #expect(result.warnings.contains { $0.contains("nosuchcolor is not a known color") })
        #expect(result.warnings.contains { $0.contains("zzz") })
        // Warnings belong to the call that caused them.
        let clean = try GraphvizRenderer.render(dot: smallGraph, layout: .dot, format: .svg)
        #expect(clean.warnings.isEmpty)
    }

    @Test func concurrentRendersAllSucceed() async throws {
        let layouts: [GraphvizLayout] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]
        let formats: [GraphvizFormat] = [.svg, .png, .dot]
        let outcomes = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for i in 0..<36 {
                group.addTask {
                    let layout = layouts[i % layouts.count]
                    let format = formats[i % formats.count]
                    do {
                        if i % 9 == 8 {  // failures interleaved with successes
                            _ = try? GraphvizRenderer.validate(dot: "digraph { -> }")
                            try GraphvizRenderer.validate(dot: smallGraph)
                            return true
                        }
                        let graph = bigGraph(nodes: 10 + i, edgesPerNode: 2)
                        let result = try GraphvizRenderer.render(dot: graph, layout: layout, format: format)
                        return result.layoutUsed == layout && !result.bytes.isEmpty
                    } catch {
                        return false
                    }
                }
            }
            var all: [Bool] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        #expect(outcomes.count == 36)
        #expect(outcomes.allSatisfy { $0 })
    }

    @Test func bigGraphSwitchesFromDotToSFDP() throws {
        let graph = bigGraph(nodes: 400, edgesPerNode: 3)
        let result = try GraphvizRenderer.render(dot: graph, layout: .dot, format: .svg)
        #expect(result.nodeCount == 400)
        #expect(result.layoutRequested == .dot)
        #expect(result.layoutUsed == .sfdp)
        let note = try #require(result.note)
        #expect(note.contains("sfdp"))
        #expect(text(result.bytes).contains("<svg"))

        // Too many edges alone also switches; other layouts are left alone.
        let dense = GraphvizRenderer.chooseLayout(requested: .dot, nodeCount: 100, edgeCount: 1_000)
        #expect(dense.layout == .sfdp && dense.note != nil)
        let neato = GraphvizRenderer.chooseLayout(requested: .neato, nodeCount: 5_000, edgeCount: 9_000)
        #expect(neato.layout == .neato && neato.note == nil)
        let auto = try GraphvizRenderer.render(dot: smallGraph, format: .svg)
        #expect(auto.layoutRequested == nil && auto.layoutUsed == .dot && auto.note == nil)
    }

    @Test func recommendedLayoutBySize() {
        #expect(GraphvizLayout.recommended(nodeCount: 10, edgeCount: 20) == .dot)
        #expect(GraphvizLayout.recommended(nodeCount: 150, edgeCount: 450) == .dot)
        #expect(GraphvizLayout.recommended(nodeCount: 151, edgeCount: 10) == .sfdp)
        #expect(GraphvizLayout.recommended(nodeCount: 50, edgeCount: 451) == .sfdp)
        #expect(GraphvizLayout.recommended(nodeCount: 1_000, edgeCount: 3_000) == .sfdp)
    }
}
