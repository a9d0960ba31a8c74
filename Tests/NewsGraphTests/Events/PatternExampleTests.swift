import Testing
import TestSupport
@testable import NewsGraph

/// Tests generated from the examples each extractor carries next to its patterns.
@Suite struct PatternExampleTests {
    static let extractors: [any ExampleDocumentedExtractor.Type] = [
        RoleExtractor.self, MeetingExtractor.self, QuotationExtractor.self, NamedEventExtractor.self, AgreementExtractor.self,
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        let extractor: String
        let example: PatternExample
        let triggering: Bool
        var testDescription: String { "\(extractor) \(triggering ? "must match" : "must not match"): \(example.text)" }
    }

    static let cases: [Case] = extractors.flatMap { type in
        type.triggeringExamples.map { Case(extractor: "\(type)", example: $0, triggering: true) }
            + type.nonTriggeringExamples.map { Case(extractor: "\(type)", example: $0, triggering: false) }
    }

    static func summaries(_ extractorName: String, _ example: PatternExample) -> [String] {
        let type = extractors.first { "\($0)" == extractorName }!
        let document = Analysis.document(example.text, date: example.date)
        return document.facts.compactMap { type.summary(of: $0, in: document) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        let found = Self.summaries(testCase.extractor, testCase.example)
        if testCase.triggering {
            #expect(found.sorted() == testCase.example.expected.sorted())
        } else {
            #expect(found.isEmpty)
        }
    }
}
