import Foundation
import Testing
import TestSupport
@testable import NewsGraph

@Suite("Sentence structure of the reference article")
struct ReferenceArticleSyntaxTests {
    static func document() throws -> Document {
        let url = try #require(TestPaths.referenceArticleText)
        let article = try #require(try ArticleReader.read(path: url.path).first)
        return Pipeline(tagger: try PerceptronTagger.loadDefault()).analyze(article)
    }

    static func token(_ text: String, in tree: SentenceTree, of document: Document) throws -> Int {
        try #require(tree.tokenRange.first { document.tokens[$0].text == text }, "no token \(text)")
    }

    @Test("Lighthizer is a conjunct of Motegi inside the phrase marked by between",
          .enabled(if: TestPaths.referenceArticleText != nil))
    func conjunctsInBetweenPhrase() throws {
        let document = try Self.document()
        let index = try #require(document.sentences.indices.first {
            document.text(of: document.sentences[$0]).hasPrefix("The agreement between Motegi")
        })
        let tree = try #require(document.tree(ofSentence: index))
        let motegi = try Self.token("Motegi", in: tree, of: document)
        let lighthizer = try Self.token("Lighthizer", in: tree, of: document)
        let agreement = try Self.token("agreement", in: tree, of: document)
        // The name is parsed with its title as one nominal headed by the surname (UD's "President Bush").
        #expect(tree.conjuncts(of: motegi) == [lighthizer])
        #expect(tree.conjuncts(of: lighthizer) == [motegi])
        #expect(tree.caseMarker(of: motegi) == "between")
        #expect(tree.caseMarker(of: lighthizer) == "between")
        #expect(tree.nominalModifiers(of: agreement).map(\.token) == [motegi, lighthizer])
        let phrase = tree.phrase(headedBy: lighthizer)
        #expect(phrase.contains(try Self.token("Representative", in: tree, of: document)) && !phrase.contains(motegi))
        // Parsing is lazy: only the sentences asked about (here, and by the meeting extractor where its
        // word walk finds no side) are parsed.
        #expect(document.parsedSentenceCount < document.sentences.count / 2)
    }

    @Test("they is the subject of meet; Saturday and the city are its obliques",
          .enabled(if: TestPaths.referenceArticleText != nil))
    func subjectAndObliques() throws {
        let document = try Self.document()
        let index = try #require(document.sentences.indices.first {
            document.text(of: document.sentences[$0]).contains("when they meet on Saturday")
        })
        let tree = try #require(document.tree(ofSentence: index))
        let meet = try Self.token("meet", in: tree, of: document)
        let they = try Self.token("they", in: tree, of: document)
        #expect(tree.subjects(of: meet) == [they])
        let obliques = tree.obliques(of: meet)
        #expect(obliques.map { document.tokens[$0.token].text } == ["Saturday", "city"])
        #expect(obliques.map(\.marker) == ["on", "in"])
        #expect(tree.path(from: they, to: obliques[1].token) == [they, meet, obliques[1].token])
    }
}
