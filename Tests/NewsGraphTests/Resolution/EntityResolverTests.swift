import Testing
import TestSupport
@testable import NewsGraph

/// In-article resolution: one entity per real-world entity, every surface form kept.
@Suite struct EntityResolverTests {
    func entities(_ text: String) -> [LocalEntity] {
        Analysis.document(text).entities
    }

    func entity(_ text: String, named name: String) -> LocalEntity? {
        entities(text).first { $0.name == name }
    }

    @Test func titlesAndPossessivesJoinTheFullName() throws {
        let text = "U.S. President Donald Trump met Japanese Prime Minister Shinzo Abe. President Trump praised Abe's plan, and Trump left."
        let found = entities(text)
        let trump = try #require(found.first { $0.name == "Donald Trump" })
        #expect(trump.type == .person)
        #expect(trump.aliases.contains("Trump"))
        #expect(trump.mentions.count == 3)
        let abe = try #require(found.first { $0.name == "Shinzo Abe" })
        #expect(abe.mentions.count == 2)
        #expect(!found.contains { $0.type == .person && ($0.name == "Trump" || $0.name == "Abe" || $0.name.hasPrefix("President")) })
    }

    @Test func demonymsLinkTheCountryAndNeverMakeAPerson() throws {
        let found = entities("Chinese President Xi Jinping and West German Chancellor Helmut Kohl met Soviet leader Mikhail Gorbachev.")
        #expect(found.contains { $0.type == .country && $0.name == "China" && $0.countryCode == "CN" })
        #expect(found.contains { $0.type == .country && $0.name == "West Germany" })
        #expect(found.contains { $0.type == .country && $0.name == "Soviet Union" && $0.countryCode == "SUHH" })
        let people = Set(found.filter { $0.type == .person }.map(\.name))
        #expect(people == ["Xi Jinping", "Helmut Kohl", "Mikhail Gorbachev"])
        #expect(!found.contains { $0.type == .organization && ["Chinese", "West German", "Soviet"].contains($0.name) })
    }

    @Test func countryAliasesAreOneCountry() throws {
        let found = entities("The United States and Britain agreed. U.S. officials said America would act, and U.K. officials agreed.")
        let us = try #require(found.first { $0.countryCode == "US" })
        #expect(us.name == "United States")
        #expect(us.aliases.isSuperset(of: ["U.S.", "America"]))
        #expect(found.filter { $0.countryCode == "US" }.count == 1)
        let uk = try #require(found.first { $0.countryCode == "GB" })
        #expect(uk.aliases.contains("Britain"))
        #expect(found.filter { $0.countryCode == "GB" }.count == 1)
    }

    @Test func acronymsJoinTheirExpansion() throws {
        let text = "Prime Minister Shinzo Abe's ruling Liberal Democratic Party (LDP) faces an election. The LDP has a majority."
        let ldp = try #require(entity(text, named: "Liberal Democratic Party"))
        #expect(ldp.type == .organization)
        #expect(ldp.aliases.contains("LDP"))
        #expect(ldp.mentions.count == 3)
    }

    @Test func shortFormsJoinTheOnlyLongerName() throws {
        let text = "Bank of Japan Governor Satoshi Sumita said the Bank will intervene if necessary. Sumita said so in Tokyo."
        let boj = try #require(entity(text, named: "Bank of Japan"))
        #expect(boj.mentions.count == 2)
        #expect(entity(text, named: "Bank") == nil)
    }

    @Test func shortFormsJoinInTurnWhenALongerFormJoinsFirst() throws {
        // "Nippon Steel" starts two longer names until "Nippon Steel Chemical" joins the longest.
        let text = "Nippon Steel Chemical Corp said sales rose. Nippon Steel Chemical is a unit. Nippon Steel shares fell."
        let found = entities(text).filter { $0.type == .organization }
        let company = try #require(found.first { $0.name == "Nippon Steel Chemical Corp" })
        #expect(found.count == 1)
        #expect(company.aliases.isSuperset(of: ["Nippon Steel Chemical", "Nippon Steel"]))
        #expect(company.mentions == company.mentions.sorted())
    }

    @Test func partialNamesJoinTheFullName() throws {
        let text = "Deputy Energy Minister Fernando Santos Alvite said Ecuador would ask for more. Santos Alvite arrived in Caracas last night."
        let person = try #require(entity(text, named: "Fernando Santos Alvite"))
        #expect(person.aliases.contains("Santos Alvite"))
        #expect(entity(text, named: "Energy") == nil)
    }

    @Test func twoPeopleSharingASurnameStayApart() throws {
        let text = "Howard Baker met James Baker on Monday. Howard Baker said later that Baker was right."
        let found = entities(text).filter { $0.type == .person }
        #expect(Set(found.map(\.name)).isSuperset(of: ["Howard Baker", "James Baker"]))
        let howard = try #require(found.first { $0.name == "Howard Baker" })
        let james = try #require(found.first { $0.name == "James Baker" })
        #expect(howard.mentions.count + james.mentions.count >= 3)
        #expect(Set(howard.mentions).isDisjoint(with: james.mentions))
    }

    @Test func stockTickersAreNotPartOfANameAndLegalFormsKeepTheCompany() throws {
        let text = "Net profit will rise, said Jacopo Vittorelli, chief executive of Societe Internationale Pirelli SA <PIRI.Z>."
        #expect(entity(text, named: "Societe Internationale Pirelli SA")?.type == .organization)
        #expect(!entities(text).contains { $0.name.contains("<") })
    }

    @Test func honorificsMakeAPersonAndFeatureNamesStayWhole() {
        let text = "Speaking on the radio, Lord Browne said BP had found oil in the Gulf of Mexico."
        let found = entities(text)
        #expect(found.contains { $0.type == .person && $0.name == "Browne" })
        #expect(found.contains { $0.type == .place && $0.name == "Gulf of Mexico" })
        #expect(!found.contains { $0.name == "Mexico" })
    }

    @Test func monthsTitlesAndCountriesAreNeverPeople() {
        let found = Analysis.document("March was busy. Chancellor said nothing. Japanese said so. Jordan agreed.").entities
        #expect(!found.contains { $0.type == .person && ["March", "Chancellor", "Japanese", "Jordan"].contains($0.name) })
    }

    @Test func personNameStripsTitlesAndCountries() {
        #expect(ResolutionState.personName(["West", "German", "Chancellor", "Helmut", "Kohl"]) == ["Helmut", "Kohl"])
        #expect(ResolutionState.personName(["Mr", "Blair"]) == ["Blair"])
        #expect(ResolutionState.personName(["Prime", "Minister"]) == [])
        #expect(ResolutionState.personName(["Daniel", "arap", "Moi"]) == ["Daniel", "arap", "Moi"])
    }

    @Test func qualifiersAreFlagged() throws {
        let document = Analysis.document("Former Prime Minister Yasuhiro Nakasone and newly appointed Finance Minister Kiichi Miyazawa spoke.")
        let roles = document.facts.compactMap { fact -> RoleFact? in if case .role(let r) = fact { return r } else { return nil } }
        let byPerson = Dictionary(roles.map { (document.entities[$0.person].name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byPerson["Yasuhiro Nakasone"]?.qualifier == "former")
        #expect(byPerson["Kiichi Miyazawa"]?.qualifier == "newly appointed")
    }
}
