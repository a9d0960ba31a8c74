/// How names are written in the news, beyond what the tagger's spans show: royal and clerical titles
/// and name particles that belong to a person's name, companies whose names hold "and" or a foreign
/// legal form, and agreements that are named like organizations. Each rule rewrites the mention
/// spans of one article before resolution (see `MentionRepair`).
enum NameFormation {
    /// European particles that open a surname ("van Gogh", "de Klerk", "da Silva"), capitalized when the
    /// surname is written alone ("Van Gogh said").
    static let surnameParticles: Set<String> = [
        "de", "da", "das", "do", "dos", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le",
    ]

    /// Lower-case particles inside personal names ("Sultan bin Abdulaziz", "Lula da Silva").
    static let particles: Set<String> = surnameParticles.union([
        "bin", "bint", "ibn", "abu", "al", "el", "y", "arap", "Ibn", "Bin", "Bint",
    ])

    /// Legal forms that end a company's name ("Bayer AG", "Thomson-CSF SA", "Vickers Plc").
    static let legalForms: Set<String> = [
        "SA", "S.A.", "SpA", "S.p.A.", "AG", "NV", "N.V.", "BV", "B.V.", "AB", "Oy", "Oyj", "plc", "Plc", "PLC", "plc.", "Plc.",
        "GmbH", "KK", "K.K.", "Cie", "AS", "A/S", "ASA", "SE", "KG", "SARL", "Srl", "Ltda", "KGaA", "Corp", "Corp.",
        "Inc", "Inc.", "Ltd", "Ltd.", "Co", "Co.", "Cos", "LLC", "LP",
    ]

    /// Legal forms of companies outside the English-speaking world.
    static let foreignLegalForms: Set<String> = legalForms.subtracting(["Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Co", "Co.", "Cos", "LLC", "LP"])

    /// Words that open a company's or a public body's name in French, Spanish, Portuguese and Italian
    /// ("Societe Generale", "Banco Bilbao Vizcaya", "Compagnie Generale d'Electricite").
    static let companyOpeners: Set<String> = [
        "Societe", "Société", "Compagnie", "Cie", "Banco", "Banque", "Banca", "Groupe", "Grupo", "Gruppo", "Caisse",
        "Sociedad", "Compania", "Compañía", "Companhia", "Communaute", "Fonds", "Istituto", "Instituto",
    ]

    /// Lower-case connectors inside such names ("Societe Bancaire du Liban").
    static let companyConnectors: Set<String> = ["de", "du", "des", "del", "della", "di", "do", "da", "dos", "y", "e", "et"]

    /// Agreements known by an acronym, never organizations.
    static let agreementAcronyms: Set<String> = ["NAFTA", "TPP", "CPTPP", "CAFTA", "TTIP", "CETA", "USMCA", "RCEP", "SALT", "INF"]

    /// Lower-case nouns that make the name before them the name of an agreement or a policy
    /// ("the Louvre accord", "the Plaza agreement").
    static let agreementNouns: Set<String> = ["accord", "accords", "agreement", "pact", "treaty"]

    /// Capitalized last words that make a name the name of an agreement, a round of negotiations, a law or a
    /// programme or a policy ("the Plaza Accord", "the Uruguay Round", "the Marshall Plan", "the Export Enhancement
    /// Program", "the Common Agricultural Policy"), not of a body; unless the name says what it is of, for or on ("the
    /// Office of Civilian Health and Medical Program", "the Institute for Public Policy", "the National Commission on
    /// Dairy Policy"). Not "Pact" (the Warsaw Pact is an alliance) nor "Programme" (the UN Development Programme is
    /// an agency).
    static let agreementHeads: Set<String> = [
        "Accord", "Accords", "Agreement", "Treaty", "Round", "Initiative", "Doctrine", "Protocol", "Declaration", "Act",
        "Plan", "Program", "Policy",
    ]

    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter else { return false }
        return word.unicodeScalars.allSatisfy { $0.isAlphabeticLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// "al-Sabah", "Al-Atassi", "el-Din": an Arabic article joined to a name.
    static func hasArticlePrefix(_ word: String) -> Bool {
        for prefix in ["al-", "Al-", "el-", "El-"] where word.hasPrefix(prefix) {
            return word.dropFirst(3).first?.isUppercaseLetter == true
        }
        // "Giscard d'Estaing", "Valerie d'Alembert": an elided French particle glued to the name.
        for prefix in ["d'", "d’"] where word.hasPrefix(prefix) {
            return word.dropFirst(2).first?.isUppercaseLetter == true
        }
        return false
    }

    static func apply(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        var result = namesBeforeTickers(mentions, document)
        result = joinNameParticles(result, document)
        result = attachNameTitles(result, document)
        result = titlesOfPlaces(result, document)
        result = possessiveCompanyNames(result, document)
        result = joinCompanyConjunctions(result, document)
        result = retypeForeignCompanies(result, document)
        result = dropAgreements(result, document)
        result = retypeNamesOfPeople(result, document)
        result = splitNamesJoinedByOf(result, document)
        result = splitPartyMembers(result, document)
        return result
    }

    /// A city or region the gazetteers know ("Tokyo", "Rhode Island", "Cleveland").
    static func isKnownPlace(_ text: String) -> Bool {
        if CityGazetteer.contains(text) { return true }
        let categories = FeatureGazetteer.shared.categories(of: text)
        return categories.contains(.city) || categories.contains(.region)
    }

    /// Words for a member of a party after the place they represent ("Rhode Island Democrat").
    static let partyMembers: Set<String> = ["Democrat", "Republican"]

    /// "Rhode Island Democrat", "Kansas Republican": a place and a party member tagged as one
    /// organization; the place is kept, the member is not a name.
    static func splitPartyMembers(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        return mentions.flatMap { m -> [EntityMention] in
            guard m.kind != .person, m.tokenRange.count >= 2,
                  let member = m.tokenRange.dropFirst().first(where: { partyMembers.contains(tokens[$0].text) }) else { return [m] }
            let place = m.tokenRange.lowerBound..<member, rest = (member + 1)..<m.tokenRange.upperBound
            guard isKnownPlace(document.substring(tokens[place.lowerBound].start, tokens[place.upperBound - 1].end)) else { return [m] }
            // "Rhode Island Democrat Fernand St Germain": the member's name after the word.
            if rest.count >= 2, tokens[rest].allSatisfy({ isNameWord($0.text) || $0.text.hasSuffix(".") && $0.text.count <= 3 }) {
                return [MentionRepair.make(document, place, m.sentenceIndex, .location), MentionRepair.make(document, rest, m.sentenceIndex, .person)]
            }
            return rest.isEmpty ? [MentionRepair.make(document, place, m.sentenceIndex, .location)] : [m]
        }
    }

    /// Organization spans that run over "of" between two names:
    /// - "Terumo Corp of Tokyo": a company's legal form, "of" and a known city: the company and the city;
    /// - "Imad Bata of Finance and Credit Corp of Jordan": a name without an organization word, "of", and a
    ///   company's name (legal form or company opener): the person (two or three words) or company before, and the company.
    static func splitNamesJoinedByOf(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        return mentions.flatMap { m -> [EntityMention] in
            guard m.kind == .organization, m.tokenRange.count >= 3,
                  let of = m.tokenRange.dropFirst().first(where: { tokens[$0].text == "of" }), of + 1 < m.tokenRange.upperBound else { return [m] }
            let head = m.tokenRange.lowerBound..<of, tail = (of + 1)..<m.tokenRange.upperBound
            let headWords = tokens[head].map(\.text), tailWords = tokens[tail].map(\.text)
            let tailText = document.substring(tokens[tail.lowerBound].start, tokens[tail.upperBound - 1].end)
            if legalForms.contains(headWords[headWords.count - 1]), isKnownPlace(tailText) {
                return [MentionRepair.make(document, head, m.sentenceIndex, .organization), MentionRepair.make(document, tail, m.sentenceIndex, .location)]
            }
            let tailIsCompany = companyOpeners.contains(tailWords[0]) || tailWords.contains(where: { legalForms.contains($0) })
            let headIsName = headWords.allSatisfy { isNameWord($0) && !Titles.isTitleWord($0) && CountryTable.shared.lookupAny($0) == nil }
                && !headWords.contains(where: { MentionRepair.isBodyNameEnd($0)
                    || ResolutionState.headWords.contains($0) || MentionRepair.nonPersonHeads.contains($0) || ["Industries", "Bancorp", "Trust"].contains($0) })
            // Not "Benihana of Tokyo Inc", "Audi of America Inc": a place after "of" is part of the company's name.
            guard tailIsCompany, headIsName, (2...3).contains(headWords.count), CountryTable.shared.lookupAny(tailWords[0]) == nil,
                  !isKnownPlace(tailWords[0]) else { return [m] }
            return [MentionRepair.make(document, head, m.sentenceIndex, .person),
                    MentionRepair.make(document, tail, m.sentenceIndex, .organization)]
        }
    }

    /// Words that never follow a true possessive, so that "X's" before them is a name ("Moody's said",
    /// "rated by Moody's and Standard and Poor's.", "McDonald's, which").
    static let afterPossessiveName: Set<String> = [
        "said", "says", "say", "has", "had", "is", "was", "will", "would", "could", "also", "and", "or", ",", ".", ")", ";",
        "rates", "rated", "cut", "lowered", "raised", "downgraded", "upgraded", "affirmed", "placed", "confirmed",
        "reported", "expects", "announced", "Investors", "Investor", "Corp", "Corp.", "Inc", "Inc.", "Co", "Co.",
    ]

    /// The words of `afterPossessiveName` that are verbs.
    static let possessiveVerbs: Set<String> = [
        "said", "says", "say", "has", "had", "is", "was", "will", "would", "could", "rates", "rated", "cut", "lowered",
        "raised", "downgraded", "upgraded", "affirmed", "placed", "confirmed", "reported", "expects", "announced",
    ]

    /// "Moody's", "McDonald's", "Standard and Poor's": a name written with a possessive where no
    /// possessive can stand (before a verb or a comma) is a company's name, "'s" included, wherever the
    /// article writes it so.
    static func possessiveCompanyNames(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        func possessive(_ t: Int) -> Bool { t < tokens.count && (tokens[t].text == "'s" || tokens[t].text == "’s") }
        // The name without a possessive the tagger took into the span.
        func core(_ m: EntityMention) -> Range<Int> {
            m.tokenRange.count > 1 && possessive(m.tokenRange.upperBound - 1) ? m.tokenRange.lowerBound..<(m.tokenRange.upperBound - 1) : m.tokenRange
        }
        func text(_ r: Range<Int>) -> String { document.substring(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end) }
        var names: Set<String> = []
        for m in mentions {
            let name = core(m)
            // Two words at most, or an "and" company of three ("Standard and Poor's").
            let andName = name.count == 3 && (tokens[name.lowerBound + 1].text == "and" || tokens[name.lowerBound + 1].text == "&")
            guard name.count <= 2 || andName, possessive(name.upperBound), name.upperBound + 1 < tokens.count,
                  afterPossessiveName.contains(tokens[name.upperBound + 1].text) else { continue }
            // A person's full name stays a person's ("Burt Sugarman's and ..."); a one-word name tagged as a
            // person needs a verb after the possessive ("McDonald's said").
            if m.kind == .person, name.count == 2 || !possessiveVerbs.contains(tokens[name.upperBound + 1].text) { continue }
            let written = text(name)
            guard CountryTable.shared.lookupAny(written) == nil, !CityGazetteer.contains(written) else { continue }
            names.insert(written)
        }
        guard !names.isEmpty else { return mentions }
        // A name the article also writes without the possessive ("Wainoco said", "Wainoco's shares") is not one.
        for m in mentions where !possessive(core(m).upperBound) { names.remove(text(core(m))) }
        return mentions.map { m in
            let name = core(m)
            guard possessive(name.upperBound), names.contains(text(name)) else {
                return name == m.tokenRange ? m : MentionRepair.make(document, name, m.sentenceIndex, m.kind)
            }
            // "Standard and Poor's Corp": a legal form after the possessive is part of the name.
            var upper = name.upperBound + 1
            while upper < tokens.count, legalForms.contains(tokens[upper].text), document.sentenceIndex(ofToken: upper) == m.sentenceIndex { upper += 1 }
            return MentionRepair.make(document, name.lowerBound..<upper, m.sentenceIndex, .organization)
        }
    }

    /// Replaces the mentions overlapping `range` by one mention of `kind` over it.
    static func replace(_ mentions: inout [EntityMention], _ range: Range<Int>, _ kind: EntityKind, _ document: Document) {
        let sentence = document.sentenceIndex(ofToken: range.lowerBound)
        mentions.removeAll { $0.tokenRange.overlaps(range) }
        let index = mentions.firstIndex { $0.tokenRange.lowerBound >= range.upperBound } ?? mentions.count
        mentions.insert(MentionRepair.make(document, range, sentence, kind), at: index)
    }

    /// "Alwaleed" "bin" "Talal", "Abdul Mou'men" "Al-Atassi": a person's name goes on over name
    /// particles and article-prefixed names, taking in what the tagger tagged there.
    static func joinNameParticles(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        var result = mentions
        var i = 0
        while i < result.count {
            let mention = result[i]
            i += 1
            guard mention.kind == .person else { continue }
            let sentenceEnd = document.sentences[mention.sentenceIndex].tokenRange.upperBound
            var end = mention.tokenRange.upperBound
            while end < sentenceEnd {
                let word = document.tokens[end].text
                if hasArticlePrefix(word) { end += 1; continue }
                guard particles.contains(word) else { break }
                var next = end + 1
                if next < sentenceEnd, particles.contains(document.tokens[next].text), !["Ibn", "Bin", "Bint"].contains(document.tokens[next].text) { next += 1 }
                guard next < sentenceEnd, isNameWord(document.tokens[next].text) || hasArticlePrefix(document.tokens[next].text),
                      CountryTable.shared.lookupAny(document.tokens[next].text) == nil else { break }
                end = next + 1
            }
            // A mention the name runs into is part of it ("bin" "Talal" tagged as a place). Mentions are
            // in token order, so only the ones after this mention that start before the end are read.
            var k = i
            while k < result.count, result[k].tokenRange.lowerBound < end {
                if result[k].tokenRange.lowerBound >= mention.tokenRange.upperBound { end = max(end, result[k].tokenRange.upperBound) }
                k += 1
            }
            guard end > mention.tokenRange.upperBound else { continue }
            replace(&result, mention.tokenRange.lowerBound..<end, .person, document)
            i = result[(i - 1)...].firstIndex { $0.tokenRange.lowerBound >= end } ?? result.count
        }
        return result
    }

    /// "Prince" "Sultan ibn Abdulaziz", "King" "Fahd": a royal or clerical title just before a name
    /// is part of it. A name tagged as something else after such a title is a person.
    static func attachNameTitles(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        var result = mentions
        let covered = Set(mentions.flatMap { Array($0.tokenRange) })
        for (index, mention) in mentions.enumerated() {
            let sentenceStart = document.sentences[mention.sentenceIndex].tokenRange.lowerBound
            var start = mention.tokenRange.lowerBound
            let words = document.tokens[mention.tokenRange].map(\.text)
            func titleBefore(_ s: Int) -> Bool {
                guard s - 1 >= sentenceStart, !covered.contains(s - 1) || s - 1 >= mention.tokenRange.lowerBound else { return false }
                let previous = document.tokens[s - 1].text
                return Titles.nameTitles.contains(previous) || Titles.nameTitles.contains(previous + " " + document.tokens[s].text)
            }
            while titleBefore(start) { start -= 1 }
            guard start < mention.tokenRange.lowerBound else { continue }
            if mention.kind != .person {
                // "King Hassan" tagged as a place; not "King World Productions Inc".
                guard words.count <= 3, words.allSatisfy({ isNameWord($0) || particles.contains($0) || hasArticlePrefix($0) }),
                      !words.contains(where: MentionRepair.isBodyNameEnd),
                      CountryTable.shared.lookupAny(mention.text) == nil, !CityGazetteer.contains(mention.text) else { continue }
            }
            result[index] = MentionRepair.make(document, start..<mention.tokenRange.upperBound, mention.sentenceIndex, .person)
        }
        return result
    }

    /// "the Emir of Kuwait", "the Prince of Wales", "the Duke of Edinburgh": a royal title of a country or
    /// place names a person, whatever the tagger made of the words (the country goes into the name).
    static func titlesOfPlaces(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result = mentions
        for t in tokens.indices where t + 2 < tokens.count && tokens[t + 1].text == "of" && Titles.nameTitles.contains(tokens[t].text) {
            var start = t
            if t > 0, Titles.nameTitleOpeners.contains(tokens[t - 1].text), Titles.nameTitles.contains(tokens[t - 1].text + " " + tokens[t].text) { start = t - 1 }
            let sentence = document.sentences[document.sentenceIndex(ofToken: t)].tokenRange
            // The place: one to three capitalized words.
            var end = t + 2
            while end < sentence.upperBound, end - (t + 2) < 3, isNameWord(tokens[end].text) { end += 1 }
            guard end > t + 2 else { continue }
            var placeEnd = end
            func text(_ r: Range<Int>) -> String { document.substring(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end) }
            while placeEnd > t + 2, CountryTable.shared.lookupAny(text((t + 2)..<placeEnd)) == nil && !isKnownPlace(text((t + 2)..<placeEnd)) { placeEnd -= 1 }
            guard placeEnd > t + 2, placeEnd == end || !isNameWord(tokens[placeEnd].text) else { continue }
            // Not inside a longer name ("Bank of the Emir of ...", "King of Prussia Mall").
            if result.contains(where: { $0.tokenRange.overlaps(start..<placeEnd) && ($0.tokenRange.lowerBound < start || $0.tokenRange.upperBound > placeEnd) }) { continue }
            replace(&result, start..<placeEnd, .person, document)
        }
        return result
    }

    /// "Procter" "and" "Gamble Co", "Standard and Poor's Corp", "Johnson and Johnson", "Pope, Evans and
    /// Robbins Inc": one company whose name holds "and" or "&". The part after the conjunction ends with
    /// a legal form or repeats the first part; the first part is never written alone in the article.
    /// Later short forms ("Procter and Gamble") join the same way.
    static func joinCompanyConjunctions(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result = mentions
        var joinedNames: [[String]] = []
        // Whether a word stands anywhere outside an "X and Y" pair, or next to another word of the same
        // name ("Pope Evans" for "Pope, Evans and Robbins Inc") (asked only of candidates).
        func standsAlone(_ word: String, besides companions: Set<String> = []) -> Bool {
            tokens.indices.contains { t in
                guard tokens[t].text == word else { return false }
                let next = t + 1 < tokens.count ? tokens[t + 1].text : ""
                let previous = t > 0 ? tokens[t - 1].text : ""
                return !["and", "&", ","].contains(next) && !["and", "&"].contains(previous)
                    && !companions.contains(next) && !companions.contains(previous)
            }
        }
        for mention in mentions where mention.kind == .organization {
            let range = mention.tokenRange
            let words = tokens[range].map(\.text)
            guard range.lowerBound >= 2, ["and", "&"].contains(tokens[range.lowerBound - 1].text) else { continue }
            var start = range.lowerBound - 2
            let left = tokens[start].text
            guard isNameWord(left), CountryTable.shared.lookupAny(left) == nil, !ResolutionState.isAcronym(left) else { continue }
            // "Standard and Poor's": a possessive name ends a company's name as a legal form does.
            let endsLegally = words.count >= 2 && (legalForms.contains(words[words.count - 1]) || ["'s", "’s"].contains(words[words.count - 1]))
            guard endsLegally || words == [left] else { continue }
            let sentenceStart = document.sentences[mention.sentenceIndex].tokenRange.lowerBound
            // "Pope, Evans and Robbins Inc": a list of names before the conjunction.
            var listStart = start
            while listStart - 2 >= sentenceStart, tokens[listStart - 1].text == ",", isNameWord(tokens[listStart - 2].text),
                  !Titles.honorifics.contains(tokens[listStart - 2].text) { listStart -= 2 }
            let companions = Set(stride(from: listStart, through: start, by: 2).map { tokens[$0].text } + [words[0]])
            guard !standsAlone(left, besides: companions) else { continue }
            while start > listStart, !standsAlone(tokens[start - 2].text, besides: companions) { start -= 2 }
            guard start >= sentenceStart else { continue }
            // The left part must not be a company of its own ("Sony Corp and Matsushita Electric Co").
            if let leftMention = result.first(where: { $0.tokenRange.contains(start) }),
               leftMention.tokenRange.lowerBound < start || tokens[leftMention.tokenRange].contains(where: { legalForms.contains($0.text) }) { continue }
            joinedNames.append(tokens[start..<range.lowerBound].map(\.text) + [words[0]])
            // "Pope Evans" for "Pope, Evans and Robbins Inc": the names before the conjunction.
            if range.lowerBound - start >= 4 { joinedNames.append(stride(from: start, to: range.lowerBound, by: 2).map { tokens[$0].text }) }
            replace(&result, start..<range.upperBound, .organization, document)
        }
        // "Samuel Montagu and Co Ltd", "S.G. Warburg and Co": a name, "and Co" and any legal form after it.
        for mention in result where mention.kind == .person || mention.kind == .organization {
            var end = mention.tokenRange.upperBound
            guard end + 1 < tokens.count, ["and", "&"].contains(tokens[end].text), ["Co", "Co."].contains(tokens[end + 1].text),
                  document.sentenceIndex(ofToken: end + 1) == mention.sentenceIndex else { continue }
            end += 2
            while end < tokens.count, legalForms.contains(tokens[end].text), document.sentenceIndex(ofToken: end) == mention.sentenceIndex { end += 1 }
            replace(&result, mention.tokenRange.lowerBound..<end, .organization, document)
        }
        // "Johnson and Johnson", "Johnson & Johnson": a name joined to itself.
        var t = 2
        while t < tokens.count {
            if ["and", "&"].contains(tokens[t - 1].text), tokens[t].text == tokens[t - 2].text, isNameWord(tokens[t].text),
               !standsAlone(tokens[t].text), !result.contains(where: { $0.kind == .organization && $0.tokenRange.contains(t) && $0.tokenRange.count > 3 }),
               document.sentenceIndex(ofToken: t - 2) == document.sentenceIndex(ofToken: t) {
                replace(&result, (t - 2)..<(t + 1), .organization, document)
            }
            t += 1
        }
        // "S and P": two capital letters joined, one of them tagged as an organization.
        for t in tokens.indices.dropFirst() where t + 1 < tokens.count && (tokens[t].text == "and" || tokens[t].text == "&") {
            let left = tokens[t - 1].text, right = tokens[t + 1].text
            guard left.count == 1, right.count == 1, left.first!.isUppercaseLetter, right.first!.isUppercaseLetter,
                  document.sentenceIndex(ofToken: t - 1) == document.sentenceIndex(ofToken: t + 1),
                  result.contains(where: { $0.kind == .organization && ($0.tokenRange.contains(t - 1) || $0.tokenRange.contains(t + 1)) }) else { continue }
            // "G and H Technologies Inc": the name goes on over the organization after it.
            var upper = t + 2
            while upper < tokens.count, isNameWord(tokens[upper].text) || legalForms.contains(tokens[upper].text),
                  document.sentenceIndex(ofToken: upper) == document.sentenceIndex(ofToken: t) { upper += 1 }
            replace(&result, (t - 1)..<upper, .organization, document)
        }
        // Short forms written later: the same words without the legal form.
        for name in joinedNames {
            var t = 0
            while t + name.count <= tokens.count {
                let span = t..<(t + name.count)
                if tokens[span].map(\.text) == name, !result.contains(where: { $0.kind == .organization && $0.tokenRange.contains(span.lowerBound) && $0.tokenRange.count > name.count }),
                   document.sentenceIndex(ofToken: span.lowerBound) == document.sentenceIndex(ofToken: span.upperBound - 1) {
                    var upper = span.upperBound
                    if let tail = result.first(where: { $0.tokenRange.lowerBound < upper && $0.tokenRange.upperBound > upper }) { upper = tail.tokenRange.upperBound }
                    replace(&result, span.lowerBound..<upper, .organization, document)
                    t = upper
                } else {
                    t += 1
                }
            }
        }
        return result
    }

    /// "Societe Generale" tagged as a person, "Societe Bancaire" "du" "Liban" as two places, "Rheinau GmbH"
    /// without "Rhein-Chemie": names that open with a company word or end with a legal form are
    /// organizations, and run on over "de"/"du" and a following name.
    static func retypeForeignCompanies(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result = mentions
        var i = 0
        while i < result.count {
            let mention = result[i]
            i += 1
            let words = tokens[mention.tokenRange].map(\.text)
            let opens = companyOpeners.contains(words[0]) && words.count >= 2
                || companyOpeners.contains(words[0]) && mention.tokenRange.upperBound < tokens.count && companyConnectors.contains(tokens[mention.tokenRange.upperBound].text)
            let endsLegally = words.count >= 2 && foreignLegalForms.contains(words[words.count - 1])
            guard opens || endsLegally else { continue }
            let sentence = document.sentences[mention.sentenceIndex].tokenRange
            var lower = mention.tokenRange.lowerBound, upper = mention.tokenRange.upperBound
            if opens {
                // "... du Liban", "... de Paris", "... d'Electricite".
                while upper + 1 < sentence.upperBound, companyConnectors.contains(tokens[upper].text), isNameWord(tokens[upper + 1].text) {
                    upper += 2
                    while upper < sentence.upperBound, isNameWord(tokens[upper].text), !legalForms.contains(tokens[upper].text) || upper + 1 == sentence.upperBound { upper += 1 }
                }
                while upper < sentence.upperBound, tokens[upper].text.hasPrefix("d'") || tokens[upper].text.hasPrefix("d’") { upper += 1 }
            }
            if endsLegally {
                // "Rhein-Chemie" "Rheinau GmbH": capitalized words just before, not a sentence opener.
                while lower - 1 > sentence.lowerBound, isNameWord(tokens[lower - 1].text),
                      !Titles.isTitleWord(tokens[lower - 1].text), CountryTable.shared.lookupAny(tokens[lower - 1].text) == nil {
                    // A word the tagger left out, or a name it tagged on its own ("Rhein-Chemie" as MISC).
                    if let before = result.first(where: { $0.tokenRange.contains(lower - 1) }) {
                        guard before.kind != .person, before.tokenRange.upperBound == lower,
                              CountryTable.shared.lookupAny(before.text) == nil else { break }
                        lower = before.tokenRange.lowerBound
                    } else {
                        lower -= 1
                    }
                }
            }
            guard mention.kind != .organization || lower..<upper != mention.tokenRange else { continue }
            replace(&result, lower..<upper, .organization, document)
            i = result.firstIndex { $0.tokenRange.lowerBound >= upper } ?? result.count
        }
        return result
    }

    /// "a joint venture with Thomson-CSF <TCSF.PA> of France": the name just before a Reuters stock
    /// ticker is a company's, whatever the tagger made of it.
    static func namesBeforeTickers(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result = mentions
        for t in tokens.indices where t > 0 && tokens[t].text.utf8.first == 60 && tokens[t].text.utf8.last == 62 && tokens[t].text.utf8.count > 2 {
            let sentence = document.sentences[document.sentenceIndex(ofToken: t)].tokenRange
            var start = t
            while start - 1 >= sentence.lowerBound {
                let word = tokens[start - 1].text
                if isNameWord(word) || word.first?.isNumber == true && start < t { start -= 1; continue }
                if ["and", "&", "of", "de"].contains(word), start < t, start - 2 >= sentence.lowerBound, isNameWord(tokens[start - 2].text) { start -= 2; continue }
                break
            }
            // The sentence's first word may be an ordinary word ("Shares ...").
            guard start < t, start > sentence.lowerBound || t - start == 1 else { continue }
            let span = start..<t
            let inside = result.filter { $0.tokenRange.overlaps(span) }
            if inside.contains(where: { $0.tokenRange.lowerBound < span.lowerBound || $0.kind == .organization && $0.tokenRange == span }) { continue }
            let text = document.substring(tokens[span.lowerBound].start, tokens[span.upperBound - 1].end)
            guard CountryTable.shared.lookupAny(text) == nil, !Titles.isTitleWord(tokens[span.lowerBound].text) else { continue }
            replace(&result, span, .organization, document)
        }
        return result
    }

    /// "Fernand St. Germain ... St. Germain said", with the second tagged as an organization: a name
    /// that is the last words of a person's full name in the article is that person; and a "person"
    /// that is the first words of an organization's name is that organization.
    static func retypeNamesOfPeople(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let people = mentions.filter { $0.kind == .person && $0.tokenRange.count >= 3 }.map { tokens[$0.tokenRange].map(\.text) }
        let organizations = mentions.filter { $0.kind == .organization && $0.tokenRange.count >= 3 }.map { tokens[$0.tokenRange].map(\.text) }
        guard !people.isEmpty || !organizations.isEmpty else { return mentions }
        return mentions.map { m in
            // "King World" after "King World Productions Inc": the company's short form, not a person.
            if m.kind == .person, m.tokenRange.count >= 2 {
                let words = tokens[m.tokenRange].map(\.text)
                if organizations.contains(where: { $0.count > words.count && Array($0.prefix(words.count)) == words }) {
                    return MentionRepair.make(document, m.tokenRange, m.sentenceIndex, .organization)
                }
            }
            guard m.kind != .person, m.tokenRange.count >= 2 else { return m }
            let words = tokens[m.tokenRange].map(\.text)
            guard people.contains(where: { $0.count > words.count && Array($0.suffix(words.count)) == words }) else { return m }
            return MentionRepair.make(document, m.tokenRange, m.sentenceIndex, .person)
        }
    }

    /// "the Louvre accord", "the Plaza Accord", "NAFTA": names of agreements are not organizations (nor places). A
    /// name that is only ever written before "accord" or "agreement" names the agreement, as does a name ending in
    /// one of `agreementHeads`, and so does the acronym the text gives such a name ("Export Enhancement Program
    /// (EEP)").
    /// "the Uruguay Round of GATT" keeps the body after "Round of".
    static func dropAgreements(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        func beforeAgreementNoun(_ m: EntityMention) -> Bool {
            m.tokenRange.upperBound < tokens.count && agreementNouns.contains(tokens[m.tokenRange.upperBound].text)
        }
        var agreementOnly: [String: Bool] = [:]
        for m in mentions where m.kind != .person {
            agreementOnly[m.text] = (agreementOnly[m.text] ?? true) && beforeAgreementNoun(m)
        }
        var kept: [EntityMention] = []
        var acronyms: Set<String> = []
        for m in mentions {
            // Of any type: "Marshall Plan" may come tagged as a person.
            if m.tokenRange.count >= 2 {
                let words = tokens[m.tokenRange].map(\.text)
                if agreementHeads.contains(words[words.count - 1]), !words.contains(where: { ["of", "for", "on"].contains($0) }),
                   CountryTable.shared.lookupAny(m.text) == nil {
                    // Only an acronym the text gives the name: "Greater London Act" does not make "GLA" an act.
                    let after = m.tokenRange.upperBound
                    if after + 1 < tokens.count, tokens[after].text == "(",
                       tokens[after + 1].text == ResolutionState.initials(of: words.joined(separator: " ")) {
                        acronyms.insert(tokens[after + 1].text)
                    }
                    continue
                }
                if let k = words.indices.first(where: { words[$0] == "Round" }), k + 2 < words.count, words[k + 1] == "of",
                   words[k + 2].first?.isUppercaseLetter == true {
                    let rest = (m.tokenRange.lowerBound + k + 2)..<m.tokenRange.upperBound
                    kept.append(MentionRepair.make(document, rest, m.sentenceIndex, m.kind))
                    continue
                }
            }
            kept.append(m)
        }
        return kept.filter { m in
            if agreementAcronyms.contains(m.text) { return false }
            if m.kind != .person, m.tokenRange.count == 1, acronyms.contains(m.text) { return false }
            guard m.kind != .person, agreementOnly[m.text] == true, !ResolutionState.isAcronym(m.text) else { return true }
            return CountryTable.shared.lookupAny(m.text) != nil || CityGazetteer.contains(m.text)
        }
    }
}

/// Sentences for one naming rule, from which tests are generated (as for the extractors' patterns):
/// each must-match example must yield every entity listed ("Person|King Hussein"), each
/// must-not-match example must yield none of those listed.
struct NameRuleExamples: Sendable {
    let rule: String
    let mustMatch: [PatternExample]
    let mustNotMatch: [PatternExample]

    /// An entity as the examples list it: "Type|Name".
    static func summary(of entity: LocalEntity) -> String { "\(entity.type.rawValue)|\(entity.name)" }
}

extension NameFormation {
    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "an elided French particle stays in the name", mustMatch: [
            PatternExample("The concert was attended by former French president Valery Giscard d'Estaing and his wife.", ["Person|Valery Giscard d'Estaing"]),
        ], mustNotMatch: [
            PatternExample("The concert was attended by former French president Valery Giscard d'Estaing and his wife.", ["Person|Valery Giscard"]),
        ]),
        NameRuleExamples(rule: "royal and clerical titles stay in the name", mustMatch: [
            PatternExample("Jordan's King Hussein met Crown Prince Hassan in Amman on Monday.", ["Person|King Hussein", "Person|Crown Prince Hassan"]),
            PatternExample("Pope John Paul will visit Chile next month, the Vatican said.", ["Person|Pope John Paul"]),
            PatternExample("Kuwait's Foreign Minister Sheikh Sabah al-Ahmed al-Sabah told the cabinet he had found support.",
                           ["Person|Sheikh Sabah al-Ahmed al-Sabah"]),
            PatternExample("The daily reported Prince Sultan ibn Abdulaziz as saying King Fahd would decide.",
                           ["Person|Prince Sultan ibn Abdulaziz", "Person|King Fahd"]),
        ], mustNotMatch: [
            PatternExample("Western Union said John Pope Jr has been elected president of the company.", ["Person|Pope", "Person|Pope John Pope Jr"]),
            PatternExample("Mr Blair met President Reagan in Washington on Tuesday.", ["Person|Mr Blair", "Person|President Reagan"]),
            PatternExample("King World Productions Inc said it began buying back its shares.", ["Person|King World Productions Inc", "Person|World Productions Inc"]),
        ]),
        NameRuleExamples(rule: "a surname written with its particle capitalized joins the full name", mustMatch: [
            PatternExample("Dutch film director Theo van Gogh was shot dead in Amsterdam on Tuesday, police said. Van Gogh had received death threats after his film was shown on television.",
                           ["Person|Theo van Gogh"]),
            PatternExample("Dutch Finance Minister Gerrit de Vries said on Monday the government would cut spending. De Vries told reporters in The Hague the budget would be balanced next year.",
                           ["Person|Gerrit de Vries"]),
        ], mustNotMatch: [
            PatternExample("Dutch film director Theo van Gogh was shot dead in Amsterdam on Tuesday, police said. Van Gogh had received death threats after his film was shown on television.",
                           ["Person|Van Gogh"]),
            PatternExample("Dutch Finance Minister Gerrit de Vries said on Monday the government would cut spending. De Vries told reporters in The Hague the budget would be balanced next year.",
                           ["Person|De Vries"]),
            PatternExample("The singer Van Morrison played in Belfast, where Theo van Gogh was a guest.", ["Person|Theo van Gogh Morrison"]),
        ]),
        NameRuleExamples(rule: "name particles join a name", mustMatch: [
            PatternExample("The bill was approved by President Luiz Inacio Lula da Silva on Tuesday. Lula said it would cut the cost of borrowing.",
                           ["Person|Luiz Inacio Lula da Silva"]),
            PatternExample("The hotel was sold to Prince Alwaleed bin Talal and a unit of HBOS. Prince Alwaleed owns the George V in Paris.",
                           ["Person|Prince Alwaleed bin Talal"]),
            PatternExample("Syrian envoy Abdul Mou'men Al-Atassi wrote to the council.", ["Person|Abdul Mou'men Al-Atassi"]),
        ], mustNotMatch: [
            PatternExample("The bill was approved by President Luiz Inacio Lula da Silva on Tuesday. Lula said it would cut the cost of borrowing.",
                           ["Person|Lula", "Person|Silva"]),
            PatternExample("The hotel was sold to Prince Alwaleed bin Talal and a unit of HBOS. Prince Alwaleed owns the George V in Paris.",
                           ["Person|Alwaleed", "Place|Talal", "Person|Prince Alwaleed"]),
            PatternExample("Belgian minister Paul de Keersmaeker told a news conference in Brussels the talks had failed.", ["Person|Keersmaeker"]),
        ]),
        NameRuleExamples(rule: "companies named with 'and' or '&'", mustMatch: [
            PatternExample("Procter and Gamble Co said its Swiss unit had agreed a venture in Turkey.", ["Organization|Procter and Gamble Co"]),
            PatternExample("Shares of Johnson and Johnson rose sharply today, traders said.", ["Organization|Johnson and Johnson"]),
            PatternExample("The notes are rated A-plus by Standard and Poor's Corp, the bank said.", ["Organization|Standard and Poor's Corp"]),
            PatternExample("Bayer AG said it has acquired Wyrough and Loser Inc of Trenton.", ["Organization|Wyrough and Loser Inc"]),
            PatternExample("The bond is priced at par, joint-lead manager Samuel Montagu and Co Ltd said.", ["Organization|Samuel Montagu and Co Ltd"]),
        ], mustNotMatch: [
            PatternExample("Procter and Gamble Co said its Swiss unit had agreed a venture in Turkey.", ["Person|Procter", "Organization|Gamble Co"]),
            PatternExample("Citizens Bank and Canal Bank agreed to merge.", ["Organization|Citizens Bank and Canal Bank"]),
            PatternExample("Sony Corp and Matsushita Electric Industrial Co agreed on a standard.", ["Organization|Sony Corp and Matsushita Electric Industrial Co"]),
        ]),
        NameRuleExamples(rule: "foreign companies by their legal form", mustMatch: [
            PatternExample("Lead manager Societe Generale said the bond was guaranteed by the state.", ["Organization|Societe Generale"]),
            PatternExample("Mohammed Osman of Societe Bancaire du Liban was elected vice-chairman.", ["Organization|Societe Bancaire du Liban"]),
            PatternExample("Its Mobay Corp subsidiary will transfer its U.S. Rhein-Chemie Rheinau GmbH business.", ["Organization|Rhein-Chemie Rheinau GmbH"]),
            PatternExample("The unit is 75 pct owned by <VDO Adolf Schindling AG>, it said.", ["Organization|VDO Adolf Schindling AG"]),
        ], mustNotMatch: [
            PatternExample("Lead manager Societe Generale said the bond was guaranteed by the state.", ["Person|Societe Generale", "Person|Generale"]),
            PatternExample("The unit is 75 pct owned by <VDO Adolf Schindling AG>, it said.", ["Person|Adolf Schindling", "Organization|Adolf Schindling"]),
        ]),
        NameRuleExamples(rule: "agreements are not organizations", mustMatch: [
            PatternExample("Finance Minister Gerhard Stoltenberg reaffirmed his commitment to the Louvre accord.", ["Person|Gerhard Stoltenberg"]),
            PatternExample("Delegates hope the Uruguay Round of GATT talks will cut farm subsidies, said Clayton Yeutter.",
                           ["Person|Clayton Yeutter"]),
            PatternExample("The Warsaw Pact said its forces would be cut, and the United Nations Development Programme agreed.",
                           ["Organization|United Nations Development Programme"]),
            PatternExample("He said the Greater London Act was clear. The GLA would decide, he said.", ["Organization|GLA"]),
            PatternExample("The Institute for Public Policy said the tax would cut growth.", ["Organization|Institute for Public Policy"]),
            PatternExample("The National Commission on Dairy Policy will report to Congress in June.",
                           ["Organization|National Commission on Dairy Policy"]),
        ], mustNotMatch: [
            PatternExample("Finance Minister Gerhard Stoltenberg reaffirmed his commitment to the Louvre accord.", ["Organization|Louvre", "Place|Louvre"]),
            PatternExample("Mexico said NAFTA had raised its exports.", ["Organization|NAFTA"]),
            PatternExample("Dealers said the Plaza Accord had failed to stop the dollar's fall, Baker told Miyazawa.",
                           ["Organization|Plaza Accord", "Place|Plaza Accord", "Place|Plaza"]),
            PatternExample("Delegates hope the Uruguay Round of GATT talks will cut farm subsidies.",
                           ["Organization|Uruguay Round of GATT", "Organization|Uruguay Round"]),
            PatternExample("Wheat was offered under the Export Enhancement Program (EEP), the USDA said. EEP sales rose.",
                           ["Organization|Export Enhancement Program", "Organization|EEP"]),
            PatternExample("Reagan defended the Strategic Defense Initiative in a speech on Monday.",
                           ["Organization|Strategic Defense Initiative"]),
            PatternExample("EC farm ministers discussed the Common Agricultural Policy in Brussels on Monday.",
                           ["Organization|Common Agricultural Policy"]),
        ]),
        NameRuleExamples(rule: "well-known bodies by their canonical name", mustMatch: [
            PatternExample("The Federal Reserve is expected to add reserves. Economists said the Fed would act.", ["Organization|Federal Reserve"]),
            PatternExample("He regretted that Federal Reserve Board chairman Paul Volcker would leave.", ["Organization|Federal Reserve"]),
            PatternExample("Syria complained to the U.N. about the blockade.", ["Organization|United Nations"]),
            PatternExample("The U.S. Agriculture Department said exports rose, the USDA said in its weekly report.",
                           ["Organization|U.S. Department of Agriculture"]),
        ], mustNotMatch: [
            PatternExample("The U.S. Agriculture Department said exports rose, the USDA said in its weekly report.",
                           ["Organization|USDA", "Organization|U.S. Agriculture Department"]),
            PatternExample("Britain's Treasury said on Monday that borrowing fell in London.", ["Organization|U.S. Department of the Treasury"]),
            PatternExample("The Federal Reserve is expected to add reserves. Economists said the Fed would act.", ["Organization|Fed"]),
            PatternExample("He regretted that Federal Reserve Board chairman Paul Volcker would leave.", ["Organization|Federal Reserve Board"]),
        ]),
        NameRuleExamples(rule: "a list of names before 'and' in a company's name", mustMatch: [
            PatternExample("Pope, Evans and Robbins Inc said it has repurchased 780,000 common shares. Pope Evans has about 7.6 mln shares outstanding.",
                           ["Organization|Pope, Evans and Robbins Inc"]),
        ], mustNotMatch: [
            PatternExample("Pope, Evans and Robbins Inc said it has repurchased 780,000 common shares. Pope Evans has about 7.6 mln shares outstanding.",
                           ["Person|Pope Evans", "Person|Evans", "Organization|Robbins Inc", "Organization|Pope Evans"]),
        ]),
        NameRuleExamples(rule: "possessive company names", mustMatch: [
            PatternExample("McDonald's said its sales rose 8 pct, and McDonald's shares gained.", ["Organization|McDonald's"]),
            PatternExample("The deal was rated AAA by both Moody's and Standard and Poor's.", ["Organization|Standard and Poor's Corp", "Organization|Moody's Investors Service"]),
            PatternExample("The notes are rated A-1 by Moody's and AA by Standard and Poor's Corp. Moody's said the outlook was stable.",
                           ["Organization|Moody's Investors Service", "Organization|Standard and Poor's Corp"]),
        ], mustNotMatch: [
            PatternExample("McDonald's said its sales rose 8 pct, and McDonald's shares gained.", ["Organization|McDonald", "Person|McDonald"]),
            PatternExample("The notes are rated A-1 by Moody's and AA by Standard and Poor's Corp. Moody's said the outlook was stable.",
                           ["Organization|Moody", "Person|Moody"]),
            PatternExample("Reagan's budget plan was sent to Congress on Monday, and Reagan said he would not yield.", ["Organization|Reagan's", "Person|Reagan's"]),
            PatternExample("Analysts said TransCanada's bid signals Dome's creditors that TransCanada's offer is final.", ["Organization|TransCanada's"]),
            PatternExample("Wainoco's shares rose. Wainoco said it had filed a registration, and Wainoco will redeem its notes.",
                           ["Organization|Wainoco said", "Organization|Wainoco will", "Organization|Wainoco's"]),
        ]),
        NameRuleExamples(rule: "a government by the building it sits in", mustMatch: [
            PatternExample("The White House said it would not comment on the report.", ["Organization|White House"]),
            PatternExample("Gorbachev's proposals were backed by the Kremlin on Friday.", ["Organization|Kremlin"]),
        ], mustNotMatch: [
            PatternExample("The White House said it would not comment on the report.", ["Place|White House"]),
        ]),
        NameRuleExamples(rule: "one type per name in an article, from the context that states it", mustMatch: [
            PatternExample("Johnson & Johnson has agreed to buy medical technology firm Guidant for $25.4bn. Guidant is a key producer of heart devices. "
                           + "The firm will pay $76 for each Guidant share.", ["Organization|Guidant"]),
            PatternExample("The loan will finance a track for high speed trains between Paris and Le Mans in western France.", ["Place|Le Mans"]),
            PatternExample("Of the 12 regions, 11 showed stronger growth, with only the Cleveland area falling behind.", ["Place|Cleveland"]),
        ], mustNotMatch: [
            PatternExample("Johnson & Johnson has agreed to buy medical technology firm Guidant for $25.4bn. Guidant is a key producer of heart devices. "
                           + "The firm will pay $76 for each Guidant share.", ["Person|Guidant"]),
            PatternExample("The loan will finance a track for high speed trains between Paris and Le Mans in western France.", ["Organization|Le Mans"]),
            PatternExample("Ford Motor Co said its sales rose. Henry Ford said he was pleased, and Ford shares rose.", ["Organization|Henry Ford", "Person|Ford Motor Co"]),
            PatternExample("U.S. Trade Representative Clayton Yeutter said it was all but certain that the bill would pass.", ["Organization|Clayton Yeutter"]),
            PatternExample("The bid was made by Hollywood producer Burt Sugarman. Sugarman denied it.", ["Organization|Burt Sugarman"]),
        ]),
        NameRuleExamples(rule: "products and works are neither organizations nor people", mustMatch: [
            PatternExample("Britain was expected to offer the Upholder submarine, made by Vickers Plc.", ["Organization|Vickers Plc"]),
        ], mustNotMatch: [
            PatternExample("The children's award went to GameCube bongo rhythm game Donkey Konga.", ["Person|Donkey Konga", "Organization|Donkey Konga"]),
            PatternExample("The originality award was won by PlayStation 2 title Singstar.", ["Organization|Singstar", "Person|Singstar"]),
            PatternExample("Britain was expected to offer the Upholder submarine, made by Vickers Plc.", ["Place|Upholder", "Organization|Upholder"]),
        ]),
        NameRuleExamples(rule: "titles of songs, films and shows are neither people nor organizations", mustMatch: [
            PatternExample("Robert De Niro said the sequel to Meet The Parents would open in June.", ["Person|Robert De Niro"]),
            PatternExample("Paul Simon closed the concert with a slow version of Hey Jude in Dallas.", ["Person|Paul Simon"]),
            PatternExample("The sequel to the Tom Baxter comedy Dinner With Friends opened in 3,000 cinemas.", ["Person|Tom Baxter"]),
        ], mustNotMatch: [
            PatternExample("The sequel to the Tom Baxter comedy Dinner With Friends opened in 3,000 cinemas.",
                           ["Place|Tom Baxter comedy Dinner With Friends", "Person|Tom Baxter comedy Dinner With Friends", "Person|Dinner With Friends"]),
            PatternExample("Paul Simon closed the concert with a slow version of Hey Jude in Dallas.", ["Person|Hey Jude", "Organization|Hey Jude"]),
            PatternExample("The singer opened with Drive My Car and later played Live And Let Die.",
                           ["Person|Drive My Car", "Organization|Drive My Car", "Organization|Live And Let Die", "Person|Live And Let Die"]),
            PatternExample("Comedy Fat Albert slipped to fourth place in the weekend chart.", ["Person|Fat Albert"]),
            PatternExample("Old arcade games such as Frog Hopper, Moon Raiders and Castle Kong still sell well.",
                           ["Person|Moon Raiders", "Person|Castle Kong", "Place|Moon Raiders", "Organization|Castle Kong"]),
            PatternExample("He played the band's numbers Slow Train and Come Home in a short set.", ["Person|Come Home", "Place|Come Home"]),
            PatternExample("The group had a global hit with Summer Rain in 1971.", ["Organization|Summer Rain", "Person|Summer Rain"]),
            PatternExample("Dragon Hunt 2 beat Night Sky to the prize. Dragon Hunt 2 took $80m, and Dragon Hunt 2's makers were pleased.",
                           ["Organization|Dragon Hunt", "Place|Dragon Hunt"]),
        ]),
        NameRuleExamples(rule: "a company by what only a company does or has", mustMatch: [
            PatternExample("Henkel KGaA said its sales rose 5 pct in the first half.", ["Organization|Henkel KGaA"]),
            PatternExample("Alitalia said it would cut 2,000 jobs. Alitalia's rivals have complained to Brussels.", ["Organization|Alitalia"]),
            PatternExample("There is a gap between companies like Electronic Arts and the smaller publishers.", ["Organization|Electronic Arts"]),
        ], mustNotMatch: [
            PatternExample("There is a gap between companies like Electronic Arts and the smaller publishers.", ["Person|Electronic Arts"]),
            PatternExample("Analysts said Spain's Gamesoft, one of Europe's biggest video game publishers, would resist the bid.",
                           ["Place|Gamesoft", "Person|Gamesoft"]),
            PatternExample("Rupert Murdoch, the newspaper publisher, said he would buy the station.", ["Organization|Rupert Murdoch"]),
            PatternExample("Henkel KGaA said its sales rose 5 pct in the first half.", ["Person|Henkel KGaA", "Person|Henkel"]),
            PatternExample("Alitalia said it would cut 2,000 jobs. Alitalia's rivals have complained to Brussels.", ["Person|Alitalia", "Place|Alitalia"]),
            PatternExample("Reagan's aides said he would veto the bill, and Reagan said he was ready.", ["Organization|Reagan"]),
        ]),
        NameRuleExamples(rule: "legal forms, ranks, party labels and cut place names alone are not names", mustMatch: [
            PatternExample("Former aide Lt Col Oliver North refused to testify on Tuesday.", ["Person|Oliver North"]),
            PatternExample("Senator Alan Cranston (D-Cal) said the bill would pass.", ["Person|Alan Cranston"]),
        ], mustNotMatch: [
            PatternExample("Former aide Lt Col Oliver North refused to testify on Tuesday.", ["Organization|Lt", "Person|Lt", "Organization|Lt Col"]),
            PatternExample("Senator Alan Cranston (D-Cal) said the bill would pass.", ["Place|D-Cal", "Organization|D-Cal", "Person|D-Cal"]),
            PatternExample("Analysts said Santa Monica-based Activision was one possible target.", ["Place|Santa", "Person|Santa", "Person|Monica-based Activision"]),
            PatternExample("Bidders include (Paramax Electronics Inc) and (IMP Group), it said.", ["Organization|Inc"]),
            PatternExample("Shipping in the Gulf has been hit since the Iran-Iraq war began.", ["Place|Iran-Iraq", "Organization|Iran-Iraq"]),
            PatternExample("The show avoided any Janet Jackson-style controversy, CBS said.", ["Person|Janet Jackson-style"]),
        ]),
        NameRuleExamples(rule: "a place before a party member is a place", mustMatch: [
            PatternExample("Rhode Island Democrat Fernand St Germain said the bill would pass.", ["Place|Rhode Island"]),
        ], mustNotMatch: [
            PatternExample("Rhode Island Democrat Fernand St Germain said the bill would pass.", ["Organization|Rhode Island Democrat"]),
            PatternExample("The Christian Democrats won the vote, officials in Bonn said.", ["Place|Christian"]),
        ]),
        NameRuleExamples(rule: "names joined by 'of'", mustMatch: [
            PatternExample("<Terumo Corp of Tokyo> has committed 75 mln dlrs to the expansion of its plant.", ["Organization|Terumo Corp", "City|Tokyo"]),
            PatternExample("The board elected Imad Bata of Finance and Credit Corp of Jordan as its chairman.",
                           ["Person|Imad Bata", "Organization|Finance and Credit Corp of Jordan"]),
            PatternExample("Bank of Tokyo Ltd said it would raise its prime rate.", ["Organization|Bank of Tokyo Ltd"]),
            PatternExample("It operates restaurants under license from its parent, <Benihana of Tokyo Inc>.", ["Organization|Benihana of Tokyo Inc"]),
        ], mustNotMatch: [
            PatternExample("It operates restaurants under license from its parent, <Benihana of Tokyo Inc>.", ["Organization|Tokyo Inc", "Organization|Benihana"]),
            PatternExample("<Terumo Corp of Tokyo> has committed 75 mln dlrs to the expansion of its plant.", ["Organization|Terumo Corp of Tokyo"]),
            PatternExample("The board elected Imad Bata of Finance and Credit Corp of Jordan as its chairman.",
                           ["Organization|Imad Bata of Finance and Credit Corp of Jordan"]),
            PatternExample("Bank of Tokyo Ltd said it would raise its prime rate.", ["Organization|Bank", "City|Tokyo Ltd", "City|Tokyo"]),
        ]),
        NameRuleExamples(rule: "a royal title of a place names a person", mustMatch: [
            PatternExample("The Emir of Kuwait said oil prices would rise.", ["Person|Emir of Kuwait"]),
            PatternExample("Guests included Bill Clinton, the King of Belgium and Nelson Mandela.", ["Person|Bill Clinton", "Person|King of Belgium"]),
            PatternExample("The Emir of Kuwait, Sheikh Jaber al-Ahmad al-Sabah, met the cabinet on Sunday.", ["Person|Sheikh Jaber al-Ahmad al-Sabah"]),
        ], mustNotMatch: [
            PatternExample("The Emir of Kuwait said oil prices would rise.", ["Organization|Emir of Kuwait", "Organization|Emir"]),
            PatternExample("The Emir of Kuwait, Sheikh Jaber al-Ahmad al-Sabah, met the cabinet on Sunday.", ["Person|Emir of Kuwait"]),
        ]),
        NameRuleExamples(rule: "names of places after a title word or with a place word", mustMatch: [
            PatternExample("The Canadian province of Prince Edward Island said it would cut taxes. Prince Edward Island has 130,000 people.",
                           ["Place|Prince Edward Island"]),
            PatternExample("The hotel overlooks the River Thames.", ["Place|River Thames"]),
        ], mustNotMatch: [
            PatternExample("The Canadian province of Prince Edward Island said it would cut taxes. Prince Edward Island has 130,000 people.",
                           ["Person|Prince Edward Island", "Organization|Prince Edward Island"]),
            PatternExample("King Soopers Inc, a unit of Dillon Cos, said it would open ten stores. King Soopers said sales rose.",
                           ["Person|King Soopers", "Person|King Soopers Inc"]),
            PatternExample("Team manager Mike Lake said the players were ready.", ["Place|Mike Lake"]),
        ]),
        NameRuleExamples(rule: "companies named by letters joined with 'and'", mustMatch: [
            PatternExample("The notes are rated AAA by S and P, and S and P said the outlook was stable.", ["Organization|Standard and Poor's Corp"]),
            PatternExample("Named in the suit was <G and H Technologies Inc>, it said.", ["Organization|G and H Technologies Inc"]),
        ], mustNotMatch: [
            PatternExample("The notes are rated AAA by S and P, and S and P said the outlook was stable.", ["Organization|S", "Organization|P"]),
            PatternExample("Named in the suit was <G and H Technologies Inc>, it said.", ["Organization|H Technologies Inc", "Organization|G and H"]),
        ]),
        NameRuleExamples(rule: "no sentence break after a title abbreviation", mustMatch: [
            PatternExample("Nebraska Republican Reps. Doug Bereuter and Hal Daub were said to be considered.", ["Person|Doug Bereuter", "Person|Hal Daub"]),
            PatternExample("He was asked to replace Democratic Sen. Edward Zorinsky, who died last week.", ["Person|Edward Zorinsky"]),
            PatternExample("A judge dismissed a lawsuit by White House aide Lt. Col. Oliver North on Thursday.", ["Person|Oliver North"]),
        ], mustNotMatch: [
            PatternExample("Nebraska Republican Reps. Doug Bereuter and Hal Daub were said to be considered.", ["Organization|Nebraska Republican Reps", "Person|Reps"]),
            PatternExample("He was asked to replace Democratic Sen. Edward Zorinsky, who died last week.", ["Person|Sen"]),
        ]),
    ]
}
