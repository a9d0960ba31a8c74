/// Finds meetings: who met whom (people first; countries or organizations when the state or
/// body itself met), whether it happened or is planned, about what, where, when, and in what mode.
public struct MeetingExtractor: ExampleDocumentedExtractor {
    public init() {}

    public static let triggeringExamples: [PatternExample] = [
        PatternExample("The agreement between Toshimitsu Motegi and U.S. Trade Representative Robert Lighthizer comes after a meeting on the sidelines of a G20 summit of world leaders in Osaka, with trade issues high on the agenda.",
                       ["Robert Lighthizer+Toshimitsu Motegi|happened|trade|Osaka|2019-06-28|044"]),
        PatternExample("Expectations have dimmed that Donald Trump and Chinese President Xi Jinping can ease the trade dispute when they meet on Saturday in Osaka.",
                       ["Donald Trump+Xi Jinping|planned|trade dispute|Osaka|2019-06-29|036"]),
        PatternExample("Japan and the United States agreed on Friday to hold working-level meetings from early next month to accelerate progress towards a trade agreement.",
                       ["Japan+United States|planned|trade agreement||2019-07|036"]),
        PatternExample("German Chancellor Helmut Kohl met French President Francois Mitterrand in Paris on Tuesday to discuss farm subsidies.",
                       ["Francois Mitterrand+Helmut Kohl|happened|farm subsidies|Paris|2019-06-25|040"]),
        PatternExample("Prime Minister Margaret Thatcher will meet President Ronald Reagan in Washington next month.",
                       ["Margaret Thatcher+Ronald Reagan|planned||Washington|2019-07|036"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("Sony Corp met analysts' expectations with a quarterly profit of 10 billion yen."),
        PatternExample("Donald Trump said Japan should open its markets, and Shinzo Abe criticized the tariffs."),
        PatternExample("Toshimitsu Motegi warned that a meeting would be pointless."),
        PatternExample("The company said its annual meeting would be held in May."),
    ]

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .meeting(let m) = fact else { return nil }
        let names = m.participants.map { document.entities[$0].name }.sorted().joined(separator: "+")
        let place = m.place.map { document.entities[$0].name } ?? ""
        return "\(names)|\(m.status.rawValue)|\(m.topic ?? "")|\(place)|\(m.date ?? "")|\(m.cameoCode)"
    }

    static let participantTypes: Set<EntityType> = [.person, .country, .organization]
    static let clauseBreaks: Set<String> = [";", "that", "which", "who", "while", "but", "\"", "“", "”", "said", "says", "told"]

    public func extract(from document: Document) -> [Fact] {
        var facts: [Fact] = []
        var seen: [Set<Int>: Int] = [:]
        let words = document.tokens.map(\.text)
        for (s, sentence) in document.sentences.enumerated() {
            var i = sentence.tokenRange.lowerBound
            while i < sentence.tokenRange.upperBound {
                defer { i += 1 }
                guard let trigger = MeetingTriggers.words[words[i]] else { continue }
                if words[i] == "call" && !(i > 0 && ["phone", "telephone"].contains(words[i - 1])) { continue }
                if words[i] == "summit" && !(i + 1 < sentence.tokenRange.upperBound && words[i + 1] == "with") { continue }
                guard let fact = meeting(document, words, sentence: s, trigger: trigger, at: i) else { continue }
                let key = Set(fact.participants)
                if let existing = seen[key] {
                    // The same meeting restated: keep the first, but fill in what it lacked.
                    if case .meeting(var earlier) = facts[existing] {
                        earlier.topic = earlier.topic ?? fact.topic
                        earlier.place = earlier.place ?? fact.place
                        earlier.date = earlier.date ?? fact.date
                        facts[existing] = .meeting(earlier)
                    }
                    continue
                }
                seen[key] = facts.count
                facts.append(.meeting(fact))
            }
        }
        return facts
    }

    private func meeting(_ document: Document, _ words: [String], sentence s: Int, trigger: MeetingTriggers.Trigger, at i: Int) -> MeetingFact? {
        let sentence = document.sentences[s]
        let lower = sentence.tokenRange.lowerBound, upper = sentence.tokenRange.upperBound
        // Status from the words just before the trigger.
        let windowStart = max(lower, i - 6)
        let before = words[windowStart..<i]
        var planned = before.contains(where: MeetingTriggers.futureMarkers.contains)
        if trigger.form == .verbPast { planned = before.contains("will") || before.contains("would") }
        if trigger.form == .verbBase {
            planned = !(before.contains("did") || before.contains("didn't"))
        }
        if trigger.form == .noun, before.contains("after") || before.contains("during") || before.contains("held") { planned = before.contains("will") }
        if trigger.form == .noun, before.contains("warned") || before.contains("said") || before.contains("would") && before.contains("be") { return nil }

        var participants: [Int] = []
        func add(_ entity: Int) {
            if MeetingExtractor.participantTypes.contains(document.entities[entity].type), !participants.contains(entity) {
                participants.append(entity)
            }
        }
        // "between A and B"
        if let between = words[lower..<upper].firstIndex(of: "between"), trigger.form == .noun {
            var j = between + 1
            while j < upper {
                if let entity = document.tokenEntities[j] { add(entity) }
                else if !["and", ",", "the", "'s", "’s"].contains(words[j]) && !Titles.isTitleWord(words[j]) && !words[j].isCapitalizedWord { break }
                j += 1
            }
        }
        // Subject: entities before the trigger in the same clause.
        var j = i - 1
        var pronoun = false
        while j >= lower, participants.count < 8 {
            if MeetingExtractor.clauseBreaks.contains(words[j]) { break }
            if ["they", "They"].contains(words[j]) { pronoun = true }
            if let entity = document.tokenEntities[j], !isObjectOfPlacePreposition(words, j, lower) { add(entity) }
            j -= 1
        }
        if pronoun && participants.count < 2 {
            // "Trump and Xi ... when they meet": the people named before in the sentence.
            for k in lower..<i { if let entity = document.tokenEntities[k], document.entities[entity].type == .person { add(entity) } }
        }
        // Object: "met (with) X", "visited X", "talks with X".
        if trigger.takesObject || trigger.form == .noun {
            var k = i + 1
            if k < upper, words[k] == "with" { k += 1 } else if !trigger.takesObject { k = upper }
            if k < upper, MeetingTriggers.nonParticipantObjects.contains(words[k]) { return nil }
            var steps = 0
            while k < upper, steps < 8 {
                if let entity = document.tokenEntities[k] {
                    add(entity)
                } else if !(["and", ",", "the", "his", "her", "their", "'s", "’s"].contains(words[k]) || Titles.isTitleWord(words[k]) || Titles.officeHeadsLowercased.contains(words[k])) {
                    break
                }
                k += 1
                steps += 1
            }
        }
        // People first; states and bodies only when no person is named.
        if participants.contains(where: { document.entities[$0].type == .person }) {
            participants = participants.filter { document.entities[$0].type == .person }
        }
        guard participants.count >= 2 else { return nil }

        let articleDay = document.article.publicationDay.flatMap { ISODay($0) }
        let resolver = DateResolver()
        var date = resolver.resolve(words, in: i..<upper, articleDate: articleDay, future: planned)
            ?? resolver.resolve(words, in: lower..<i, articleDate: articleDay, future: planned)
        if date == nil, !planned, let day = articleDay { date = day.description }
        let superEvent = summitEvent(document, sentence: s)
        var place = placeAfter(document, words, from: i, to: upper)
        if place == nil, let event = superEvent { place = eventPlace(document, event) }
        if place == nil, let dateline = document.article.datelinePlace, words[i..<upper].contains("city") {
            place = document.entities.firstIndex { $0.type == .city && $0.name.caseInsensitiveEquals(dateline) }
        }
        let mode = words[lower..<upper].contains(where: { ["telephone", "phone", "phoned", "videoconference"].contains($0) }) ? "telephone" : "in person"
        let cameo: String
        if planned { cameo = "036" }
        else if mode == "telephone" { cameo = "041" }
        else if superEvent != nil { cameo = "044" }
        else { cameo = trigger.cameo }
        let evidence = document.evidence(sentence: s, tokens: sentence.tokenRange)
        return MeetingFact(participants: participants, status: planned ? .planned : .happened,
                           topic: topic(words, trigger: i, lower: lower, upper: upper), place: place, date: date, mode: mode,
                           superEvent: superEvent, cameoCode: cameo, trigger: words[i], evidence: evidence)
    }

    /// "Officials in Tokyo": a place after "in" is not a participant.
    private func isObjectOfPlacePreposition(_ words: [String], _ j: Int, _ lower: Int) -> Bool {
        var k = j - 1
        while k >= lower, words[k] == "the" || words[k].isCapitalizedWord { k -= 1 }
        return k >= lower && ["in", "at", "from", "to", "of", "on", "for"].contains(words[k])
    }

    private func placeAfter(_ document: Document, _ words: [String], from i: Int, to upper: Int) -> Int? {
        var k = i
        while k + 1 < upper {
            if words[k] == "in" || words[k] == "at", let entity = document.entity(atToken: k + 1, types: [.city, .place, .country]) {
                return entity
            }
            k += 1
        }
        return nil
    }

    /// A summit named in the same sentence.
    private func summitEvent(_ document: Document, sentence s: Int) -> Int? {
        for fact in document.facts {
            if case .event(let event) = fact, event.evidence.sentenceIndex == s, event.kind == "summit" || event.kind == "conference" { return event.event }
        }
        return nil
    }

    private func eventPlace(_ document: Document, _ entity: Int) -> Int? {
        for fact in document.facts {
            if case .event(let event) = fact, event.event == entity { return event.place }
        }
        return nil
    }

    /// "to discuss farm subsidies", "on trade", "trade dispute", "trade issues".
    private func topic(_ words: [String], trigger i: Int, lower: Int, upper: Int) -> String? {
        var k = i + 1
        while k < upper - 1 {
            let sidelines = k + 2 < upper && ["sidelines", "margins", "side", "eve", "way", "phone", "telephone"].contains(words[k + 2])
            if !sidelines, (words[k] == "discuss" && k > 0 && words[k - 1] == "to") || (words[k] == "on" && k == i + 1) || words[k] == "about" {
                var phrase: [String] = []
                var m = k + 1
                while m < upper, phrase.count < 4, words[m].isLowercaseWord, !["and", "with", "in", "at", "on", "to", "for", "after", "before"].contains(words[m]) {
                    phrase.append(words[m]); m += 1
                }
                if !phrase.isEmpty { return phrase.joined(separator: " ") }
            }
            k += 1
        }
        for m in lower..<upper where MeetingTriggers.topicWords.contains(words[m]) {
            if m + 1 < upper, MeetingTriggers.topicHeads.contains(words[m + 1]) { return "\(words[m]) \(words[m + 1])" }
            return words[m]
        }
        return nil
    }
}

extension String {
    var isCapitalizedWord: Bool { unicodeScalars.first?.properties.isUppercase == true }
    var isLowercaseWord: Bool { unicodeScalars.first?.properties.isLowercase == true }
}
