/// Whether an article is sports news, read from the whole document: sports vocabulary, match
/// scores ("6-2", "3-0") and clubs of the team gazetteer. In sports news "X will meet Y", "a meeting
/// of the two sides" and "X met Y in the final" are fixtures, not meetings.
enum SportsContext {
    /// Lower-case words that, in news, nearly always belong to sport (capitalized forms such as
    /// "Swedish Match" or "World Cup" of a company name do not count).
    static let words: Set<String> = [
        "match", "matches", "semi-final", "semi-finals", "semifinal", "quarter-final", "quarter-finals", "quarterfinal",
        "seed", "seeded", "tournament", "championship", "championships", "league", "cup", "scored", "striker",
        "midfielder", "defender", "goalkeeper", "keeper", "squad", "coach", "premiership", "Premiership", "fixture",
        "fixtures", "olympic", "Olympic", "Olympics", "medal", "athletics", "tennis", "football", "rugby", "cricket",
        "innings", "wicket", "wickets", "penalty", "referee", "stadium", "champions", "play-off", "playoff",
    ]

    static func isSports(_ document: Document) -> Bool {
        var vocabulary = 0, scores = 0
        for token in document.tokens {
            if words.contains(token.text) { vocabulary += 1 } else if isScore(token.text) { scores += 1 }
        }
        for entity in document.entities where entity.type == .organization && !entity.mentions.isEmpty {
            if FeatureGazetteer.shared.categories(of: entity.name).contains(.sportsTeam) { vocabulary += 1 }
        }
        // Scores alone are rates and ranges in business news ("5.63-65"): vocabulary must be there.
        let weight = vocabulary + 2 * scores
        return vocabulary >= 2 && vocabulary + scores >= 3 && weight * 1000 >= 12 * max(1, document.tokens.count)
    }

    /// "6-2", "3-0", "1-1": two small numbers joined by a hyphen.
    static func isScore(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 48, first <= 57, text.utf8.count <= 5 else { return false }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { $0.count >= 1 && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
