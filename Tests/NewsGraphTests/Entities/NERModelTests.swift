import Foundation
import Testing
@testable import NewsGraph

/// Where the shared data lives (`../shared` beside the repository), or nil when absent.
private let nerSharedData: URL? = {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("conll2003/eng.testa").path) ? url : nil
}()

private let nerReferenceArticle: URL? = {
    let url = nerSharedData?.deletingLastPathComponent().appendingPathComponent("examples/japan-us-trade-talks-osaka.txt")
    return url.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
}()

@Suite("NER model")
struct NEREntitiesModelTests {
    static let tinyCorpus = """
    -DOCSTART- -X- O O

    Peter NNP I-NP I-PER
    Blackburn NNP I-NP I-PER
    visited VBD I-VP O
    Paris NNP I-NP I-LOC
    . . O O

    Blackburn NNP I-NP I-PER
    met VBD I-VP O
    officials NNS I-NP O
    of IN I-PP O
    Acme NNP I-NP I-ORG
    Corp NNP I-NP I-ORG
    . . O O

    -DOCSTART- -X- O O

    Anna NNP I-NP I-PER
    Schmidt NNP I-NP I-PER
    flew VBD I-VP O
    to TO I-PP O
    Berlin NNP I-NP I-LOC
    for IN I-PP O
    the DT I-NP O
    Olympic NNP I-NP I-MISC
    Games NNP I-NP I-MISC
    . . O O
    """

    @Test func saveLoadRoundTrip() throws {
        let docs = try CoNLLReader.parse(Self.tinyCorpus)
        var options = NERTrainingOptions()
        options.hashBits = 12
        options.epochs = 4
        options.folds = 2
        let tagger = NERTraining.train(train: docs, dev: docs, options: options)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-roundtrip-\(getpid()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.write(to: url)
        let loaded = try PerceptronTagger(contentsOf: url)
        #expect(loaded.stage1.weights == tagger.stage1.weights)
        #expect(loaded.stage1.transitions == tagger.stage1.transitions)
        #expect(loaded.stage2?.weights == tagger.stage2?.weights)
        #expect(loaded.metadata == tagger.metadata)
        let sentences = docs[0].sentences.map(\.tokens)
        #expect(loaded.label(sentences: sentences) == tagger.label(sentences: sentences))
        // It learned its training data.
        #expect(tagger.evaluate(docs).score.overall.f1 > 0.99)
    }

    @Test func rejectsGarbage() {
        #expect(throws: (any Error).self) { try PerceptronTagger(data: Data("not a model".utf8)) }
        #expect(throws: (any Error).self) { try PerceptronTagger(data: Data(ModelFile.magic + [1, 0, 0])) }
    }

    @Test func bundledModelLoads() throws {
        let tagger = try PerceptronTagger.loadDefault()
        #expect(tagger.recordedDevF1 != nil)
        let labels = tagger.label(sentences: [["Japan", "'s", "Economy", "Minister", "Toshimitsu", "Motegi", "met",
                                               "U.S.", "Trade", "Representative", "Robert", "Lighthizer", "in",
                                               "Osaka", "."]])
        #expect(labels[0].count == 15)
        #expect(labels[0][0] == .begin(.location))
        #expect(labels[0][4] == .begin(.person) && labels[0][5] == .inside(.person))
        #expect(labels[0][13] == .begin(.location))
    }

    @Test func emptyAndOddInputs() throws {
        let tagger = try PerceptronTagger.loadDefault()
        #expect(tagger.label(sentences: []).isEmpty)
        let labels = tagger.label(sentences: [[], ["\u{201C}", "Zürich", "’s", "naïve", "—", ""], []])
        #expect(labels.map(\.count) == [0, 6, 0])
        #expect(tagger.entities(inText: "").isEmpty)
        let entities = tagger.entities(inText: "Angela Merkel met Emmanuel Macron in Berlin on Monday.")
        #expect(entities.map(\.text) == ["Angela Merkel", "Emmanuel Macron", "Berlin"])
        #expect(entities.first?.start == 0 && entities.first?.end == 13)
    }

    /// The committed model must keep at least the dev F1 recorded in it.
    @Test(.enabled(if: nerSharedData != nil, "needs ../shared/data/conll2003"))
    func committedModelKeepsItsDevF1() throws {
        let tagger = try PerceptronTagger.loadDefault()
        let recorded = try #require(tagger.recordedDevF1)
        let dev = try CoNLLReader.read(contentsOf: nerSharedData!.appendingPathComponent("conll2003/eng.testa"))
        let f1 = tagger.evaluate(dev).score.overall.f1
        #expect(f1 >= recorded - 1e-4, "dev F1 \(f1) < recorded \(recorded)")
        #expect(f1 >= 0.9)
    }

    /// On the reference article, the people and places are found and a lone "Motegi" is a person.
    @Test(.enabled(if: nerReferenceArticle != nil, "needs ../shared/examples"))
    func referenceArticleEntities() throws {
        let tagger = try PerceptronTagger.loadDefault()
        let text = try String(contentsOf: nerReferenceArticle!, encoding: .utf8)
        let entities = tagger.entities(inText: text)
        func kinds(_ surface: String) -> Set<EntityKind> { Set(entities.filter { $0.text == surface }.map { $0.kind }) }
        #expect(kinds("Motegi") == [.person])
        for person in ["Robert Lighthizer", "Donald Trump", "Xi Jinping", "Tetsushi Kajimoto", "William Mallard",
                       "Clarence Fernandez"] {
            #expect(kinds(person) == [.person], "\(person)")
        }
        for place in ["Japan", "China", "Chile", "Santiago", "Osaka", "United States", "U.S."] {
            #expect(kinds(place) == [.location], "\(place)")
        }
        #expect(kinds("Liberal Democratic Party") == [.organization])
    }
}
