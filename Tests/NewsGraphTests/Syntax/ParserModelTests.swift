import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite("Dependency parser model")
struct ParserModelTests {
    @Test("the bundled model loads, records its training data and license")
    func bundled() throws {
        let parser = try DependencyParser.loadDefault()
        #expect(parser.metadata["trainedOn"]?.contains("EWT") == true)
        #expect(parser.metadata["license"]?.contains("CC BY-SA 4.0") == true)
        #expect((parser.recordedDevLAS ?? 0) > 0.5)
    }

    @Test("save and load give the same model and the same parses")
    func roundTrip() throws {
        let parser = try DependencyParser.loadDefault()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parser-roundtrip-\(getpid()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try parser.write(to: url)
        let again = try DependencyParser(contentsOf: url)
        #expect(again.metadata == parser.metadata)
        #expect(again.tagTable.weights == parser.tagTable.weights)
        #expect(again.actionTable.weights == parser.actionTable.weights)
        #expect(again.labelTable.weights == parser.labelTable.weights)
        #expect(again.labelTable.scale == parser.labelTable.scale)
        let words = ["Motegi", "met", "Lighthizer", "in", "Osaka", "on", "Saturday", "."]
        #expect(again.parse(words) == parser.parse(words))
    }

    @Test("a truncated or foreign file is rejected")
    func badFiles() throws {
        let parser = try DependencyParser.loadDefault()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parser-bad-\(getpid()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try parser.write(to: url)
        let bytes = try Data(contentsOf: url)
        #expect(throws: (any Error).self) { try DependencyParser(data: bytes.prefix(bytes.count / 2)) }
        #expect(throws: (any Error).self) { try DependencyParser(data: Data("NGNERMDL and more".utf8)) }
    }

    @Test("the bundled model keeps its recorded dev LAS on EWT dev", .enabled(if: TestPaths.shared != nil))
    func devLAS() throws {
        let parser = try DependencyParser.loadDefault()
        let dev = try CoNLLU.read(contentsOf: TestPaths.shared!.appendingPathComponent("data/ud-english-ewt/en_ewt-ud-dev.conllu"))
        let score = parser.evaluate(dev).score
        let recorded = try #require(parser.recordedDevLAS)
        #expect(abs(score.las - recorded) < 0.0006, "dev LAS \(score.las), recorded \(recorded)")
        // The beam-trained model (width 8) against the greedy one's 0.8131.
        #expect(parser.beamWidth == 8)
        #expect(score.las > 0.825)
        #expect(score.uposAccuracy > 0.94)
    }
}
