import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph eval-events` (hidden): scores meeting extraction on the hand-checked dev set.
struct EvalEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-events",
        abstract: "Score meeting and role extraction on a hand-checked set (participant pairs, status, false meetings, roles).",
        shouldDisplay: false
    )

    @Option(name: [.long, .customLong("set")], help: "The set of expectations (the dev set by default; Tests/Fixtures/events/meetings-sealed.json is its second part, scored once as a sealed part and dev data since).")
    var fixture: String = "Tests/Fixtures/events/meetings-dev.json"

    @Option(name: .long, help: "The shared data folder holding the corpora (data/...).")
    var shared: String = "../shared"

    @Flag(name: [.short, .long], help: "Print every hit, miss and error.")
    var verbose = false

    @Option(name: .long, help: "Only this article id (repeatable).")
    var id: [String] = []

    func run() throws {
        var devSet = try MeetingDevSet.load(path: fixture)
        if !id.isEmpty {
            let keep = Set(id)
            devSet = MeetingDevSet(corpora: devSet.corpora, articles: devSet.articles.filter { keep.contains($0.id) })
        }
        let articles = try devSet.readArticles(shared: shared)
        guard !articles.isEmpty else { throw ValidationError("no dev-set article found under \(shared)") }
        let pipeline = Pipeline(tagger: try DefaultTagger.make())
        var documents: [String: Document] = [:]
        for article in articles { documents[article.id] = pipeline.analyze(article) }
        let score = MeetingEvaluation.score(devSet, documents: documents)
        let roles = RoleEvaluation.score(devSet, documents: documents)
        if verbose { for line in score.details + roles.details { print(line) } }
        print(score.summary)
        if roles.annotatedArticles > 0 { print(roles.summary) }
    }
}
