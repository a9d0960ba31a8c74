import Testing
import TestSupport
@testable import NewsGraph

/// Products and works the tagger types as organizations or places are not entities of the graph.
@Suite struct TitlesOfWorksTests {
    func names(_ text: String) -> Set<String> {
        Set(Analysis.document(text, date: "2005-03-01").entities.map(\.name))
    }

    @Test func versionNumbersAndSubtitlesMarkWorks() {
        let found = names("The awards went to Halo 2, while Burnout 3 won three prizes. Hitman: Contracts won the music award at the ceremony in London.")
        #expect(!found.contains("Halo"))
        #expect(!found.contains("Burnout"))
        #expect(!found.contains("Hitman"))
        #expect(found.contains("London"))
    }

    @Test func quantitiesAndCountriesAreNotVersions() {
        let found = names("Toyota 2 mln shares were traded in Japan. Japan: Exports rose, the ministry in Tokyo said.")
        #expect(found.contains("Toyota"))
        #expect(found.contains("Japan"))
    }
}
