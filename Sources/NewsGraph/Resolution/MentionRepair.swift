/// Corrects the tagger's spans and coarse types before resolution, using only the article itself:
/// each rule fixes one kind of tagger mistake that would otherwise create a wrong node.
enum MentionRepair {
    /// Words that end the name of an agreement or a body, never a person ("Trans-Pacific Partnership").
    static let nonPersonHeads: Set<String> = [
        "Partnership", "Agreement", "Treaty", "Pact", "Accord", "Accords", "Initiative", "Plan", "Fund", "Party",
        "Union", "Bank", "Council", "Committee", "Corp", "Inc", "Ltd", "Group", "Ministry", "Agency", "Act",
    ]

    /// Last words that make a place-tagged name an organization ("Great Ormond Street Hospital").
    static let institutionHeads: Set<String> = [
        "Hospital", "University", "College", "School", "Institute", "Society", "Commission", "Committee",
        "Ministry", "Department", "Agency", "Association", "Federation", "Foundation", "Corporation", "Company",
        "Party", "Council", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "plc", "Airlines", "Authority",
        "Conservatory", "Conservatoire", "Academy", "RFC", "FC", "Club",
    ]

    /// Last words of treaties and conventions: documents, not organizations or places ("Geneva Convention").
    static let documentHeads: Set<String> = ["Convention", "Conventions", "Treaty", "Protocol", "Charter", "Declaration"]

    /// Words that continue a document's name after its head ("Convention on ...", "Treaty of ...").
    static let documentLinks: Set<String> = ["on", "of", "against", "for"]

    /// Last words of names of events tagged as organizations ("Y Vote Mock Elections").
    static let eventHeads: Set<String> = [
        "Election", "Elections", "Summit", "Olympics", "Games", "Cup", "Championship", "Championships", "Festival",
    ]

    /// Geographic feature words that start a "<feature> of <place>" name ("Gulf of Mexico").
    static let featureWords: Set<String> = ["Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Cape", "Lake", "Gulf", "Port"]

    /// Lower-case words inside personal names ("Renaud Donnedieu de Vabres", "Daniel arap Moi").
    static let nameParticles: Set<String> = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "bin", "ibn", "arap", "y"]

    static func repair(_ document: inout Document) {
        var mentions = document.mentions
        trimTickers(&mentions, document)
        mentions = BracketedCompanyNames.join(mentions, document)
        CommonNounAcronyms.drop(&mentions, document)
        mentions = completeCutNames(mentions, document)
        mentions = joinPossessiveInstitutions(mentions, document)
        mentions = joinParentheticalQualifiers(mentions, document)
        mentions = joinInstitutionsOverAnd(mentions, document)
        mentions = extendDemonymBodies(mentions, document)
        mentions = addNamesAfterGroupNouns(mentions, document)
        mentions = joinPlacesToBodies(mentions, document)
        dropFragments(&mentions, document)
        mentions = splitAtWorkNouns(mentions, document)
        mergeFeatureNames(&mentions, document)
        dropOfficeWords(&mentions, document)
        extendPeopleOverFirstNames(&mentions, document)
        mentions = RegnalNumbers.extend(mentions, document)
        mentions = PartnershipNames.join(mentions, document)
        mentions = NameFormation.apply(mentions, document)
        retype(&mentions, document)
        MentionTypeVote.vote(&mentions, document)
        LoneNames.retype(&mentions, document)
        retypeShortFormsOfCompanies(&mentions, document)
        dropCommonWordsTakenForNames(&mentions, document)
        dropTitlesOfWorks(&mentions, document)
        mentions = splitTitledSpans(mentions, document)
        mentions = splitCoordinatedNames(mentions, document)
        document.mentions = mentions
    }

    static func make(_ document: Document, _ range: Range<Int>, _ sentence: Int, _ kind: EntityKind) -> EntityMention {
        let text = document.substring(document.tokens[range.lowerBound].start, document.tokens[range.upperBound - 1].end)
        return EntityMention(tokenRange: range, sentenceIndex: sentence, kind: kind, text: text)
    }

    /// Lower-case words that join the parts of a name and never end one.
    static let nameConnectors: Set<String> = ["of", "the", "for", "and", "&", "de", "du", "des"]

    /// A name cut after a connector ("the Office of the" | "Deputy Prime Minister"): the tagger stopped at
    /// words it reads as an office. The name goes on over the capitalized words that follow; with none, the
    /// dangling connectors are dropped.
    static func completeCutNames(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count)
        var coveredUpTo = 0
        for mention in mentions {
            let range = mention.tokenRange
            if range.lowerBound < coveredUpTo { continue }
            guard mention.kind == .organization, range.count >= 2, nameConnectors.contains(tokens[range.upperBound - 1].text) else {
                result.append(mention)
                continue
            }
            let sentence = document.sentences[mention.sentenceIndex].tokenRange
            var end = range.upperBound
            while end < sentence.upperBound, let first = tokens[end].text.first, first.isUppercaseLetter, tokens[end].text.count > 1 || first.isLetter { end += 1 }
            if end > range.upperBound {
                result.append(make(document, range.lowerBound..<end, mention.sentenceIndex, mention.kind))
                coveredUpTo = end
                continue
            }
            var trimmed = range.upperBound
            while trimmed > range.lowerBound, nameConnectors.contains(tokens[trimmed - 1].text) { trimmed -= 1 }
            if trimmed > range.lowerBound { result.append(make(document, range.lowerBound..<trimmed, mention.sentenceIndex, mention.kind)) }
        }
        return result
    }

    /// "KLM Royal Dutch Airlines ... KLM said", "Fairmont Hotels & Resorts ... Fairmont said": a one-word name
    /// tagged as a place that opens the name of a company of the same article (legal form or company word
    /// at its end) is that company's short form, when no gazetteer knows it as a place.
    static func retypeShortFormsOfCompanies(_ mentions: inout [EntityMention], _ document: Document) {
        let tokens = document.tokens
        var openers = Set<String>()
        for m in mentions where m.kind == .organization && m.tokenRange.count >= 2 {
            let last = tokens[m.tokenRange.upperBound - 1].text
            let first = tokens[m.tokenRange.lowerBound].text
            // "Bank of Boston Corp" opens with a head word, not a name of its own.
            guard !isHeadWord(first) else { continue }
            if isBodyNameEnd(last) {
                openers.insert(first)
            }
        }
        guard !openers.isEmpty else { return }
        for (index, m) in mentions.enumerated() where m.kind == .location && m.tokenRange.count == 1 && openers.contains(m.text) {
            guard CountryTable.shared.lookupAny(m.text) == nil, !NameFormation.isKnownPlace(m.text) else { continue }
            mentions[index] = EntityMention(tokenRange: m.tokenRange, sentenceIndex: m.sentenceIndex, kind: .organization, text: m.text)
        }
    }

    /// Lower-case nouns after a name that make it a newspaper or a news agency ("the Guardian newspaper").
    static let mediaNouns: Set<String> = ["newspaper", "paper", "magazine", "tabloid", "weekly", "daily"]

    /// Last words of the names of a nation's bodies that open with its adjective ("Scottish Parliament",
    /// "Welsh Assembly", "Scottish Executive").
    static let nationalBodyHeads: Set<String> = [
        "Parliament", "Executive", "Assembly", "Government", "Office", "Ministry", "Army", "Navy", "Police", "Senate",
        "Cabinet", "Commission", "Council", "Party", "Bank", "Treasury", "Court",
    ]

    /// "the Scottish Parliament" tagged "Scottish" alone: a nation's adjective and the capitalized body words that
    /// follow it, that no mention covers, up to a body's head word, are the body's name.
    static func extendDemonymBodies(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let covered = coveredTokens(mentions)
        return mentions.map { m in
            // A one-word miscellaneous name is in practice an adjective of a nation or a region ("Scottish").
            guard m.kind == .misc, m.tokenRange.count == 1, m.text.first?.isUppercaseLetter == true else { return m }
            let sentence = document.sentences[m.sentenceIndex].tokenRange
            var end = m.tokenRange.upperBound, headEnd: Int?
            while end < sentence.upperBound, end - m.tokenRange.upperBound < 3, !covered.contains(end),
                  tokens[end].text.first?.isUppercaseLetter == true, tokens[end].text.allSatisfy(\.isLetter) {
                if nationalBodyHeads.contains(tokens[end].text) { headEnd = end + 1 }
                end += 1
            }
            guard let headEnd else { return m }
            return make(document, m.tokenRange.lowerBound..<headEnd, m.sentenceIndex, .organization)
        }
    }

    /// Lower-case nouns for a band or a group of performers just before its name ("rock band Queen", "boy band
    /// 5ive", "Essex act Prodigy").
    static let groupNouns: Set<String> = ["band", "bands", "group", "duo", "trio", "quartet", "act", "outfit", "supergroup"]

    /// A name the tagger missed after a noun for a band ("rock band Queen", "the band Wings"): the capitalized
    /// words (or a word with a digit, "5ive", "G4") no mention covers, as an organization.
    static func addNamesAfterGroupNouns(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let covered = coveredTokens(mentions)
        func nameWord(_ t: Int) -> Bool {
            let word = tokens[t].text
            guard let first = word.first, first.isUppercaseLetter || first.isNumber && word.contains(where: \.isLetter) else { return false }
            return word != "The" && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } && !Titles.isTitleWord(word) && !Titles.months.contains(word)
                && !Titles.weekdays.contains(word) && CountryTable.shared.lookupAny(word) == nil
        }
        var added: [EntityMention] = []
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokenRange.dropLast() where groupNouns.contains(tokens[t].text) && !covered.contains(t + 1) {
                // "the band The Killers": the article opens the name.
                var start = t + 1
                if tokens[start].text == "The", start + 1 < sentence.tokenRange.upperBound, !covered.contains(start + 1) { start += 1 }
                guard nameWord(start) else { continue }
                var end = start + 1
                while end < sentence.tokenRange.upperBound, end - start < 3, !covered.contains(end), nameWord(end) { end += 1 }
                added.append(make(document, (t + 1)..<end, s, .organization))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }

    /// "Kansas City Federal Reserve Bank" tagged as a place and a body: a place (not a country) written right
    /// before the name of a body whose last word is a body's head is part of that name.
    static func joinPlacesToBodies(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        guard mentions.count >= 2 else { return mentions }
        var result: [EntityMention] = []
        var i = 0
        while i < mentions.count {
            let m = mentions[i]
            if i + 1 < mentions.count, m.kind == .location, mentions[i + 1].kind == .organization,
               mentions[i + 1].tokenRange.lowerBound == m.tokenRange.upperBound, mentions[i + 1].tokenRange.count >= 2,
               CountryTable.shared.lookupAny(m.text) == nil, tokens[m.tokenRange].allSatisfy({ $0.text.first?.isUppercaseLetter == true }),
               let last = tokens[mentions[i + 1].tokenRange].last?.text,
               institutionHeads.contains(last) || RuleBasedTagger.organizationSuffixes.contains(last) {
                result.append(make(document, m.tokenRange.lowerBound..<mentions[i + 1].tokenRange.upperBound, m.sentenceIndex, .organization))
                i += 2
                continue
            }
            result.append(m)
            i += 1
        }
        return result
    }

    /// Last words of names of places that a possessive founder's name opens ("St James's Palace").
    static let possessivePlaceHeads: Set<String> = ["Palace", "Park", "Square", "Cathedral", "Castle", "Abbey", "Church", "Court", "Gardens", "Inn"]

    /// "Guy's Hospital Medical School", "Huck's Landings Nevada Inc", "St James's Palace": a name, a possessive
    /// and a name that ends as an institution, a company or a building does are one name when the article never
    /// writes the first name on its own. A person, country or known place before the possessive owns the
    /// institution instead ("Britain's National Health Service").
    static func joinPossessiveInstitutions(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        guard mentions.count >= 2 else { return mentions }
        var result: [EntityMention] = []
        var skipNext = false
        for (i, left) in mentions.enumerated() {
            if skipNext { skipNext = false; continue }
            guard i + 1 < mentions.count else { result.append(left); continue }
            let right = mentions[i + 1]
            let apostrophe = left.tokenRange.upperBound
            guard left.tokenRange.count <= 2, apostrophe < tokens.count, ["'s", "’s"].contains(tokens[apostrophe].text),
                  right.tokenRange.lowerBound == apostrophe + 1, right.sentenceIndex == left.sentenceIndex,
                  let last = tokens[right.tokenRange].last?.text else { result.append(left); continue }
            let institution = institutionHeads.contains(last) || NameFormation.legalForms.contains(last)
            let building = possessivePlaceHeads.contains(last)
            let leftText = left.text
            let leftLast = tokens[left.tokenRange.upperBound - 1].text
            // "NWA Inc's Northwest Airlines", "BBC One's Fame Academy": a company owns the name after it.
            let owner = isBodyNameEnd(leftLast) || left.kind == .organization && left.tokenRange.count > 1
            guard institution || building, !owner, left.kind != .person || left.tokenRange.count == 1,
                  CountryTable.shared.lookupAny(leftText) == nil, !NameFormation.isKnownPlace(leftText),
                  !FeatureGazetteer.shared.categories(of: leftText).contains(.knownPerson),
                  !FeatureGazetteer.shared.categories(of: leftText).contains(.knownOrganization) else { result.append(left); continue }
            // The first name written anywhere without the possessive after it is a name of its own.
            let firstWord = tokens[left.tokenRange.lowerBound].text
            let writtenAlone = tokens.indices.contains { t in
                tokens[t].text == firstWord && !(t == left.tokenRange.lowerBound)
                    && !(t + left.tokenRange.count < tokens.count && ["'s", "’s"].contains(tokens[t + left.tokenRange.count].text))
            }
            guard !writtenAlone else { result.append(left); continue }
            result.append(make(document, left.tokenRange.lowerBound..<right.tokenRange.upperBound, left.sentenceIndex, institution ? .organization : .location))
            skipNext = true
        }
        return result
    }

    /// "Citicorp Investment Bank (Singapore) Ltd", "Hongkong Land (Holdings) Ltd": a company's name goes on over a
    /// bracketed qualifier when a legal form follows the bracket; the place inside is part of the name.
    static func joinParentheticalQualifiers(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        var result: [EntityMention] = []
        var coveredUpTo = 0
        for mention in mentions {
            if mention.tokenRange.lowerBound < coveredUpTo { continue }
            let open = mention.tokenRange.upperBound
            let sentenceEnd = document.sentences[mention.sentenceIndex].tokenRange.upperBound
            guard mention.kind == .organization || mention.kind == .person, open + 3 < sentenceEnd, tokens[open].text == "(",
                  let close = (open + 2...min(open + 4, sentenceEnd - 2)).first(where: { tokens[$0].text == ")" }),
                  tokens[(open + 1)..<close].allSatisfy({ $0.text.isCapitalizedWord }),
                  NameFormation.legalForms.contains(tokens[close + 1].text) else {
                result.append(mention)
                continue
            }
            result.append(make(document, mention.tokenRange.lowerBound..<(close + 2), mention.sentenceIndex, .organization))
            coveredUpTo = close + 2
        }
        return result
    }

    /// Last words of names of bodies that may hold "and" ("Pew Internet and American Life Project",
    /// "Department for Education and Skills").
    static let andBodyHeads: Set<String> = ["Project", "Centre", "Center", "Institute", "Foundation", "Trust", "Society", "Association", "Council", "Fund", "Programme", "Network", "Commission", "Agency", "Service", "Board"]

    /// Bodies whose names hold "and" cut in two by the tagger: the words before "and" that no mention covers
    /// belong to the body named after it ("Pew Internet and American Life Project"); a department or ministry "of"
    /// or "for" one domain goes on over "and" and the capitalized words no mention covers ("Department for
    /// Education and Skills").
    static func joinInstitutionsOverAnd(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let covered = coveredTokens(mentions)
        func capitalizedFree(_ t: Int, _ sentence: Range<Int>) -> Bool {
            sentence.contains(t) && !covered.contains(t) && tokens[t].text.first?.isUppercaseLetter == true && tokens[t].text.count > 1
                && tokens[t].text.allSatisfy({ $0.isLetter || $0 == "-" }) && !Titles.isTitleWord(tokens[t].text)
        }
        var result: [EntityMention] = []
        for m in mentions {
            let range = m.tokenRange, sentence = document.sentences[m.sentenceIndex].tokenRange
            let words = tokens[range].map(\.text)
            guard m.kind == .organization, let last = words.last else { result.append(m); continue }
            // "Pew Internet and American Life Project".
            if andBodyHeads.contains(last), range.lowerBound >= 2, tokens[range.lowerBound - 1].text == "and" {
                var start = range.lowerBound - 1
                while capitalizedFree(start - 1, sentence) { start -= 1 }
                let before = start - 1
                if start < range.lowerBound - 1, start > sentence.lowerBound || tokens[start].text != "The",
                   !(before >= sentence.lowerBound && [",", "and", "&"].contains(tokens[before].text)) {
                    result.append(make(document, start..<range.upperBound, m.sentenceIndex, .organization))
                    continue
                }
            }
            // "Department for Education and Skills".
            if ["Department", "Ministry", "Office", "Secretary"].contains(words[0]), words.count >= 3,
               ["of", "for"].contains(words[words.count - 2]), range.upperBound + 1 < sentence.upperBound,
               tokens[range.upperBound].text == "and", capitalizedFree(range.upperBound + 1, sentence) {
                var end = range.upperBound + 1
                while capitalizedFree(end, sentence) { end += 1 }
                result.append(make(document, range.lowerBound..<end, m.sentenceIndex, .organization))
                continue
            }
            result.append(m)
        }
        return result
    }

    /// "Societe Internationale Pirelli SA <PIRI.Z>": the stock ticker is not part of the name.
    static func trimTickers(_ mentions: inout [EntityMention], _ document: Document) {
        mentions = mentions.compactMap { mention in
            var lower = mention.tokenRange.lowerBound, upper = mention.tokenRange.upperBound
            while lower < upper, document.tokens[lower].text.hasPrefix("<") || document.tokens[lower].text == ">" { lower += 1 }
            if let cut = (lower..<upper).first(where: { document.tokens[$0].text.hasPrefix("<") }) { upper = cut }
            while upper > lower, document.tokens[upper - 1].text.hasSuffix(">") { upper -= 1 }
            guard lower < upper else { return nil }
            if lower..<upper == mention.tokenRange { return mention }
            return make(document, lower..<upper, mention.sentenceIndex, mention.kind)
        }
    }

    /// Abbreviated ranks that are never a name on their own ("Lt Col Oliver North" tagged "Lt").
    static let rankAbbreviations: Set<String> = ["Lt", "Lt.", "Col", "Col.", "Maj", "Maj.", "Capt", "Capt.", "Sgt", "Sgt.", "Adm", "Adm.", "Gen", "Gen.", "Cmdr", "Cmdr."]

    /// Endings of a hyphenated place adjective ("Santa Monica-based"): the place's last word is glued to them.
    static let placeAdjectiveEndings = ["-based", "-born", "-headquartered", "-registered", "-listed"]

    /// Endings that make an adjective of a name ("Janet Jackson-style", "Kennedy-era").
    static let nameAdjectiveEndings = ["-style", "-like", "-esque", "-era", "-type"]

    /// Pieces the tagger takes for a name: a legal form or an abbreviated rank alone ("Inc", "Lt"), a party and
    /// state label ("D-Cal", "R-Texas"), the first word of a place cut by its hyphenated adjective ("Santa" of
    /// "Santa Monica-based"), and that adjective opening a mention ("Monica-based Activision": the company).
    static func dropFragments(_ mentions: inout [EntityMention], _ document: Document) {
        let tokens = document.tokens
        func placeAdjective(_ i: Int) -> Bool {
            i < tokens.count && tokens[i].text.first?.isUppercaseLetter == true && placeAdjectiveEndings.contains { tokens[i].text.hasSuffix($0) }
        }
        mentions = mentions.flatMap { mention -> [EntityMention] in
            let range = mention.tokenRange
            if range.count == 1 {
                let word = tokens[range.lowerBound].text
                if NameFormation.legalForms.contains(word) || rankAbbreviations.contains(word) || isPartyLabel(word) || isCountryPair(word) { return [] }
                if placeAdjective(range.upperBound), document.sentenceIndex(ofToken: range.upperBound) == mention.sentenceIndex {
                    // "Santa" of "Santa Monica-based": the place, with the adjective that ends it.
                    return [make(document, range.lowerBound..<(range.upperBound + 1), mention.sentenceIndex, .location)]
                }
                // "the Jakarta-based firm": the place.
                if placeAdjective(range.lowerBound) { return [make(document, range, mention.sentenceIndex, .location)] }
                return [mention]
            }
            // "Janet Jackson-style controversies": an adjective made of a name.
            if nameAdjectiveEndings.contains(where: { tokens[range.upperBound - 1].text.hasSuffix($0) }) { return [] }
            // "Santa Monica-based Activision": the place, and the company after it.
            if let adjective = range.dropLast().first(where: placeAdjective) {
                return [make(document, range.lowerBound..<(adjective + 1), mention.sentenceIndex, .location),
                        make(document, (adjective + 1)..<range.upperBound, mention.sentenceIndex, mention.kind == .location ? .organization : mention.kind)]
            }
            if placeAdjective(range.lowerBound) {
                return [make(document, (range.lowerBound + 1)..<range.upperBound, mention.sentenceIndex, mention.kind)]
            }
            return [mention]
        }
    }

    /// The name of the place in a place adjective ("Santa Monica" of "Santa Monica-based").
    static func strippingPlaceAdjective(_ text: String) -> String {
        guard let ending = placeAdjectiveEndings.first(where: { text.hasSuffix($0) }), text.count > ending.count else { return text }
        return String(text.dropLast(ending.count))
    }

    /// "Ben Stiller comedy Meet The Parents" tagged as one name: a lower-case noun for a work inside a span
    /// parts the work's maker, kept, from the work's title, which names neither a person nor an organization.
    static func splitAtWorkNouns(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        mentions.flatMap { mention -> [EntityMention] in
            let range = mention.tokenRange
            guard range.count >= 3,
                  let noun = range.dropFirst().dropLast().first(where: { MentionTypeVote.workNounsBefore.contains(document.tokens[$0].text) && startsLowercase(document.tokens[$0].text) }),
                  document.tokens[range.lowerBound..<noun].allSatisfy({ $0.text.first?.isUppercaseLetter == true })
            else { return [mention] }
            let maker: EntityKind = mention.kind == .location ? (noun - range.lowerBound >= 2 ? .person : .organization) : mention.kind
            return [make(document, range.lowerBound..<noun, mention.sentenceIndex, maker),
                    make(document, (noun + 1)..<range.upperBound, mention.sentenceIndex, .misc)]
        }
    }

    /// "Iran-Iraq" (war), "U.S.-Japan" (talks): two countries qualifying a noun, not a place.
    static func isCountryPair(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { CountryTable.shared.lookupAny(String($0)) != nil }
    }

    /// "D-Cal", "R-Texas", "I-Vt": a party's letter and a state.
    static func isPartyLabel(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, ["D", "R", "I"].contains(scalars[0]), scalars[1] == "-",
              scalars[2].isUppercaseLetter else { return false }
        return scalars[3...].allSatisfy { $0.isAlphabeticLetter && $0.isLowercaseLetter || $0 == "." }
    }

    /// "Gulf" "of" "Mexico" tagged as two locations: one place.
    static func mergeFeatureNames(_ mentions: inout [EntityMention], _ document: Document) {
        var result: [EntityMention] = []
        var i = 0
        while i < mentions.count {
            let m = mentions[i]
            if i + 1 < mentions.count, m.kind == .location, featureWords.contains(document.tokens[m.tokenRange.lowerBound].text),
               mentions[i + 1].sentenceIndex == m.sentenceIndex, mentions[i + 1].kind == .location,
               mentions[i + 1].tokenRange.lowerBound == m.tokenRange.upperBound + 1, document.tokens[m.tokenRange.upperBound].text == "of" {
                result.append(make(document, m.tokenRange.lowerBound..<mentions[i + 1].tokenRange.upperBound, m.sentenceIndex, .location))
                i += 2
                continue
            }
            result.append(m)
            i += 1
        }
        mentions = result
    }

    private static func isOfficeWord(_ word: String) -> Bool {
        Titles.officeHeads.contains(word.capitalizedFirst) || Titles.officeModifiers.contains(word.capitalizedFirst)
    }

    /// True when an office head follows `index` within a few title words ("Energy [and Mines] Minister").
    private static func officeFollows(_ document: Document, after index: Int, sentenceEnd: Int) -> Bool {
        var j = index
        while j < min(sentenceEnd, index + 4) {
            let word = document.tokens[j].text
            if Titles.officeHeads.contains(word.capitalizedFirst) { return true }
            guard isOfficeWord(word) || word == "and" || word == "&" || word.first?.isUppercaseLetter == true else { return false }
            j += 1
        }
        return false
    }

    /// "deputy Energy Minister", "Venezuelan Energy and Mines Minister": the office's domain tagged as an
    /// organization. The office words are dropped; a leading country or demonym stays as a location.
    static func dropOfficeWords(_ mentions: inout [EntityMention], _ document: Document) {
        mentions = mentions.compactMap { mention in
            guard mention.kind != .person else { return mention }
            let words = document.tokens[mention.tokenRange].map(\.text)
            let countries = CountryTable.shared
            var prefix = 0
            if countries.lookupAny(words[0]) != nil { prefix = 1 } else if words.count >= 2, countries.lookupAny(words[0] + " " + words[1]) != nil { prefix = 2 }
            let rest = words[prefix...]
            guard !rest.isEmpty, rest.allSatisfy({ isOfficeWord($0) && !Titles.officeHeads.contains($0) || $0 == "and" }) else { return mention }
            let sentenceEnd = document.sentences[mention.sentenceIndex].tokenRange.upperBound
            guard officeFollows(document, after: mention.tokenRange.upperBound, sentenceEnd: sentenceEnd) else { return mention }
            if prefix == 0 { return nil }
            return make(document, mention.tokenRange.lowerBound..<(mention.tokenRange.lowerBound + prefix), mention.sentenceIndex, .location)
        }
    }

    /// "Secretary General Javier Perez de Cuellar" with only "Perez de Cuellar" tagged: capitalized
    /// words between an office word and the name are the person's first names.
    static func extendPeopleOverFirstNames(_ mentions: inout [EntityMention], _ document: Document) {
        var covered = Set(mentions.flatMap { Array($0.tokenRange) })
        for (index, mention) in mentions.enumerated() where mention.kind == .person {
            let sentenceStart = document.sentences[mention.sentenceIndex].tokenRange.lowerBound
            var start = mention.tokenRange.lowerBound
            while start - 1 > sentenceStart, mention.tokenRange.lowerBound - (start - 1) <= 2 {
                let word = document.tokens[start - 1].text
                guard !covered.contains(start - 1), word.first?.isUppercaseLetter == true, word.count > 1,
                      word.allSatisfy({ $0.isLetter || $0 == "-" }), !Titles.isTitleWord(word),
                      !Titles.months.contains(word), !Titles.weekdays.contains(word), CountryTable.shared.lookupAny(word) == nil
                else { break }
                start -= 1
            }
            guard start < mention.tokenRange.lowerBound else { continue }
            let before = document.tokens[start - 1].text
            guard isOfficeWord(before) || Titles.honorifics.contains(before) else { continue }
            for t in start..<mention.tokenRange.lowerBound { covered.insert(t) }
            mentions[index] = make(document, start..<mention.tokenRange.upperBound, mention.sentenceIndex, .person)
        }
    }

    /// Coarse types the name itself contradicts.
    static func retype(_ mentions: inout [EntityMention], _ document: Document) {
        mentions = mentions.compactMap { mention in
            let words = document.tokens[mention.tokenRange].map(\.text)
            let first = words[0], last = words[words.count - 1]
            let previous = mention.tokenRange.lowerBound > 0 ? document.tokens[mention.tokenRange.lowerBound - 1].text : ""
            // "Lord Browne", "Mr Blair", "Prof Aynsley-Green" are people whatever the tag.
            if mention.kind != .person, (words.count >= 2 && Titles.honorifics.contains(first) || Titles.honorifics.contains(previous)),
               words.allSatisfy({ $0.first?.isUppercaseLetter == true || nameParticles.contains($0) }), CountryTable.shared.lookupAny(mention.text) == nil {
                return make(document, mention.tokenRange, mention.sentenceIndex, .person)
            }
            // "the Tories said", "told the Guardian newspaper": a body the tables know, or a name that someone told
            // something and that the next word calls a newspaper, tagged as a miscellaneous name ("Scottish newspaper
            // titles" is an adjective's).
            let toldBefore = previous == "told" || previous == "the" && mention.tokenRange.lowerBound >= 2
                && document.tokens[mention.tokenRange.lowerBound - 2].text == "told"
            if mention.kind == .misc,
               WellKnownBodies.canonicalName(words.first == "the" || words.first == "The" ? words.dropFirst().joined(separator: " ") : mention.text) != nil
                || toldBefore && mediaNouns.contains(mention.tokenRange.upperBound < document.tokens.count ? document.tokens[mention.tokenRange.upperBound].text : "")
                && CountryTable.shared.lookupAny(mention.text) == nil {
                return make(document, mention.tokenRange, mention.sentenceIndex, .organization)
            }
            if mention.kind != .organization, WellKnownBodies.governmentSeats.contains(words.first == "the" || words.first == "The" ? words.dropFirst().joined(separator: " ") : words.joined(separator: " ")) {
                return make(document, mention.tokenRange, mention.sentenceIndex, .organization)
            }
            if documentHeads.contains(last) || words.count >= 3 && first == "Law" && words[1] == "of" { return nil }
            // "Convention on Human Rights", "Treaty of Rome"; a bill ("Prevention of Terrorism Bill").
            if zip(words, words.dropFirst()).contains(where: { documentHeads.contains($0) && documentLinks.contains($1) }) { return nil }
            // Laws: "Freedom of Information Act", "Federal Credit Reform Act" (a person's name never ends so either).
            if last == "Act" || last == "Acts" { return nil }
            if last == "Bill" && words.count >= 2 && mention.kind != .person { return nil }
            if mention.kind == .organization, words.count >= 2, eventHeads.contains(last) {
                return make(document, mention.tokenRange, mention.sentenceIndex, .misc)
            }
            if mention.kind == .location || mention.kind == .misc, words.count >= 2, institutionHeads.contains(last) {
                return make(document, mention.tokenRange, mention.sentenceIndex, .organization)
            }
            if mention.kind == .person, nonPersonHeads.contains(last) {
                return make(document, mention.tokenRange, mention.sentenceIndex, .organization)
            }
            return mention
        }
    }

    /// "Young people ..." at the start of a sentence tagged as a person: a single capitalized word that the
    /// article also writes in lower case, with no title before it and no full name ending with it, is a common word.
    /// Elsewhere in a sentence the same holds for a word not tagged as a person that no gazetteer knows as a
    /// place ("topped Pool B" where the article writes "the pool stage").
    static func dropCommonWordsTakenForNames(_ mentions: inout [EntityMention], _ document: Document) {
        // One-word mentions that open a sentence (or follow a quote): the only ones in question.
        var candidates: [Int] = []
        var sentenceInitial = Set<Int>()
        for (m, mention) in mentions.enumerated() where mention.tokenRange.count == 1 {
            let token = mention.tokenRange.lowerBound
            // The first word of the sentence, after any opening quotes or brackets.
            var first = document.sentences[mention.sentenceIndex].tokenRange.lowerBound
            while first < token, document.tokens[first].text.allSatisfy({ !$0.isLetter && !$0.isNumber }) { first += 1 }
            let afterQuote = token > 0 && ["\"", "“", "``", ":"].contains(document.tokens[token - 1].text)
            if token == first || afterQuote {
                candidates.append(m)
                sentenceInitial.insert(m)
            } else if mention.kind != .person, isCommonWordCandidate(document.tokens[token].text) {
                // Elsewhere in a sentence a capitalized common word ("the Pool stage", "the Tests") is one too when
                // the article writes it in lower case, unless it is a place the gazetteers know.
                candidates.append(m)
            }
        }
        guard !candidates.isEmpty else { return }
        // Their lower-case forms written in lower case elsewhere in the document; only tokens as long as
        // one of them are looked up.
        let wanted = Set(candidates.map { document.tokens[mentions[$0].tokenRange.lowerBound].text.lowercased() })
        let lengths = Set(wanted.map(\.utf8.count))
        var lowerWords = Set<String>()
        for token in document.tokens where lengths.contains(token.text.utf8.count) && startsLowercase(token.text) && wanted.contains(token.text) {
            lowerWords.insert(token.text)
        }
        guard !lowerWords.isEmpty else { return }
        let fullNames = Set(mentions.filter { $0.kind == .person && $0.tokenRange.count >= 2 }.map { document.tokens[$0.tokenRange.upperBound - 1].text })
        // Inside a sentence, a word of a longer name of the article is that name's short form ("the Commission").
        var longerNameWords = Set<String>()
        for m in mentions where m.tokenRange.count >= 2 { for t in m.tokenRange { longerNameWords.insert(document.tokens[t].text) } }
        var dropped = Set<Int>()
        for m in candidates {
            let word = document.tokens[mentions[m].tokenRange.lowerBound].text
            let inside = !sentenceInitial.contains(m)
            if lowerWords.contains(word.lowercased()) && !fullNames.contains(word) && CountryTable.shared.lookupAny(word) == nil
                && !(inside && longerNameWords.contains(word)) { dropped.insert(m) }
        }
        guard !dropped.isEmpty else { return }
        mentions = mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// The tokens some mention covers.
    static func coveredTokens(_ mentions: [EntityMention]) -> Set<Int> {
        var covered = Set<Int>()
        for m in mentions { covered.formUnion(m.tokenRange) }
        return covered
    }

    /// A legal form, a company word or an institution's head: a word that ends a body's name ("AG", "Airlines",
    /// "Hospital").
    static func isBodyNameEnd(_ word: String) -> Bool {
        NameFormation.legalForms.contains(word) || RuleBasedTagger.organizationSuffixes.contains(word) || institutionHeads.contains(word)
    }

    /// A word that heads the names of bodies ("Bank", "Fund", "Treasury", "Commission").
    static func isHeadWord(_ word: String) -> Bool {
        institutionHeads.contains(word) || RuleBasedTagger.organizationSuffixes.contains(word) || ResolutionState.headWords.contains(word)
            || nonPersonHeads.contains(word) || nationalBodyHeads.contains(word)
    }

    /// A capitalized word with lower-case letters after the first, that is no known place or body, nor a word
    /// that heads the names of bodies ("the Bank said" for the Bank of England).
    static func isCommonWordCandidate(_ word: String) -> Bool {
        guard !isHeadWord(word) else { return false }
        guard word.count >= 3, word.first?.isUppercaseLetter == true, word.dropFirst().allSatisfy({ $0.isLowercaseLetter }) else { return false }
        return !NameFormation.isKnownPlace(word) && WellKnownBodies.canonicalName(word) == nil
    }

    private static func startsLowercase(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return text.first?.isLowercaseLetter == true
    }

    /// Words after a version number that show the number is a quantity, not part of a product name.
    static let quantityWords: Set<String> = [
        "%", "pct", "percent", "per", "mln", "million", "billion", "bln", "dlrs", "dollars", "to", "of", "-", "times",
        "years", "months", "weeks", "days", "hours", "minutes", "points", "pence", "cents", "shares", "pounds", "yen",
    ]

    /// Names of products and works tagged as organizations or places: a name followed by a version
    /// number ("Halo 2 won", "PlayStation 2 game", "Burnout 3"), or either side of a subtitle colon
    /// ("Hitman: Contracts", "Call of Duty: Finest Hour"). Countries and known cities are kept. A
    /// one-word name tagged as a person counts too ("Halo 2, while"), except in sports news, where
    /// "Tendulkar 12," is a score.
    static func dropTitlesOfWorks(_ mentions: inout [EntityMention], _ document: Document) {
        let tokens = document.tokens
        func isCapitalized(_ i: Int) -> Bool { tokens[i].text.unicodeScalars.first?.isUppercaseLetter == true }
        func isConnector(_ i: Int) -> Bool { ["of", "the", "and", "&"].contains(tokens[i].text) }
        // Token ranges of "Title: Subtitle" runs.
        var titleRuns: [Range<Int>] = []
        for sentence in document.sentences {
            let range = sentence.tokenRange
            for i in range where tokens[i].text == ":" && i > range.lowerBound && i + 1 < range.upperBound {
                guard isCapitalized(i - 1), isCapitalized(i + 1), i - 1 > range.lowerBound else { continue }
                var start = i - 1
                while start > range.lowerBound, isCapitalized(start - 1) || (isConnector(start - 1) && start - 2 >= range.lowerBound && isCapitalized(start - 2)) { start -= 1 }
                var end = i + 1
                while end < range.upperBound, isCapitalized(end) || (isConnector(end) && end + 1 < range.upperBound && isCapitalized(end + 1)) { end += 1 }
                // A sentence that opens with "Name:" is a label or a speaker, not a title.
                if start == range.lowerBound { continue }
                titleRuns.append(start..<end)
            }
        }
        // For each token, the furthest end of the runs starting at or before it: a mention lies inside a
        // run when the runs starting at or before its first token reach past its last.
        var reach = [Int](repeating: 0, count: tokens.count + 1)
        for run in titleRuns { reach[run.lowerBound] = max(reach[run.lowerBound], run.upperBound) }
        for i in reach.indices.dropFirst() { reach[i] = max(reach[i], reach[i - 1]) }
        // The version that follows a name, when there is one.
        func version(_ mention: EntityMention) -> String? {
            let next = mention.tokenRange.upperBound
            guard next < tokens.count, let version = Int(tokens[next].text), (1...20).contains(version) else { return nil }
            return tokens[next].text
        }
        // Names with a version shown to be a product's ("Shrek 2 took $881m"): the same name and version
        // elsewhere ("beat Shrek 2 to the prizes") is the same product.
        var versioned: Set<String> = []
        var dropped = [Bool](repeating: false, count: mentions.count)
        for (index, mention) in mentions.enumerated() {
            let loneName = mention.kind == .person && mention.tokenRange.count == 1
            guard mention.kind == .organization || mention.kind == .location || loneName else { continue }
            if CountryTable.shared.lookupAny(mention.text) != nil || CityGazetteer.contains(mention.text) { continue }
            if loneName && (version(mention) == nil || SportsContext.isSports(document)) { continue }
            if reach[mention.tokenRange.lowerBound] >= mention.tokenRange.upperBound {
                dropped[index] = true
                continue
            }
            let next = mention.tokenRange.upperBound
            guard let number = version(mention), next + 1 < tokens.count, mention.sentenceIndex == document.sentenceIndex(ofToken: next + 1) else { continue }
            let after = tokens[next + 1].text
            if !quantityWords.contains(after) && !isCapitalized(next + 1) && Int(after) == nil {
                dropped[index] = true
                versioned.insert(mention.text + " " + number)
            }
        }
        if !versioned.isEmpty {
            for (index, mention) in mentions.enumerated() where !dropped[index] && (mention.kind == .organization || mention.kind == .location) {
                if let number = version(mention), versioned.contains(mention.text + " " + number) { dropped[index] = true }
            }
        }
        mentions = mentions.enumerated().filter { !dropped[$0.offset] }.map(\.element)
    }

    /// "Citizens Bank and Canal Bank" tagged as one organization: two names sharing their last word.
    static func splitCoordinatedNames(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        mentions.flatMap { mention -> [EntityMention] in
            guard mention.kind == .organization, mention.tokenRange.count >= 5 else { return [mention] }
            let range = mention.tokenRange
            guard let and = range.first(where: { document.tokens[$0].text == "and" }), and - range.lowerBound >= 2, range.upperBound - and >= 3 else { return [mention] }
            let leftLast = document.tokens[and - 1].text, rightLast = document.tokens[range.upperBound - 1].text
            guard leftLast == rightLast, RuleBasedTagger.organizationSuffixes.contains(leftLast) || institutionHeads.contains(leftLast) else { return [mention] }
            return [make(document, range.lowerBound..<and, mention.sentenceIndex, .organization),
                    make(document, (and + 1)..<range.upperBound, mention.sentenceIndex, .organization)]
        }
    }

    /// Spans that swallowed a title or a person's name seen elsewhere in the article.
    static func splitTitledSpans(_ mentions: [EntityMention], _ document: Document) -> [EntityMention] {
        let personNames = Set(mentions.filter { $0.kind == .person && $0.tokenRange.count >= 2 }.map(\.text))
        var repaired: [EntityMention] = []
        for mention in mentions {
            let words = document.tokens[mention.tokenRange].map(\.text)
            // "Minister of Economic Revitalization Toshimitsu Motegi" tagged as one name: the office's
            // domain swallowed the person. The last two words are the person.
            let lower = mention.tokenRange.lowerBound
            if mention.kind != .person, mention.tokenRange.count >= 3, lower >= 2, document.tokens[lower - 1].text == "of",
               Titles.officeHeads.contains(document.tokens[lower - 2].text), let last = words.last,
               !nonPersonHeads.contains(last), !RuleBasedTagger.organizationSuffixes.contains(last),
               words.suffix(2).allSatisfy({ $0.isCapitalizedWord && !Titles.isTitleWord($0) }) {
                repaired.append(make(document, (mention.tokenRange.upperBound - 2)..<mention.tokenRange.upperBound, mention.sentenceIndex, .person))
                continue
            }
            var replaced = false
            if mention.tokenRange.count >= 3 {
                for length in stride(from: min(4, mention.tokenRange.count - 1), through: 2, by: -1) {
                    let tail = (mention.tokenRange.upperBound - length)..<mention.tokenRange.upperBound
                    let candidate = make(document, tail, mention.sentenceIndex, .person)
                    // Only when what precedes the name is not itself a name ("Economic Revitalization
                    // Toshimitsu Motegi", not "Fernando Santos Alvite" next to "Santos Alvite").
                    let head = words.prefix(words.count - length)
                    let before = mention.tokenRange.lowerBound > 0 ? document.tokens[mention.tokenRange.lowerBound - 1].text : ""
                    let swallowed = mention.kind != .person || before == "of" || before == "the"
                        || head.contains(where: { Titles.isTitleWord($0) || $0.first?.isUppercaseLetter != true })
                    if swallowed && personNames.contains(candidate.text) && candidate.text != mention.text {
                        repaired.append(candidate)
                        replaced = true
                        break
                    }
                }
            }
            if !replaced { repaired.append(mention) }
        }
        return repaired
    }
}

extension MentionRepair {
    static let examples: [NameRuleExamples] = [
        NameRuleExamples(rule: "a country or known place written in capitals is read in its ordinary case", mustMatch: [
            PatternExample("Exports rose in BRAZIL last month, the ministry said.", ["Country|Brazil"]),
            PatternExample("SOUTH KOREA TO CUT TARIFFS ON U.S. GOODS. South Korea will cut tariffs, officials said.", ["Country|South Korea"]),
        ], mustNotMatch: [
            PatternExample("Exports rose in BRAZIL last month, the ministry said.", ["Place|BRAZIL"]),
            PatternExample("SOUTH KOREA TO CUT TARIFFS ON U.S. GOODS. South Korea will cut tariffs, officials said.", ["Place|SOUTH KOREA"]),
        ]),
        NameRuleExamples(rule: "a name cut after a connector goes on over the capitalized words after it", mustMatch: [
            PatternExample("UK house prices dipped slightly in November, the Office of the Deputy Prime Minister (ODPM) has said.",
                           ["Organization|Office of the Deputy Prime Minister"]),
        ], mustNotMatch: [
            PatternExample("UK house prices dipped slightly in November, the Office of the Deputy Prime Minister (ODPM) has said.",
                           ["Organization|Office of the"]),
        ]),
        NameRuleExamples(rule: "a place adjective ('Jakarta-based') names the place", mustMatch: [
            PatternExample("The Jakarta-based company said sales rose. Santa Monica-based Activision said it would hire 200 staff.",
                           ["City|Jakarta", "Place|Santa Monica", "Organization|Activision"]),
        ], mustNotMatch: [
            PatternExample("The Jakarta-based company said sales rose. Santa Monica-based Activision said it would hire 200 staff.",
                           ["Organization|Jakarta-based", "Person|Santa Monica-based Activision"]),
        ]),
        NameRuleExamples(rule: "a name, a possessive and an institution's or a building's name are one name", mustMatch: [
            PatternExample("He trained at Guy's Hospital Medical School in London before moving to Leeds.", ["Organization|Guy's Hospital Medical School"]),
        ], mustNotMatch: [
            PatternExample("He trained at Guy's Hospital Medical School in London before moving to Leeds.", ["Organization|Guy", "Organization|Hospital Medical School"]),
            PatternExample("NWA Inc's Northwest Airlines said it would cut fares to Hawaii.", ["Organization|NWA Inc's Northwest Airlines"]),
        ]),
        NameRuleExamples(rule: "a company's name goes on over a bracketed qualifier before its legal form", mustMatch: [
            PatternExample("Lawrence Yeo, director of Citicorp Investment Bank (Singapore) Ltd, said the market would grow.",
                           ["Organization|Citicorp Investment Bank (Singapore) Ltd"]),
        ], mustNotMatch: [
            PatternExample("Lawrence Yeo, director of Citicorp Investment Bank (Singapore) Ltd, said the market would grow.",
                           ["Organization|Citicorp Investment Bank"]),
            PatternExample("Shares of Acme Holdings (Singapore) rose sharply on Monday, dealers in Singapore said.",
                           ["Organization|Acme Holdings (Singapore)"]),
        ]),
        NameRuleExamples(rule: "a body's name goes on over 'and'", mustMatch: [
            PatternExample("Officials at the Department for Education and Skills said they would study the report.",
                           ["Organization|Department for Education and Skills"]),
        ], mustNotMatch: [
            PatternExample("Officials at the Department for Education and Skills said they would study the report.",
                           ["Organization|Department for Education"]),
        ]),
        NameRuleExamples(rule: "a one-word place that opens a company's name in the article is the company", mustMatch: [
            PatternExample("Velor Royal Airlines said on Monday it would buy five jets. Velor said the deal was worth $500m.",
                           ["Organization|Velor Royal Airlines"]),
        ], mustNotMatch: [
            PatternExample("Velor Royal Airlines said on Monday it would buy five jets. Velor said the deal was worth $500m.", ["Place|Velor"]),
        ]),
        NameRuleExamples(rule: "a nation's adjective and a body's words are the body", mustMatch: [
            PatternExample("Jack McConnell told the Scottish Parliament on Tuesday that Scottish fishermen would get help.",
                           ["Organization|Scottish Parliament"]),
        ], mustNotMatch: [
            PatternExample("Jack McConnell told the Scottish Parliament on Tuesday that Scottish fishermen would get help.", ["Organization|Scottish"]),
            PatternExample("Sales of Scottish newspaper titles fell, the ministry said.", ["Organization|Scottish"]),
        ]),
        NameRuleExamples(rule: "the name after a noun for a band is the band", mustMatch: [
            PatternExample("The singer was joined by boy band 5ive and the group G4 on stage. He later formed the band Wings.",
                           ["Organization|5ive", "Organization|G4", "Organization|Wings"]),
        ], mustNotMatch: [
            PatternExample("Shares in the group fell on Monday, and the group Tuesday said it would cut jobs.", ["Organization|Tuesday"]),
        ]),
        NameRuleExamples(rule: "a place written right before a body's name is part of it", mustMatch: [
            PatternExample("The Kansas City Federal Reserve Bank said farm incomes fell in the third quarter.",
                           ["Organization|Kansas City Federal Reserve Bank"]),
        ], mustNotMatch: [
            PatternExample("The Kansas City Federal Reserve Bank said farm incomes fell in the third quarter.", ["Organization|Federal Reserve Bank"]),
        ]),
        NameRuleExamples(rule: "a miscellaneous name that a table knows as a body, or that the next word calls a newspaper, is an organization", mustMatch: [
            PatternExample("Mr Blair told the Guardian newspaper he would stay. The Tories said they would cut taxes.",
                           ["Organization|Guardian", "Organization|Conservative Party"]),
        ], mustNotMatch: [
            PatternExample("Sales of Scottish newspaper titles fell, the ministry said.", ["Organization|Scottish"]),
        ]),
        NameRuleExamples(rule: "a capitalized word the article also writes in lower case is a common word", mustMatch: [
            PatternExample("Ireland topped Pool B after the win in Dublin. Velmora said the pool stage ends on Sunday.", ["Country|Ireland"]),
        ], mustNotMatch: [
            PatternExample("Ireland topped Pool B after the win in Dublin. Velmora said the pool stage ends on Sunday.", ["Organization|Pool", "Place|Pool"]),
        ]),
        NameRuleExamples(rule: "a conservatory, an academy or a club is an organization", mustMatch: [
            PatternExample("She studied the piano at the Lausanne Conservatory before joining Neath RFC as a coach.",
                           ["Organization|Lausanne Conservatory", "Organization|Neath RFC"]),
        ], mustNotMatch: [
            PatternExample("She studied the piano at the Lausanne Conservatory before joining Neath RFC as a coach.",
                           ["Place|Lausanne Conservatory", "Place|Neath RFC"]),
        ]),
        NameRuleExamples(rule: "treaties, conventions, bills and acts are documents, not organizations", mustMatch: [
            PatternExample("The United Nations said on Monday that the talks in Geneva would resume.", ["Organization|United Nations"]),
            PatternExample("The Securities and Exchange Commission said on Monday it would review the filing.",
                           ["Organization|Securities and Exchange Commission"]),
        ], mustNotMatch: [
            PatternExample("Reporters used the Freedom of Information Act to obtain the papers, the Home Office said.",
                           ["Organization|Freedom of Information Act"]),
            PatternExample("Congress passed the Federal Credit Reform Act in Washington last year.",
                           ["Organization|Federal Credit Reform Act"]),
            PatternExample("The law takes effect in January. The Act covers every public body in Wales, the Home Office said.",
                           ["Organization|Act"]),
            PatternExample("The ruling breaches the United Nations Convention on Human Rights, lawyers said in London.",
                           ["Organization|United Nations Convention on Human Rights"]),
            PatternExample("The Prevention of Terrorism Bill was debated in London on Monday.", ["Organization|Prevention of Terrorism Bill"]),
        ]),
    ]
}
