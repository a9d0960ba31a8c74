/// The words that signal a meeting, and what each says about it.
enum MeetingTriggers {
    enum Form { case verbPast, verbBase, noun }

    struct Trigger {
        let form: Form
        /// The CAMEO code when the meeting happened and nothing more specific applies.
        let cameo: String
        /// Whether the object of the verb is a participant ("met Abe", "visited Japan").
        let takesObject: Bool
    }

    static let words: [String: Trigger] = [
        "met": Trigger(form: .verbPast, cameo: "040", takesObject: true),
        "meet": Trigger(form: .verbBase, cameo: "040", takesObject: true),
        "meets": Trigger(form: .verbBase, cameo: "040", takesObject: true),
        "meeting": Trigger(form: .noun, cameo: "040", takesObject: false),
        "meetings": Trigger(form: .noun, cameo: "040", takesObject: false),
        "talks": Trigger(form: .noun, cameo: "046", takesObject: false),
        "negotiations": Trigger(form: .noun, cameo: "046", takesObject: false),
        "talked": Trigger(form: .verbPast, cameo: "040", takesObject: false),
        "conferred": Trigger(form: .verbPast, cameo: "040", takesObject: false),
        "visited": Trigger(form: .verbPast, cameo: "042", takesObject: true),
        "visit": Trigger(form: .verbBase, cameo: "042", takesObject: true),
        "visits": Trigger(form: .verbBase, cameo: "042", takesObject: true),
        "hosted": Trigger(form: .verbPast, cameo: "043", takesObject: true),
        "host": Trigger(form: .verbBase, cameo: "043", takesObject: true),
        "hosts": Trigger(form: .verbBase, cameo: "043", takesObject: true),
        "received": Trigger(form: .verbPast, cameo: "043", takesObject: true),
        "summit": Trigger(form: .noun, cameo: "044", takesObject: false),
        "phoned": Trigger(form: .verbPast, cameo: "041", takesObject: true),
        "call": Trigger(form: .noun, cameo: "041", takesObject: false),
    ]

    /// Words before a trigger that make the meeting planned rather than past.
    static let futureMarkers: Set<String> = [
        "will", "would", "to", "expected", "plan", "plans", "planned", "planning", "due", "scheduled", "upcoming",
        "next", "shall", "intend", "intends", "hope", "hopes", "could", "may", "might", "proposed", "agreed",
    ]

    /// Objects of "met" that are not participants ("met expectations").
    static let nonParticipantObjects: Set<String> = [
        "expectations", "expectation", "forecasts", "targets", "target", "demand", "demands", "requirements",
        "criteria", "conditions", "deadline", "resistance", "opposition", "needs", "estimates", "goals", "goal",
    ]

    /// Subject-matter words that make a topic ("trade", "security").
    static let topicWords: Set<String> = [
        "trade", "tariffs", "tariff", "security", "defence", "defense", "economy", "economic", "agriculture",
        "farm", "climate", "nuclear", "oil", "energy", "debt", "investment", "currency", "currencies", "sanctions",
        "peace", "immigration", "migration", "terrorism", "arms", "budget", "monetary", "interest", "rates",
        "exchange", "finance", "financial", "tax", "taxes", "fishing", "fisheries", "steel", "automobile", "auto",
        "cars", "technology", "cooperation", "border", "military", "aid", "loans", "coffee", "cocoa", "sugar",
        "wheat", "grain", "rice", "beef", "dollar", "yen", "reform", "reforms", "privatisation", "privatization",
        "merger", "takeover", "wages", "pay", "labour", "labor", "pensions", "health", "refugees", "human",
    ]

    /// Nouns that extend a topic word into a phrase ("trade dispute", "trade agreement").
    static let topicHeads: Set<String> = [
        "dispute", "disputes", "agreement", "agreements", "deal", "deals", "war", "relations", "tensions",
        "policy", "policies", "pact", "treaty", "rights", "imbalance", "imbalances", "row", "crisis", "reform",
        "cooperation", "negotiations",
    ]
}
