/// The four coarse entity classes of CoNLL-2003, which every tagger predicts.
///
/// Finer typing (Country vs City, Meeting vs Summit) happens later, in resolution.
public enum EntityKind: String, Sendable, CaseIterable, Hashable, Codable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
    case misc = "MISC"

    /// Parses a CoNLL type name (`PER`, `ORG`, `LOC`, `MISC`).
    public init?(conllName: some StringProtocol) {
        switch conllName {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        case "MISC": self = .misc
        default: return nil
        }
    }
}
