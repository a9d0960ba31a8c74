import Foundation

/// Links the forms of an organization's name within one article: an acronym in parentheses after
/// the name ("Liberal Democratic Party (LDP)"), an acronym matching the initials of a name ("TPP"),
/// and a short form that is the start of exactly one longer name ("JP Morgan" → "JP Morgan Chase",
/// "the Bank" → "Bank of Japan"), a distinctive word of exactly one ("Ansbacher" → "Henry Ansbacher
/// Holdings Plc"), or the name after a country ("Department of Justice" → "US Department of Justice").
extension ResolutionState {
    mutating func organizationEntity(_ name: String, mention: Int) -> Int {
        if Self.isAcronym(name) {
            let range = document.mentions[mention].tokenRange
            if range.lowerBound >= 1, document.tokens[range.lowerBound - 1].text == "(", mention > 0,
               let previous = mentionEntities[mention - 1], document.mentions[mention - 1].tokenRange.upperBound == range.lowerBound - 1,
               entities[previous].type == .organization || entities[previous].type == .event {
                return previous
            }
            if let index = byInitials[name]?.min() { return index }
        }
        if let existing = byKey["org:" + name] { return existing }
        // "Wada" after "World Anti-Doping Agency": the one organization of three or more words it spells.
        if let spelled = Self.wordAcronym(name), let owners = byInitials[spelled], Set(owners).count == 1,
           entities[owners[0]].type == .organization, entities[owners[0]].name.split(separator: " ").count >= 3 {
            return owners[0]
        }
        if let index = acronymOrganizations[Self.initials(of: name)]?.min() {
            entities[index].aliases.insert(entities[index].name)
            rename(index, to: name)
            byKey["org:" + name] = index
            return index
        }
        return entity(forKey: "org:" + name) { LocalEntity(type: .organization, name: name) }
    }

    /// Short forms: an organization whose name is the first words of exactly one longer organization
    /// name in the article, or a single capitalized head word ("Bank", "Fund") of exactly one, joins it.
    /// Short forms join in the order of `ShortFormJoining`; owners are looked up by name prefix and by
    /// last word rather than by comparing every pair of organizations.
    mutating func linkOrganizationShortForms() {
        let orgs = entities.indices.filter { entities[$0].type == .organization }
        var words: [Int: [String]] = [:]
        var byPrefix: [String: [Int]] = [:]   // proper word prefix → longer organizations
        var byLastWord: [String: [Int]] = [:] // last word → organizations of two or more words
        var byName: [String: [Int]] = [:]
        var byInnerWord: [String: [Int]] = [:]   // a distinctive word after the first → organizations ("Ansbacher")
        var byNameAfterCountry: [String: [Int]] = [:]   // "US Department of Justice" under "Department of Justice"
        var byAbbreviationKey: [String: [Int]] = [:]   // "Lib Dems" and "Liberal Democrats" under "Lib Dem"
        for org in orgs {
            // "Pope, Evans and Robbins Inc" starts with "Pope Evans".
            let name = entities[org].name.split(separator: " ").map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) }
            words[org] = name
            byName[name.joined(separator: " "), default: []].append(org)
            for length in stride(from: 1, to: name.count, by: 1) { byPrefix[name.prefix(length).joined(separator: " "), default: []].append(org) }
            if name.count >= 2 { byLastWord[name[name.count - 1], default: []].append(org) }
            for word in Set(name.dropFirst()) where Self.isDistinctiveWord(word) { byInnerWord[word, default: []].append(org) }
            if let rest = Self.nameAfterCountry(name) { byNameAfterCountry[rest, default: []].append(org) }
            if name.count >= 2 { byAbbreviationKey[Self.abbreviationKey(name), default: []].append(org) }
        }
        func owners(_ short: Int, _ merged: Set<Int>) -> [Int] {
            let name = words[short]!
            // Not a subsidiary named by its country ("Societe Generale North America Inc").
            var found = Set((byPrefix[name.joined(separator: " ")] ?? []).filter { other in
                let rest = words[other]![name.count...]
                return rest.first?.first?.isLowercaseLetter == true || !Self.namesPlace(rest)
            })
            if name.count == 1, Self.headWords.contains(name[0]) { found.formUnion(byLastWord[name[0]] ?? []) }
            // A name's start is the stronger reading: "Canal" is "Canal Bank", not "Citizens and Canal Banks".
            if name.count == 1, Self.isDistinctiveWord(name[0]), found.subtracting([short]).subtracting(merged).isEmpty {
                found.formUnion(byInnerWord[name[0]] ?? [])
            }
            found.formUnion(byNameAfterCountry[name.joined(separator: " ")] ?? [])
            if name.count >= 2 {
                found.formUnion((byAbbreviationKey[Self.abbreviationKey(name)] ?? []).filter { Self.abbreviates(name, words[$0]!) })
            }
            found.remove(short)
            return Array(found.subtracting(merged))
        }
        // The shorter forms that may count `form` among their owners.
        func affected(_ form: Int) -> [Int] {
            let name = words[form]!
            var found: [Int] = []
            for length in stride(from: 1, to: name.count, by: 1) { found += byName[name.prefix(length).joined(separator: " ")] ?? [] }
            if name.count >= 2, Self.headWords.contains(name[name.count - 1]) { found += byName[name[name.count - 1]] ?? [] }
            for word in Set(name.dropFirst()) where Self.isDistinctiveWord(word) { found += byName[word] ?? [] }
            if let rest = Self.nameAfterCountry(name) { found += byName[rest] ?? [] }
            if name.count >= 2 { found += (byAbbreviationKey[Self.abbreviationKey(name)] ?? []).filter { Self.abbreviates(words[$0]!, name) } }
            return found
        }
        let shorts = orgs.filter { !Self.isAcronym(entities[$0].name) }
        merge(ShortFormJoining.merges(shorts, owners: owners, affected: affected))
    }

    /// A word inside an organization's name that names it alone ("Henry Ansbacher Holdings Plc" →
    /// "Ansbacher"): capitalized, not a generic head word, legal form, place or acronym.
    static func isDistinctiveWord(_ word: String) -> Bool {
        guard word.count >= 3, word.first?.isUppercaseLetter == true, !isAcronym(word),
              word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
        if headWords.contains(word) || NameFormation.legalForms.contains(word) || MentionRepair.institutionHeads.contains(word) { return false }
        return CountryTable.shared.lookupAny(word) == nil && !continents.contains(word) && !NameFormation.isKnownPlace(word)
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
        text.count >= 2 && text.count <= 8 && text.allSatisfy { $0.isUppercaseLetter || $0 == "." || $0.isNumber } && text.contains(where: \.isLetter)
    }

    /// Words an organization's initials leave out.
    static let initialsSkipWords: Set<Substring> = ["of", "the", "and", "for", "de", "&"]

    static func initials(of name: String) -> String {
        String(name.split(separator: " ").filter { !initialsSkipWords.contains($0) }.compactMap(\.first).filter(\.isUppercaseLetter))
    }

    /// The initials and, when it differs, the acronym that also spells out hyphenated words and keeps the
    /// acronyms inside the name ("World Anti-Doping Agency" → WADA, "UK Independence Party" → UKIP).
    static func acronymKeys(of name: String) -> [String] {
        let plain = initials(of: name)
        var full = ""
        for word in name.split(separator: " ") where !initialsSkipWords.contains(word) {
            if word.count <= 4 && isAcronym(String(word)) { full += word.filter(\.isLetter); continue }
            for part in word.split(separator: "-") { if let first = part.first, first.isUppercaseLetter { full.append(first) } }
        }
        return full == plain || full.count < 2 ? [plain] : [plain, full]
    }

    /// The rest of a name of three or more words that opens with a country ("US Department of Justice" →
    /// "Department of Justice"), or nil.
    static func nameAfterCountry(_ words: [String]) -> String? {
        words.count >= 3 && CountryTable.shared.lookupAny(words[0]) != nil ? words.dropFirst().joined(separator: " ") : nil
    }

    /// The first three letters of each word: names that may abbreviate one another share it.
    static func abbreviationKey(_ words: [String]) -> String { words.map { String($0.prefix(3)) }.joined(separator: " ") }

    /// Whether `short` abbreviates `long` word by word ("Lib Dems" → "Liberal Democrats"): as many words,
    /// each the start of the other's (a plural "s" aside), at least one cut, none shorter than three letters.
    static func abbreviates(_ short: [String], _ long: [String]) -> Bool {
        guard short.count == long.count, short != long else { return false }
        for (a, b) in zip(short, long) {
            let stem = a.count > 3 && a.hasSuffix("s") && b.hasSuffix("s") ? String(a.dropLast()) : a
            guard stem.count >= 3, stem.first?.isUppercaseLetter == true, b.hasPrefix(stem) else { return false }
        }
        return true
    }

    /// An acronym written as a word, as some newspapers do ("Wada", "Nato", "Ukip"): its capitals, when the
    /// word could be one (three to six letters, only the first a capital).
    static func wordAcronym(_ name: String) -> String? {
        guard (3...6).contains(name.count), name.first?.isUppercaseLetter == true,
              name.dropFirst().allSatisfy({ $0.isLowercaseLetter && $0.isASCII }) else { return nil }
        return name.uppercased()
    }
}

extension ResolutionState {
    static let organizationLinkExamples: [NameRuleExamples] = [
        NameRuleExamples(rule: "acronyms spelled from hyphenated words and inner acronyms, written as words, and word-by-word abbreviations join the full name", mustMatch: [
            PatternExample("The World Anti-Doping Agency said on Monday the tests were valid. Wada will publish the results in Montreal.",
                           ["Organization|World Anti-Doping Agency"]),
            PatternExample("The UK Independence Party won two seats in London. UKIP said it would stand in every seat.",
                           ["Organization|UK Independence Party"]),
            PatternExample("The Liberal Democrats gained votes in London. The Lib Dems said the result was historic.",
                           ["Organization|Liberal Democrats"]),
        ], mustNotMatch: [
            PatternExample("The World Anti-Doping Agency said on Monday the tests were valid. Wada will publish the results in Montreal.",
                           ["Organization|Wada"]),
            PatternExample("The UK Independence Party won two seats in London. UKIP said it would stand in every seat.", ["Organization|UKIP"]),
            PatternExample("The Liberal Democrats gained votes in London. The Lib Dems said the result was historic.", ["Organization|Lib Dems"]),
        ]),
        NameRuleExamples(rule: "a distinctive word or the name after a country joins the one longer organization name", mustMatch: [
            PatternExample("Henry Marwick Holdings Plc said it had bought a stake in the insurer. Marwick shares rose 4p in London.",
                           ["Organization|Henry Marwick Holdings Plc"]),
            PatternExample("The UK Department of Health opened an inquiry on Monday. The Department of Health declined to comment.",
                           ["Organization|UK Department of Health"]),
        ], mustNotMatch: [
            PatternExample("Henry Marwick Holdings Plc said it had bought a stake in the insurer. Marwick shares rose 4p in London.",
                           ["Organization|Marwick"]),
            PatternExample("The UK Department of Health opened an inquiry on Monday. The Department of Health declined to comment.",
                           ["Organization|Department of Health"]),
        ]),
        NameRuleExamples(rule: "a word for a kind of body names no body unless it names the article's one such body", mustMatch: [
            PatternExample("The European Commission proposed a cut in steel output. The Commission said on Monday it would act.",
                           ["Organization|European Commission"]),
        ], mustNotMatch: [
            PatternExample("Steel output will fall this year, the Commission said on Monday in Brussels.", ["Organization|Commission"]),
            PatternExample("The Department said on Monday that it would review the sale of the plant.", ["Organization|Department"]),
        ]),
    ]
}
