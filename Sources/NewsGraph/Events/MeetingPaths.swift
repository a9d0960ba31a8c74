/// The sides of a meeting read from the sentence's dependency tree, as paths from the trigger (see
/// `DependencyPath`): what the word walk of `MeetingExtractor` cannot reach — a subject through a control
/// verb ("is expected to meet", "agreed to hold talks"), a with-phrase far from the verb, a possessor
/// ("Zambia's talks with"), the subject of the clause a fronted phrase belongs to ("Speaking after talks
/// with Suharto, he said"), the agent of a passive ("was received by"), and organisational sides
/// ("representatives of Manufacturers Hanover", "IMF officials").
enum MeetingPaths {
    /// Paths to this side, tried in order; the first that reaches a participant wins.
    static let subjectPaths: [DependencyPath] = [
        ">nsubj",                   // "Kohl met Mitterrand", "Mitsubishi is in talks with Peugeot"
        ">nmod:'s|’s",              // "Zambia's talks with the IMF"
        "<xcomp >nsubj",            // "Kohl is expected to meet Mitterrand"
        "<advcl >nsubj",            // "De Zeeuw will meet the committee, before visiting Lyng"
        "<obj >nsubj",              // "Kohl held talks with Mitterrand"
        "<obj <xcomp >nsubj",       // "Kohl plans to hold talks with Mitterrand"
        "<xcomp <xcomp >nsubj",     // "Kohl wants to be able to meet"
        ">nmod:by",                 // "a visit by Lyng"
        "<nmod <obj >nsubj",        // "Gorbachev, who had nine hours of talks with her", "held a second round of talks"
        "<obl|nmod >nsubj",         // "Nakasone leaves for Washington for talks with Reagan", "Thatcher left Bonn after talks with Kohl"
        "<nmod <obl >nsubj",        // "Kohl returned after a round of talks with Mitterrand"
        "<obl|nmod <advcl >nsubj",  // "Speaking after talks with Suharto, Conable said"
        "<nmod <obl <advcl >nsubj", // "Speaking to reporters after talks with Suharto, he said" (talks attached to reporters)
    ].map(DependencyPath.init)

    /// Paths to the other side; everything they reach counts.
    static let counterpartPaths: [DependencyPath] = [
        ">obl|nmod:with",           // "talks with X", "met on Tuesday in Bonn with X"
        "<obj >obl:with",           // "held long talks on Tuesday with X"
        ">obl >nmod:with",          // "met at the chancellery late on Tuesday with X" (parsed as Tuesday's)
        ">obl:by",                  // "Kohl was received by the Pope"
    ].map(DependencyPath.init)

    /// Auxiliaries right before a participle that make it passive ("was received by").
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "is", "are", "be"]

    /// A direct object is a side only of a verb of meeting ("met X", "visited X"), not of a noun.
    static let directObject = DependencyPath(">obj")

    /// "talks between A and B": one joint group.
    static let betweenPath = DependencyPath(">nmod|obl:between")

    /// Nouns standing for the body they belong to: "representatives of X", "officials of X".
    static let sideNouns: Set<String> = [
        "representatives", "representative", "officials", "official", "delegation", "delegations", "mission",
        "commission", "management", "negotiators", "team", "executives", "government",
    ]
    /// Those that also take the body before them ("an IMF mission", "its management", "the Japanese delegation"); not "officials",
    /// as "Administration officials" or "West German officials" name no side.
    /// "The Japanese government", "the U.S. government": the government of a state is the state.
    static let premodifiedSideNouns: Set<String> = ["delegation", "delegations", "mission", "commission", "management", "negotiators", "team", "government"]

    static let triggeringExamples: [PatternExample] = [
        PatternExample("Chancellor Helmut Kohl is expected to meet President Francois Mitterrand in Paris next week.",
                       ["Francois Mitterrand+Helmut Kohl|planned||Paris||036"]),
        PatternExample("Foreign Minister Hans-Dietrich Genscher plans to hold talks with Secretary of State George Shultz on Friday.",
                       ["George Shultz+Hans-Dietrich Genscher|planned|||2019-06-28|036"]),
        PatternExample("Helmut Kohl and Francois Mitterrand agreed on Tuesday to hold talks on farm subsidies.",
                       ["Francois Mitterrand+Helmut Kohl|planned|farm subsidies||2019-07-02|036"]),
        PatternExample("World Bank president Barber Conable arrived on Saturday. Speaking to reporters after talks with President Suharto, he said reforms were needed.",
                       ["Barber Conable+Suharto|happened|reforms||2019-06-28|046"]),
        PatternExample("Chancellor Helmut Kohl was received by President Francois Mitterrand at the Elysee on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl|happened|||2019-06-25|043"]),
        PatternExample("Talks between representatives of Britain, France and West Germany opened in Geneva on Tuesday.",
                       ["France+United Kingdom+West Germany|happened||Geneva|2019-06-25|046"]),
        PatternExample("Chancellor Helmut Kohl met at the chancellery late on Tuesday with President Francois Mitterrand and Prime Minister Jacques Chirac.",
                       ["Francois Mitterrand+Helmut Kohl|happened|||2019-06-25|040", "Helmut Kohl+Jacques Chirac|happened|||2019-06-25|040"]),
        PatternExample("The Japanese delegation will hold talks with Trade Representative Clayton Yeutter next week.",
                       ["Clayton Yeutter+Japan|planned||||036"]),
        PatternExample("Margaret Thatcher arrived in Moscow on Sunday. Kremlin leader Mikhail Gorbachev, who had nine hours of talks with her yesterday, praised the visit.",
                       ["Margaret Thatcher+Mikhail Gorbachev|happened|||2019-06-27|046"]),
        PatternExample("Deputy Finance Minister Boris Skapin was holding talks with representatives of Manufacturers Hanover Trust Co on the debt.",
                       ["Boris Skapin+Manufacturers Hanover Trust Co|happened|debt||2019-06-28|046"]),
        // The government of a state is the state.
        PatternExample("The European Commission will hold talks with the Japanese government next month on car exports.",
                       ["European Commission+Japan|planned|||2019-07|036"]),
        // The meeting noun in a prepositional phrase of a clause whose subject the word walk cannot take ("before X leaves").
        PatternExample("The plan will be ready before Prime Minister Yasuhiro Nakasone leaves for Washington on July 3 for talks with President Ronald Reagan, Masayoshi Ito said.",
                       ["Ronald Reagan+Yasuhiro Nakasone|planned|||2019-07-03|036"]),
    ]

    static let nonTriggeringExamples: [PatternExample] = [
        // Two people in one sentence, but the talks are a third party's.
        PatternExample("Helmut Kohl said the talks were useful, and Francois Mitterrand agreed."),
        PatternExample("Officials of Ford Motor Co said Volvo had no plans for talks."),
        // No cue for a path: the sentence is not parsed, and the word walk finds no second side.
        PatternExample("Helmut Kohl arrived in Paris, where talks on farm subsidies were held on Tuesday."),
        PatternExample("The report, received by House Speaker Jim Wright and Senate majority leader Robert Byrd, will not be made public."),
        PatternExample("Mulford cited progress in talks between banks and Mexico, Chile and Venezuela."),
        PatternExample("Arabian Bulk Trade and the Shobokshi Group are still negotiating with creditor banks."),
        PatternExample("Bank of America and Sanwa Bank will co-chair the negotiating committee."),
        PatternExample("Texaco said it filed new evidence it has just received of alleged bias by Judge Anthony Farris against Texaco."),
        PatternExample("Discussions are taking place with the Baltic Exchange, and the London Grain Futures Market is considering joining."),
        PatternExample("Abiy Ahmed will visit Mombasa on Friday to inspect the port, his spokesman Billene Seyoum said."),
        // A government no body or state modifies names no side.
        PatternExample("The European Commission will hold talks with the new government next month on car exports."),
        // That clause's subject is no participant.
        PatternExample("Shares of Sony Corp rose on Tuesday after talks with Matsushita Electric Industrial Co, dealers said."),
        PatternExample("The United States will impose sanctions on Japan, senators said today after a private meeting with Commerce Secretary Malcolm Baldrige."),
    ]

    /// Verbs that pass their subject to the trigger ("expected to meet", "agreed to hold talks").
    static let controlVerbs: Set<String> = [
        "expected", "plans", "plan", "planned", "planning", "agreed", "agree", "agrees", "wants", "want", "wanted",
        "hopes", "hope", "hoped", "due", "scheduled", "intends", "intend", "decided", "likely", "ready", "set", "sought", "seeks",
        "began", "continued", "continue", "tried", "offered", "invited", "asked",
    ]

    /// Whether the sentence has a word one of the paths needs, so that a tree is worth parsing: a control verb
    /// before the trigger, "by" after it, "who" or "of" ("hours of talks") before it, a side noun after it, or,
    /// with the subject missing, a fronted phrase the trigger stands in ("Speaking after talks with X, he said").
    static func hasCue(_ words: [String], trigger i: Int, sentence range: Range<Int>, subjectMissing: Bool) -> Bool {
        let before = words[max(range.lowerBound, i - 5)..<i]
        if before.contains(where: controlVerbs.contains) || before.contains("who") { return true }
        // A side noun heading the subject may stand before a long of- or from-phrase ("Officials from Taiwan and the United States met").
        if words[max(range.lowerBound, i - 10)..<i].contains(where: { sideNouns.contains($0.lowercased()) }) { return true }
        if i > range.lowerBound, words[i - 1] == "of" { return true }
        if i + 1 < range.upperBound, words[i + 1] == "by" { return true }
        // A passive's agent past an oblique: "was greeted on arrival by X".
        if i > range.lowerBound, passiveAuxiliaries.contains(words[i - 1]),
           words[(i + 1)..<min(range.upperBound, i + 6)].contains("by") { return true }
        // A with-phrase beyond the word walk's reach.
        if i + 7 < range.upperBound, words[(i + 7)..<min(range.upperBound, i + 20)].contains("with") { return true }
        if words[(i + 1)..<min(range.upperBound, i + 8)].contains(where: { sideNouns.contains($0) }) { return true }
        // A meeting noun inside a prepositional phrase of some clause ("leaves for Washington for talks with X",
        // "told reporters after a meeting with X"): that clause's subject is this side.
        if subjectMissing, words[max(range.lowerBound, i - 3)..<i].contains(where: { ["for", "after", "during", "following", "before", "at", "in"].contains($0) }) {
            return true
        }
        if subjectMissing, let first = range.first, words[first].hasSuffix("ing") || ["After", "Following", "Before", "During"].contains(words[first]),
           !words[first..<i].contains(",") {
            return true
        }
        return false
    }

    /// This side, the other side, and whether the sides are one "between" group.
    static func sides(of trigger: Int, directObject: Bool, in tree: SentenceTree, _ finder: ParticipantFinder, sentence s: Int)
        -> (subjects: [Int], counterparts: [Int], between: Bool) {
        // "talks between banks and Mexico, Chile and Venezuela": one member unnamed, and the named did not meet one another.
        let members = betweenPath.follow(from: trigger, in: tree).flatMap { [$0] + tree.conjuncts(of: $0) }
        let between = entities(members, tree, finder, sentence: s)
        if between.count >= 2, members.allSatisfy({ !entities([$0], tree, finder, sentence: s).isEmpty }) { return ([], between, true) }
        var counterparts: [Int] = []
        // "..., his spokesman Billene Seyoum said": a speaker the parse attached to the trigger is no side.
        let speakers = tree.tokenRange.filter { t in
            tree.relation(of: t) == .nsubj && tree.head(of: t).map { ParticipantFinder.reportingVerbs.contains(finder.words[$0]) } == true
        }
        // "by" names a side only of a passive ("was received by X"), not of "evidence it received of bias by X".
        let passive = trigger > tree.tokenRange.lowerBound && passiveAuxiliaries.contains(finder.words[trigger - 1])
        for path in counterpartPaths + (directObject ? [Self.directObject] : []) where passive || path.description != ">obl:by" {
            let reached = path.follow(from: trigger, in: tree).filter { t in
                !speakers.contains(t) && !(finder.participantRange(at: t).map { $0.upperBound < tree.tokenRange.upperBound
                    && ParticipantFinder.reportingVerbs.contains(finder.words[$0.upperBound]) } ?? false)
            }
            for e in entities(reached, tree, finder, sentence: s) where !counterparts.contains(e) {
                counterparts.append(e)
            }
        }
        var subjects: [Int] = []
        for path in subjectPaths {
            var reached = path.follow(from: trigger, in: tree)
            // "The United States will impose sanctions, senators said after a meeting with Baldrige": a subject
            // reached up through an oblique across a reporting verb is a misattached phrase's.
            if path.description.hasPrefix("<obl") || path.description.hasPrefix("<nmod <obl") {
                reached = reached.filter { t in
                    !(min(t, trigger)..<max(t, trigger)).contains { ParticipantFinder.reportingVerbs.contains(finder.words[$0]) }
                }
            }
            subjects = entities(reached, tree, finder, sentence: s, excluding: Set(counterparts))
            if !subjects.isEmpty { break }
        }
        return (subjects, counterparts.filter { !subjects.contains($0) }, false)
    }

    /// The participants a token stands for: a named one (with its conjuncts), the body a side noun belongs
    /// to, or the one person or body a pronoun can refer to.
    static func entities(_ tokens: [Int], _ tree: SentenceTree, _ finder: ParticipantFinder, sentence s: Int,
                         excluding: Set<Int> = []) -> [Int] {
        var out: [Int] = []
        func add(_ e: Int?) { if let e, !excluding.contains(e), !out.contains(e) { out.append(e) } }
        var all: [Int] = []
        for t in tokens where !all.contains(t) {
            all.append(t)
            for c in tree.conjuncts(of: t) where c > t && !all.contains(c) { all.append(c) }
        }
        for t in all {
            let word = finder.words[t]
            if ["who", "which", "that"].contains(word), tree.relation(of: t) == .nsubj, let verb = tree.head(of: t),
               tree.relation(of: verb) == .acl, let antecedent = tree.head(of: verb) {
                // "Kremlin leader Mikhail Gorbachev, who had talks with her": the one the clause is about.
                for e in entities([antecedent], tree, finder, sentence: s, excluding: excluding) { add(e) }
            } else if let e = finder.participant(at: t) {
                // "Yugoslavian minister ...", "IMF officials": a name that only modifies the phrase is no side.
                if let range = finder.participantRange(at: t), !finder.isHead(range, upper: tree.tokenRange.upperBound) { continue }
                add(e)
            } else if sideNouns.contains(word.lowercased()) {
                let premodified = premodifiedSideNouns.contains(word.lowercased())
                // "the Japanese delegation": a demonym names the side of a delegation, not of officials.
                for d in tree.dependents(of: t, premodified ? [.nmod, .compound, .amod] : [.nmod, .compound]) {
                    for x in [d] + tree.conjuncts(of: d) where (premodified && x < t) || ["of", "from"].contains(tree.caseMarker(of: x) ?? "") {
                        if let e = finder.participant(at: x), !finder.isPerson(e) { add(e) }
                    }
                    if premodified, finder.words[d].lowercased() == "its" { add(finder.resolveBody(at: d, sentence: s)) }
                }
            } else if let body = finder.describedBody(at: t, lower: tree.tokenRange.lowerBound, upper: tree.tokenRange.upperBound) {
                // "after talks with Powys Health Board the hospital called off its plan": a description of one body.
                add(body)
            } else if ParticipantFinder.singularPronouns.contains(word) {
                add(finder.resolveSingular(at: t, sentence: s, excluding: excluding.union(out)))
            } else if ["its", "it"].contains(word) {
                add(finder.resolveBody(at: t, sentence: s))
            } else if ParticipantFinder.pluralPronouns.contains(word) {
                for e in finder.resolvePlural(at: t, sentence: s) ?? [] { add(e) }
            }
        }
        return out
    }
}
