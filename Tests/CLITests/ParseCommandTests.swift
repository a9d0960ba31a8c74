import Foundation
import Testing
import TestSupport

/// `newsgraph parse`, run as a user runs it.
@Suite struct ParseCommandTests {
    static let conllu = """
    # sent_id = a
    1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
    2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_
    4\ttalk\ttalk\tVERB\tVB\t_\t2\txcomp\t_\t_
    5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    """

    @Test func conlluInGoldWordsOutWithScores() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = dir.url.appendingPathComponent("in.conllu"), output = dir.url.appendingPathComponent("out.conllu")
        try Self.conllu.write(to: input, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["parse", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("UPOS") && result.stderr.contains("UAS") && result.stderr.contains("without punctuation"))
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "# sent_id = a")
        let words = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(words.map { String($0[1]) } == ["Japan", "agreed", "to", "talk", "."])
        #expect(words.allSatisfy { $0.count == 10 && Int($0[6]) != nil && $0[7] != "_" })
        #expect(words.filter { $0[6] == "0" }.count == 1)
    }

    @Test func textInCoNLLUOut() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = dir.url.appendingPathComponent("a.txt")
        try "Talks\n\nJapan and the U.S. didn't sign a two-way deal.\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["parse", input.path])
        #expect(result.status == 0, "\(result.stderr)")
        let forms = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[1]) }
        #expect(forms == ["Japan", "and", "the", "U.S.", "did", "n't", "sign", "a", "two", "-", "way", "deal", "."])
    }

    @Test func malformedCoNLLUIsOneLineNamingTheLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = dir.url.appendingPathComponent("bad.conllu"), output = dir.url.appendingPathComponent("out.conllu")
        try "1\tonly two\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["parse", input.path, "-o", output.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.conllu:1:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
