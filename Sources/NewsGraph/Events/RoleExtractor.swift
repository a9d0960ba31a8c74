/// Finds offices that the text states explicitly:
/// - pre-modifier titles: "U.S. Trade Representative Robert Lighthizer", "Japan's Minister of Economic
///   Revitalization Toshimitsu Motegi", "Bundesbank President Karl Otto Poehl";
/// - appositions: "Karl Otto Poehl, president of the Bundesbank," and "X, Japan's economy minister,".
public struct RoleExtractor: ExampleDocumentedExtractor {
    public init() {}

    public static let triggeringExamples: [PatternExample] = [
        PatternExample("U.S. Trade Representative Robert Lighthizer arrived on Monday.",
                       ["Robert Lighthizer|Trade Representative|United States"]),
        PatternExample("Japan's Minister of Economic Revitalization Toshimitsu Motegi spoke in Tokyo.",
                       ["Toshimitsu Motegi|Minister of Economic Revitalization|Japan"]),
        PatternExample("Chinese President Xi Jinping will visit next week.", ["Xi Jinping|President|China"]),
        PatternExample("Economy Minister Toshimitsu Motegi said talks would continue.", ["Toshimitsu Motegi|Economy Minister|"]),
        // Two offices before the name, each with its own head; a hyphenated rank prefix ("Vice-minister", "co-president").
        PatternExample("Lennar Corp chairman and president, Leonard Miller, said the backlog was strong.",
                       ["Leonard Miller|Chairman|Lennar Corp", "Leonard Miller|President|Lennar Corp"]),
        PatternExample("Vice-minister of foreign trade Bernardo Chamorro said the meeting would go ahead.",
                       ["Bernardo Chamorro|Vice-minister of Foreign Trade|"]),
        // ... but one office whose fields are joined by "and".
        PatternExample("Trade and Industry Secretary Patricia Hewitt spoke on Monday.", ["Patricia Hewitt|Trade and Industry Secretary|"]),
        PatternExample("The plan was backed by Karl Otto Poehl, president of the Bundesbank, on Tuesday.",
                       ["Karl Otto Poehl|President|Bundesbank"]),
        PatternExample("Former Prime Minister Yasuhiro Nakasone spoke to reporters.",
                       ["Yasuhiro Nakasone|Prime Minister|"]),
        PatternExample("He spoke after talks with Turkish Ambassador to Athens Nazmi Akiman, who arrived last night.",
                       ["Nazmi Akiman|Ambassador to Athens|Turkey"]),
        PatternExample("Secretary General Javier Perez de Cuellar has proposed an impartial inquiry.",
                       ["Javier Perez de Cuellar|Secretary General|"]),
        PatternExample("South Africa's Environmental Affairs Minister John Wiley died today, police said.",
                       ["John Wiley|Environmental Affairs Minister|South Africa"]),
        PatternExample("Earlier, Venezuelan Energy and Mines Minister Aturo Hernandez Grisanti said his country would help.",
                       ["Aturo Hernandez Grisanti|Energy and Mines Minister|Venezuela"]),
        PatternExample("\"It is a tragic time,\" JP Morgan chief executive William Harrison and chief operating officer James Dimon said in the letter.",
                       ["William Harrison|Chief Executive|JP Morgan", "James Dimon|Chief Operating Officer|JP Morgan"]),
        PatternExample("Sales should grow, said Jacopo Vittorelli, chief executive of Societe Internationale Pirelli SA <PIRI.Z>.",
                       ["Jacopo Vittorelli|Chief Executive|Societe Internationale Pirelli SA"]),
        PatternExample("Michael Raftery, project manager at the Hansard Society, said the elections were exciting.",
                       ["Michael Raftery|Project Manager|Hansard Society"]),
        PatternExample("Schools Minister Stephen Twigg said engaging young people was essential.",
                       ["Stephen Twigg|Schools Minister|"]),
        PatternExample("The newly appointed Finance Minister Gerhard Stoltenberg said rates would stay low.",
                       ["Gerhard Stoltenberg|Finance Minister|"]),
        PatternExample("Saudi Arabia's Crown Prince Abdullah Ibn Abdulaziz said progress would come within months.",
                       ["Crown Prince Abdullah Ibn Abdulaziz|Crown Prince|Saudi Arabia"]),
        PatternExample("Herrington arrived on the eve of a visit to London by King Fahd of Saudi Arabia.", ["King Fahd|King|Saudi Arabia"]),
        PatternExample("John Smith, chairman and chief executive of Acme Widgets Inc, said sales rose.",
                       ["John Smith|Chairman|Acme Widgets Inc", "John Smith|Chief Executive|Acme Widgets Inc"]),
        PatternExample("Peter Jones, who is president of Global Motors Corp, declined to comment.",
                       ["Peter Jones|President|Global Motors Corp"]),
        PatternExample("Adrian Hosford, director of corporate responsibility at British Telecom, said the gap would grow.",
                       ["Adrian Hosford|Director of Corporate Responsibility|British Telecom"]),
        PatternExample("Amit Yoran is director of the National Cyber Security Division within the Department of Homeland Security.",
                       ["Amit Yoran|Director|National Cyber Security Division"]),
        PatternExample("Representatives of nine countries will meet, Egypt's Minister of State for Foreign Affairs, Boutros Boutros Ghali, said.",
                       ["Boutros Boutros Ghali|Minister of State for Foreign Affairs|Egypt"]),
        PatternExample("\"We are working on it,\" said Lance Friedmann, Kraft Foods senior vice president.",
                       ["Lance Friedmann|Senior Vice President|Kraft Foods"]),
        PatternExample("Fiat boss Sergio Marchionne will fly to Zurich.", ["Sergio Marchionne|Boss|Fiat"]),
        PatternExample("Chancellor of the Exchequer Nigel Lawson said progress had been made.", ["Nigel Lawson|Chancellor of the Exchequer|"]),
        PatternExample("The strikers want talks with the government of President Carlos Mendez, union leaders said.",
                       ["Carlos Mendez|President|"]),
        PatternExample("Chief of Staff Donald Regan left the meeting early.", ["Donald Regan|Chief of Staff|"]),
        PatternExample("Trade Minister Ana Rivas of Chile arrived in Lima on Monday.", ["Ana Rivas|Trade Minister|Chile"]),
        PatternExample("Tom Hale, chairman and chief executive, said the company would grow.",
                       ["Tom Hale|Chairman|", "Tom Hale|Chief Executive|"]),
        PatternExample("The opposition's shadow home secretary David Davis said the plan would fail.",
                       ["David Davis|Shadow Home Secretary|"]),
        PatternExample("The Federal Reserve will keep interest rates steady, vice chairman Manuel Johnson said.",
                       ["Manuel Johnson|Vice Chairman|Federal Reserve"]),
        PatternExample("The Asian Development Bank has admitted two new members, with president Masao Fujioka saying more would follow.",
                       ["Masao Fujioka|President|Asian Development Bank"]),
        PatternExample("The Central Bank approved the swap plan, Finance Minister Juan Perez said.", ["Juan Perez|Finance Minister|"]),
        PatternExample("The Federal Reserve raised rates after treasury secretary James Baker said the dollar was too weak.",
                       ["James Baker|Treasury Secretary|"]),
        PatternExample("Allied Stores Corp's new chief executive, John Reed, is trying to negotiate a settlement.",
                       ["John Reed|Chief Executive|Allied Stores Corp"]),
        PatternExample("The Liberal Democrats met in Brighton. Liberal Democrat environment spokesman Norman Baker said the plan was weak.",
                       ["Norman Baker|Environment Spokesman|Liberal Democrats"]),
        PatternExample("Jon Rosenbaum, U.S. assistant trade representative, said talks would resume.",
                       ["Jon Rosenbaum|Assistant Trade Representative|United States"]),
        PatternExample("Anne Hall, director general of the UK's Federation of Small Businesses (FSB), said firms were worried.",
                       ["Anne Hall|Director General|Federation of Small Businesses"]),
        PatternExample("Paul Gray, president of the consulting firm Gray Associates Inc, said demand was strong.",
                       ["Paul Gray|President|Gray Associates Inc"]),
        PatternExample("The delegations are headed by Jose Ruiz, assistant energy secretary of Mexico and Energy Minister Luis Soto of Peru.",
                       ["Jose Ruiz|Assistant Energy Secretary|Mexico", "Luis Soto|Energy Minister|Peru"]),
        PatternExample("Acme Corp said its board elected John Smith as chairman and chief executive officer.",
                       ["John Smith|Chairman|Acme Corp", "John Smith|Chief Executive Officer|Acme Corp"]),
        PatternExample("Manchester United director of football Jose Garcia praised the fans.", ["Jose Garcia|Director of Football|Manchester United"]),
        PatternExample("The merger is opposed, director of corporate strategy Mark Lee told reporters.",
                       ["Mark Lee|Director of Corporate Strategy|"]),
        PatternExample("EC farm Commissioner Frans Andriessen will visit Dublin next week.",
                       ["Frans Andriessen|Farm Commissioner|European Community"]),
        PatternExample("Labour's election chief Alan Milburn denied there was an attempt to sideline him.", ["Alan Milburn|Election Chief|Labour Party"]),
        PatternExample("British corporate affairs minister Michael Howard arrived in Tokyo.",
                       ["Michael Howard|Corporate Affairs Minister|United Kingdom"]),
        PatternExample("British film director Alan Parker has been knighted.", ["Alan Parker|Director|"]),
        PatternExample("Acme Corp appointed president John Smith to the board.", ["John Smith|President|"]),
        PatternExample("The plan will be worked out by the LDP before Prime Minister Yasuhiro Nakasone leaves for Washington.",
                       ["Yasuhiro Nakasone|Prime Minister|"]),
        PatternExample("John Smith, U.S. Secretary of State, said the plan was good.", ["John Smith|Secretary of State|United States"]),
        PatternExample("The UAE's Minister of State for Finance and Industry, Ahmed al-Tayer, told reporters the talks went well.",
                       ["Ahmed al-Tayer|Minister of State for Finance and Industry|United Arab Emirates"]),
        PatternExample("Barroso wrote to the President of the European Parliament, Josep Borrell, about the plan.",
                       ["Josep Borrell|President|European Parliament"]),
        PatternExample("ITV's controller of entertainment, Claudia Rosencrantz, said the show would return.",
                       ["Claudia Rosencrantz|Controller of Entertainment|ITV"]),
        PatternExample("Acme Corp and its president John Smith have asked for a list of shareholders.",
                       ["John Smith|President|Acme Corp"]),
        PatternExample("The Royal College of Nursing backed the plan. Mary Jones, the organisation's president, said it was overdue.",
                       ["Mary Jones|President|Royal College of Nursing"]),
        PatternExample("Japan's exports rose, and its trade minister Hajime Tamura said they would fall.", ["Hajime Tamura|Trade Minister|"]),
        PatternExample("Alberta Premier Don Getty agreed that progress was being made.", ["Don Getty|Premier|Alberta"]),
        PatternExample("Tim Congdon, an economist at Lombard Street Research, said inflation would rise.",
                       ["Tim Congdon|Economist|Lombard Street Research"]),
        PatternExample("Nancy Tauss, vice president of the Transport Workers Union Local 553, said the plan was unfair.",
                       ["Nancy Tauss|Vice President|Transport Workers Union Local"]),
        PatternExample("Helmut Schlesinger, vice-president of the West German central bank, the Bundesbank, said growth would slow.",
                       ["Helmut Schlesinger|Vice-president|Bundesbank"]),
        PatternExample("Jorge Cardenas, manager of Colombia's coffee growers' federation, said prices would rise.",
                       ["Jorge Cardenas|Manager|Colombia"]),
        PatternExample("Robert Ortner, undersecretary of economic affairs for the Commerce Department, said the yen was cheap.",
                       ["Robert Ortner|Undersecretary of Economic Affairs|U.S. Department of Commerce"]),
        // An office stated bare in a story about one organisation is an office there (`ArticleSubject`) ...
        PatternExample("Conrac Corp said it rejected the offer. Conrac said its board would meet. Treasurer Joseph Smorada would get a payment.",
                       ["Joseph Smorada|Treasurer|Conrac Corp"]),
        PatternExample("Moulinex SA posted a loss. Moulinex shares fell. Group president Jean Mantelet said he would sell his stake.",
                       ["Jean Mantelet|President|Moulinex SA"]),
        PatternExample("The LDP approved the plan on Friday. LDP leaders met. LDP executive council chairman Shintaro Abe will explain it.",
                       ["Shintaro Abe|Chairman|LDP"]),
        // ... but not a head of state's title, an office whose words name another body or field, a possessive read
        // back, or a story about two companies.
        PatternExample("Acme Corp said profits rose. Acme Corp will add jobs, President Ronald Reagan said.", ["Ronald Reagan|President|"]),
        PatternExample("Acme Corp said profits rose. Acme Corp shares rose after then president Jimmy Carter spoke.", ["Jimmy Carter|President|"]),
        PatternExample("Acme Corp said profits rose. Acme Corp will build a plant. Smith discussed it with president Alan Garcia.",
                       ["Alan Garcia|President|"]),
        PatternExample("Acme Corp said profits rose. Acme Corp shares fell. The plan was criticised by public accounts committee chairman Edward Leigh.",
                       ["Edward Leigh|Chairman|"]),
        PatternExample("Acme Corp said profits rose. Acme Corp will add jobs, White House spokesman Marlin Fitzwater said.",
                       ["Marlin Fitzwater|White House Spokesman|"]),
        PatternExample("Acme Corp bid for Zenith Inc. Acme Corp and Zenith Inc talked. Chairman John Smith said the bid was low.",
                       ["John Smith|Chairman|"]),
        // An apposition whose body is described, or not recognised: the office alone, its field kept.
        PatternExample("Paul Channon, secretary for trade and industry, said the community would retaliate.",
                       ["Paul Channon|Secretary for trade and industry|"]),
        PatternExample("Despite the rejection, Werner Seifert, chief executive of the stock exchange, may come back with a better offer.",
                       ["Werner Seifert|Chief Executive|"]),
        PatternExample("The head of the finance department, Rolf Selowsky, resigned days after the scandal broke.",
                       ["Rolf Selowsky|Head of the Finance Department|"]),
        PatternExample("The chief inspector of schools, David Bell, also said the exams should go.", ["David Bell|Chief Inspector of Schools|"]),
        PatternExample("\"We want to start right away,\" said Fumio Watanabe, who is also chairman of Tokio Insurance Inc.",
                       ["Fumio Watanabe|Chairman|Tokio Insurance Inc"]),
        PatternExample("It was led by Digby Jones, director general of the Confederation of British Industry and included bankers.",
                       ["Digby Jones|Director General|Confederation of British Industry"]),
        PatternExample("The view was voiced again today by her defence minister, George Younger.", ["George Younger|Defence Minister|"]),
        // A party's other name before the office, the party named in the article.
        PatternExample("The Conservative Party set out its plans. Tory leader Michael Howard said taxes would fall.",
                       ["Michael Howard|Leader|Conservative Party"]),
        // An office whose first words name a body of the article.
        PatternExample("The White House said it would veto the bill. White House spokesman Marlin Fitzwater said the plan was dead.",
                       ["Marlin Fitzwater|Spokesman|White House"]),
        // Appointments, read from the tree.
        PatternExample("Acme Corp said John Smith was named chairman, succeeding Paul Jones.", ["John Smith|Chairman|"]),
        PatternExample("Frank Rubury was elected president and chief operating officer of Wurlitzer Corp, effective April 27.",
                       ["Frank Rubury|President|Wurlitzer Corp", "Frank Rubury|Chief Operating Officer|Wurlitzer Corp"]),
        PatternExample("Heinz Hofer was elected executive committee chairman on Friday.", ["Heinz Hofer|Executive Committee Chairman|"]),
        // A stock ticker between a company and its office.
        PatternExample("Volkswagen AG <VOWG.F> chairman Carl Hahn said the company was strong.", ["Carl Hahn|Chairman|Volkswagen AG"]),
    ]

    public static let nonTriggeringExamples: [PatternExample] = [
        PatternExample("Robert Lighthizer arrived in Tokyo on Monday."),
        PatternExample("The minister said Japan would not cave in."),
        PatternExample("Analysts at Goldman Sachs expect rates to rise."),
        PatternExample("Howard Baker, who met the minister last week, declined to comment."),
        PatternExample("Howard Baker was president when the plan failed."),
        PatternExample("In Washington, Howard Baker said the plan failed."),
        PatternExample("James Baker said the president would not veto the bill."),
        PatternExample("Prices rose after Japan's central bank cut rates, dealers said."),
        PatternExample("Sheikh Ali al-Khalifa al-Sabah was quoted by the daily al-Qabas as saying no meeting was planned."),
        PatternExample("Economist Paul Lee said growth would slow this year."),
        PatternExample("Prices will fall further, said Lehman Brothers analyst Jane Roe."),
        PatternExample("Fund manager Tom Price said he would sell his shares."),
        PatternExample("Mary Stone, a director, said the board would meet."),
        PatternExample("Herrington is scheduled to meet King Hassan during his visit."),
        PatternExample("The company said it replaced John Smith as president with Stephen Fischer."),
        PatternExample("Acme Corp said its board removed John Smith as chairman and chief executive officer."),
        PatternExample("The singer Elton John's partner David Furnish was at the party."),
        PatternExample("Mr Brown's former adviser Ed Balls said the plan was costly."),
        PatternExample("In a letter to Supermarkets General, Herbert Haft said he would raise his bid."),
        PatternExample("John Smith, president of Acme Corp's biggest rival and a critic of the merger, said it would fail."),
        PatternExample("\"We will look hard at the controls,\" said Donald Nicolaisen, the SEC's chief accountant."),
        PatternExample("John Smith was not named chairman, the company said."),
        PatternExample("Ann Lee and Tom Hale were elected secretary and treasurer, respectively."),
    ]

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .role(let role) = fact else { return nil }
        let org = role.organization.map { document.entities[$0].name } ?? ""
        return "\(document.entities[role.person].name)|\(role.roleName)|\(org)"
    }

    static let connectors: Set<String> = ["of", "for", "and", "on", "&"]
    static let qualifiers: Set<String> = ["former", "Former", "acting", "Acting", "outgoing", "Outgoing", "interim", "Interim", "new", "New", "newly", "designate"]
    static let organizationTypes: Set<EntityType> = [.country, .organization, .city]

    public func extract(from document: Document) -> [Fact] {
        var facts: [Fact] = []
        var seen: Set<String> = []
        // The organization of the role stated just before each person mention ends, for
        // "JP Morgan chief executive William Harrison and chief operating officer James Dimon".
        var organizationEndingAt: [Int: Int] = [:]
        for (m, mention) in document.mentions.enumerated() {
            guard let person = document.mentionEntities[m], document.entities[person].type == .person else { continue }
            let before = premodifierRoles(document, person: person, mention: mention, organizationEndingAt: organizationEndingAt)
            for fact in before {
                if case .role(let role) = fact, let org = role.organization { organizationEndingAt[mention.tokenRange.upperBound - 1] = org }
            }
            let titled = before.isEmpty ? nameTitleRole(document, person: person, mention: mention) : []
            let after = organizationAfterName(document, mention: mention)
            let stated = appositionRoles(document, person: person, mention: mention) + asRoles(document, person: person, mention: mention)
                + appointedRoles(document, person: person, mention: mention)
            for fact in before + titled + stated {
                guard case .role(var role) = fact else { continue }
                // "Energy Minister Javier Espinosa of Ecuador", "King Fahd of Saudi Arabia".
                if role.organization == nil, let after { role.organization = after }
                // A royal title with no country stated is how the person is addressed ("King Hassan").
                if role.organization == nil, titled.contains(fact) { continue }
                if role.organization == nil, role.roleName.split(separator: " ").allSatisfy({ isTitleToken(String($0)) || RoleExtractor.connectors.contains(String($0)) }) {
                    if let spoken = organizationSpokenFor(document, mention: mention), statedBare(role) { role.organization = spoken }
                }
                if role.organization == nil, let (body, office) = bodyOpeningOffice(role.roleName, document) {
                    role.organization = body
                    role.roleName = office
                }
                if RoleExtractor.isOccupation(role.roleName, attached: role.organization != nil) { continue }
                if seen.insert(role.identity).inserted { facts.append(.role(role)) }
            }
        }
        return officesOfTheSubject(facts, document)
    }

    /// Corporate offices whose body the article leaves to its subject ("chairman Allan Taylor said" in a story
    /// about one bank).
    static let corporateOfficeHeads: Set<String> = [
        "chairman", "chairwoman", "chairperson", "co-chairman", "vice-chairman", "president", "vice-president", "executive",
        "officer", "treasurer", "director", "director-general", "founder", "co-founder", "boss", "chief", "spokesman",
        "spokeswoman", "spokesperson", "controller", "head",
    ]

    /// "Treasurer Joseph Smorada", "chairman Allan Taylor said": a corporate office stated with no body, in an article
    /// about one organisation (`ArticleSubject`), is an office of that organisation when its words are all corporate
    /// ranks (`corporateRanks`); not in sports news (a captain,
    /// a coach of one of two sides), not for a person the article gives an office in a stated body, and not the
    /// capitalised "President"/"Vice President" alone, which news writes before heads of state ("President Reagan").
    private func officesOfTheSubject(_ facts: [Fact], _ document: Document) -> [Fact] {
        guard facts.contains(where: { if case .role(let r) = $0 { return r.organization == nil } else { return false } }),
              let subject = ArticleSubject.organization(of: document), !SportsContext.isSports(document) else { return facts }
        var attached: Set<Int> = []
        for case .role(let role) in facts where role.organization != nil { attached.insert(role.person) }
        var seen: Set<String> = []
        var result: [Fact] = []
        for fact in facts {
            guard case .role(var role) = fact, role.organization == nil, !attached.contains(role.person), role.person != subject,
                  RoleExtractor.corporateOfficeHeads.contains(RoleEvaluation.head(role.roleName)),
                  role.roleName.lowercased().split(separator: " ").allSatisfy({
                      RoleExtractor.corporateOfficeHeads.contains(String($0)) || RoleExtractor.corporateRanks.contains(String($0)) }),
                  statedBare(role), !namedByNounBefore(role, subject: subject, document),
                  RoleEvaluation.head(role.roleName) != "president" || subjectInSentence(role, subject: subject, document) else {
                if case .role(let kept) = fact, seen.insert(kept.identity).inserted { result.append(fact) }
                continue
            }
            role.organization = subject
            if seen.insert(role.identity).inserted { result.append(.role(role)) }
        }
        return result
    }

    /// "Saouma also discussed projects with president Alan Garcia": news writes a head of state's title in lower case
    /// too, so a bare president is the subject's only in a sentence about the subject (named, or "the company"), and
    /// never a head of state the name gazetteer knows ("president Reagan's message").
    private func subjectInSentence(_ role: RoleFact, subject: Int, _ document: Document) -> Bool {
        guard !FeatureGazetteer.shared.categories(of: document.entities[role.person].name).contains(.knownPerson) else { return false }
        return document.sentences[role.evidence.sentenceIndex].tokenRange.contains { k in
            document.tokenEntities[k] == subject || RoleExtractor.subjectNouns.contains(document.tokens[k].text.lowercased())
        }
    }

    static let subjectNouns: Set<String> = ["company", "firm", "group", "corporation", "bank"]

    /// Words of rank inside a corporate office ("Chief Operating Officer", "senior vice president", "group treasurer");
    /// an office with any other word names its field or its body ("White House spokesman", "consumer spokesman").
    static let corporateRanks: Set<String> = [
        "chief", "executive", "operating", "financial", "vice", "senior", "managing", "general", "deputy", "assistant",
        "group", "company", "corporate", "joint", "co-chief", "non-executive", "board",
    ]

    /// A stock ticker in angle brackets, one token: "<VOWG.F>", "<GENB.BR>".
    static func isTicker(_ word: String) -> Bool {
        word.count > 2 && word.hasPrefix("<") && word.hasSuffix(">")
    }

    static let stateHeadTitles: Set<String> = ["President", "Vice President", "Vice-president"]

    /// Whether the words before the office tie it to another body than the subject (`notTheSubjects`), or
    /// "Public accounts committee chairman Edward Leigh", "producer spokesman X": nouns right before the office (as the
    /// parser tags them) name the body or field it belongs to, which need not be the article's subject; nouns for a
    /// body's own organs are the subject's when nothing else is named before them ("committee Chairman Patrick Leahy",
    /// "LDP executive council chairman Shintaro Abe" in a story about the LDP).
    private func namedByNounBefore(_ role: RoleFact, subject: Int, _ document: Document) -> Bool {
        let range = document.sentences[role.evidence.sentenceIndex].tokenRange
        guard let first = range.first(where: { document.tokens[$0].charStart == role.evidence.spanStart }), first > range.lowerBound,
              let tree = document.tree(ofSentence: role.evidence.sentenceIndex) else { return false }
        let previous = document.tokens[first - 1].text.lowercased()
        if RoleExtractor.notTheSubjects.contains(previous) { return true }
        if previous == "the", first - 2 >= range.lowerBound, document.tokens[first - 2].text == "to" { return true }
        var k = first - 1
        while k >= range.lowerBound, document.tokenEntities[k] == nil, [.NOUN, .PROPN].contains(tree.tag(of: k)) {
            let word = document.tokens[k].text.lowercased()
            if !RoleExtractor.corporateRanks.contains(word) && !RoleExtractor.organs.contains(word) { return true }
            k -= 1
        }
        return k >= range.lowerBound && document.tokenEntities[k].map({ $0 != subject }) == true
    }

    /// Words before an office that tie it to something other than the article's subject: a possessive the body
    /// referred back to has already been read from ("Kazakhstan has been dominated by its president X"), and words for
    /// a head of state out of office ("then president Jimmy Carter", "deposed former president Ferdinand Marcos");
    /// "assistant to the president X" is no office of X's.
    static let notTheSubjects: Set<String> = ["its", "their", "his", "her", "then", "deposed", "late", "ousted", "exiled", "slain"]

    /// Nouns for the organs of a body, standing before an office in it ("executive council chairman").
    static let organs: Set<String> = ["council", "committee", "board", "party", "bank", "management", "supervisory", "policy"]

    /// Whether the office stands with no body's name before it: no capitalised word other than a corporate rank
    /// precedes its head where it is stated ("Commission president Jacques Delors", "Southcorp chairman Brian Finn"
    /// name their body, even when the tagger missed it), and a head of state's title is in lower case ("president
    /// John Smith said", "Group president Jean Mantelet"; not "President Reagan").
    private func statedBare(_ role: RoleFact) -> Bool {
        let scalars = Array(role.evidence.sentenceText.unicodeScalars)
        let start = role.evidence.spanStart - role.evidence.sentenceStart, end = role.evidence.spanEnd - role.evidence.sentenceStart
        guard start >= 0, end <= scalars.count, start < end else { return false }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        var before = String.UnicodeScalarView()
        before.append(contentsOf: scalars[..<start])
        var words = String(text).split(whereSeparator: \.isWhitespace).map(String.init)
        // Up to two words before the span, which the office's phrase left out ("Southcorp chairman", "European
        // commission president"), back to a punctuation mark.
        for previous in String(before).split(whereSeparator: \.isWhitespace).suffix(2).reversed() {
            if previous.last.map({ $0.isPunctuation }) == true { break }
            words.insert(String(previous), at: 0)
        }
        let head = RoleEvaluation.head(role.roleName)
        guard let k = words.lastIndex(where: { $0.lowercased() == head }) else { return false }
        if words[..<k].contains(where: { $0.first?.isUppercase == true && !RoleExtractor.corporateRanks.contains($0.lowercased()) }) {
            return false
        }
        return !RoleExtractor.stateHeadTitles.contains(role.roleName) || words[k] == head
    }

    /// A lower-case word that may stand inside an office ("sport" in "director of sport"); "and" joins such words.
    private func isPlainWord(_ word: String) -> Bool {
        word == "and" || (word.count > 1 && word.allSatisfy { $0.isLowercaseLetter && $0.isLetter } && !RoleExtractor.appositionStops.contains(word))
    }

    /// The body that "its" or "the company's" ending at token `k` refers back to: the nearest organisation named
    /// before it in the sentence or the one before.
    private func bodyReferredBack(_ document: Document, endingAt k: Int, sentence s: Int) -> Int? {
        guard k >= 0, k < document.tokens.count else { return nil }
        let word = document.tokens[k].text
        let referring = word == "its" || word == "Its"
            || ((word == "'s" || word == "’s") && k >= 2 && document.tokenEntities[k - 1] == nil
                && isPlainWord(document.tokens[k - 1].text) && document.tokens[k - 2].text.lowercased() == "the")
        guard referring else { return nil }
        let start = document.sentences[max(0, s - 1)].tokenRange.lowerBound
        for t in stride(from: k - 1, through: start, by: -1) {
            if let e = document.tokenEntities[t], document.entities[e].type != .person {
                return document.entities[e].type == .organization ? e : nil
            }
        }
        return nil
    }

    /// Whether an organisation is named in `tokens` (checked before parsing a sentence for one).
    private func organizationNamed(in tokens: Range<Int>, _ document: Document) -> Bool {
        tokens.contains { document.entity(atToken: $0, types: [.organization]) != nil }
    }

    /// The text of token `k`, nil out of range.
    private func word(_ document: Document, _ k: Int) -> String? {
        k >= 0 && k < document.tokens.count ? document.tokens[k].text : nil
    }

    /// Whether the tokens from `k` close an apposition with a reporting verb: ", said", "said", ", told".
    private func isReportingClose(_ document: Document, at k: Int, end: Int) -> Bool {
        let verbs = RoleExtractor.closingReportingVerbs
        if verbs.contains(document.tokens[k].text) { return true }
        return document.tokens[k].text == "," && k + 1 < end && verbs.contains(document.tokens[k + 1].text)
    }

    /// Reporting verbs that close an apposition (`reportingVerbs` without "saying").
    static let closingReportingVerbs: Set<String> = ["said", "says", "told", "added"]

    /// Tokens that close an office's apposition right after it: punctuation or a reporting verb.
    static let appositionCloses: Set<String> = [",", ".", ";", "said", "says", "told"]

    /// Whether the apposition closes at token `k`: the end of the sentence or one of `appositionCloses`.
    private func closesApposition(_ document: Document, at k: Int, end: Int) -> Bool {
        k == end || RoleExtractor.appositionCloses.contains(document.tokens[k].text)
    }

    /// "The Bank of Japan is watching the markets, governor Satoshi Sumita said", "The Liberal Democrats launched
    /// their platform, with leader Charles Kennedy saying ...": the holder of a bare office reports on what the
    /// subject of the sentence's main clause, an organisation, does, and the office is that organisation's. The
    /// reporting clause may hang anywhere under the main one (parsers often attach it to the nearest noun), but it
    /// must not be introduced by a subordinator ("after Treasury Secretary Baker said ..."). The office is written
    /// in lower case, as a description of the person's post there; a formal title ("Finance Minister Jaime Ongpin")
    /// names an office of the state, whatever body the sentence is about.
    private func organizationSpokenFor(_ document: Document, mention: EntityMention) -> Int? {
        let range = mention.tokenRange
        guard range.lowerBound > 0, document.tokens[range.lowerBound - 1].text.first?.isLowercaseLetter == true,
              organizationNamed(in: document.sentences[mention.sentenceIndex].tokenRange.lowerBound..<range.lowerBound, document),
              (range.upperBound..<document.sentences[mention.sentenceIndex].tokenRange.upperBound).contains(where: {
                  RoleExtractor.reportingVerbs.contains(document.tokens[$0].text.lowercased()) }),
              let tree = document.tree(ofSentence: mention.sentenceIndex), let root = tree.root else { return nil }
        guard let name = tree.head(ofSpan: range),
              tree.relation(of: name) == .nsubj, let verb = tree.head(of: name), verb != root, verb > name, verb > root,
              RoleExtractor.reportingVerbs.contains(document.tokens[verb].text.lowercased()),
              tree.dependents(of: verb, [.mark]).allSatisfy({ document.tokens[$0].text.lowercased() == "with" }) else { return nil }
        return tree.subjects(of: root).lazy.compactMap { document.entity(atToken: $0, types: [.organization]) }.first
    }

    static let reportingVerbs: Set<String> = ["said", "says", "saying", "told", "added"]

    /// The organisation of the article whose name the capitalised words at the end of `words` begin, the last of
    /// them possibly in the singular ("Liberal Democrat" for "Liberal Democrats", "Conservative" for "Conservative
    /// Party"); nil when none or several do.
    private func organizationNamed(byAdjective words: [String], in document: Document) -> Int? {
        let adjective = Array(words.reversed().prefix { isCapitalized($0) && $0.allSatisfy { $0.isLetter } }.reversed())
        guard !adjective.isEmpty else { return nil }
        for length in stride(from: adjective.count, through: 1, by: -1) {
            let wanted = Array(adjective.suffix(length))
            // "Tory leader", "Lib Dem spokesman": a well-known body's other name, the body named in the article.
            let written = wanted.joined(separator: " ")
            if let known = WellKnownBodies.canonicalName(written) ?? WellKnownBodies.canonicalName(written + "s"),
               let body = document.entities.indices.first(where: { document.entities[$0].type == .organization && document.entities[$0].name == known }) {
                return body
            }
            let found = document.entities.indices.filter { e in
                document.entities[e].type == .organization && ([document.entities[e].name] + Array(document.entities[e].aliases)).contains { name in
                    var parts = name.split(separator: " ").map(String.init)
                    if parts.count == wanted.count + 1, parts.last == "Party" { parts.removeLast() }
                    guard parts.count == wanted.count, parts.dropLast() == wanted.dropLast(), let last = parts.last else { return false }
                    return last == wanted.last! || last == wanted.last! + "s"
                }
            }
            if found.count == 1 { return found[0] }
            if found.count > 1 { return nil }
        }
        return nil
    }

    /// The country or organisation of "of [the] X" right after a person's name ("President Musharraf of Pakistan").
    private func organizationAfterName(_ document: Document, mention: EntityMention) -> Int? {
        let end = document.sentences[mention.sentenceIndex].tokenRange.upperBound
        var k = mention.tokenRange.upperBound
        guard k + 1 < end, document.tokens[k].text == "of" else { return nil }
        k += 1
        if document.tokens[k].text == "the" { k += 1 }
        return document.entity(atToken: k, types: [.country, .organization])
    }

    /// Lower-case words that end an apposition before any office word ("X, who ...", "X, said ...").
    static let appositionStops: Set<String> = [
        "who", "which", "that", "said", "says", "was", "is", "has", "had", "also", "then", "and", "but", "a", "an", "the",
        "told", "added", "declined", "whose", "whom", "in", "on", "at", "of", "for", "to", "with", "by", "from", "as", "it",
        "he", "she", "they", "we", "i", "not", "would", "will", "could", "should", "may", "might", "did", "does", "do",
    ]

    private func isCapitalized(_ word: String) -> Bool { word.unicodeScalars.first?.isUppercaseLetter == true }

    private func isTitleToken(_ word: String) -> Bool {
        if let base = RoleExtractor.unprefixed(word) { return isTitleToken(base) }
        return isOfficeHead(word) || Titles.officeModifiers.contains(word) || Titles.officeModifiers.contains(word.capitalizedFirst)
            || RoleExtractor.furtherOfficeModifiers.contains(word.lowercased())
    }

    /// "co-president", "Vice-minister", "co-chief": an office word with a hyphenated prefix of rank is the office
    /// word's kind; nil for any other word.
    static func unprefixed(_ word: String) -> String? {
        for prefix in ["co-", "Co-", "vice-", "Vice-", "deputy-", "Deputy-"] where word.hasPrefix(prefix) && word.count > prefix.count + 2 {
            return String(word.dropFirst(prefix.count))
        }
        return nil
    }

    /// Modifiers that are part of an office's name and that the name gazetteer does not strip ("shadow foreign secretary").
    static let furtherOfficeModifiers: Set<String> = ["shadow"]

    /// Heads of occupations, which the guidelines do not count as offices ("UBS analyst X", "a fund manager at Y");
    /// an economist is a post only when the text names the body employing him ("an economist at ING Barings").
    static let occupationHeads: Set<String> = ["analyst", "strategist"]
    static let occupationsWithoutBody: Set<String> = ["economist"]
    static let occupationManagers: Set<String> = ["fund", "portfolio"]

    /// Whether an office phrase names an occupation rather than a position in a state or organisation.
    static func isOccupation(_ roleName: String, attached: Bool) -> Bool {
        let words = roleName.lowercased().split(separator: " ").map(String.init)
        let head = RoleEvaluation.head(roleName)
        if occupationHeads.contains(head) || (!attached && occupationsWithoutBody.contains(head)) { return true }
        if head == "manager", let k = words.firstIndex(of: "manager"), k > 0, occupationManagers.contains(words[k - 1]) { return true }
        return false
    }

    /// Office heads of business and administration that do not strip a name as titles do ("Fiat boss X").
    static let furtherOfficeHeads: Set<String> = [
        "administrator", "boss", "coordinator", "inspector", "vice-president", "vice-chairman", "director-general", "co-chairman",
        "co-founder", "superintendent", "commandant", "secretary-general",
    ]

    /// Whether a word (any case) heads an office phrase.
    private func isOfficeHead(_ word: String) -> Bool {
        if let base = RoleExtractor.unprefixed(word), !RoleExtractor.furtherOfficeHeads.contains(word.lowercased()) { return isOfficeHead(base) }
        return Titles.officeHeads.contains(word) || Titles.officeHeadsLowercased.contains(word.lowercased())
            || RoleExtractor.furtherOfficeHeads.contains(word.lowercased())
    }

    /// Title words directly before the person: "[Org|Country ('s)] Title words Person"; an entity after
    /// "to" inside the title stays in it ("Turkish Ambassador to Athens Nazmi Akiman"), one after "of",
    /// "for" or "at" is the organization ("Governor of the Bank of Japan Satoshi Sumita").
    private func premodifierRoles(_ document: Document, person: Int, mention: EntityMention, organizationEndingAt: [Int: Int]) -> [Fact] {
        let sentence = document.sentences[mention.sentenceIndex]
        var j = mention.tokenRange.lowerBound - 1
        // "Egypt's Minister of State for Foreign Affairs, Boutros Boutros Ghali, said": the office before a comma
        // when the name stands between commas.
        // Also "ITV's controller of entertainment, X," and "the President of the European Parliament, X,".
        if j - 1 >= sentence.tokenRange.lowerBound, document.tokens[j].text == ",",
           isTitleToken(document.tokens[j - 1].text) || isPlainWord(document.tokens[j - 1].text)
            || document.entity(atToken: j - 1, types: [.organization]) != nil,
           mention.tokenRange.upperBound == sentence.tokenRange.upperBound || [",", "."].contains(document.tokens[mention.tokenRange.upperBound].text) {
            j -= 1
        }
        let betweenCommas = j < mention.tokenRange.lowerBound - 1
        var phrase: [String] = []
        var organization: Int? = nil
        var innerOrganization: Int? = nil
        // "Real Madrid director of sport Emilio Butragueno", "secretary for trade and industry Paul Channon": the
        // office's field in lower case after its "of" or "for".
        var k = j
        var field: [String] = []
        while k >= sentence.tokenRange.lowerBound, field.count < 4, document.tokenEntities[k] == nil, isPlainWord(document.tokens[k].text) {
            field.insert(document.tokens[k].text, at: 0)
            k -= 1
        }
        // "The head of the food logistics agency, Bustanil Arifin, said": between commas, the field may be a description.
        var described = false
        if !field.isEmpty, betweenCommas, k - 1 >= sentence.tokenRange.lowerBound, document.tokens[k].text == "the",
           ["of", "for"].contains(document.tokens[k - 1].text) {
            described = true
            k -= 1
        }
        if let first = field.first, first != "and", k - 1 >= sentence.tokenRange.lowerBound, ["of", "for"].contains(document.tokens[k].text),
           document.tokenEntities[k - 1] == nil, isOfficeHead(document.tokens[k - 1].text) {
            phrase = [document.tokens[k].text] + (described ? ["the"] : []) + field
            j = k - 1
        }
        var modifierBetween: String? = nil
        var personPossessor = false
        while j >= sentence.tokenRange.lowerBound {
            let word = document.tokens[j].text
            // "EC external trade chief Willy de Clercq", "British corporate affairs minister X", "Labour's election chief
            // X": one lower-case modifier between the body (or its possessive) and its office; before a bare office a country's adjective and the word name a
            // profession ("British film director X").
            if let first = phrase.first, isTitleToken(first), !RoleExtractor.connectors.contains(first), modifierBetween == nil,
               isPlainWord(word), word != "and", !RoleExtractor.qualifiers.contains(word), j - 1 >= sentence.tokenRange.lowerBound,
               document.entity(atToken: j - 1, types: phrase.count >= 2 ? [.organization, .country] : [.organization]) != nil
                || (["'s", "’s"].contains(document.tokens[j - 1].text) && document.entity(atToken: j - 2, types: [.organization]) != nil),
               let tree = document.tree(ofSentence: mention.sentenceIndex),
               [.ADJ, .NOUN].contains(tree.tag(of: j)) || (tree.tag(of: j) == .VERB && !word.hasSuffix("ed") && !word.hasSuffix("s")) {
                modifierBetween = word
                phrase.insert(word, at: 0)
                j -= 1
                continue
            }
            // "Volkswagen AG <VOWG.F> managing board chairman Carl Hahn": a stock ticker stands between a company and its office.
            if RoleExtractor.isTicker(word), !phrase.isEmpty, j - 1 >= sentence.tokenRange.lowerBound, document.tokenEntities[j - 1] != nil {
                j -= 1
                continue
            }
            if let entity = document.tokenEntities[j] {
                let type = document.entities[entity].type
                guard let range = document.mentionRange(atToken: j) else { break }
                // "Minister of State for Foreign Affairs" read as a name: the words are the office's.
                if !phrase.isEmpty || document.tokens[range.upperBound].text == ",",
                   range.allSatisfy({ isTitleToken(document.tokens[$0].text) || RoleExtractor.connectors.contains(document.tokens[$0].text) }),
                   isTitleToken(document.tokens[range.lowerBound].text), range.lowerBound > sentence.tokenRange.lowerBound,
                   RoleExtractor.connectors.contains(document.tokens[range.lowerBound - 1].text) {
                    phrase.insert(contentsOf: range.map { document.tokens[$0].text }, at: 0)
                    j = range.lowerBound - 1
                    continue
                }
                let connector = range.lowerBound - 1 >= sentence.tokenRange.lowerBound ? document.tokens[range.lowerBound - 1].text : ""
                let head = range.lowerBound - 2 >= sentence.tokenRange.lowerBound ? document.tokens[range.lowerBound - 2].text : ""
                let headBefore = range.lowerBound - 3 >= sentence.tokenRange.lowerBound ? document.tokens[range.lowerBound - 3].text : ""
                if RoleExtractor.organizationTypes.contains(type) || type == .place, !phrase.isEmpty || connector == "to" || betweenCommas {
                    if connector == "to", isTitleToken(head) {
                        // "Ambassador to Athens": the place is part of the office.
                        let text = document.substring(document.tokens[range.lowerBound].start, document.tokens[range.upperBound - 1].end)
                        phrase.insert(contentsOf: ["to", text], at: 0)
                        j = range.lowerBound - 2
                        continue
                    }
                    if ["of", "for", "at"].contains(connector), isTitleToken(head), RoleExtractor.organizationTypes.contains(type), innerOrganization == nil {
                        innerOrganization = entity
                        j = range.lowerBound - 2
                        continue
                    }
                    if connector == "the", ["of", "for", "at"].contains(head), isTitleToken(headBefore), RoleExtractor.organizationTypes.contains(type), innerOrganization == nil {
                        innerOrganization = entity
                        j = range.lowerBound - 3
                        continue
                    }
                }
                // A region right before its office is its body as a city is ("Ontario Premier David Peterson").
                if RoleExtractor.organizationTypes.contains(type) || (type == .place && !phrase.isEmpty && range.upperBound == j + 1) {
                    organization = entity
                }
                break
            }
            if word == "'s" || word == "’s" {
                if j - 1 >= sentence.tokenRange.lowerBound, let entity = document.tokenEntities[j - 1] {
                    if RoleExtractor.organizationTypes.contains(document.entities[entity].type) { organization = entity }
                    personPossessor = document.entities[entity].type == .person
                }
                break
            }
            // "assistant energy secretary of Mexico and Energy Minister X": after a name, "and" joins two people's offices.
            if word == "and", j - 1 >= sentence.tokenRange.lowerBound, document.tokenEntities[j - 1] != nil { break }
            // "Chancellor of the Exchequer Nigel Lawson"
            let articleInOffice = word == "the" && !phrase.isEmpty && j - 1 >= sentence.tokenRange.lowerBound && document.tokens[j - 1].text == "of"
            // "Marsh's new chief executive, Michael Cherkasky": a qualifier stands between the office and its owner.
            let qualifierInOffice = !phrase.isEmpty && RoleExtractor.qualifiers.contains(word)
            if isCapitalized(word) || isTitleToken(word) || (RoleExtractor.connectors.contains(word) && !phrase.isEmpty) || articleInOffice || qualifierInOffice {
                if Titles.honorifics.contains(word) { j -= 1; continue }
                phrase.insert(word, at: 0)
                j -= 1
                continue
            }
            break
        }
        // "said its chairman, Sir Anthony Greener", "the company's chief executive X": the body referred back to.
        if organization == nil, innerOrganization == nil, !phrase.isEmpty, let back = bodyReferredBack(document, endingAt: j, sentence: mention.sentenceIndex) {
            organization = back
        }
        // "fund manager Florian Hamm": an occupation, whether or not "fund" was taken into the phrase.
        let stop = j >= sentence.tokenRange.lowerBound ? [document.tokens[j].text] : []
        let words = (stop + phrase).map { $0.lowercased() }
        if zip(words, words.dropFirst()).contains(where: { RoleExtractor.occupationManagers.contains($0) && $1 == "manager" }) { return [] }
        // Drop words before the first title word ("Analysts say Economy Minister", "Commenting on President"),
        // keeping a qualifier among them ("Former Prime Minister").
        var qualifier: String? = nil
        var dropped: [String] = []
        while let first = phrase.first, !isTitleToken(first) || RoleExtractor.connectors.contains(first) {
            if RoleExtractor.qualifiers.contains(first) { qualifier = first.lowercased() }
            dropped.append(phrase.removeFirst())
        }
        if let modifierBetween, dropped.last == modifierBetween { phrase.insert(dropped.removeLast(), at: 0) }
        // "Liberal Democrat environment spokesman Norman Baker": the words before the office name a body of the
        // article ("Liberal Democrats") that the tagger left as an adjective.
        if organization == nil, innerOrganization == nil, let body = organizationNamed(byAdjective: dropped, in: document) {
            organization = body
        }
        // "the government of President X": no office before "of", so the person's office is the one after it.
        if let of = phrase.firstIndex(where: { ["of", "for"].contains($0) }), of > 0, !phrase[..<of].contains(where: isOfficeHead) {
            phrase.removeFirst(of + 1)
        }
        // "chairman of President Reagan's council": the person's own office is the one after "of" ("Staff" is
        // no title of its own: "Chief of Staff Howard Baker").
        if let of = phrase.lastIndex(where: { ["of", "for"].contains($0) }), of > 0,
           phrase[(of + 1)...].contains(where: { Titles.officeHeads.contains($0) && $0 != "Staff" }),
           phrase[..<of].contains(where: { Titles.officeHeads.contains($0.capitalizedFirst) }) {
            phrase.removeFirst(of + 1)
        }
        if qualifier != nil {
        } else if let first = phrase.first, RoleExtractor.qualifiers.contains(first) {
            qualifier = first.lowercased()
            phrase.removeFirst()
        } else if j >= sentence.tokenRange.lowerBound, RoleExtractor.qualifiers.contains(document.tokens[j].text) {
            qualifier = document.tokens[j].text.lowercased()
        } else if j - 1 >= sentence.tokenRange.lowerBound, document.tokens[j].text == "appointed", document.tokens[j - 1].text == "newly" {
            qualifier = "newly appointed"
        }
        guard phrase.contains(where: isOfficeHead) else { return [] }
        if phrase.first == "Deputy" && phrase.count == 1 { return [] }
        // "Finance Minister Sue Essex" taken as the person "Essex": a name word right after the office's head
        // means the person's name was cut, and the office is not this mention's.
        for i in phrase.indices.dropFirst() where isOfficeHead(phrase[i - 1]) && isCapitalized(phrase[i]) && !isTitleToken(phrase[i]) {
            return []
        }
        // "general secretary of the Catholic Secular Forum" with "Secular Forum" taken for a person: the words after
        // the office's "of" name no office, so the mention continues the name of the body, not of a holder.
        if let head = phrase.lastIndex(where: isOfficeHead), head + 2 < phrase.count, ["of", "for", "at"].contains(phrase[head + 1]) {
            let rest = phrase[(head + 2)...].filter { $0 != "the" }
            if !rest.isEmpty, rest.allSatisfy(isCapitalized), !rest.contains(where: isTitleToken), phrase[head + 2] == "the" || rest.count >= 2 { return [] }
        }
        // "... chief executive William Harrison and chief operating officer James Dimon": the organization
        // of the first office carries over to the second.
        if organization == nil, innerOrganization == nil, j >= sentence.tokenRange.lowerBound {
            let k = document.tokens[j].text == "and" ? j - 1 : (document.tokens[j + 1].text == "and" ? j : -1)
            if let org = organizationEndingAt[k] { organization = org }
        }
        // "Sir Elton John's partner David Furnish", "Mr Brown's former advisor Ed Balls": a tie to a person, not an
        // office in a body.
        if personPossessor, let head = phrase.last?.lowercased(), RoleExtractor.personalTies.contains(head) { return [] }
        let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: (j + 1)..<mention.tokenRange.upperBound)
        // "Lennar Corp chairman and president, Leonard Miller": two offices, each with its own head word; not
        // "Secretary for Trade and Industry", whose "and" joins the fields of one office.
        let parts = phrase.split(separator: "and", omittingEmptySubsequences: false)
        let offices = parts.count >= 2 && parts.allSatisfy({ $0.last.map(isOfficeHead) == true && !$0.contains("of") && !$0.contains("for") })
            ? parts.map(Array.init) : [phrase]
        return offices.map { office in
            let roleName = office.map { $0 == "to" ? $0 : $0.capitalizedFirst }.joined(separator: " ").replacingOccurrences(of: " Of ", with: " of ").replacingOccurrences(of: " For ", with: " for ").replacingOccurrences(of: " And ", with: " and ").replacingOccurrences(of: " The ", with: " the ")
            return .role(RoleFact(person: person, roleName: roleName, organization: innerOrganization ?? organization, qualifier: qualifier, evidence: evidence))
        }
    }

    /// "Saudi Arabia's Crown Prince Abdullah", "King Fahd": a royal title that is part of the name is
    /// also the person's office, of the country written just before it.
    private func nameTitleRole(_ document: Document, person: Int, mention: EntityMention) -> [Fact] {
        let words = document.tokens[mention.tokenRange].map(\.text)
        let length = Titles.nameTitleLength(words)
        guard length > 0, words.count > length else { return [] }
        let title = words.prefix(length).joined(separator: " ")
        guard Titles.officeNameTitles.contains(title) else { return [] }
        let sentence = document.sentences[mention.sentenceIndex].tokenRange
        var j = mention.tokenRange.lowerBound - 1
        if j >= sentence.lowerBound, ["'s", "’s"].contains(document.tokens[j].text) { j -= 1 }
        var country: Int? = nil
        if j >= sentence.lowerBound, let entity = document.tokenEntities[j], document.entities[entity].type == .country { country = entity }
        let start = country.flatMap { _ in document.mentionRange(atToken: j)?.lowerBound } ?? mention.tokenRange.lowerBound
        let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: start..<mention.tokenRange.upperBound)
        return [.role(RoleFact(person: person, roleName: title, organization: country, qualifier: nil, evidence: evidence))]
    }

    /// "its board elected Charles Scott as chairman and chief executive officer", "named X as president of Y": the
    /// office after "as"; without "of Y", a lower-case office is the one of the organisation the clause is about.
    private func asRoles(_ document: Document, person: Int, mention: EntityMention) -> [Fact] {
        let end = document.sentences[mention.sentenceIndex].tokenRange.upperBound
        var j = mention.tokenRange.upperBound
        guard word(document, j) == "as" else { return [] }
        // "replaced X as president": the office is the one X leaves.
        if let verb = word(document, mention.tokenRange.lowerBound - 1)?.lowercased(), RoleExtractor.succession.contains(verb) { return [] }
        j += 1
        if let w = word(document, j), ["the", "its", "their", "a", "an"].contains(w) { j += 1 }
        var qualifier: String? = nil
        if let w = word(document, j), RoleExtractor.qualifiers.contains(w) { qualifier = w.lowercased(); j += 1 }
        let start = j
        var phrase: [String] = []
        while j < end, phrase.count < 6, document.tokenEntities[j] == nil {
            let w = document.tokens[j].text
            if isTitleToken(w) {
                phrase.append(w)
            } else if w == "and", let next = word(document, j + 1), isTitleToken(next), phrase.last.map(isOfficeHead) == true {
                phrase.append(w)
            } else {
                break
            }
            j += 1
        }
        guard let last = phrase.last, isOfficeHead(last), !RoleExtractor.occupationHeads.contains(last.lowercased()) else { return [] }
        var organization: Int? = nil
        if let w = word(document, j), ["of", "at"].contains(w) {
            let k = word(document, j + 1) == "the" ? j + 2 : j + 1
            organization = document.entity(atToken: k, types: RoleExtractor.organizationTypes)
        } else if document.tokens[start].text.first?.isLowercaseLetter == true {
            organization = organizationOfClause(document, mention: mention)
        }
        let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: mention.tokenRange.lowerBound..<j)
        return phrase.split(separator: "and").map { office in
            let roleName = office.map(\.capitalizedFirst).joined(separator: " ")
            return .role(RoleFact(person: person, roleName: roleName, organization: organization, qualifier: qualifier, evidence: evidence))
        }
    }

    /// "Paul Channon, secretary for trade and industry,", "Werner Seifert, chief executive of the Frankfurt-based
    /// exchange,", "X, chief executive of Panlogic." (a company the tagger did not name): after the office's "of", "for"
    /// or "at", words that name no entity and close the apposition. Lower-case words right after "of" or "for" are the
    /// office's field and part of its name; a description ("the Frankfurt-based exchange") or a name the tagger missed
    /// leaves the office without its body. Returns where the apposition closes and the field.
    private func unnamedBody(_ document: Document, after connector: Int, in sentence: Range<Int>) -> (Int, [String])? {
        var k = connector + 1
        var words: [String] = []
        // A place inside a compound word of the description stays in it ("the Frankfurt-based exchange"), and so does a
        // name typed as a place, which may be the body the tagger mistook ("chief executive of Panlogic").
        while k < sentence.upperBound, words.count < 6,
              document.tokenEntities[k].map({ document.entities[$0].type == .place }) ?? true || document.tokens[k].text.contains("-") {
            let w = document.tokens[k].text
            guard !closesApposition(document, at: k, end: sentence.upperBound), !isReportingClose(document, at: k, end: sentence.upperBound),
                  w.first?.isLetter == true || w == "'s" || w == "’s", !["who", "which", "that", "said", "says"].contains(w) else { break }
            words.append(w)
            k += 1
        }
        guard !words.isEmpty, k == sentence.upperBound || closesApposition(document, at: k, end: sentence.upperBound)
                || isReportingClose(document, at: k, end: sentence.upperBound) else { return nil }
        let isField = document.tokens[connector].text != "at" && words.allSatisfy { w in
            w == "and" || (w.count > 1 && w.allSatisfy { $0.isLowercaseLetter } && !RoleExtractor.appositionStops.contains(w)) }
        return (k, isField ? [document.tokens[connector].text] + words : [])
    }

    /// "White House Spokesman", "House Speaker", "Labour Party Chairman": an office whose first words are the name of
    /// an organisation of the article is an office of that body ("Trade and Industry Secretary" names a field); the
    /// body and the rest of the words, which must still hold the office's head.
    private func bodyOpeningOffice(_ roleName: String, _ document: Document) -> (Int, String)? {
        let words = roleName.split(separator: " ").map(String.init)
        // "Deputy Central Bank Governor": a rank opens the office, whatever the tagger made of the words after it.
        guard words.count >= 2, !RoleExtractor.corporateRanks.contains(words[0].lowercased()) else { return nil }
        for length in stride(from: words.count - 1, through: 1, by: -1) {
            let written = words[..<length].joined(separator: " ").lowercased()
            let rest = Array(words[length...])
            guard rest.contains(where: isOfficeHead), !RoleExtractor.connectors.contains(rest[0]),
                  !words[..<length].contains(where: { RoleExtractor.connectors.contains($0.lowercased()) }) else { continue }
            // The body's own name, or a well-known body's other name ("Labour" for the Labour Party); not any short form
            // the article's names were linked by ("House" of "House Budget Committee").
            let known = WellKnownBodies.canonicalName(written)
            let found = document.entities.indices.filter { e in
                document.entities[e].type == .organization && !document.entities[e].mentions.isEmpty
                    && (document.entities[e].name.lowercased() == written || document.entities[e].name == known)
            }
            if found.count == 1 { return (found[0], rest.joined(separator: " ")) }
        }
        return nil
    }

    /// Verbs that give a person an office: "X was named chairman", "named X president and chief operating officer",
    /// "X will become chairman", "X was elected executive committee chairman".
    static let appointmentVerbs: Set<String> = [
        "named", "appointed", "elected", "promoted", "chosen", "nominated", "become", "becomes", "became",
        "name", "names", "appoint", "appoints", "elect", "elects",
    ]

    /// The office a person is appointed to, read from the tree: the person is the subject of an appointment verb
    /// ("X was named chairman", "X will become chairman") or its object ("named X president"), and the office is the
    /// verb's predicative complement (`xcomp`; the object when the person is a passive subject), with its modifiers
    /// ("executive committee chairman") and its conjuncts ("president and chief operating officer"); "of Y" after the
    /// office names its body. A negated verb gives nothing.
    private func appointedRoles(_ document: Document, person: Int, mention: EntityMention) -> [Fact] {
        let sentence = document.sentences[mention.sentenceIndex].tokenRange
        // "A and B were elected Secretary and Treasurer, respectively": pairing people with offices is left alone.
        guard sentence.contains(where: { RoleExtractor.appointmentVerbs.contains(document.tokens[$0].text.lowercased()) }),
              !sentence.contains(where: { document.tokens[$0].text == "respectively" }),
              let tree = document.tree(ofSentence: mention.sentenceIndex), let name = tree.head(ofSpan: mention.tokenRange),
              let verb = tree.head(of: name), RoleExtractor.appointmentVerbs.contains(document.tokens[verb].text.lowercased()),
              tree.tag(of: verb) == .VERB,
              !tree.dependents(of: verb, [.advmod]).contains(where: { ["not", "n't", "never"].contains(document.tokens[$0].text.lowercased()) })
        else { return [] }
        let relation = tree.relation(of: name)
        guard relation == .nsubj || relation == .obj else { return [] }
        var complements = tree.dependents(of: verb, [.xcomp]).filter { $0 > name }
        if complements.isEmpty, relation == .nsubj { complements = tree.dependents(of: verb, [.obj]).filter { $0 > verb } }
        guard let office = complements.first, [.NOUN, .PROPN].contains(tree.tag(of: office)),
              isOfficeHead(document.tokens[office].text), document.tokenEntities[office] == nil else { return [] }
        var facts: [Fact] = []
        for head in [office] + tree.conjuncts(of: office).filter({ $0 > office }) {
            guard isOfficeHead(document.tokens[head].text), document.tokenEntities[head] == nil else { continue }
            // The office's words: its modifiers right before it ("chief operating officer", "executive committee chairman").
            var start = head
            while start - 1 > verb, start - 1 != name, document.tokenEntities[start - 1] == nil,
                  let h = tree.head(of: start - 1), (start...head).contains(h),
                  [.compound, .amod, .flat].contains(tree.relation(of: start - 1)) {
                start -= 1
            }
            var organization: Int? = nil
            for (nmod, marker) in tree.nominalModifiers(of: head) where marker == "of" || marker == "at" {
                if let body = document.entity(atToken: nmod, types: RoleExtractor.organizationTypes) { organization = body; break }
            }
            let roleName = (start...head).map { document.tokens[$0].text.capitalizedFirst }.joined(separator: " ")
            let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: min(mention.tokenRange.lowerBound, verb)..<(head + 1))
            facts.append(.role(RoleFact(person: person, roleName: roleName, organization: organization, qualifier: nil, evidence: evidence)))
        }
        // "named president and chief operating officer of Wurlitzer": the body after the last office is every office's.
        if let shared = facts.lazy.compactMap({ fact -> Int? in if case .role(let r) = fact { return r.organization } else { return nil } }).last {
            facts = facts.map { fact in
                guard case .role(var role) = fact, role.organization == nil else { return fact }
                role.organization = shared
                return .role(role)
            }
        }
        return facts
    }

    /// Verbs after which "X as chairman" states the office X leaves.
    static let succession: Set<String> = [
        "replace", "replaces", "replaced", "replacing", "succeed", "succeeds", "succeeded", "succeeding",
        "remove", "removes", "removed", "removing", "oust", "ousts", "ousted", "dismiss", "dismisses", "dismissed",
        "fire", "fires", "fired", "sack", "sacks", "sacked",
    ]

    /// Heads that tie a person to another person rather than to a body.
    static let personalTies: Set<String> = ["partner", "adviser", "advisor", "aide"]

    /// The organisation that is the subject of the nearest clause above the name that has one ("Systems Assurance
    /// Corp said its board elected X as chairman": the board is no named body, the company is).
    private func organizationOfClause(_ document: Document, mention: EntityMention) -> Int? {
        guard organizationNamed(in: document.sentences[mention.sentenceIndex].tokenRange.lowerBound..<mention.tokenRange.lowerBound, document),
              let tree = document.tree(ofSentence: mention.sentenceIndex) else { return nil }
        let range = mention.tokenRange
        guard let name = tree.head(ofSpan: range) else { return nil }
        for clause in tree.ancestors(of: name) {
            let subjects = tree.subjects(of: clause)
            if let body = subjects.lazy.compactMap({ document.entity(atToken: $0, types: [.organization]) }).first { return body }
            if subjects.contains(where: { document.entity(atToken: $0, types: [.person, .country]) != nil }) { return nil }
        }
        return nil
    }

    /// "Person, [the] title of [the] Org," and "Person, Org's title,".
    private func appositionRoles(_ document: Document, person: Int, mention: EntityMention) -> [Fact] {
        let sentence = document.sentences[mention.sentenceIndex]
        var j = mention.tokenRange.upperBound
        guard j < sentence.tokenRange.upperBound else { return [] }
        var organization: Int? = nil
        var qualifier: String? = nil
        // Whether the body was named after the office ("president of Y") rather than before it ("Y's president").
        var bodyAfterOffice = false
        // "X, president of Y" or, without the commas, "X is (was) director of Y".
        let copula = ["is", "was"].contains(document.tokens[j].text)
        guard document.tokens[j].text == "," || copula else { return [] }
        if document.tokens[j].text == "was" { qualifier = "former" }
        j += 1
        // "X, who is president of Y,"
        if j + 1 < sentence.tokenRange.upperBound, document.tokens[j].text == "who", ["is", "was"].contains(document.tokens[j + 1].text) {
            if document.tokens[j + 1].text == "was" { qualifier = "former" }
            j += 2
            // "X, who is also chairman of Y"
            if word(document, j) == "also" { j += 1 }
        }
        // "Tony Hunter, the organisation's president,", "X, its chairman,": the body referred back to.
        if let k = [j + 2, j + 1].first(where: { bodyReferredBack(document, endingAt: $0, sentence: mention.sentenceIndex) != nil }),
           k < sentence.tokenRange.upperBound, k + 1 < sentence.tokenRange.upperBound, isTitleToken(document.tokens[k + 1].text) {
            organization = bodyReferredBack(document, endingAt: k, sentence: mention.sentenceIndex)
            j = k + 1
        }
        let determined = j < sentence.tokenRange.upperBound && ["the", "a", "an"].contains(document.tokens[j].text)
        if determined { j += 1 }
        let phraseStart = j
        if j < sentence.tokenRange.upperBound, RoleExtractor.qualifiers.contains(document.tokens[j].text) {
            qualifier = document.tokens[j].text.lowercased(); j += 1
        }
        // "Japan's economy minister"
        if let entity = document.tokenEntities[safe: j], RoleExtractor.organizationTypes.contains(document.entities[entity].type) {
            var k = j
            while k < sentence.tokenRange.upperBound, document.tokenEntities[k] == entity { k += 1 }
            if k < sentence.tokenRange.upperBound, document.tokens[k].text == "'s" || document.tokens[k].text == "’s" {
                organization = entity
                j = k + 1
            } else if k < sentence.tokenRange.upperBound, document.entities[entity].type != .city, isTitleToken(document.tokens[k].text) {
                organization = entity  // "said Lance Friedmann, Kraft senior vice president.", "X, U.S. Secretary of Transportation,"
                j = k
            } else {
                return []
            }
        }
        var phrase: [String] = []
        var plainWords = 0
        while j < sentence.tokenRange.upperBound, phrase.count < 6 {
            let word = document.tokens[j].text
            guard document.tokenEntities[j] == nil else { break }
            if isTitleToken(word) || (isCapitalized(word) && !phrase.isEmpty) {
                phrase.append(word)
                j += 1
                continue
            }
            // "chairman and chief executive of Y": two offices of one organization.
            if word == "and", j + 1 < sentence.tokenRange.upperBound, isTitleToken(document.tokens[j + 1].text),
               phrase.last.map(isOfficeHead) == true {
                phrase.append(word)
                j += 1
                continue
            }
            // "project manager at ...": a plain word before the office head.
            if plainWords < 2, !phrase.contains(where: isOfficeHead),
               word.count > 2, word.allSatisfy({ $0.isLowercaseLetter && $0.isLetter }), !RoleExtractor.appositionStops.contains(word),
               !word.hasSuffix("ly"), !word.hasSuffix("ed") {
                plainWords += 1
                phrase.append(word)
                j += 1
                continue
            }
            break
        }
        guard let last = phrase.last, isOfficeHead(last) else { return [] }
        // "the UAE's Minister of State for Finance and Industry,", "U.S. Secretary of Transportation,": capitalised
        // words after the office's "of" or "for" name its portfolio when the apposition closes after them.
        var portfolio: [String] = []
        var k = j
        while k + 1 < sentence.tokenRange.upperBound, ["of", "for"].contains(document.tokens[k].text) {
            var next = k + 1
            var words = [document.tokens[k].text]
            if document.tokens[next].text == "the" { words.append("the"); next += 1 }
            guard next < sentence.tokenRange.upperBound, document.tokenEntities[next] == nil, isCapitalized(document.tokens[next].text) else { break }
            while next < sentence.tokenRange.upperBound, document.tokenEntities[next] == nil,
                  isCapitalized(document.tokens[next].text)
                    || (document.tokens[next].text == "and" && word(document, next + 1).map(isCapitalized) == true && document.tokenEntities[safe: next + 1] == nil) {
                words.append(document.tokens[next].text)
                next += 1
            }
            portfolio += words
            k = next
        }
        if !portfolio.isEmpty, isReportingClose(document, at: k, end: sentence.tokenRange.upperBound)
            || [",", ".", ";"].contains(word(document, k) ?? ".") {
            j = k
        } else {
            portfolio = []
        }
        if organization == nil, portfolio.isEmpty {
            // "director of corporate responsibility at BT": the field belongs to the office.
            if j + 2 < sentence.tokenRange.upperBound, ["of", "for"].contains(document.tokens[j].text), document.tokenEntities[j + 1] == nil {
                var k = j + 1
                var field: [String] = []
                while k < sentence.tokenRange.upperBound, field.count < 3, document.tokenEntities[k] == nil,
                      document.tokens[k].text.allSatisfy({ $0.isLowercaseLetter && $0.isLetter }), !RoleExtractor.appositionStops.contains(document.tokens[k].text) {
                    field.append(document.tokens[k].text)
                    k += 1
                }
                if !field.isEmpty, k < sentence.tokenRange.upperBound, ["at", "for"].contains(document.tokens[k].text) {
                    phrase += [document.tokens[j].text] + field
                    j = k
                }
            }
            if j < sentence.tokenRange.upperBound, !copula, !determined, !isCapitalized(document.tokens[phraseStart].text),
               isReportingClose(document, at: j, end: sentence.tokenRange.upperBound) {
                // "N.J. Nicholas, president and chief operating officer, said": the office of the company the
                // article is about, stated without its name.
            } else {
                // "... president of [the] Bundesbank"
                guard j < sentence.tokenRange.upperBound, ["of", "at", "for"].contains(document.tokens[j].text) else { return [] }
                let connector = j
                j += 1
                if j < sentence.tokenRange.upperBound, document.tokens[j].text == "the" { j += 1 }
                // "director general of the UK's Confederation of British Industry", "president of the consulting firm
                // Interconsult Inc": a description of the body stands between "of" and its name.
                if document.tokenEntities[safe: j] == nil || word(document, j + 1) == "'s" {
                    var k = j
                    while k < min(j + 5, sentence.tokenRange.upperBound), document.tokenEntities[k] == nil || word(document, k + 1) == "'s" {
                        let word = document.tokens[k].text
                        let descriptive = document.tokenEntities[k] != nil || word == "'s"
                            || (word.first?.isLowercaseLetter == true && word.count > 1 && !RoleExtractor.appositionStops.contains(word))
                        guard descriptive else { break }
                        k += 1
                    }
                    if k > j, let entity = document.tokenEntities[safe: k], document.entities[entity].type == .organization { j = k }
                }
                if let entity = document.tokenEntities[safe: j], RoleExtractor.organizationTypes.contains(document.entities[entity].type) {
                    organization = entity
                    bodyAfterOffice = true
                    while j < sentence.tokenRange.upperBound, document.tokenEntities[j] == entity { j += 1 }
                } else {
                    guard let (end, field) = unnamedBody(document, after: connector, in: sentence.tokenRange) else { return [] }
                    portfolio = field
                    j = end
                }
            }
        }
        // An acronym after the body's name ("the Confederation of British Industry (CBI)").
        if organization != nil, word(document, j) == "(", j + 2 < sentence.tokenRange.upperBound, word(document, j + 2) == ")" { j += 3 }
        // A stock ticker after a company's name ("Pirelli SA <PIRI.Z>").
        while j < sentence.tokenRange.upperBound, document.tokens[j].text.hasPrefix("<") || document.tokens[j].text.hasSuffix(">") && organization != nil,
              j > mention.tokenRange.upperBound, document.tokens[j].text != "<" || j + 1 < sentence.tokenRange.upperBound {
            j += 1
            if document.tokens[j - 1].text.hasSuffix(">") { break }
        }
        // "vice president of the Transport Workers Union Local 553", "manager of Colombia's coffee growers' federation",
        // "vice-president of the West German central bank, the Bundesbank,": a branch number, or a description of a
        // part of the body written in lower case, may follow the body; a name in apposition to the description is the
        // body itself.
        if bodyAfterOffice, let named = organization, !copula, [.organization, .country].contains(document.entities[named].type) {
            let end = sentence.tokenRange.upperBound
            var k = j
            if word(document, k)?.allSatisfy(\.isNumber) == true, document.tokenEntities[safe: k] == nil { k += 1 }
            if ["'s", "’s"].contains(word(document, k) ?? "") { k += 1 }
            var described = 0
            while k < end, described < 5, document.tokenEntities[k] == nil, let w = word(document, k) {
                let plain = w != "and" && isPlainWord(w)
                guard plain || (described > 0 && ["'", "’"].contains(w)) else { break }
                if plain { described += 1 }
                k += 1
            }
            var bodyName: Int? = nil
            if described > 0, word(document, k) == "," {
                var n = k + 1
                if word(document, n) == "the" { n += 1 }
                if let entity = document.tokenEntities[safe: n], entity != named,
                   document.entities[entity].type == .organization {
                    var after = n
                    while after < end, document.tokenEntities[after] == entity { after += 1 }
                    if closesApposition(document, at: after, end: end) {
                        bodyName = entity
                        k = after
                    }
                }
            }
            if k > j, closesApposition(document, at: k, end: end) {
                if let bodyName { organization = bodyName }
                j = k
            }
        }
        // The apposition must close: a comma, the end of the sentence, or a reporting verb.
        // "X, assistant energy secretary of Mexico and Energy Minister Y of Colombia": "and" going on to the next
        // person of a list also closes it.
        let listGoesOn = word(document, j) == "and" && word(document, j + 1).map(isCapitalized) == true
        // "It was led by X, director general of the CBI, and included ...": "and" going on to the clause's next verb.
        let clauseGoesOn = word(document, j) == "and" && j + 1 < sentence.tokenRange.upperBound && organization != nil
            && document.tree(ofSentence: mention.sentenceIndex).map { $0.tag(of: j + 1) == .VERB } == true
        if !copula, !closesApposition(document, at: j, end: sentence.tokenRange.upperBound), !listGoesOn, !clauseGoesOn { return [] }
        let evidence = document.evidence(sentence: mention.sentenceIndex, tokens: mention.tokenRange.lowerBound..<min(j, sentence.tokenRange.upperBound))
        let offices = phrase.split(separator: "and")
        return offices.enumerated().map { n, office in
            let words = office.map { ["of", "for"].contains($0) ? $0 : $0.capitalizedFirst } + (n == offices.count - 1 ? portfolio : [])
            let roleName = words.joined(separator: " ")
            return .role(RoleFact(person: person, roleName: roleName, organization: organization, qualifier: qualifier, evidence: evidence))
        }
    }
}

extension String {
    /// "minister" → "Minister"; leaves the rest as it is.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension Array where Element == Int? {
    /// The entity at a token index, or nil when out of range or none.
    subscript(safe index: Int) -> Int? {
        index >= 0 && index < count ? self[index] : nil
    }
}
