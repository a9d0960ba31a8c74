/// A context around a capitalised name that tells what kind of thing it is: "Mr X" and "X said
/// he" are people, "X Inc" and "X said it" companies, "in X" mostly places. Cues are found on
/// token hashes only (no strings), on whole runs of capitalised words, so every word of
/// "Network Rail said it" gets the company cue.
enum TypeCue: Int, CaseIterable {
    /// After a courtesy title: "Mr X", "Dr X".
    case title
    /// Referred to as a person right after: "X said he", "X, who", "X's wife".
    case personReference
    /// An age in apposition: "X, 44,".
    case age
    /// Ends in a legal form: "X Inc", "X Plc".
    case legalForm
    /// Referred to as a thing right after: "X said it", "X, which".
    case thingReference
    /// Talked of as a business: "X's shares", "shares in X".
    case business
    /// After a preposition of place: "in X", "near X".
    case placePreposition
    /// After a lowercase article: "the X".
    case article
    /// The subject of a reporting verb: "X said".
    case agent
    /// A singular name with a plural verb, as British news writes groups: "Portishead have", "Chelsea are".
    case pluralVerb

    /// Bit of this cue in a per-token mask.
    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// Cue masks of each token of one sentence (`infos`), 0 for tokens in no capitalised run.
    /// All-caps sentences (headlines) have none: their capitals say nothing.
    static func find(in infos: UnsafeBufferPointer<TokenInfo>, into masks: UnsafeMutableBufferPointer<UInt16>) {
        let n = infos.count
        var i = 0
        while i < n {
            // A courtesy title is a cue, not part of the name: the run starts after it.
            guard isNameWord(infos[i]), !Words.titles.contains(infos[i].key) else { i += 1; continue }
            // A run of capitalised words, joined by "&" or "of" between two of them.
            var end = i + 1
            while end < n {
                if isNameWord(infos[end]) { end += 1; continue }
                if end + 1 < n, Words.joiners.contains(infos[end].key), isNameWord(infos[end + 1]) { end += 2; continue }
                break
            }
            let mask = cues(infos, start: i, end: end)
            if mask != 0 { for t in i..<end where isNameWord(infos[t]) { masks[t] |= mask } }
            i = end
        }
    }

    @inline(__always)
    static func isNameWord(_ t: TokenInfo) -> Bool { t.hasLetter && t.isCapitalized }

    private static func cues(_ infos: UnsafeBufferPointer<TokenInfo>, start a: Int, end e: Int) -> UInt16 {
        let n = infos.count
        func key(_ i: Int) -> UInt64 { i >= 0 && i < n ? infos[i].key : 0 }
        var mask: UInt16 = 0
        if Words.titles.contains(key(a - 1)) { mask |= title.bit }
        if Words.legalForms.contains(infos[e - 1].key), e - a > 1 { mask |= legalForm.bit }
        if Words.placePrepositions.contains(key(a - 1)) { mask |= placePreposition.bit }
        if a > 0, infos[a - 1].word == Words.lowercaseThe { mask |= article.bit }
        if Words.shares.contains(key(a - 2)), Words.shareOf.contains(key(a - 1)) { mask |= business.bit }
        let next = key(e)
        if next == Words.possessive {
            if Words.kin.contains(key(e + 1)) { mask |= personReference.bit }
            if Words.businessNouns.contains(key(e + 1)) { mask |= business.bit }
        } else if next == Words.comma {
            let after = key(e + 1)
            if after == Words.who { mask |= personReference.bit }
            if after == Words.which { mask |= thingReference.bit }
            if e + 2 < n, infos[e + 1].caseClass == .digits, infos[e + 1].length == 2, key(e + 2) == Words.comma {
                mask |= age.bit
            }
        } else if Words.pluralVerbs.contains(next), infos[e - 1].suf1 != Words.suffixS {
            mask |= pluralVerb.bit
        } else if Words.reportingVerbs.contains(next) {
            mask |= agent.bit
            // The first pronoun within a few words after the verb, before any other name.
            var j = e + 1
            while j < min(n, e + 5) {
                let k = infos[j].key
                if Words.personPronouns.contains(k) { mask |= personReference.bit; break }
                if Words.thingPronouns.contains(k) { mask |= thingReference.bit; break }
                if (isNameWord(infos[j]) && !Words.days.contains(k)) || Words.otherPronouns.contains(k) { break }
                j += 1
            }
        }
        return mask
    }

    /// Case-insensitive keys of the cue words (as `TokenInfo.key` hashes them).
    private enum Words {
        static func keys(_ words: String) -> Set<UInt64> {
            Set(words.split(separator: " ").map { TokenInfo(String($0)).key })
        }
        static let titles = keys("mr mr. mrs mrs. ms ms. miss dr dr. sir dame madame mme mme. monsieur herr frau signor senor senora")
        static let legalForms = keys("""
            inc inc. corp corp. co co. cos cos. plc ltd ltd. llc lp l.p. ag sa s.a. nv n.v. bv b.v. spa s.p.a. gmbh ab oy kk \
            k.k. cie cie. corporation incorporated limited company pty bhd
            """)
        static let placePrepositions = keys("in at near from")
        static let lowercaseThe = TokenInfo("the").word
        static let shares = keys("shares stake stock")
        static let shareOf = keys("in of")
        static let possessive = TokenInfo("'s").key
        static let comma = TokenInfo(",").key
        static let who = TokenInfo("who").key
        static let which = TokenInfo("which").key
        static let kin = keys("wife husband son daughter mother father brother sister widow")
        static let businessNouns = keys("shares stock profit profits earnings revenue revenues sales subsidiary unit chairman")
        static let pluralVerbs = keys("have are were")
        static let suffixS = TokenInfo("s").suf1
        static let reportingVerbs = keys("said says told added announced")
        static let personPronouns = keys("he she his her him")
        static let thingPronouns = keys("it its")
        static let otherPronouns = keys("they their we i")
        static let joiners = keys("& of")
        static let days = keys("monday tuesday wednesday thursday friday saturday sunday")
    }
}
