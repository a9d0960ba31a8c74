/// Finds named events: summits ("a G20 summit of world leaders in Osaka"), elections ("Japan's
/// upper house election next month"), signing ceremonies ("the signing ceremony for the
/// Trans-Pacific Partnership (TPP) trade deal, in Santiago, Chile March 8, 2018"). Each becomes
/// an Event entity with place and date when the sentence gives them.
public struct NamedEventExtractor: ExampleDocumentedExtractor {
    public init() {}

    static let eventNouns: [String: String] = [
        "summit": "summit", "election": "election", "elections": "election", "ceremony": "ceremony",
        "conference": "conference", "referendum": "election", "Summit": "summit", "war": "war", "War": "war",
    ]

    public static let triggeringExamples: [PatternExample] = [
        PatternExample("Leaders met on the sidelines of a G20 summit of world leaders in Osaka on Friday.",
                       ["G20 summit|summit|Osaka|2019-06-28"]),
        PatternExample("A deal is unlikely until after Japan's upper house election next month.",
                       ["Japan upper house election|election||2019-07"]),
        PatternExample("Ministers attended the signing ceremony for the Trans-Pacific Partnership (TPP) trade deal, in Santiago, Chile March 8, 2018.",
                       ["Trans-Pacific Partnership signing ceremony|ceremony|Santiago|2018-03-08"]),
        PatternExample("Oil prices rose as the Gulf war threatened shipping.", ["Gulf war|war||"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("The election of a new chairman surprised analysts."),
        PatternExample("Shares rose after the company reported higher profits."),
        PatternExample("Analysts warned of a trade war between the two countries."),
    ]

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .event(let event) = fact else { return nil }
        let place = event.place.map { document.entities[$0].name } ?? ""
        return "\(document.entities[event.event].name)|\(event.kind)|\(place)|\(event.date ?? "")"
    }

    /// Facts only; the event entities are added by `apply(to:)`.
    public func extract(from document: Document) -> [Fact] {
        var copy = document
        return apply(to: &copy)
    }

    /// Adds an Event entity for each named event and returns the event facts.
    @discardableResult
    func apply(to document: inout Document) -> [Fact] {
        var facts: [Fact] = []
        let words = document.tokens.map(\.text)
        let articleDay = document.article.publicationDay.flatMap { ISODay($0) }
        var eventsByKey: [String: Int] = [:]
        for (index, entity) in document.entities.enumerated() where entity.type == .event && eventsByKey[entity.name.lowercased()] == nil {
            eventsByKey[entity.name.lowercased()] = index
        }
        var stated = Set<Int>()
        for (s, sentence) in document.sentences.enumerated() {
            for i in sentence.tokenRange {
                guard let kind = NamedEventExtractor.eventNouns[words[i]] else { continue }
                guard let (name, start, owner) = eventName(document, words, at: i, sentence: sentence, kind: kind) else { continue }
                if document.tokenEntities[i] != nil { continue }
                // Place: the first city/place/country after "in" following the noun.
                var place: Int? = nil
                var j = i + 1
                while j < min(sentence.tokenRange.upperBound, i + 12) {
                    if words[j] == "in" || words[j] == "at", let entity = document.entity(atToken: j + 1, types: [.city, .place, .country]) {
                        place = entity
                        break
                    }
                    j += 1
                }
                if place == nil, let owner, document.entities[owner].type == .city { place = owner }
                let future = kind == "election" || words[sentence.tokenRange].contains("will")
                let date = DateResolver().resolve(words, in: i..<sentence.tokenRange.upperBound, articleDate: articleDay, future: future)
                    ?? DateResolver().resolve(words, in: sentence.tokenRange, articleDate: articleDay, future: future)
                let key = name.lowercased()
                let entity: Int
                if let existing = eventsByKey[key] {
                    entity = existing
                } else {
                    document.entities.append(LocalEntity(type: .event, name: name))
                    entity = document.entities.count - 1
                    eventsByKey[key] = entity
                }
                let evidence = document.evidence(sentence: s, tokens: start..<(i + 1))
                let fact = Fact.event(NamedEventFact(event: entity, kind: kind, place: place, date: date, evidence: evidence))
                if stated.insert(entity).inserted { facts.append(fact) }
            }
        }
        document.facts += facts
        return facts
    }

    /// The event's name and first token, built from the words before the event noun.
    private func eventName(_ document: Document, _ words: [String], at i: Int, sentence: Sentence, kind: String) -> (String, Int, Int?)? {
        let lower = sentence.tokenRange.lowerBound
        // "<Entity> summit": G20 summit, EC summit, Commonwealth summit.
        if i - 1 >= lower, let entity = document.tokenEntities[i - 1], [.organization, .event, .city, .country, .place].contains(document.entities[entity].type) {
            var start = i - 1
            while start - 1 >= lower, document.tokenEntities[start - 1] == entity { start -= 1 }
            let surface = words[start..<i].joined(separator: " ")
            return ("\(surface) \(words[i].lowercased())", start, entity)
        }
        // A name the tagger calls neither a body nor a place ("G20" as a name of its own kind) names the event too.
        if i - 1 >= lower, let name = document.mentions.first(where: { $0.kind == .misc && $0.tokenRange.upperBound == i && $0.tokenRange.lowerBound >= lower }) {
            let surface = words[name.tokenRange].joined(separator: " ")
            return ("\(surface) \(words[i].lowercased())", name.tokenRange.lowerBound, nil)
        }
        if kind == "election" {
            // "Japan's upper house election", "the presidential election"
            var start = i
            var modifiers: [String] = []
            while start - 1 >= lower, modifiers.count < 3, let first = words[start - 1].unicodeScalars.first,
                  first.isLowercaseLetter, !["the", "a", "an", "next", "last", "this", "of", "for", "in", "until", "after", "before"].contains(words[start - 1]) {
                modifiers.insert(words[start - 1], at: 0)
                start -= 1
            }
            guard !modifiers.isEmpty else { return nil }
            var country: Int? = nil
            if start - 2 >= lower, words[start - 1] == "'s" || words[start - 1] == "’s", let entity = document.entity(atToken: start - 2, types: [.country]) {
                country = entity
                start -= 2
            } else if start - 1 >= lower, let entity = document.entity(atToken: start - 1, types: [.country]) {
                country = entity
                start -= 1
            }
            let base = (modifiers + [words[i]]).joined(separator: " ")
            return (country.map { "\(document.entities[$0].name) \(base)" } ?? base, start, country)
        }
        if kind == "ceremony" {
            // "the signing (agreement) ceremony for the <Entity>"
            guard i - 1 >= lower, words[lower..<i].contains("signing") || words[i - 1] == "signing" else { return nil }
            var j = i + 1
            if j < sentence.tokenRange.upperBound, words[j] == "for" || words[j] == "of" { j += 1 }
            if j < sentence.tokenRange.upperBound, words[j] == "the" { j += 1 }
            guard j < sentence.tokenRange.upperBound else { return nil }
            var end = j
            while end < sentence.tokenRange.upperBound, let first = words[end].unicodeScalars.first, first.isUppercaseLetter { end += 1 }
            guard end > j else { return nil }
            var start = i
            while start - 1 >= lower, words[start - 1] == "signing" || words[start - 1] == "agreement" { start -= 1 }
            return (words[j..<end].joined(separator: " ") + " signing ceremony", start, nil)
        }
        return nil
    }
}
