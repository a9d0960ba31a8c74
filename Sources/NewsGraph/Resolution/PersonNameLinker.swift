/// Links the forms of a person's name within one article: the full name, longer and shorter
/// full forms ("Santos Alvite" → "Fernando Santos Alvite"), and bare surnames or first names.
/// Two people sharing a surname stay apart; a bare surname they share goes to the one mentioned
/// last before it, or stays on its own when neither was mentioned before.
extension ResolutionState {
    /// A multi-word person name: the same full name, a form with the same first and last word, or the
    /// tail of a longer full name already seen.
    mutating func personEntity(for words: [String], mention: Int) -> Int {
        let name = words.joined(separator: " ")
        if let existing = byKey["person:" + name] {
            attach(mention, to: existing, surface: nil)
            return existing
        }
        for (index, entity) in entities.enumerated() where entity.type == .person {
            let other = entity.name.split(separator: " ").map(String.init)
            guard other.count >= 2 else { continue }
            let sameEnds = other.first == words.first && other.last == words.last
            // "Perez de Cuellar" in "Javier Perez de Cuellar"; "de Vabres" in "Renaud Donnedieu de Vabres".
            let tail = other.count > words.count && Array(other.suffix(words.count)) == words
            guard sameEnds || tail else { continue }
            if words.count > other.count {
                entities[index].aliases.insert(entity.name)
                entities[index].name = name
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

    /// The person a bare name refers to: the only full name ending (or, for two-word names written
    /// either way, starting) with it; among several, the one mentioned most recently before it.
    func surnameOwner(_ word: String, mention: Int, among people: [(entity: Int, words: [String])]) -> Int? {
        var candidates = people.filter { $0.words.last == word }.map(\.entity)
        if candidates.isEmpty { candidates = people.filter { $0.words.first == word && $0.words.count == 2 }.map(\.entity) }
        candidates = Array(Set(candidates)).sorted().filter { compatible(mention, with: $0) }
        if candidates.count <= 1 { return candidates.first }
        var best: (entity: Int, distance: Int)? = nil
        for candidate in candidates {
            for m in entities[candidate].mentions where m < mention {
                let distance = mention - m
                if best == nil || distance < best!.distance { best = (candidate, distance) }
            }
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
        for other in entities[entity].mentions where other != mention {
            let otherRange = document.mentions[other].tokenRange
            let between = otherRange.lowerBound > range.upperBound ? range.upperBound..<otherRange.lowerBound
                : (range.lowerBound > otherRange.upperBound ? otherRange.upperBound..<range.lowerBound : 0..<0)
            if between.count == 1, ["and", "or", "&"].contains(document.tokens[between.lowerBound].text) { return false }
        }
        if titled(range.lowerBound) {
            let personTitled = entities[entity].mentions.contains { other in
                let start = document.mentions[other].tokenRange.lowerBound
                let previous = start > 0 ? document.tokens[start - 1].text.capitalizedFirst : ""
                let own = document.tokens[start].text
                return other != mention && (Titles.officeHeads.contains(previous) || Titles.officeModifiers.contains(previous)
                    || Titles.officeHeads.contains(own) || Titles.officeModifiers.contains(own))
            }
            if !personTitled { return false }
        }
        return true
    }
}
