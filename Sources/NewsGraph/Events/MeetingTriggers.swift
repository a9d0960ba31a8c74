/// The words that signal a meeting, and what each says about it.
enum MeetingTriggers {
    enum Form { case verbPast, verbBase, noun }

    /// Where the other participants of a trigger are found.
    enum Object {
        /// "met Abe", "met with Abe", "visited Mr Kohl".
        case direct
        /// Only after "with": "talked with", "conferred with", "summit with".
        case withOnly
        /// None: the subject must be a group ("Japan and the United States held meetings").
        case none
    }

    struct Trigger {
        let form: Form
        /// The CAMEO code when the meeting happened and nothing more specific applies.
        let cameo: String
        let object: Object
        /// Whether the other participants must be people (a visit to a country is not a meeting).
        var personObject = false
    }

    static let words: [String: Trigger] = [
        "met": Trigger(form: .verbPast, cameo: "040", object: .direct),
        "meet": Trigger(form: .verbBase, cameo: "040", object: .direct),
        "meets": Trigger(form: .verbBase, cameo: "040", object: .direct),
        "meeting": Trigger(form: .noun, cameo: "040", object: .withOnly),
        "meetings": Trigger(form: .noun, cameo: "040", object: .withOnly),
        "talks": Trigger(form: .noun, cameo: "046", object: .withOnly),
        "negotiations": Trigger(form: .noun, cameo: "046", object: .withOnly),
        "discussions": Trigger(form: .noun, cameo: "040", object: .withOnly),
        "consultations": Trigger(form: .noun, cameo: "040", object: .withOnly),
        "talked": Trigger(form: .verbPast, cameo: "040", object: .withOnly),
        "negotiated": Trigger(form: .verbPast, cameo: "046", object: .withOnly),
        "negotiate": Trigger(form: .verbBase, cameo: "046", object: .withOnly),
        "negotiates": Trigger(form: .verbBase, cameo: "046", object: .withOnly),
        "negotiating": Trigger(form: .verbPast, cameo: "046", object: .withOnly),
        "discussed": Trigger(form: .verbPast, cameo: "040", object: .withOnly),
        "discussing": Trigger(form: .verbPast, cameo: "040", object: .withOnly),
        "spoke": Trigger(form: .verbPast, cameo: "040", object: .withOnly, personObject: true),
        "spoken": Trigger(form: .verbPast, cameo: "040", object: .withOnly, personObject: true),
        "conferred": Trigger(form: .verbPast, cameo: "040", object: .withOnly),
        "confer": Trigger(form: .verbBase, cameo: "040", object: .withOnly),
        "visited": Trigger(form: .verbPast, cameo: "042", object: .direct, personObject: true),
        "visit": Trigger(form: .verbBase, cameo: "042", object: .direct, personObject: true),
        "visiting": Trigger(form: .verbBase, cameo: "042", object: .direct, personObject: true),
        "hosted": Trigger(form: .verbPast, cameo: "043", object: .direct, personObject: true),
        "host": Trigger(form: .verbBase, cameo: "043", object: .direct, personObject: true),
        "hosts": Trigger(form: .verbBase, cameo: "043", object: .direct, personObject: true),
        "received": Trigger(form: .verbPast, cameo: "043", object: .direct, personObject: true),
        // "Kohl welcomed Gorbachev to Bonn", "was greeted by the Queen": a host meeting a guest (people only, so not
        // "welcomed the decision" or "welcomed Baker's remarks", where the name only modifies what is welcomed).
        // Only "expected to see X" and the like (see `MeetingExtractor`): a planned meeting with a person.
        "see": Trigger(form: .verbBase, cameo: "040", object: .direct, personObject: true),
        "welcomed": Trigger(form: .verbPast, cameo: "043", object: .direct, personObject: true),
        "greeted": Trigger(form: .verbPast, cameo: "043", object: .direct, personObject: true),
        "summit": Trigger(form: .noun, cameo: "044", object: .withOnly),
        "phoned": Trigger(form: .verbPast, cameo: "041", object: .direct, personObject: true),
        "telephoned": Trigger(form: .verbPast, cameo: "041", object: .direct, personObject: true),
        "called": Trigger(form: .verbPast, cameo: "041", object: .direct, personObject: true),
        "call": Trigger(form: .noun, cameo: "041", object: .withOnly),
        "conversation": Trigger(form: .noun, cameo: "041", object: .withOnly),
        "guest": Trigger(form: .noun, cameo: "043", object: .withOnly, personObject: true),
        "guests": Trigger(form: .noun, cameo: "043", object: .withOnly, personObject: true),
        "audience": Trigger(form: .noun, cameo: "042", object: .withOnly, personObject: true),
        // "had breakfast with Miyazawa", "a working lunch with Kohl": a meal with a named person.
        "breakfast": Trigger(form: .noun, cameo: "040", object: .withOnly, personObject: true),
        "lunch": Trigger(form: .noun, cameo: "040", object: .withOnly, personObject: true),
        "luncheon": Trigger(form: .noun, cameo: "040", object: .withOnly, personObject: true),
        "dinner": Trigger(form: .noun, cameo: "040", object: .withOnly, personObject: true),
        // "will sit down with X" (only before "down"), "shook hands with X", "A and B shook hands" (only before "hands").
        "sit": Trigger(form: .verbBase, cameo: "040", object: .withOnly),
        "sits": Trigger(form: .verbBase, cameo: "040", object: .withOnly),
        "sat": Trigger(form: .verbPast, cameo: "040", object: .withOnly),
        "shook": Trigger(form: .verbPast, cameo: "040", object: .withOnly),
        // "Garn told Prime Minister Nakasone", "quoted Lyng as telling Agriculture Minister Kato": one named person
        // telling another speaks to them (not "told Reuters", "told MPs", "told X in a letter"; see `MeetingExtractor`).
        "told": Trigger(form: .verbPast, cameo: "040", object: .direct, personObject: true),
        "tell": Trigger(form: .verbBase, cameo: "040", object: .direct, personObject: true),
        "tells": Trigger(form: .verbPast, cameo: "040", object: .direct, personObject: true),
        "telling": Trigger(form: .verbPast, cameo: "040", object: .direct, personObject: true),
    ]

    /// The meals that are meetings with the person they are had with or given for.
    static let mealNouns: Set<String> = ["breakfast", "lunch", "luncheon", "dinner"]

    /// The telling verbs: a person is told face to face unless the words after say how it was sent.
    static let tellingVerbs: Set<String> = ["told", "tell", "tells", "telling"]
    /// "told Reagan in a letter", "told Funaro by telex": words that make the telling a written message.
    static let writtenMessageWords: Set<String> = [
        "letter", "letters", "message", "messages", "statement", "note", "memo", "memorandum", "cable", "telex", "telegram",
        "fax", "e-mail", "email", "written", "writing", "filing", "report",
    ]

    /// Words before a trigger that make the meeting planned rather than past.
    static let futureMarkers: Set<String> = [
        "will", "'ll", "would", "to", "expected", "plan", "plans", "planned", "planning", "due", "scheduled", "upcoming",
        "next", "shall", "intend", "intends", "hope", "hopes", "could", "may", "might", "proposed", "agreed", "before",
        "wants", "want", "offered", "invited", "set", "seeks", "sought",
    ]

    /// Words before a trigger that deny it ("did not meet", "refused to meet").
    static let negations: Set<String> = ["not", "n't", "never", "refused", "declined", "no", "cancelled", "canceled", "postponed", "without", "rejected", "ruled"]

    /// Verbs and nouns that govern a meeting through "to" ("no plans to hold talks", "not expected to meet"),
    /// so that a negation on them denies the meeting.
    static let governingWords: Set<String> = [
        "plan", "plans", "planned", "planning", "intention", "intentions", "intend", "intends", "intended", "expect",
        "expects", "expected", "want", "wants", "wanted", "going", "likely", "scheduled", "due", "agree", "agreed",
        "wish", "wishes", "reason", "need", "desire", "immediate", "willing", "prepared", "ready", "decision",
        "refused", "declined", "rejected",
    ]

    /// Verbs that deny the meeting noun they take as object ("oppose a budget summit").
    static let opposingVerbs: Set<String> = ["oppose", "opposes", "opposed", "opposing", "resist", "resists", "resisted", "block", "blocks", "blocked"]

    /// Verbs whose negation denies the meeting noun they take ("does not foresee a meeting").
    static let foreseeingVerbs: Set<String> = ["foresee", "foresees", "foreseen", "plan", "plans", "planned", "schedule", "scheduled", "envisage", "envisages"]

    /// Words that end a clause when walking left from a trigger to its negation.
    static let clauseBreaks: Set<String> = [
        ",", ";", ":", "(", ")", "\"", "“", "”", "and", "or", "but", "But", "that", "which", "who", "whom", "said", "says",
        "told", "because", "while", "although", "after", "before", "when", "if", "whether", "since", "until", "as",
    ]

    /// Whether a negation in the trigger's clause, beyond the few words before it, denies the meeting:
    /// "has no plans to start bilateral trade talks", "is not expected to meet", "does not foresee a
    /// meeting". The negation must govern the trigger through a governing word and "to" (or a foreseeing
    /// verb right before a noun trigger's determiner), with only lower-case words between.
    static func negatedInClause(_ words: [String], trigger i: Int, lower: Int, nounTrigger: Bool) -> Bool {
        var k = i - 1
        var sawTo = false, sawGoverning = false
        while k >= lower, i - k <= 10 {
            let w = words[k]
            if clauseBreaks.contains(w) || !w.isLowercaseWord && w != "n't" { return false }
            if ["not", "n't", "never", "no"].contains(w) || (["refused", "declined", "rejected"].contains(w) && sawTo) {
                if sawTo && sawGoverning { return true }
                if nounTrigger, i - k <= 6, k + 1 < i, foreseeingVerbs.contains(words[k + 1]) { return true }
                return false
            }
            if w == "to" { sawTo = true }
            if sawTo, governingWords.contains(w) { sawGoverning = true }
            k -= 1
        }
        return false
    }

    /// Triggers that in sports news name a fixture ("will meet Williams in the final").
    static let fixtureWords: Set<String> = ["met", "meet", "meets", "meeting", "meetings"]

    /// Words in the sentence that make one joint meeting of everyone named.
    static let jointMarkers: Set<String> = [
        "joint", "three-way", "four-way", "trilateral", "quadrilateral", "multilateral", "tripartite", "attended", "together",
    ]

    /// Words after a trigger that cancel it ("talks were called off").
    static let cancellations: Set<String> = ["cancelled", "canceled", "postponed", "scrapped", "abandoned", "shelved"]

    /// Subjects after a reporting verb that name the body a speaker speaks for ("said the company held talks").
    static let bodySubjects: Set<String> = ["company", "group", "firm", "bank", "ministry", "government", "union", "corporation"]

    /// Words that end a topic phrase or cannot end one.
    static let topicStops: Set<String> = ["and", "or", "but", "which", "that", "who", "was", "were", "is", "are", "said", "says", "would", "will", "their", "his", "her", "its", "our"]
    static let determiners: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "some", "any"]
    /// A topic holding one of these is a time or duration ("about an hour").
    static let durationWords: Set<String> = [
        "hour", "hours", "minute", "minutes", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "morning", "afternoon", "evening", "night", "noon", "time", "today", "tomorrow", "yesterday", "earlier", "later",
        "arrival", "departure",
    ]

    /// Objects of "met" that are not participants ("met expectations").
    static let nonParticipantObjects: Set<String> = [
        "expectations", "expectation", "forecasts", "targets", "target", "demand", "demands", "requirements",
        "criteria", "conditions", "deadline", "resistance", "opposition", "needs", "estimates", "goals", "goal",
        "obligations", "payments", "costs", "standards", "requests", "request", "approval", "quota", "quotas",
    ]

    /// Things received or met that a name only modifies ("received three Oscar nominations").
    static let honourWords: Set<String> = ["nomination", "nominations", "award", "awards", "prize", "prizes", "honour", "honours", "honor", "honors", "medal", "medals"]

    /// Kinds of meeting that are a body's own gathering, not a meeting between participants.
    static let gatheringModifiers: Set<String> = [
        "annual", "shareholders", "shareholder", "stockholders", "board", "cabinet", "general", "special", "executive",
        "committee", "council", "party", "plenary", "extraordinary", "ministerial", "regular", "monthly", "weekly",
    ]

    /// Words showing a sports fixture ("will meet Likhovtseva in the second round").
    static let sportsWords: Set<String> = [
        "round", "final", "finals", "semi-final", "semi-finals", "semifinal", "quarter-final", "quarter-finals",
        "quarterfinal", "match", "seed", "tournament", "championship", "championships", "play-off", "playoff", "fixture",
        "game", "cup", "Cup", "league", "League", "goal", "striker",
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
        "semiconductor", "semiconductors", "microchip", "chip", "soybean", "soybeans", "pension", "strike",
    ]

    /// Nouns that extend a topic word into a phrase ("trade dispute", "trade agreement").
    static let topicHeads: Set<String> = [
        "dispute", "disputes", "agreement", "agreements", "deal", "deals", "war", "relations", "tensions",
        "policy", "policies", "pact", "treaty", "rights", "imbalance", "imbalances", "row", "crisis", "reform",
        "cooperation", "negotiations", "control", "controls", "package", "reductions",
    ]
}
