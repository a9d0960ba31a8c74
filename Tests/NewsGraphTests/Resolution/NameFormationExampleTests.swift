import Testing
import TestSupport
@testable import NewsGraph

/// Tests generated from the examples each naming and typing rule carries.
@Suite struct NameFormationExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: PatternExample
        let mustMatch: Bool
        var testDescription: String { "\(rule) \(mustMatch ? "must match" : "must not match"): \(example.text)" }
    }

    static let rules = NameFormation.examples + LoneNames.examples + MentionRepair.examples + MentionTypeVote.examples
        + ResolutionState.organizationLinkExamples + CreativeWorks.examples + RegnalNumbers.examples + PartnershipNames.examples
        + BracketedCompanyNames.examples + CommonNounAcronyms.examples

    static let cases: [Case] = rules.flatMap { rule in
        rule.mustMatch.map { Case(rule: rule.rule, example: $0, mustMatch: true) }
            + rule.mustNotMatch.map { Case(rule: rule.rule, example: $0, mustMatch: false) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        let document = Analysis.document(testCase.example.text, date: testCase.example.date)
        let found = Set(document.entities.filter { !$0.mentions.isEmpty }.map(NameRuleExamples.summary))
        for entity in testCase.example.expected {
            if testCase.mustMatch {
                #expect(found.contains(entity), "\(entity) not in \(found.sorted())")
            } else {
                #expect(!found.contains(entity), "\(entity) in \(found.sorted())")
            }
        }
    }

    @Test func everyRuleHasBothKinds() {
        for rule in Self.rules {
            #expect(!rule.mustMatch.isEmpty && !rule.mustNotMatch.isEmpty, "\(rule.rule)")
        }
    }
}
