import Foundation

/// Entity-level precision, recall and F1 with the semantics of the CoNLL `conlleval` script:
/// an entity counts as correct only when its first token, last token and type all match,
/// and entities never cross a sentence boundary.
public struct EntityScore: Sendable, Hashable {
    /// Counts for one entity type (or for all types together).
    public struct Counts: Sendable, Hashable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0
        public init() {}

        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// Counts per entity type.
    public private(set) var byKind: [EntityKind: Counts] = [:]
    /// Counts over all types.
    public private(set) var overall = Counts()
    /// Number of tokens scored.
    public private(set) var tokens = 0
    /// Tokens whose IOB2 labels agree.
    public private(set) var correctTags = 0

    public init() {}

    /// Adds one sentence's gold and predicted labels (IOB1 or IOB2, same length).
    public mutating func add(gold: [TokenLabel], predicted: [TokenLabel]) {
        precondition(gold.count == predicted.count, "label sequences differ in length")
        let g = TokenLabel.normalizedIOB2(gold), p = TokenLabel.normalizedIOB2(predicted)
        tokens += g.count
        for i in g.indices where g[i] == p[i] { correctTags += 1 }
        let goldSpans = Self.spans(g), predSpans = Self.spans(p)
        for s in goldSpans { byKind[s.kind, default: Counts()].gold += 1; overall.gold += 1 }
        for s in predSpans { byKind[s.kind, default: Counts()].predicted += 1; overall.predicted += 1 }
        let goldSet = Set(goldSpans)
        for s in predSpans where goldSet.contains(s) {
            byKind[s.kind, default: Counts()].correct += 1
            overall.correct += 1
        }
    }

    /// Counts of one type (zero when it never occurred).
    public func counts(for kind: EntityKind) -> Counts { byKind[kind] ?? Counts() }

    /// A span of tokens labelled as one entity.
    public struct Span: Hashable, Sendable {
        public var start: Int
        public var end: Int  // exclusive
        public var kind: EntityKind
    }

    /// The entity spans of an IOB2 label sequence.
    public static func spans(_ labels: [TokenLabel]) -> [Span] {
        var out: [Span] = []
        var i = 0
        while i < labels.count {
            guard let kind = labels[i].kind else { i += 1; continue }
            var j = i + 1
            while j < labels.count, case .inside(let k) = labels[j], k == kind { j += 1 }
            out.append(Span(start: i, end: j, kind: kind))
            i = j
        }
        return out
    }

    /// A conlleval-style report: one line overall, then one per type.
    public func report() -> String {
        func pct(_ x: Double) -> String { String(format: "%6.2f", 100 * x) }
        var lines: [String] = []
        let acc = tokens == 0 ? 0 : Double(correctTags) / Double(tokens)
        lines.append("processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.predicted) phrases; correct: \(overall.correct).")
        lines.append("accuracy (IOB2): \(pct(acc))%; precision: \(pct(overall.precision))%; recall: \(pct(overall.recall))%; FB1: \(pct(overall.f1))")
        for kind in [EntityKind.location, .misc, .organization, .person] {
            let c = counts(for: kind)
            let name = kind.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
            lines.append("\(name): precision: \(pct(c.precision))%; recall: \(pct(c.recall))%; FB1: \(pct(c.f1))  \(c.predicted)")
        }
        return lines.joined(separator: "\n")
    }
}
