/// The IOB2 label of one token: outside any entity, beginning one, or inside one.
public enum TokenLabel: Hashable, Sendable {
    case outside
    case begin(EntityKind)
    case inside(EntityKind)

    /// The entity kind, or nil for `outside`.
    public var kind: EntityKind? {
        switch self {
        case .outside: return nil
        case .begin(let kind), .inside(let kind): return kind
        }
    }

    /// The IOB2 spelling: `O`, `B-PER`, `I-LOC`, ...
    public var iob2: String {
        switch self {
        case .outside: return "O"
        case .begin(let kind): return "B-" + kind.rawValue
        case .inside(let kind): return "I-" + kind.rawValue
        }
    }

    /// Parses `O`, `B-X`, `I-X` (IOB1 or IOB2 spelling; IOB1 is normalised by `normalizedIOB2`).
    public init?(_ text: some StringProtocol) {
        if text == "O" { self = .outside; return }
        guard text.count > 2, let dash = text.firstIndex(of: "-"),
              let kind = EntityKind(conllName: text[text.index(after: dash)...]) else { return nil }
        switch text[..<dash] {
        case "B": self = .begin(kind)
        case "I": self = .inside(kind)
        default: return nil
        }
    }

    /// Rewrites a label sequence so that every entity starts with `B-` (IOB1 → IOB2).
    public static func normalizedIOB2(_ labels: [TokenLabel]) -> [TokenLabel] {
        var out = labels
        var previous: EntityKind? = nil
        for i in out.indices {
            if case .inside(let kind) = out[i], previous != kind { out[i] = .begin(kind) }
            previous = out[i].kind
        }
        return out
    }
}
