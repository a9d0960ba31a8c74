/// Links the forms of a person's name within one article: the full name, longer and shorter
/// full forms ("Santos Alvite" → "Fernando Santos Alvite"), and bare surnames or first names.
/// Two people sharing a surname stay apart; a bare surname they share goes to the one mentioned
/// last before it, or stays on its own when neither was mentioned before. Names are looked up in indexes
/// (by first and last word, by tail, by last word), and "mentioned last" is kept per person as the mentions
/// are passed in order, so no step scans the article's people or a person's mentions: there is no window
/// to cap, and a bare surname finds its person however far back the full name was.
extension ResolutionState {
    /// A multi-word person name: the same full name, a form with the same first and last word, or the
    /// tail of a longer full name already seen.
    mutating func personEntity(for words: [String], mention: Int) -> Int {
        let name = words.joined(separator: " ")
        if let existing = byKey["person:" + name] {
            attach(mention, to: existing, surface: nil)
            return existing
        }
        // The first person (in order of creation) with the same first and last word, or whose longer name
        // ends with these words: "Perez de Cuellar" in "Javier Perez de Cuellar"; "de Vabres" in "Renaud
        // Donnedieu de Vabres".
        let sameEnds = personsByEnds[Self.endsKey(words)] ?? []
        var longer = personsByTail[name] ?? []
        // "Van Gogh" at the start of a sentence or as some papers write it: the tail "van Gogh" of "Theo van Gogh".
        if let lowered = Self.lowercasedParticleForm(words) { longer += personsByTail[lowered] ?? [] }
        if let index = (sameEnds + longer).min() {
            let otherCount = entities[index].name.split(separator: " ").count
            if words.count > otherCount {
                entities[index].aliases.insert(entities[index].name)
                rename(index, to: name)
                byKey["person:" + name] = index
                attach(mention, to: index, surface: nil)
            } else {
                attach(mention, to: index, surface: name)
            }
            return index
        }
        let index = entity(forKey: "person:" + name) { LocalEntity(type: .person, name: name) }
        attach(mention, to: index, surface: nil)
        return index
    }

    /// "Van Gogh" → "van Gogh": a name of two or more words opening with a capitalized particle, with the
    /// particle in lower case, or nil.
    static func lowercasedParticleForm(_ words: [String]) -> String? {
        guard words.count >= 2, let first = words.first, first.first?.isUppercaseLetter == true,
              NameFormation.surnameParticles.contains(first.lowercased()) else { return nil }
        return ([first.lowercased()] + words.dropFirst()).joined(separator: " ")
    }

    /// The person a bare name refers to: the only full name ending (or, for two-word names written
    /// either way, starting) with it; among several, the one mentioned most recently before it.
    func surnameOwner(_ word: String, mention: Int, among people: PeopleIndex) -> Int? {
        var candidates = people.byLast[word] ?? []
        if candidates.isEmpty { candidates = people.byFirstOfTwo[word] ?? [] }
        candidates = Array(Set(candidates)).sorted().filter { compatible(mention, with: $0) }
        if candidates.count <= 1 { return candidates.first }
        var best: (entity: Int, distance: Int)? = nil
        for candidate in candidates {
            guard let latest = lastMentionBefore[candidate] else { continue }
            let distance = mention - latest
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.entity
    }

    /// True when the token before `token` is an office word ("President Reagan").
    private func titled(_ token: Int) -> Bool {
        token > 0 && Titles.officeHeads.contains(document.tokens[token - 1].text.capitalizedFirst)
    }

    /// Whether a bare name may be the person `entity`: not when it is joined to that person's own name
    /// ("Reagan and Nancy Reagan"), nor when it carries an office ("President Reagan") that the person is
    /// never given in the article (Michael Reagan, "son of President Reagan").
    func compatible(_ mention: Int, with entity: Int) -> Bool {
        let range = document.mentions[mention].tokenRange
        // The entity's mentions one word away: the only ones that can be joined to this one by "and".
        let neighbours = (mentionsEnding[range.lowerBound - 2] ?? []) + (mentionsStarting[range.upperBound + 1] ?? [])
        for other in neighbours where other != mention && mentionEntities[other] == entity {
            let otherRange = document.mentions[other].tokenRange
            let between = otherRange.lowerBound > range.upperBound ? range.upperBound : otherRange.upperBound
            if ["and", "or", "&"].contains(document.tokens[between].text) { return false }
        }
        if titled(range.lowerBound) {
            let ownTitled = mentionEntities[mention] == entity && mentionIsTitled[mention] ? 1 : 0
            if (titledMentionCount[entity] ?? 0) - ownTitled == 0 { return false }
        }
        return true
    }
}
