/// The 17 Universal POS tags (UD v2), in a fixed order that model files rely on.
public enum UPOS: Int, CaseIterable, Sendable, Hashable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    public var name: String { Self.names[rawValue] }
    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
                        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]
    private static let byName: [String: UPOS] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    public init?(name: String) {
        guard let tag = Self.byName[name] else { return nil }
        self = tag
    }
}

/// The 37 universal dependency relations without subtypes (`nsubj:pass` reads as `nsubj`), in a fixed
/// order that model files rely on.
public enum DependencyRelation: Int, CaseIterable, Sendable, Hashable {
    case acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj, dep, det,
         discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod, obj, obl,
         orphan, parataxis, punct, reparandum, root, vocative, xcomp

    public var name: String { Self.names[rawValue] }
    static let names = ["acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound",
                        "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
                        "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
                        "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"]
    private static let byName: [String: DependencyRelation] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// Reads a UD relation, dropping any subtype; unknown relations read as `dep`.
    public init(universal label: String) {
        let base = label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label
        self = Self.byName[base] ?? .dep
    }
}
