/// Short forms of names that hold a royal title or a name particle, linked to the full name once
/// every mention is resolved: "Prince Abdullah" to "Crown Prince Abdullah Ibn Abdulaziz" (the title and
/// the given name), "Alwaleed" to "Prince Alwaleed bin Talal" (the name after the title), "Lula" to
/// "Luiz Inacio Lula da Silva" and "Sultan" to "Prince Sultan ibn Abdulaziz" (the name before the
/// first particle). A short form that fits several people stays on its own.
extension ResolutionState {
    /// Candidates are looked up by a short-form key rather than by comparing every pair of people; forms
    /// join in the order of `ShortFormJoining`.
    mutating func linkPersonShortForms() {
        let people = entities.indices.filter { entities[$0].type == .person }
        var words: [Int: [String]] = [:]
        var ownersByKey: [String: [Int]] = [:]  // short-form key → people that key may shorten
        var shortsByKey: [String: [Int]] = [:]  // short-form key → people written that short
        for person in people {
            let name = entities[person].name.split(separator: " ").map(String.init)
            words[person] = name
            for key in Self.ownedShortFormKeys(name) { ownersByKey[key, default: []].append(person) }
            if let key = Self.shortFormKey(name) { shortsByKey[key, default: []].append(person) }
        }
        func owners(_ short: Int, _ merged: Set<Int>) -> [Int] {
            guard let key = Self.shortFormKey(words[short]!) else { return [] }
            return (ownersByKey[key] ?? []).filter { other in
                other != short && !merged.contains(other) && Self.isShortForm(words[short]!, of: words[other]!)
            }
        }
        // The short forms that may count `form` among their owners.
        func affected(_ form: Int) -> [Int] { Self.ownedShortFormKeys(words[form]!).flatMap { shortsByKey[$0] ?? [] } }
        merge(ShortFormJoining.merges(people, owners: owners, affected: affected))
    }

    /// The key under which a name may be a short form: its last title word and given name
    /// ("Prince Abdullah"), or its one word ("Lula").
    static func shortFormKey(_ short: [String]) -> String? {
        let title = Titles.nameTitleLength(short)
        if title > 0, short.count == title + 1 { return short[title - 1] + " " + short[title] }
        return short.count == 1 ? short[0] : nil
    }

    /// The keys of the short forms a full name may have (see `isShortForm`).
    static func ownedShortFormKeys(_ full: [String]) -> [String] {
        var keys: [String] = []
        let title = Titles.nameTitleLength(full)
        if title > 0, full.count > title { keys.append(full[title - 1] + " " + full[title]) }
        if title > 0, full.count > title + 1 { keys.append(full[title]) }
        if let particle = full.firstIndex(where: { NameFormation.particles.contains($0) }), particle >= 1 { keys.append(full[particle - 1]) }
        return keys
    }

    static func isShortForm(_ short: [String], of full: [String]) -> Bool {
        guard full.count > short.count else { return false }
        let fullTitle = Titles.nameTitleLength(full)
        let shortTitle = Titles.nameTitleLength(short)
        if shortTitle > 0, short.count == shortTitle + 1, fullTitle > 0, full.count > fullTitle {
            // "Prince Abdullah" / "Crown Prince Abdullah Ibn Abdulaziz": same last title word, same given name.
            return full[fullTitle - 1] == short[shortTitle - 1] && full[fullTitle] == short[shortTitle]
        }
        guard short.count == 1 else { return false }
        if fullTitle > 0, full.count > fullTitle + 1, full[fullTitle] == short[0] { return true }
        if let particle = full.firstIndex(where: { NameFormation.particles.contains($0) }), particle >= 1, full[particle - 1] == short[0] {
            return true
        }
        return false
    }

    /// "The Emir of Kuwait, Sheikh Jaber al-Ahmad al-Sabah, ...", "Sheikh Jaber, the Emir of Kuwait": a
    /// person named by a title of a place and, in apposition, by a titled name is one person, under the name.
    mutating func linkTitlesOfPlaces() {
        var merges: [(from: Int, into: Int)] = []
        var merged = Set<Int>()
        let tokens = document.tokens
        for (index, entity) in entities.enumerated() where entity.type == .person && entity.name.contains(" of ") {
            let words = entity.name.split(separator: " ")
            guard Titles.nameTitleLength(words.map(String.init)) > 0, words.count >= 3 else { continue }
            var partner: Int?
            for m in entity.mentions {
                let range = document.mentions[m].tokenRange
                // The name just after ", " or just before ", the".
                if range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == ",",
                   let next = mentionsStarting[range.upperBound + 1]?.first, let e = mentionEntities[next] { partner = e }
                var before = range.lowerBound - 1
                if before >= 0, ["the", "The"].contains(tokens[before].text) { before -= 1 }
                if partner == nil, before >= 1, tokens[before].text == ",", let previous = mentionsEnding[before - 1]?.first, let e = mentionEntities[previous] { partner = e }
                if partner != nil { break }
            }
            // Only a name that holds a royal title itself ("Sheikh Jaber"), so that a list ("Bill Clinton, the
            // King of Belgium and ...") is never read as an apposition.
            guard let into = partner, into != index, entities[into].type == .person, !entities[into].name.contains(" of "),
                  Titles.nameTitleLength(entities[into].name.split(separator: " ").map(String.init)) > 0,
                  !merged.contains(into), merged.insert(index).inserted else { continue }
            merges.append((from: index, into: into))
        }
        merge(merges)
    }
}

