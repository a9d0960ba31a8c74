import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph add GRAPH.jsonld INPUT...`: add articles to a built graph.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles to an existing graph, merging them as one build of all the articles would.",
        discussion: """
            The graph's articles are rebuilt from the graph (entities, names, roles, meetings, quotations,
            events and their evidence) and merged with the new ones by the same rules as `newsgraph build`:
            a surname joins the one full name ending with it, an acronym its one organization, and so on.
            An article whose id is already in the graph is skipped when it is the same article (same
            headline, date and sentences at the same offsets) and is an error otherwise.
            The graph file is replaced atomically (or -o writes elsewhere).

            Example:
              newsgraph add out/graph.jsonld new-articles.jsonl
            """
    )

    @Argument(help: "A graph written by `newsgraph build` (or `add`).")
    var graph: String

    @Argument(help: "Article files (.txt, .jsonl, .html, feeds, .warc, .gz) or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write the new graph here instead of replacing GRAPH.")
    var output: String?

    @Flag(help: "Skip unreadable files and articles instead of stopping.")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "No summary line.")
    var quiet = false

    func run() throws {
        let started = Date()
        let loaded = try loadGraphFile(graph)
        let index = loaded.index
        let known = Set((index.ids(ofType: "schema:NewsArticle")).compactMap { index[$0]?.string("schema:identifier") })
        var builder = GraphBuilder()
        for document in GraphDocuments.documents(from: index, source: graph) { builder.add(document) }
        let existing = builder.documentCount

        let pipeline: Pipeline
        do {
            pipeline = Pipeline(tagger: try DefaultTagger.make())
        } catch {
            throw CLIError("cannot load the entity model: \(error)")
        }
        var added = 0, present = 0
        var skipped: [String] = []
        var seen: [String: String] = [:]
        do {
            for file in try ArticleReader.inputFiles(inputs) {
                let articles: [Article]
                do {
                    articles = try ArticleReader.read(path: file)
                } catch let error as InputError where keepGoing {
                    skipped.append(error.description)
                    continue
                }
                for article in articles {
                    if known.contains(article.id) {
                        if GraphDocuments.sameContent(article, in: index) { present += 1; continue }
                        let message = "\(article.source): article id \"\(article.id)\" is already in \(graph) with different content"
                        if keepGoing { skipped.append(message); continue }
                        throw CLIError(message)
                    }
                    if let first = seen[article.id] {
                        let message = "\(article.source): duplicate article id \"\(article.id)\" (first at \(first))"
                        if keepGoing { skipped.append(message); continue }
                        throw CLIError(message)
                    }
                    seen[article.id] = article.source.description
                    builder.add(pipeline.analyze(article))
                    added += 1
                }
            }
        } catch let error as InputError {
            throw CLIError(error.description)
        }
        for message in skipped { FileHandle.standardError.write(Data("skipped: \(message)\n".utf8)) }
        let target = output ?? graph
        if added == 0 && output == nil {
            if !quiet { FileHandle.standardError.write(Data("nothing added: \(present) article\(present == 1 ? " is" : "s are") already in \(graph)\n".utf8)) }
            return
        }
        let merged = builder.build()
        do {
            try AtomicFileWriter.write([(target, Array(JSONLDWriter().write(merged).utf8))])
        } catch let error as AtomicFileWriter.WriteError {
            throw CLIError(error.description)
        }
        if !quiet {
            let line = String(format: "added %d article%@ (%d already present) to %d → %@: %d nodes (%.2f s)\n",
                              added, added == 1 ? "" : "s", present, existing, target, merged.nodes.count, Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
