/// Short forms of names that hold a royal title or a name particle, linked to the full name once
/// every mention is resolved: "Prince Abdullah" to "Crown Prince Abdullah Ibn Abdulaziz" (the title and
/// the given name), "Alwaleed" to "Prince Alwaleed bin Talal" (the name after the title), "Lula" to
/// "Luiz Inacio Lula da Silva" and "Sultan" to "Prince Sultan ibn Abdulaziz" (the name before the
/// first particle). A short form that fits several people stays on its own.
extension ResolutionState {
    mutating func linkPersonShortForms() {
        var changed = true
        while changed {
            changed = false
            let people = entities.indices.filter { entities[$0].type == .person }
            let words = Dictionary(uniqueKeysWithValues: people.map { ($0, entities[$0].name.split(separator: " ").map(String.init)) })
            for short in people {
                let shortWords = words[short]!
                let owners = people.filter { other in
                    other != short && Self.isShortForm(shortWords, of: words[other]!)
                }
                guard owners.count == 1 else { continue }
                merge(short, into: owners[0])
                changed = true
                break
            }
        }
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
}
