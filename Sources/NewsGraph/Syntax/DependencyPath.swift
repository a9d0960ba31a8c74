/// A path through a dependency tree written the way Semgrex and Odin write them, read from a start token:
/// `<obj` climbs from a token attached as `obj` to its head, `>nsubj` goes down to the dependents attached
/// as `nsubj`, and `>obl|nmod:with|between` goes down to `obl` or `nmod` dependents whose case marker is
/// "with" or "between" (`'s` for a possessor). "held talks with X" reads as `<obj >obl:with` from "talks".
public struct DependencyPath: Sendable, CustomStringConvertible {
    enum Step: Sendable {
        case up(Set<DependencyRelation>)
        case down(Set<DependencyRelation>, markers: Set<String>?)
    }

    let steps: [Step]
    public let description: String

    /// Reads a path such as `<xcomp >nsubj` or `>nmod:between`; a malformed path is a programming error.
    public init(_ text: String) {
        description = text
        steps = text.split(separator: " ").map { part in
            let direction = part.first!
            precondition(direction == "<" || direction == ">", "a step starts with < or >: \(text)")
            let body = part.dropFirst().split(separator: ":", maxSplits: 1)
            let relations = Set(body[0].split(separator: "|").map { DependencyRelation(universal: String($0)) })
            if direction == "<" { return .up(relations) }
            let markers = body.count > 1 ? Set(body[1].split(separator: "|").map(String.init)) : nil
            return .down(relations, markers: markers)
        }
    }

    /// The tokens the path reaches from `start`, in sentence order.
    public func follow(from start: Int, in tree: SentenceTree) -> [Int] {
        var current = [start]
        for step in steps {
            var next: [Int] = []
            for t in current {
                switch step {
                case .up(let relations):
                    if relations.contains(tree.relation(of: t)), let h = tree.head(of: t), !next.contains(h) { next.append(h) }
                case .down(let relations, let markers):
                    for d in tree.dependents(of: t, relations) where !next.contains(d) {
                        if let markers, !markers.contains(tree.caseMarker(of: d) ?? "") { continue }
                        next.append(d)
                    }
                }
            }
            if next.isEmpty { return [] }
            current = next
        }
        return current.sorted()
    }
}
