import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Build a knowledge graph of who met whom, about what, where and when, from news articles.",
        discussion: """
            Reads articles (.txt, .jsonl, folders), finds people, organizations, countries and events,
            their roles, meetings and quotations, and writes JSON-LD (schema.org), Graphviz DOT,
            N-Triples, SVG and PNG — every fact with the sentence that proves it.
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, MergeCommand.self, QueryCommand.self, RenderCommand.self, AddCommand.self, NERCommand.self, TrainCommand.self, TrainParserCommand.self, ParseCommand.self, EvalEventsCommand.self, EvalResolutionCommand.self]
    )
}
