import Foundation

/// Links the forms of an organization's name within one article: an acronym in parentheses after
/// the name ("Liberal Democratic Party (LDP)"), an acronym matching the initials of a name ("TPP"),
/// and a short form that is the start of exactly one longer name ("JP Morgan" → "JP Morgan Chase",
/// "the Bank" → "Bank of Japan").
extension ResolutionState {
    mutating func organizationEntity(_ name: String, mention: Int) -> Int {
        if Self.isAcronym(name) {
            let range = document.mentions[mention].tokenRange
            if range.lowerBound >= 1, document.tokens[range.lowerBound - 1].text == "(", mention > 0,
               let previous = mentionEntities[mention - 1], document.mentions[mention - 1].tokenRange.upperBound == range.lowerBound - 1,
               entities[previous].type == .organization || entities[previous].type == .event {
                return previous
            }
            for (index, entity) in entities.enumerated() where entity.type == .organization || entity.type == .event {
                if Self.initials(of: entity.name) == name { return index }
            }
        }
        if let existing = byKey["org:" + name] { return existing }
        for (index, entity) in entities.enumerated() where entity.type == .organization && Self.isAcronym(entity.name) {
            if Self.initials(of: name) == entity.name {
                entities[index].aliases.insert(entity.name)
                entities[index].name = name
                byKey["org:" + name] = index
                return index
            }
        }
        return entity(forKey: "org:" + name) { LocalEntity(type: .organization, name: name) }
    }

    /// Short forms: an organization whose name is the first words of exactly one longer organization
    /// name in the article, or a single capitalized head word ("Bank", "Fund") of exactly one, joins it.
    mutating func linkOrganizationShortForms() {
        var changed = true
        while changed {
            changed = false
            let orgs = entities.indices.filter { entities[$0].type == .organization }
            for short in orgs where !Self.isAcronym(entities[short].name) {
                let words = entities[short].name.split(separator: " ").map(String.init)
                let owners = orgs.filter { other in
                    guard other != short else { return false }
                    let longer = entities[other].name.split(separator: " ").map(String.init)
                    guard longer.count > words.count else { return false }
                    // Not a subsidiary named by its country ("Societe Generale North America Inc").
                    if Array(longer.prefix(words.count)) == words {
                        let rest = longer[words.count...]
                        return rest.first?.first?.isLowercase == true || !Self.namesPlace(rest)
                    }
                    return words.count == 1 && Self.headWords.contains(words[0]) && longer.last == words[0]
                }
                if owners.count == 1 {
                    merge(short, into: owners[0])
                    changed = true
                    break
                }
            }
        }
    }

    /// True when the words hold a country or continent, possibly in brackets ("North America", "(Canada)").
    static func namesPlace(_ words: ArraySlice<String>) -> Bool {
        let cleaned = words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()")) }
        for (i, word) in cleaned.enumerated() {
            if CountryTable.shared.lookupAny(word) != nil || continents.contains(word) { return true }
            if i + 1 < cleaned.count, CountryTable.shared.lookupAny(word + " " + cleaned[i + 1]) != nil || continents.contains(word + " " + cleaned[i + 1]) { return true }
        }
        return false
    }

    static let continents: Set<String> = ["Europe", "Asia", "Africa", "America", "North America", "South America", "Latin America", "Australasia", "Pacific"]

    /// Generic head words that stand for the one organization of that kind in the article.
    static let headWords: Set<String> = [
        "Bank", "Fund", "Commission", "Council", "Committee", "Party", "Company", "Group", "Corporation", "Ministry",
        "Agency", "Board", "Court", "Exchange", "Society", "Institute", "Association", "Federation", "Union",
    ]

    static func isAcronym(_ text: String) -> Bool {
        text.count >= 2 && text.count <= 8 && text.allSatisfy { $0.isUppercase || $0 == "." || $0.isNumber } && text.contains(where: \.isLetter)
    }

    static func initials(of name: String) -> String {
        let skip: Set<Substring> = ["of", "the", "and", "for", "de", "&"]
        return String(name.split(separator: " ").filter { !skip.contains($0) }.compactMap(\.first).filter(\.isUppercase))
    }
}
