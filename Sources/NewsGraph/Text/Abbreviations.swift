/// Abbreviations that keep their period, and which of them may end a sentence.
enum Abbreviations {
    /// Never end a sentence: titles, months, and similar ("Mr. Abe", "Jan. 5").
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
        "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl", "Pte", "Fr", "Msgr", "St", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "vs", "v", "approx", "est", "Vol", "pp", "Fig", "Ave", "Blvd", "Rd",
    ]

    /// Keep their period but may end a sentence ("... of Acme Corp. The company said").
    static let mayBeFinal: Set<String> = [
        "Corp", "Inc", "Co", "Ltd", "Bros", "Jr", "Sr", "Plc", "plc", "etc", "Cos", "Assn", "Dept", "Govt",
        "a.m", "p.m", "Calif", "Mass", "Wash", "Ill", "Pa", "Fla", "Tex", "Conn", "Ga", "Mich", "Minn",
    ]

    /// Words that, capitalized after an abbreviation such as "U.S.", start a new sentence.
    static let sentenceStarters: Set<String> = [
        "The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "An", "This", "That", "These", "Those",
        "Its", "His", "Her", "Their", "There", "On", "At", "For", "As", "And", "Analysts", "Officials", "Meanwhile",
        "However", "Earlier", "Last", "Next", "If", "When", "While", "After", "Before", "Some", "Other", "Most",
    ]

    /// True for "U.S", "e.g", "U.K" (letters separated by periods, checked before the final period).
    static func isDottedAcronym(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        var sawDot = false
        var previousWasLetter = false
        for b in bytes {
            if b == 46 {
                guard previousWasLetter else { return false }
                sawDot = true
                previousWasLetter = false
            } else if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) {
                previousWasLetter = true
            } else {
                return false
            }
        }
        return sawDot
    }
}
