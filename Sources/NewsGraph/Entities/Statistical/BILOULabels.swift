/// The tagger's internal label set: BILOU (Begin, Inside, Last, Outside, Unit) over the four
/// entity kinds, 17 labels in all.
///
/// Index 0 is `O`; kind `k` (in `EntityKind.allCases` order) owns indices `1 + 4k ... 4 + 4k`
/// for B, I, L and U. Decoding only ever follows valid transitions, so every output converts
/// to a valid IOB2 sequence.
enum BILOU {
    static let count = 17
    static let outside = 0
    static let kinds: [EntityKind] = [.person, .organization, .location, .misc]

    enum Position: Int { case begin = 0, inside = 1, last = 2, unit = 3 }

    @inline(__always) static func index(kind: Int, position: Position) -> Int { 1 + 4 * kind + position.rawValue }
    @inline(__always) static func kindIndex(of label: Int) -> Int? { label == 0 ? nil : (label - 1) / 4 }
    @inline(__always) static func position(of label: Int) -> Position? {
        label == 0 ? nil : Position(rawValue: (label - 1) % 4)
    }

    static func kindIndex(_ kind: EntityKind) -> Int {
        switch kind {
        case .person: return 0
        case .organization: return 1
        case .location: return 2
        case .misc: return 3
        }
    }

    /// Whether `next` may follow `previous` (nil = sentence start).
    static func allowed(from previous: Int?, to next: Int) -> Bool {
        let nextPos = position(of: next)
        guard let previous, let prevPos = position(of: previous) else {
            // After O or at sentence start: O, B or U.
            return nextPos == nil || nextPos == .begin || nextPos == .unit
        }
        switch prevPos {
        case .begin, .inside:
            return kindIndex(of: next) == kindIndex(of: previous) && (nextPos == .inside || nextPos == .last)
        case .last, .unit:
            return nextPos == nil || nextPos == .begin || nextPos == .unit
        }
    }

    /// Whether a label may end a sentence.
    static func allowedAtEnd(_ label: Int) -> Bool {
        let pos = position(of: label)
        return pos == nil || pos == .last || pos == .unit
    }

    /// Encodes IOB labels (IOB1 or IOB2) of one sentence as BILOU indices.
    static func encode(_ labels: [TokenLabel]) -> [Int] {
        let iob2 = TokenLabel.normalizedIOB2(labels)
        var out = [Int](repeating: 0, count: iob2.count)
        for i in iob2.indices {
            guard let kind = iob2[i].kind else { continue }
            let k = kindIndex(kind)
            let continues: Bool
            if i + 1 < iob2.count, case .inside(let nk) = iob2[i + 1], nk == kind { continues = true } else { continues = false }
            if case .begin = iob2[i] {
                out[i] = index(kind: k, position: continues ? .begin : .unit)
            } else {
                out[i] = index(kind: k, position: continues ? .inside : .last)
            }
        }
        return out
    }

    /// Decodes BILOU indices into IOB2 labels. Invalid sequences are repaired leniently
    /// (an I or L without an open entity starts one).
    static func decode(_ labels: [Int]) -> [TokenLabel] {
        var out = [TokenLabel](repeating: .outside, count: labels.count)
        var open: Int? = nil
        for i in labels.indices {
            guard let k = kindIndex(of: labels[i]), let pos = position(of: labels[i]) else { open = nil; continue }
            let kind = kinds[k]
            switch pos {
            case .begin, .unit:
                out[i] = .begin(kind)
            case .inside, .last:
                out[i] = open == k ? .inside(kind) : .begin(kind)
            }
            open = (pos == .begin || pos == .inside) ? k : nil
        }
        return out
    }
}
