import Foundation

/// Role precision and recall over the annotated articles of a meeting set, and how often the
/// organisation of a found role is the expected one.
public struct RoleScore: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// Found roles whose expected organisation is stated, and those of them with that organisation.
    public var organizationJudged = 0
    public var organizationCorrect = 0
    public var annotatedArticles = 0
    public var details: [String] = []

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var organizationAccuracy: Double { organizationJudged == 0 ? 0 : Double(organizationCorrect) / Double(organizationJudged) }

    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
            roles (\(annotatedArticles) annotated articles): TP \(truePositives)  FP \(falsePositives)  FN \(falseNegatives)
            roles precision \(f(precision))  recall \(f(recall))  organisation right \(f(organizationAccuracy)) (\(organizationCorrect)/\(organizationJudged))
            """
    }
}

public enum RoleEvaluation {
    /// Scores the role facts of analyzed documents against the articles of the set that carry roles.
    /// A found role is a hit when the person matches and the office has the same head word ("Finance
    /// Minister" and "Minister" agree; "Secretary of State" has the head "Secretary").
    public static func score(_ set: MeetingDevSet, documents: [String: Document]) -> RoleScore {
        var score = RoleScore()
        for entry in set.articles {
            guard let expected = entry.roles, let document = documents[entry.id] else { continue }
            score.annotatedArticles += 1
            var matched = Array(repeating: false, count: expected.count)
            for fact in document.facts {
                guard case .role(let role) = fact else { continue }
                let person = document.entities[role.person]
                let hits = expected.indices.filter {
                    MeetingEvaluation.matches(expected[$0].person, person) && sameOffice(expected[$0].role, role.roleName)
                }
                let organization = role.organization.map { document.entities[$0].name } ?? ""
                let line = "\(person.name)|\(role.roleName)|\(organization)"
                if let k = hits.first(where: { expected[$0].optional != true && !matched[$0] }) {
                    matched[k] = true
                    score.truePositives += 1
                    let gold = expected[k].organization
                    if !gold.isEmpty {
                        score.organizationJudged += 1
                        let right = role.organization.map { MeetingEvaluation.matches(gold, document.entities[$0]) } ?? false
                        if right { score.organizationCorrect += 1 }
                        score.details.append("\(entry.id) ROLE OK \(line)\(right ? "" : " (expected organisation \(gold))")")
                    } else {
                        score.details.append("\(entry.id) ROLE OK \(line)")
                    }
                } else if hits.isEmpty {
                    score.falsePositives += 1
                    score.details.append("\(entry.id) ROLE FP \(line) | \(flat(role.evidence.sentenceText))")
                }
            }
            for (k, role) in expected.enumerated() where role.optional != true && !matched[k] {
                score.falseNegatives += 1
                score.details.append("\(entry.id) ROLE FN \(role.person)|\(role.role)|\(role.organization)")
            }
        }
        return score
    }

    /// Whether two office names share their head word, ignoring case and qualifiers.
    static func sameOffice(_ a: String, _ b: String) -> Bool {
        head(a) == head(b)
    }

    static let connectors: Set<String> = ["of", "for", "to", "at", "on", "in"]

    /// The last word before the first connector: "Secretary of State" → "secretary",
    /// "Finance Minister" → "minister", "co-chairmen" → "co-chairman".
    static func head(_ office: String) -> String {
        var words: [String] = []
        for word in office.lowercased().split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init) {
            if connectors.contains(word) && !words.isEmpty { break }
            words.append(word)
        }
        var last = words.last ?? ""
        if last.hasSuffix("men") { last = String(last.dropLast(3)) + "man" }
        return last
    }

    private static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
    }
}
