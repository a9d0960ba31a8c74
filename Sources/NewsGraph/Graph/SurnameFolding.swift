/// Folds a person node named by a single word into the only person node whose full name ends with
/// that word ("ngid:person/motegi" into "ngid:person/toshimitsu-motegi"), rewriting every link.
/// Used when partial graphs are merged, where each article was resolved on its own.
public enum SurnameFolding {
    public static func fold(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        let people = graph.nodes.values.filter { $0.types.contains("schema:Person") }
        var byLast: [String: Set<String>] = [:]
        for person in people {
            guard let name = person.string("schema:name") else { continue }
            let words = name.split(separator: " ")
            if words.count >= 2, let last = words.last { byLast[String(last), default: []].insert(person.id) }
        }
        var renames: [String: String] = [:]
        for person in people {
            guard let name = person.string("schema:name"), !name.contains(" "),
                  let owners = byLast[name], owners.count == 1, let owner = owners.first, owner != person.id else { continue }
            renames[person.id] = owner
        }
        guard !renames.isEmpty else { return graph }
        var folded = KnowledgeGraph()
        for node in graph.sortedNodes {
            var copy = GraphNode(id: renames[node.id] ?? node.id, types: node.types)
            for (property, values) in node.properties {
                for value in values {
                    if case .node(let target) = value, let renamed = renames[target] {
                        copy.add(property, .node(renamed))
                    } else if renames[node.id] != nil, property == "schema:name" {
                        copy.add("schema:alternateName", value)  // "Motegi" becomes an alias of the full name
                    } else {
                        copy.add(property, value)
                    }
                }
            }
            folded.merge(copy)
        }
        // Mention counts of folded nodes add up.
        var counts: [String: Int] = [:]
        for node in graph.nodes.values {
            guard let count = node.string("ng:mentionCount").flatMap(Int.init) else { continue }
            counts[renames[node.id] ?? node.id, default: 0] += count
        }
        for target in Set(renames.values) {
            guard var node = folded[target], let count = counts[target] else { continue }
            node.set("ng:mentionCount", .integer(count))
            folded.put(node)
        }
        return folded
    }
}

extension KnowledgeGraph {
    /// Sets `ng:mentionCount` of every entity to the number of articles that mention it. Partial
    /// graphs carry one count per article, which a union of statements cannot add up.
    public mutating func recountMentionsByArticle() {
        var counts: [String: Int] = [:]
        for node in nodes.values where node.types.contains("schema:NewsArticle") {
            for entity in node.links("schema:mentions") { counts[entity, default: 0] += 1 }
        }
        for (id, count) in counts {
            guard var node = nodes[id], node.properties["ng:mentionCount"] != nil else { continue }
            node.set("ng:mentionCount", .integer(count))
            put(node)
        }
    }
}
