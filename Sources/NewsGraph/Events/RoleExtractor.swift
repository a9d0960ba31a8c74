/// Finds offices that the text states explicitly:
/// - pre-modifier titles: "U.S. Trade Representative Robert Lighthizer", "Japan's Minister of Economic
///   Revitalization Toshimitsu Motegi", "Bundesbank President Karl Otto Poehl";
/// - appositions: "Karl Otto Poehl, president of the Bundesbank," and "X, Japan's economy minister,".
public struct RoleExtractor: ExampleDocumentedExtractor {
    public init() {}

    public static let triggeringExamples: [PatternExample] = [
        PatternExample("U.S. Trade Representative Robert Lighthizer arrived on Monday.",
                       ["Robert Lighthizer|Trade Representative|United States"]),
        PatternExample("Japan's Minister of Economic Revitalization Toshimitsu Motegi spoke in Tokyo.",
                       ["Toshimitsu Motegi|Minister of Economic Revitalization|Japan"]),
        PatternExample("Chinese President Xi Jinping will visit next week.", ["Xi Jinping|President|China"]),
        PatternExample("Economy Minister Toshimitsu Motegi said talks would continue.", ["Toshimitsu Motegi|Economy Minister|"]),
        PatternExample("The plan was backed by Karl Otto Poehl, president of the Bundesbank, on Tuesday.",
                       ["Karl Otto Poehl|President|Bundesbank"]),
        PatternExample("Former Prime Minister Yasuhiro Nakasone spoke to reporters.",
                       ["Yasuhiro Nakasone|Prime Minister|"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("Robert Lighthizer arrived in Tokyo on Monday."),
        PatternExample("The minister said Japan would not cave in."),
        PatternExample("Analysts at Goldman Sachs expect rates to rise."),
    ]

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .role(let role) = fact else { return nil }
        let org = role.organization.map { document.entities[$0].name } ?? ""
        return "\(document.entities[role.person].name)|\(role.roleName)|\(org)"
    }

    static let connectors: Set<String> = ["of", "for", "and", "on", "&"]
    static let qualifiers: Set<String> = ["former", "Former", "acting", "Acting", "outgoing", "Outgoing", "interim", "Interim", "new", "New", "newly", "designate"]
    static let organizationTypes: Set<EntityType> = [.country, .organization, .city]

    public func extract(from document: Document) -> [Fact] {
        var facts: [Fact] = []
        var seen: Set<String> = []
        for (m, mention) in document.mentions.enumerated() {
            guard let person = document.mentionEntities[m], document.entities[person].type == .person else { continue }
            for fact in premodifierRoles(document, person: person, mention: mention) + appositionRoles(document, person: person, mention: mention) {
                guard case .role(let role) = fact else { continue }
                let key = "\(role.person)|\(role.roleName)|\(role.organization ?? -1)"
                if seen.insert(key).inserted { facts.append(fact) }
            }
        }
        return facts
    }

    private func isCapitalized(_ word: String) -> Bool { word.unicodeScalars.first?.properties.isUppercase == true }

    private func isTitleToken(_ word: String) -> Bool {
        Titles.officeHeads.contains(word) || Titles.officeModifiers.contains(word) || Titles.officeHeadsLowercased.contains(word)
            || Titles.officeModifiers.contains(word.capitalizedFirst)
    }

    /// Title words directly before the person: "[Org|Country ('s)] Title words Person".
    private func premodifierRoles(_ document: Document, person: Int, mention: EntityMention) -> [Fact] {
        let sentence = document.sentences[mention.sentenceIndex]
        var j = mention.tokenRange.lowerBound - 1
        var phrase: [String] = []
        var organization: Int? = nil
        while j >= sentence.tokenRange.lowerBound {
            let word = document.tokens[j].text
            if let entity = document.tokenEntities[j] {
                if RoleExtractor.organizationTypes.contains(document.entities[entity].type) { organization = entity }
                break
            }
            if word == "'s" || word == "’s" {
                if j - 1 >= sentence.tokenRange.lowerBound, let entity = document.tokenEntities[j - 1],
                   RoleExtractor.organizationTypes.contains(document.entities[entity].type) { organization = entity }
                break
            }
            if isCapitalized(word) || isTitleToken(word) || (RoleExtractor.connectors.contains(word) && !phrase.isEmpty) {
                if Titles.honorifics.contains(word) { j -= 1; continue }
                phrase.insert(word, at: 0)
                j -= 1
                continue
            }
            break
        }
        // Drop words before the first title word ("Analysts say Economy Minister" → "Economy Minister").
        while let first = phrase.first, !isTitleToken(first) || RoleExtractor.connectors.contains(first) { phrase.removeFirst() }
        var qualifier: String? = nil
        if let first = phrase.first, RoleExtractor.qualifiers.contains(first) {
            qualifier = first.lowercased()
            phrase.removeFirst()
        } else if j >= sentence.tokenRange.lowerBound, RoleExtractor.qualifiers.contains(document.tokens[j].text) {
            qualifier = document.tokens[j].text.lowercased()
        }
        guard phrase.contains(where: { Titles.officeHeads.contains($0) || Titles.officeHeadsLowercased.contains($0) }) else { return [] }
        if phrase.first == "Deputy" && phrase.count == 1 { return [] }
        // A bare title before an organization is not enough to tie it ("Bank of Japan Governor" is handled as ORG + title).
        let roleName = phrase.map(\.capitalizedFirst).joined(separator: " ").replacingOccurrences(of: " Of ", with: " of ").replacingOccurrences(of: " For ", with: " for ").replacingOccurrences(of: " And ", with: " and ")
        let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: (j + 1)..<mention.tokenRange.upperBound)
        return [.role(RoleFact(person: person, roleName: roleName, organization: organization, qualifier: qualifier, evidence: evidence))]
    }

    /// "Person, [the] title of [the] Org," and "Person, Org's title,".
    private func appositionRoles(_ document: Document, person: Int, mention: EntityMention) -> [Fact] {
        let sentence = document.sentences[mention.sentenceIndex]
        var j = mention.tokenRange.upperBound
        guard j < sentence.tokenRange.upperBound, document.tokens[j].text == "," else { return [] }
        j += 1
        var organization: Int? = nil
        var qualifier: String? = nil
        if j < sentence.tokenRange.upperBound, ["the", "a", "an"].contains(document.tokens[j].text) { j += 1 }
        if j < sentence.tokenRange.upperBound, RoleExtractor.qualifiers.contains(document.tokens[j].text) {
            qualifier = document.tokens[j].text.lowercased(); j += 1
        }
        // "Japan's economy minister"
        if let entity = document.tokenEntities[safe: j], RoleExtractor.organizationTypes.contains(document.entities[entity].type) {
            var k = j
            while k < sentence.tokenRange.upperBound, document.tokenEntities[k] == entity { k += 1 }
            if k < sentence.tokenRange.upperBound, document.tokens[k].text == "'s" || document.tokens[k].text == "’s" {
                organization = entity
                j = k + 1
            } else {
                return []
            }
        }
        var phrase: [String] = []
        while j < sentence.tokenRange.upperBound, phrase.count < 6 {
            let word = document.tokens[j].text
            guard document.tokenEntities[j] == nil, isTitleToken(word) || (isCapitalized(word) && !phrase.isEmpty) else { break }
            phrase.append(word)
            j += 1
        }
        guard let last = phrase.last, Titles.officeHeads.contains(last.capitalizedFirst) || Titles.officeHeadsLowercased.contains(last) else { return [] }
        if organization == nil {
            // "... president of [the] Bundesbank"
            guard j < sentence.tokenRange.upperBound, ["of", "at", "for"].contains(document.tokens[j].text) else { return [] }
            j += 1
            if j < sentence.tokenRange.upperBound, document.tokens[j].text == "the" { j += 1 }
            guard let entity = document.tokenEntities[safe: j], RoleExtractor.organizationTypes.contains(document.entities[entity].type) else { return [] }
            organization = entity
            while j < sentence.tokenRange.upperBound, document.tokenEntities[j] == entity { j += 1 }
        }
        // The apposition must close: a comma, the end of the sentence, or a reporting verb.
        if j < sentence.tokenRange.upperBound, ![",", ".", "said", "says", "told", ";"].contains(document.tokens[j].text) { return [] }
        let roleName = phrase.map(\.capitalizedFirst).joined(separator: " ")
        let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: mention.tokenRange.lowerBound..<min(j, sentence.tokenRange.upperBound))
        return [.role(RoleFact(person: person, roleName: roleName, organization: organization, qualifier: qualifier, evidence: evidence))]
    }
}

extension String {
    /// "minister" → "Minister"; leaves the rest as it is.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension Array where Element == Int? {
    /// The entity at a token index, or nil when out of range or none.
    subscript(safe index: Int) -> Int? {
        index >= 0 && index < count ? self[index] : nil
    }
}
