import Foundation
import Testing
@testable import NewsGraph

@Suite("CoNLL-U reading and writing")
struct CoNLLUTests {
    static let sample = """
    # newdoc id = test-doc
    # sent_id = s1
    # text = I don't see it.
    1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
    4\tsee\tsee\tVERB\tVB\t_\t0\troot\t0:root\t_
    5\tit\tit\tPRON\tPRP\t_\t4\tobj\t4:obj\t_
    5.1\tsaw\tsee\tVERB\tVBD\t_\t_\t_\t4:conj\tCopyOf=4
    6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

    # sent_id = s2
    1\tWorks\twork\tVERB\tVBZ\t_\t0\troot\t0:root\t_
    2\t:\t:\tPUNCT\t:\t_\t1\tpunct:x\t1:punct\t_

    """

    @Test("multiword tokens and empty nodes are not words; comments are kept")
    func readsWords() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        #expect(sentences.count == 2)
        let s = sentences[0]
        #expect(s.words.map(\.form) == ["I", "do", "n't", "see", "it", "."])
        #expect(s.words.map(\.head) == [4, 4, 4, 0, 4, 4])
        #expect(s.words[2].upos == .PART)
        #expect(s.multiwordTokens.count == 1 && s.multiwordTokens[0].first == 2 && s.multiwordTokens[0].last == 3)
        #expect(s.emptyNodes.count == 1 && s.emptyNodes[0].after == 5)
        #expect(s.comment("sent_id") == "s1")
        #expect(s.comment("text") == "I don't see it.")
        #expect(sentences[1].words[1].relation == .punct)
    }

    @Test("writing keeps multiword tokens and empty nodes in place")
    func roundTrip() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        let text = CoNLLU.write(sentences)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.firstIndex { $0.hasPrefix("2-3\t") }! + 1 == lines.firstIndex { $0.hasPrefix("2\tdo") }!)
        #expect(lines.firstIndex { $0.hasPrefix("5.1\t") }! == lines.firstIndex { $0.hasPrefix("5\tit") }! + 1)
        let again = try CoNLLU.parse(text)
        #expect(again.map { $0.words } == sentences.map { $0.words })
    }

    @Test("malformed input names the line")
    func malformed() {
        #expect(throws: CoNLLUError.self) { try CoNLLU.parse("1\tonly\tthree\n") }
        do {
            _ = try CoNLLU.parse("# c\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n", file: "f.conllu")
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "f.conllu:3: expected word id 2, found 3")
        }
        #expect(throws: CoNLLUError.self) { try CoNLLU.parse("1\ta\ta\tX\t_\t_\t7\troot\t_\t_\n") }
    }

    @Test("relations lose their subtypes; unknown ones read as dep")
    func relations() {
        #expect(DependencyRelation(universal: "nsubj:pass") == .nsubj)
        #expect(DependencyRelation(universal: "obl:tmod") == .obl)
        #expect(DependencyRelation(universal: "case") == .case)
        #expect(DependencyRelation(universal: "nonsense") == .dep)
        #expect(DependencyRelation.allCases.count == 37)
    }
}
