/// States as the sides of talks their people hold: "U.S.-Japan talks", "Japanese-U.S. trade talks",
/// "U.S. and Japanese officials met", "British and French negotiators will hold talks". No one is named,
/// but the text names the states as the two sides, so the meeting is theirs: one joint group.
extension ParticipantFinder {
    /// Plural nouns for the people who act for a state in talks.
    static let stateAgentNouns: Set<String> = [
        "officials", "negotiators", "delegations", "delegates", "representatives", "diplomats", "ministers", "envoys",
        "experts", "leaders", "teams", "governments",
    ]

    /// Words that may stand between the agents and the trigger: auxiliaries, verbs of plan and of holding,
    /// and the words of "a new round of", "two days of".
    static let agentToTriggerWords: Set<String> = [
        "will", "would", "are", "were", "is", "was", "have", "has", "had", "be", "been", "to", "also", "again", "later",
        "could", "may", "might", "shall", "a", "an", "new", "more", "further", "first", "second", "third", "final",
        "round", "of", "two", "three", "several", "formal", "informal", "private", "fresh", "another", "last", "trade",
    ]

    /// Tokens that may open the coordination of states: it must begin its clause, or follow "the".
    static let clauseOpeners: Set<String> = [
        ",", ";", ":", "\"", "“", "that", "when", "while", "after", "before", "as", "and", "but", "since", "the", "The",
        "where", "because", "if", "once",
    ]

    /// The state or body at a token: a country or an organization, not a person.
    private func stateSide(at t: Int) -> Int? {
        guard let e = participant(at: t), !isPerson(e) else { return nil }
        return e
    }

    /// The article's entity for one part of a hyphenated word: a country by name, alias or demonym ("U.S",
    /// whose full stop went with the hyphen, is "U.S."), or a body by its name or an alias ("EC").
    private func sideEntity(named part: String) -> Int? {
        if let country = CountryTable.shared.lookupAny(part) ?? CountryTable.shared.lookupAny(part + ".") {
            return document.entities.firstIndex { $0.type == .country && $0.name == country.name }
        }
        guard part.count >= 2, part.first?.isUppercaseLetter == true else { return nil }
        return document.entities.firstIndex { $0.type == .organization && ($0.name == part || $0.aliases.contains(part)) }
    }

    /// "U.S.-Japan talks", "the Soviet-American summit", "U.S.-Japanese trade talks": states (or bodies)
    /// joined by hyphens before the meeting noun, past at most two lower-case modifiers.
    func hyphenatedStates(before t: Int, lower: Int) -> [Int]? {
        var k = t - 1
        while k >= lower, t - 1 - k < 2, words[k].isLowercaseWord, !MeetingTriggers.determiners.contains(words[k]),
              !Self.prepositions.contains(words[k]), words[k] != "and" { k -= 1 }
        guard k >= lower else { return nil }
        var sides: [Int] = []
        var start = k
        if let e = stateSide(at: k), let range = document.mentionRange(atToken: k) {
            sides = [e]
            start = range.lowerBound
            while start - 2 >= lower, words[start - 1] == "-", let other = stateSide(at: start - 2), let r = document.mentionRange(atToken: start - 2) {
                if !sides.contains(other) { sides.insert(other, at: 0) }
                start = r.lowerBound
            }
        } else if words[k].contains("-") {
            // The tokenizer keeps "U.S.-Japan" one word: its parts are the article's states or bodies.
            for part in words[k].split(separator: "-").map(String.init) {
                guard let e = sideEntity(named: part) else { return nil }
                if !sides.contains(e) { sides.append(e) }
            }
        }
        // "a decision on a new U.S.-Soviet summit": one yet to be proposed is no meeting of the states.
        if start > lower, ["new", "another", "possible", "future", "proposed", "potential", "any"].contains(words[start - 1]) { return nil }
        return sides.count >= 2 ? sides : nil
    }

    /// "U.S. and Japanese officials met", "Japanese and U.S. negotiators will hold a new round of talks": states
    /// coordinated before a noun for the people who act for them, as the subject of the trigger (a meeting noun
    /// only with a verb of holding). Every coordinated item must be a state or body.
    func coordinatedStates(before t: Int, lower: Int, nounTrigger: Bool) -> [Int]? {
        var g = t - 1
        var held = !nounTrigger
        while g >= lower, t - g <= 7, !Self.stateAgentNouns.contains(words[g]) {
            let w = words[g]
            if MeetingExtractor.holdVerbs.contains(w) { held = true }
            guard Self.agentToTriggerWords.contains(w) || MeetingExtractor.holdVerbs.contains(w) || MeetingPaths.controlVerbs.contains(w)
                    || (w.hasSuffix("ly") && w.isLowercaseWord) else { return nil }
            g -= 1
        }
        guard held, g >= lower, Self.stateAgentNouns.contains(words[g]) else { return nil }
        // "U.S. and Japanese senior trade officials": lower-case modifiers of the noun.
        var k = g - 1
        while k >= lower, g - k <= 2, words[k].isLowercaseWord, words[k] != "and", !Self.prepositions.contains(words[k]),
              !MeetingTriggers.determiners.contains(words[k]) { k -= 1 }
        var sides: [Int] = []
        while k >= lower, let e = stateSide(at: k), let range = document.mentionRange(atToken: k) {
            if !sides.contains(e) { sides.insert(e, at: 0) }
            k = range.lowerBound - 1
            guard k >= lower, ["and", "And", ","].contains(words[k]) else { break }
            k -= 1
        }
        guard sides.count >= 2, k < lower || Self.clauseOpeners.contains(words[k]) else { return nil }
        return sides
    }
}
