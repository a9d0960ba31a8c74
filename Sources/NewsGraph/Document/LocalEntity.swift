/// The fine-grained type of an entity node in the graph.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case person = "Person"
    case organization = "Organization"
    case country = "Country"
    case city = "City"
    case place = "Place"
    case event = "Event"

    /// The path segment used in IRIs ("person").
    public var slug: String { rawValue.lowercased() }

    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}

/// One real-world entity as resolved within a single article: all its mentions and names.
public struct LocalEntity: Sendable, Hashable {
    public var type: EntityType
    /// The fullest form seen in the article ("Toshimitsu Motegi", "United States").
    public var name: String
    /// Every other surface form ("Motegi", "U.S.").
    public var aliases: Set<String>
    /// Indices into `Document.mentions` (may be empty for entities known only from metadata).
    public var mentions: [Int]
    /// ISO 3166 code for countries.
    public var countryCode: String?

    public init(type: EntityType, name: String, aliases: Set<String> = [], mentions: [Int] = [], countryCode: String? = nil) {
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.countryCode = countryCode
    }
}
