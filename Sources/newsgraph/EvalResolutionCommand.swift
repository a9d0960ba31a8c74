import ArgumentParser
import Foundation
import NewsGraph

/// Scores entity resolution and roles on the hand-checked dev set (hidden: a developer tool).
struct EvalResolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-resolution",
        abstract: "Score entity resolution and roles against the dev set (Tests/Fixtures/resolution).",
        shouldDisplay: false
    )

    @Option(help: "The dev set of expectations.")
    var devset: String = "Tests/Fixtures/resolution/devset.json"

    @Option(help: "The shared data folder holding data/reuters21578 and data/bbc.")
    var shared: String = "../shared"

    @Flag(name: .shortAndLong, help: "List every error.")
    var verbose = false

    @Option(help: "Print the mentions, entities and roles found in this article of the dev set.")
    var show: String?

    func run() throws {
        let devSet = try ResolutionDevSet.load(URL(fileURLWithPath: devset))
        let articles = try devSet.readArticles(shared: URL(fileURLWithPath: shared))
        let pipeline = Pipeline(tagger: try DefaultTagger.make())
        if let show, let article = articles.first(where: { $0.id == show }) {
            let document = pipeline.analyze(article)
            for (m, mention) in document.mentions.enumerated() {
                let entity = document.mentionEntities[m].map { "\(document.entities[$0].type.rawValue) \(document.entities[$0].name)" } ?? "-"
                print("mention \(mention.kind.rawValue) '\(mention.text)' -> \(entity)")
            }
            for fact in document.facts {
                if case .role(let role) = fact {
                    print("role \(document.entities[role.person].name) | \(role.roleName) | \(role.organization.map { document.entities[$0].name } ?? "") | \(role.qualifier ?? "")")
                }
            }
            return
        }
        var evaluation = ResolutionEvaluation()
        evaluation.score(devSet: devSet, documents: articles.map(pipeline.analyze))
        if verbose { print(evaluation.errors.joined(separator: "\n")) }
        print(evaluation.report)
    }
}
