/// The IRIs and prefixes of the graph: schema.org for the contract, PROV for derivation, and
/// our own small vocabulary (`ng:`) for what schema.org lacks (meetings' status, evidence offsets).
public enum Vocabulary {
    public static let schema = "https://schema.org/"
    public static let prov = "http://www.w3.org/ns/prov#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let ng = "https://w3id.org/newsgraph/vocab#"
    public static let ngid = "https://w3id.org/newsgraph/id/"
    public static let cameo = "https://w3id.org/newsgraph/cameo#"

    /// Compact prefix → namespace, in the order written to `@context`.
    public static let prefixes: [(String, String)] = [
        ("schema", schema), ("prov", prov), ("xsd", xsd), ("ng", ng), ("ngid", ngid), ("cameo", cameo),
    ]

    /// Expands a compact IRI ("schema:name") to a full one; full IRIs are returned unchanged.
    public static func expand(_ compact: String) -> String {
        guard let (namespace, local) = split(compact) else { return compact }
        return namespace + local
    }

    /// The namespace of a compact IRI's known prefix and the rest; nil when it has none.
    static func split(_ compact: String) -> (namespace: String, local: Substring)? {
        guard let colon = compact.firstIndex(of: ":") else { return nil }
        let prefix = compact[..<colon]
        for (name, namespace) in prefixes where name == prefix {
            return (namespace, compact[compact.index(after: colon)...])
        }
        return nil
    }

    /// Compacts a full IRI with the known prefixes.
    public static func compact(_ iri: String) -> String {
        for (name, namespace) in prefixes where iri.hasPrefix(namespace) {
            return name + ":" + iri.dropFirst(namespace.count)
        }
        return iri
    }

    /// A path segment for IRIs: lower case, diacritics folded, anything but letters and digits → "-".
    public static func slug(_ text: String) -> String {
        var out = ""
        var lastWasDash = true
        for scalar in text.lowercased().unicodeScalars {
            let folded = foldedLatin[scalar] ?? String(scalar)
            for s in folded.unicodeScalars {
                if s.isAlphabeticLetter || ("0"..."9").contains(s) {
                    out.unicodeScalars.append(s)
                    lastWasDash = false
                } else if !lastWasDash {
                    out.append("-")
                    lastWasDash = true
                }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "unnamed" : out
    }

    private static let foldedLatin: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
            ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žźż", "z"), ("ł", "l"), ("ğ", "g"), ("ř", "r"), ("ď", "d"), ("ť", "t"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, base) in pairs { for s in letters.unicodeScalars { table[s] = base } }
        table["ß"] = "ss"; table["æ"] = "ae"; table["œ"] = "oe"
        return table
    }()
}
