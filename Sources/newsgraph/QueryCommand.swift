import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph query GRAPH.jsonld QUESTION ...`: ask a built graph questions.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask a graph questions: who met whom, who holds an office, how two entities are linked, who said what.",
        usage: "newsgraph query GRAPH.jsonld QUESTION [ARGUMENTS] [--json|--jsonl|--csv] [--evidence]",
        discussion: """
            QUESTION is one of:
              entities [--type person|organization|country|city|place|event] [--match TEXT]
              who-met NAME [--about TOPIC] [--from DATE] [--to DATE] [--status happened|planned]
              relations NAME            every role, meeting, meeting place, event, quotation of an entity
              roles NAME                the offices a person holds
              holders ROLE [--of NAME]  who holds an office ("Trade Representative", "U.S. Trade Representative")
              path A B [--max-hops N]   the shortest chains of relations between two entities, with evidence
              said NAME                 quotations
              events [--type meeting|summit|election|...] [--at PLACE] [--from DATE] [--to DATE]
              triples [--subject S] [--predicate P] [--object O]

            Names match ignoring case, accents and punctuation, by full name, alias or surname; an
            ambiguous name lists the candidates (pass the full name or the IRI), an unknown one the
            nearest names. Dates are yyyy, yyyy-mm or yyyy-mm-dd.

            Output is an aligned table; --json, --jsonl or --csv for scripts; --evidence adds the
            sentence and article of every row. `newsgraph query GRAPH QUESTION --help` explains a question.

            Examples:
              newsgraph query out/graph.jsonld who-met Motegi
              newsgraph query out/graph.jsonld holders "Trade Representative" --evidence
              newsgraph query out/graph.jsonld path Motegi Trump --json
            """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("The graph file, the question and its arguments.", valueName: "GRAPH.jsonld QUESTION"))
    var arguments: [String] = []

    static let questions: [String: any QuestionArguments.Type] = [
        "entities": EntitiesQuestion.self, "who-met": WhoMetQuestion.self, "relations": RelationsQuestion.self,
        "roles": RolesQuestion.self, "holders": HoldersQuestion.self, "path": PathQuestion.self, "said": SaidQuestion.self,
        "events": EventsQuestion.self, "triples": TriplesQuestion.self,
    ]

    func run() throws {
        var args = arguments
        if args.isEmpty || args == ["--help"] || args == ["-h"] || args == ["help"] {
            print(QueryCommand.helpMessage())
            return
        }
        // Accept QUESTION GRAPH as well as GRAPH QUESTION.
        if args.count >= 2, QueryCommand.questions[args[0]] != nil, QueryCommand.questions[args[1]] == nil { args.swapAt(0, 1) }
        let path = args.removeFirst()
        guard let name = args.first else {
            throw CLIError("query: give a question after the graph file (\(QueryCommand.questions.keys.sorted().joined(separator: ", ")))")
        }
        guard let type = QueryCommand.questions[name] else {
            throw CLIError("query: unknown question '\(name)' (choose from \(QueryCommand.questions.keys.sorted().joined(separator: ", ")))")
        }
        args.removeFirst()
        let question: any QuestionArguments
        do {
            question = try type.parse(args)
        } catch {
            if type.exitCode(for: error) == .success {
                print(type.fullMessage(for: error).replacingOccurrences(of: "USAGE: ", with: "USAGE: newsgraph query GRAPH.jsonld \(name) "))
                return
            }
            throw CLIError("query \(name): " + type.message(for: error))
        }
        let output = question.output
        let format = try output.format()

        let loaded = try loadGraphFile(path)
        // Never freed: tearing down a large graph at exit would cost more than the query.
        QueryCommand.retained = loaded
        let started = DispatchTime.now().uptimeNanoseconds, startedCPU = GraphLoader.cpuSeconds()
        let queries = GraphQueries(index: loaded.index, evidence: output.evidence)
        var table: ResultTable
        do {
            table = try question.answer(queries)
        } catch let error as QueryError {
            throw CLIError(error.description)
        }
        let total = table.rows.count
        if let limit = output.limit, total > limit { table.rows = Array(table.rows.prefix(max(limit, 0))) }
        let width = isatty(STDOUT_FILENO) == 1 ? QueryCommand.terminalWidth() : nil
        let text = table.rows.isEmpty && format == .table ? "" : table.render(format, width: width)
        let queried = DispatchTime.now().uptimeNanoseconds, queriedCPU = GraphLoader.cpuSeconds()
        FileHandle.standardOutput.write(Data(text.utf8))
        if table.rows.isEmpty && format == .table { FileHandle.standardError.write(Data("no results\n".utf8)) }
        if table.rows.count < total { FileHandle.standardError.write(Data("showing \(table.rows.count) of \(total) rows (--limit)\n".utf8)) }
        if output.timing || ProcessInfo.processInfo.environment["NEWSGRAPH_TIMING"] != nil {
            let line = String(format: "timing: parse %.3f s, index %.3f s, query %.4f s wall; parse %.3f s, index %.3f s, query %.4f s CPU (%d nodes)\n",
                              loaded.parseSeconds, loaded.indexSeconds, Double(queried - started) / 1e9,
                              loaded.parseCPUSeconds, loaded.indexCPUSeconds, queriedCPU - startedCPU, loaded.graph.nodes.count)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    nonisolated(unsafe) static var retained: GraphLoader.Loaded?

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}

/// Options every question takes.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print a JSON array of objects.")
    var json = false
    @Flag(help: "Print one JSON object per line.")
    var jsonl = false
    @Flag(help: "Print CSV with a header line.")
    var csv = false
    @Flag(help: "Add the sentence and article stating every row.")
    var evidence = false
    @Option(help: "Print at most this many rows.")
    var limit: Int?
    @Flag(help: ArgumentHelp("Print load and query times to standard error.", visibility: .hidden))
    var timing = false

    func format() throws -> ResultTable.Format {
        let chosen = [json ? ResultTable.Format.json : nil, jsonl ? .jsonl : nil, csv ? .csv : nil].compactMap { $0 }
        if chosen.count > 1 { throw CLIError("query: choose one of --json, --jsonl, --csv") }
        return chosen.first ?? .table
    }
}

/// The arguments of one question, and how to answer it.
protocol QuestionArguments: ParsableCommand {
    var output: OutputOptions { get }
    func answer(_ queries: GraphQueries) throws -> ResultTable
}

func checkDate(_ date: String?, _ option: String) throws {
    if let date, !DateRange.isValid(date) { throw ValidationError("\(option) '\(date)' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)") }
}

struct EntitiesQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "People, organizations, countries, places and events, most mentioned first.")
    @Option(help: "person, organization, country, city, place or event.") var type: String?
    @Option(help: "Only names or aliases containing this text.") var match: String?
    @OptionGroup var output: OutputOptions
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.entities(type: type, match: match) }
}

struct WhoMetQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "who-met", abstract: "Whom an entity met: counterpart, date, place, topic, articles.")
    @Argument(help: "A person, country or organization.") var name: String
    @Option(help: "Only meetings whose topic contains these words.") var about: String?
    @Option(help: "Only meetings on or after this date.") var from: String?
    @Option(help: "Only meetings on or before this date.") var to: String?
    @Option(help: "happened or planned.") var status: String?
    @OptionGroup var output: OutputOptions
    func validate() throws {
        try checkDate(from, "--from"); try checkDate(to, "--to")
        if let status, !["happened", "planned"].contains(status) { throw ValidationError("--status must be happened or planned") }
    }
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.whoMet(name, filter: FactFilter(about: about, from: from, to: to, status: status)) }
}

struct RelationsQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "relations", abstract: "Every relation of an entity, grouped: roles, meetings, places, events, quotations, articles.")
    @Argument(help: "An entity.") var name: String
    @OptionGroup var output: OutputOptions
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.relations(name) }
}

struct RolesQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "roles", abstract: "The offices a person holds.")
    @Argument(help: "A person.") var name: String
    @OptionGroup var output: OutputOptions
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.roles(name) }
}

struct HoldersQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "holders", abstract: "Who holds an office (\"Trade Representative\", \"U.S. Trade Representative\").")
    @Argument(help: "The office.") var role: String
    @Option(help: "Only offices of this country or organization.") var of: String?
    @OptionGroup var output: OutputOptions
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.holders(role, of: of) }
}

struct PathQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "The shortest chains of relations linking two entities, each hop with its evidence.")
    @Argument(help: "One entity.") var a: String
    @Argument(help: "The other entity.") var b: String
    @Option(help: "Longest chain to look for.") var maxHops: Int = 4
    @OptionGroup var output: OutputOptions
    func validate() throws { if maxHops < 1 { throw ValidationError("--max-hops must be at least 1") } }
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.path(a, b, maxHops: maxHops) }
}

struct SaidQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "said", abstract: "What a person was quoted saying.")
    @Argument(help: "A person.") var name: String
    @OptionGroup var output: OutputOptions
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.said(name) }
}

struct EventsQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "Meetings and named events (summits, elections ...).")
    @Option(help: "meeting, summit, election, ceremony, conference.") var type: String?
    @Option(help: "Only events at this place.") var at: String?
    @Option(help: "Only events on or after this date.") var from: String?
    @Option(help: "Only events on or before this date.") var to: String?
    @OptionGroup var output: OutputOptions
    func validate() throws { try checkDate(from, "--from"); try checkDate(to, "--to") }
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.events(kind: type, at: at, filter: FactFilter(from: from, to: to)) }
}

struct TriplesQuestion: QuestionArguments {
    static let configuration = CommandConfiguration(commandName: "triples", abstract: "Raw statements: subject, predicate, object (each optional; names or IRIs).")
    @Option(help: "An IRI or entity name.") var subject: String?
    @Option(help: "A property: schema:attendee, attendee, or rdf:type.") var predicate: String?
    @Option(help: "An IRI, entity name or literal text.") var object: String?
    @OptionGroup var output: OutputOptions
    func answer(_ q: GraphQueries) throws -> ResultTable { try q.triples(subject: subject, predicate: predicate, object: object) }
}
