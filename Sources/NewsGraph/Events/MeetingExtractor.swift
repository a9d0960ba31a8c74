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
        // The split convention: one side meeting a list is one bilateral meeting per name.
        PatternExample("Deputy trade representative Michael Smith met Agriculture minister Ernesto Figuerras and Economy minister Juan Sourroille on Tuesday.",
                       ["Ernesto Figuerras+Michael Smith|happened|||2019-06-25|040", "Juan Sourroille+Michael Smith|happened|||2019-06-25|040"]),
        // ... and one joint meeting when the text says so.
        PatternExample("Helmut Kohl, Francois Mitterrand and Margaret Thatcher held three-way talks in Paris on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl+Margaret Thatcher|happened||Paris|2019-06-25|046"]),
        // A spokesman reports; the company he speaks for is the side.
        PatternExample("Anglo American Corp spokesman John Kingsley-Jones said the company held talks with the National Union of Mineworkers on Tuesday.",
                       ["Anglo American Corp+National Union of Mineworkers|happened|||2019-06-25|046"]),
        PatternExample("Colonial American Bankshares Corp said it met with the dissident group Colonial American Shareholders Committee on Tuesday.",
                       ["Colonial American Bankshares Corp+Colonial American Shareholders Committee|happened|||2019-06-25|040"]),
        // A speaker after the list is not one more side.
        PatternExample("Japan will hold talks with the United States and China, Chief Cabinet Secretary Yasuhisa Shiozaki told reporters.",
                       ["Japan+United States|planned||||036", "China+Japan|planned||||036"]),
        // A topic is the whole phrase, never a duration.
        PatternExample("Helmut Kohl met Francois Mitterrand for about an hour on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl|happened|||2019-06-25|040"]),
        PatternExample("Westar Corp said it is negotiating with Noranda Exploration Inc, a unit of Noranda Inc.",
                       ["Noranda Exploration Inc+Westar Corp|happened|||2019-06-28|046"]),
        // Planned, from the verb after the meeting noun.
        PatternExample("The meeting between Fiat boss Sergio Marchionne and Rick Wagoner is due to take place in Zurich.",
                       ["Rick Wagoner+Sergio Marchionne|planned||Zurich||036"]),
        // A body before an office and a name only says whose office it is; the person is the side.
        PatternExample("Treasury Secretary James Baker will meet with MITI vice minister Makoto Kuroda.",
                       ["James Baker+Makoto Kuroda|planned||||036"]),
        PatternExample("Chancellor Helmut Kohl and the head of the central bank of France, Jacques de Larosiere, met in Bonn on Tuesday.",
                       ["Helmut Kohl+Jacques de Larosiere|happened||Bonn|2019-06-25|040"]),
        PatternExample("Helmut Kohl met with the president of the central bank of France, Jacques de Larosiere, on Tuesday.",
                       ["Helmut Kohl+Jacques de Larosiere|happened|||2019-06-25|040"]),
        // A possessive right after a reporting verb stands for the named speaker.
        PatternExample("After a bid from Placer Dome Inc, Westar Corp said its talks with Noranda Inc on a merger had ended.",
                       ["Noranda Inc+Westar Corp|happened|merger||2019-06-28|046"]),
        PatternExample("After a call from James Baker, Dilson Funaro said that his talks with Paul Volcker in Washington were useful.",
                       ["Dilson Funaro+Paul Volcker|happened||Washington|2019-06-28|046"]),
        // A possessive in a fronted phrase stands for the main clause's subject.
        PatternExample("After his talks with Francois Mitterrand, Helmut Kohl told reporters that Margaret Thatcher was wrong.",
                       ["Francois Mitterrand+Helmut Kohl|happened|||2019-06-28|046"]),
        PatternExample("In talks with Helmut Kohl on Tuesday, Margaret Thatcher and Foreign Secretary Geoffrey Howe asked Germany to cut farm subsidies.",
                       ["Geoffrey Howe+Helmut Kohl+Margaret Thatcher|happened|farm||2019-06-25|046"]),
        // A fronted phrase before a comma-only run of names: the first name is the subject, the apposition no side.
        PatternExample("In talks with Helmut Kohl, Margaret Thatcher, the prime minister, said farm subsidies must fall.",
                       ["Helmut Kohl+Margaret Thatcher|happened|farm||2019-06-28|046"]),
        // A negation in another clause denies nothing.
        PatternExample("Helmut Kohl, who has no plans to resign, met Francois Mitterrand in Paris on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl|happened||Paris|2019-06-25|040"]),
        // A pronoun opening its clause after a fronted phrase continues the previous sentence's subject.
        PatternExample("Joe Clark held discussions with James Baker on Tuesday. Yesterday, he held talks with George Bush and George Shultz.",
                       ["James Baker+Joe Clark|happened|||2019-06-25|040", "George Bush+Joe Clark|happened|||2019-06-27|046", "George Shultz+Joe Clark|happened|||2019-06-27|046"]),
        // The subject a pronoun continues: after a fronted phrase, a title given to one person, a reported clause's subject.
        PatternExample("Saudi Arabia's Crown Prince Abdullah bin Abdul Aziz arrived on Monday. After lunch with George Bush, the Crown Prince paid a call on Ronald Reagan. Later, he was to meet Caspar Weinberger.",
                       ["Caspar Weinberger+Crown Prince Abdullah bin Abdul Aziz|planned||||036"]),
        PatternExample("Officials said Malcolm Baldrige will meet President Corazon Aquino on Monday. He will also meet Jaime Ongpin.",
                       ["Corazon Aquino+Malcolm Baldrige|planned|||2019-07-01|036", "Jaime Ongpin+Malcolm Baldrige|planned||||036"]),
        // The speaker of a quotation is none of the people it names.
        PatternExample("Dan Rostenkowski said taxes would rise. \"It is hard without Ronald Reagan,\" he told reporters after a meeting with House Speaker James Wright.",
                       ["Dan Rostenkowski+James Wright|happened|||2019-06-28|040"]),
        // A person's place neither is a side nor ends the list.
        PatternExample("Joe Clark held talks with Sens. Christopher Dodd of Connecticut, Lloyd Bentsen of Texas and George Mitchell of Maine.",
                       ["Christopher Dodd+Joe Clark|happened|||2019-06-28|046", "Joe Clark+Lloyd Bentsen|happened|||2019-06-28|046", "George Mitchell+Joe Clark|happened|||2019-06-28|046"]),
        // A between-phrase after the noun's other modifiers; a month ahead is planned.
        PatternExample("The talks will prepare a summit in Ottawa next month between President Ronald Reagan and Prime Minister Brian Mulroney.",
                       ["Brian Mulroney+Ronald Reagan|planned||Ottawa|2019-07|036"]),
        // The possessive apostrophe alone.
        PatternExample("A decision could come from Secretary of State George Shultz' Moscow talks with Soviet Foreign Minister Eduard Shevardnadze.",
                       ["Eduard Shevardnadze+George Shultz|happened|||2019-06-28|046"]),
        // "The firm" after an unnamed speaker or a body: the one company.
        PatternExample("One of the three brothers behind the Falic Group said the firm had also held talks with the designer Christian Lacroix.",
                       ["Christian Lacroix+Falic Group|happened|||2019-06-28|046"]),
        // "The Pakistani president": the one person the article gave that title.
        PatternExample("President Pervez Musharraf of Pakistan arrived in London. On Monday the Pakistani president met Prime Minister Tony Blair.",
                       ["Pervez Musharraf+Tony Blair|happened|||2019-06-24|040"]),
        // An office with "and" inside; Reuters' brackets around a company or its ticker.
        PatternExample("Malcolm Baldrige will meet Kiichi Miyazawa and Trade and Industry Minister Hajime Tamura.",
                       ["Kiichi Miyazawa+Malcolm Baldrige|planned||||036", "Hajime Tamura+Malcolm Baldrige|planned||||036"]),
        PatternExample("MTS Acquisition Corp said it held talks with Pratt Hotel Corp <PRAT> and Southmark Corp <SM> on forming a venture.",
                       ["MTS Acquisition Corp+Pratt Hotel Corp|happened|||2019-06-28|046", "MTS Acquisition Corp+Southmark Corp|happened|||2019-06-28|046"]),
        // Talks opening the sentence are the reporting body's.
        // A common noun saying what each person is does not end a list of names.
        PatternExample("A panel of judges including Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris will meet up next week.",
                       ["Hugh Grant+Joanne Harris+Trevor McDonald|planned||||036"]),
        PatternExample("Margaret Thatcher left Bonn on Tuesday after talks with with Chancellor Helmut Kohl.",
                       ["Helmut Kohl+Margaret Thatcher|happened|||2019-06-25|046"]),
        PatternExample("Talks with the European stock market and with rival bidder Deutsche Boerse will continue, the London Stock Exchange said.",
                       ["Deutsche Boerse+London Stock Exchange|planned||||036"]),
        PatternExample("Talks with Euronext have made progress, the London Stock Exchange said.",
                       ["Euronext+London Stock Exchange|happened|||2019-06-28|046"]),
        // The leader of a group speaks for it; an office may hold "of the".
        PatternExample("The mission, headed by Gabin Ran Kankani, head of the Bank's Brazil division, met Finance Ministry secretary Nailson Nobrega.",
                       ["Gabin Ran Kankani+Nailson Nobrega|happened|||2019-06-28|040"]),
        PatternExample("Edouard Balladur, who also had private talks with U.K. Chancellor of the Exchequer Nigel Lawson, said he was pleased.",
                       ["Edouard Balladur+Nigel Lawson|happened|||2019-06-28|046"]),
        // A parenthetical speaker inside a relative clause.
        PatternExample("Peru's Alan Garcia, whom he said recently spoke by telephone with Mexican President Carlos Salinas, was tired.",
                       ["Alan Garcia+Carlos Salinas|happened|||2019-06-28|041"]),
        // A title kept inside the name still describes the person ("the Crown Prince").
        PatternExample("Saudi Arabia's Crown Prince Abdullah bin Abdul Aziz arrived on Monday. The Crown Prince paid a brief courtesy call on President Ronald Reagan.",
                       ["Crown Prince Abdullah bin Abdul Aziz+Ronald Reagan|happened|||2019-06-28|042"]),
        // A reporting verb after a determiner is an adjective: the walk goes on to the real report.
        PatternExample("Amoco Canada Petroleum Co Ltd said it had yet to set the timing of its previously reported share offering and would do so in talks with Investment Canada.",
                       ["Amoco Canada Petroleum Co Ltd+Investment Canada|planned||||036"]),
        // A gerund after a comma and "before"/"after": the main clause's subject.
        PatternExample("Aart de Zeeuw is to meet the Senate Finance Committee on Tuesday, before visiting Agriculture Secretary Richard Lyng.",
                       ["Aart de Zeeuw+Senate Finance Committee|planned|||2019-07-02|036", "Aart de Zeeuw+Richard Lyng|planned|||2019-07-02|036"]),
        PatternExample("Striker Thierry Henry scored twice as Arsenal beat Chelsea 3-1 in the league. Defender Ashley Cole met chief executive Peter Kenyon in a hotel in London on Tuesday.",
                       ["Ashley Cole+Peter Kenyon|happened||London|2019-06-25|040"]),
        // A counted group with no coordinated pair before it: the only two people of the sentences before.
        PatternExample("Ray Mallon clashed with campaigner Neil Herron. Mr Mallon said an assembly would help. The pair met at Sunderland station on Tuesday.",
                       ["Neil Herron+Ray Mallon|happened||Sunderland|2019-06-25|040"]),
        // ... but a body's delegation is its side.
        PatternExample("The Japanese trade delegation met with Commerce Secretary Malcolm Baldrige on Tuesday.",
                       ["Japan+Malcolm Baldrige|happened|trade||2019-06-25|040"]),
        // An opposing verb that does not take the meeting noun as its object denies nothing.
        PatternExample("Helmut Kohl opposed it at talks with Francois Mitterrand on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl|happened|||2019-06-25|046"]),
        // An office with a preposition inside it.
        PatternExample("The commission was agreed during talks between Trade Minister Michel Noir and Yugoslavian minister without portfolio Egon Padovan.",
                       ["Egon Padovan+Michel Noir|happened|||2019-06-28|046"]),
        // A relative clause closed before the trigger is a parenthesis: the clause is about its antecedent.
        PatternExample("Euronext, which runs the Paris and Amsterdam exchanges, also began talks with the London Stock Exchange on Tuesday.",
                       ["Euronext+London Stock Exchange|happened|||2019-06-25|046"]),
        // A relative pronoun after a description in apposition with a name: the name is the antecedent.
        PatternExample("Stephen Schechter, a British banker who has held talks with Borussia Dortmund, said the club needs money.",
                       ["Borussia Dortmund+Stephen Schechter|happened|||2019-06-28|046"]),
        // A list opening with an unnamed member, or an unnamed phrase the names are in apposition with.
        PatternExample("Aart de Zeeuw will meet the committee members and Undersecretary of State Allen Wallis on Tuesday.",
                       ["Aart de Zeeuw+Allen Wallis|planned|||2019-07-02|036"]),
        PatternExample("Sonatrach is negotiating with two of its former customers, Panhandle Eastern Corp and Distrigas Corp, to resume exports.",
                       ["Panhandle Eastern Corp+Sonatrach|happened|||2019-06-28|046", "Distrigas Corp+Sonatrach|happened|||2019-06-28|046"]),
        // Two people named in the article, hyphenated before a meeting noun.
        PatternExample("Ronald Reagan praised Mikhail Gorbachev. The offer follows the Reagan-Gorbachev summit in Geneva on Tuesday.",
                       ["Mikhail Gorbachev+Ronald Reagan|happened||Geneva|2019-06-25|044"]),
        // Two bodies coordinated before a side noun are both sides ... and a person first keeps people only.
        PatternExample("Svetozar Rikanovic met World Bank and International Monetary Fund officials in Washington on Tuesday.",
                       ["Svetozar Rikanovic+World Bank|happened||Washington|2019-06-25|040", "International Monetary Fund+Svetozar Rikanovic|happened||Washington|2019-06-25|040"]),
        PatternExample("Svetozar Rikanovic met Nigel Lawson and International Monetary Fund officials on Tuesday.",
                       ["Nigel Lawson+Svetozar Rikanovic|happened|||2019-06-25|040"]),
        // A company's class noun as the subject: the one company named before.
        PatternExample("Bank of Ceylon plans new rates. The bank aims to cut rates and is holding talks with the Export Development Board, he said.",
                       ["Bank of Ceylon+Export Development Board|happened|rates||2019-06-28|046"]),
        // A pronoun coordinated with the subject; discussing with a joint subject or a with-phrase.
        PatternExample("Malcolm Baldrige said he and Trade Minister Rha Woong-bae spent much time discussing car imports.",
                       ["Malcolm Baldrige+Rha Woong-bae|happened|car imports||2019-06-28|040"]),
        PatternExample("Helmut Kohl discussed farm subsidies with Francois Mitterrand on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl|happened|farm subsidies||2019-06-25|040"]),
        // A capital as a side stands for the state the article names ("talks between Washington and Taipei").
        PatternExample("Taiwan has a large trade surplus with the United States. Talks between Washington and Taipei on the currency ended on Tuesday.",
                       ["Taiwan+United States|happened|currency||2019-06-25|046"]),
        PatternExample("Japan wants the yen stable. Robert Lighthizer will hold talks with Tokyo next week.",
                       ["Japan+Robert Lighthizer|planned||||036"]),
        // A description of one body the article named ("the hospital", "the London exchange").
        PatternExample("Hereford Hospital Trust wrote to patients. After talks with Powys Health Board, the trust called off its plan.",
                       ["Hereford Hospital Trust+Powys Health Board|happened|||2019-06-28|046"]),
        PatternExample("The London Stock Exchange rejected the offer. But the London exchange is also holding talks with Euronext on a merger.",
                       ["Euronext+London Stock Exchange|happened|merger||2019-06-28|046"]),
        // A body before "and" and a lower-case phrase is a side when that phrase names no group it modifies.
        PatternExample("Helmut Kohl held talks with France and other creditor nations on Tuesday.",
                       ["France+Helmut Kohl|happened|||2019-06-25|046"]),
        // A capitalised plural inside a name is part of it.
        PatternExample("Acme Corp held talks with Zenith Industries Inc on Tuesday.",
                       ["Acme Corp+Zenith Industries Inc|happened|||2019-06-25|046"]),
        // After a fronted phrase, the subject is the phrase right after the comma.
        PatternExample("In separate talks with Finance Minister Kiichi Miyazawa, Senator Jake Garn urged Japan to open its markets.",
                       ["Jake Garn+Kiichi Miyazawa|happened|||2019-06-28|046"]),
        // Names after "including" are members of the unnamed group met: one bilateral meeting each.
        PatternExample("Ronald Reagan met congressional leaders, including House Speaker Jim Wright and Senate Majority Leader Robert Byrd, at the White House on Tuesday.",
                       ["Jim Wright+Ronald Reagan|happened|||2019-06-25|040", "Robert Byrd+Ronald Reagan|happened|||2019-06-25|040"]),
        // A host welcoming a guest.
        PatternExample("Chancellor Helmut Kohl welcomed President Francois Mitterrand to Bonn on Tuesday.",
                       ["Francois Mitterrand+Helmut Kohl|happened|||2019-06-25|043"]),
        // Bodies coordinated before "they" in the sentence, or before "the two companies" in the one before.
        PatternExample("Toyota Motor Corp and General Motors Corp said they held talks on a joint venture.",
                       ["General Motors Corp+Toyota Motor Corp|happened|joint venture||2019-06-28|046"]),
        PatternExample("Toyota Motor Corp and General Motors Corp issued a statement. The two companies held talks on a joint venture.",
                       ["General Motors Corp+Toyota Motor Corp|happened|joint venture||2019-06-28|046"]),
        PatternExample("Japan and South Korea signed the accord on Tuesday. The two countries will hold talks next month.",
                       ["Japan+South Korea|planned|||2019-07|036"]),
        // "Further talks" after a verb of holding are one more round.
        PatternExample("The United States and Taiwan agreed on Tuesday to hold further talks on the currency.",
                       ["Taiwan+United States|planned|currency||2019-07-02|036"]),
        // Side nouns with "from": "officials from A and B".
        PatternExample("Officials from Taiwan and the United States met in Washington on Tuesday.",
                       ["Taiwan+United States|happened||Washington|2019-06-25|040"]),
        // "Expected to see": a planned meeting with each person named.
        PatternExample("The Treasury Secretary James Baker is expected to see Finance Minister Kiichi Miyazawa and Chancellor Nigel Lawson.",
                       ["James Baker+Kiichi Miyazawa|planned||||036", "James Baker+Nigel Lawson|planned||||036"]),
        // ... but not states, nor a person whose body is the other's own.
        PatternExample("Japanese Prime Minister Yasuhiro Nakasone held talks with U.S. President Ronald Reagan on Tuesday.",
                       ["Ronald Reagan+Yasuhiro Nakasone|happened|||2019-06-25|046"]),
        PatternExample("Euronext chief executive Jean-Francois Theodore met Euronext chairman Jan Michiel Hessels on Tuesday.",
                       ["Jan Michiel Hessels+Jean-Francois Theodore|happened|||2019-06-25|040"]),
        // A subject "it" after a name that is no reporting verb's speaker: the one body before it.
        PatternExample("Acme Corp told the Securities and Exchange Commission it expects to meet with Zenith Industries Inc.",
                       ["Acme Corp+Zenith Industries Inc|planned||||036"]),
        PatternExample("Airbus Industrie said it had resumed talks with U.S. <McDonnell Douglas Corp> over a joint venture.",
                       ["Airbus Industrie+McDonnell Douglas Corp|happened|||2019-06-28|046"]),
        // Two people introduced as officers of two companies: the companies met too.
        PatternExample("Euronext chief executive Jean-Francois Theodore held talks with LSE's chief executive Clara Furse on Tuesday.",
                       ["Clara Furse+Jean-Francois Theodore|happened|||2019-06-25|046", "Euronext+LSE|happened|||2019-06-25|046"]),
        // A cancelling verb of another clause cancels nothing.
        PatternExample("Hereford Hospital Trust wrote to patients. After talks with Powys Health Board the trust called off its plan.",
                       ["Hereford Hospital Trust+Powys Health Board|happened|||2019-06-28|046"]),
        // ... but a side noun opening the subject is read from the tree: its of-phrase names the sides.
        PatternExample("Delegations of Mexico and Peru met in Lima on Tuesday.",
                       ["Mexico+Peru|happened||Lima|2019-06-25|040"]),
        // States whose people meet are the sides (see `ParticipantFinder.coordinatedStates`, `hyphenatedStates`).
        PatternExample("U.S. and Japanese officials met in Washington on Tuesday to discuss the removal of sanctions.",
                       ["Japan+United States|happened|removal of sanctions|Washington|2019-06-25|040"]),
        PatternExample("Japan and the United States disagree on chips. U.S.-Japanese trade talks on semiconductors ended in Tokyo on Tuesday.",
                       ["Japan+United States|happened|semiconductors|Tokyo|2019-06-25|046"]),
        PatternExample("Japan praised the United States. The U.S.-Japan talks on chips resumed on Tuesday.",
                       ["Japan+United States|happened|chips||2019-06-25|046"]),
        // A coordinated subject holding talks, past "a new round of".
        PatternExample("China and India opened a new round of border talks in Beijing on Tuesday.",
                       ["China+India|happened|border|Beijing|2019-06-25|046"]),
        // The agent of a passive past an oblique.
        PatternExample("Iranian Oil Minister Gholamreza Aqazadeh arrived in Algiers on Tuesday. He was greeted at the airport by Belkacem Nabi, Algeria's energy minister.",
                       ["Belkacem Nabi+Gholamreza Aqazadeh|happened|||2019-06-28|043"]),
        // A participle between the meeting noun and "between".
        PatternExample("Canada and France dispute fishing rights. Fishing negotiations currently held between Ottawa and Paris were suspended on Tuesday.",
                       ["Canada+France|happened|||2019-06-25|046"]),
        // A coordinated subject interrupted by a relative clause on its last conjunct.
        PatternExample("The statement was drafted after central bank governor Jose Fernandez and his deputy Gabriel Singson, who is in Manila, conferred on the telephone.",
                       ["Gabriel Singson+Jose Fernandez|happened|||2019-06-28|041"]),
        PatternExample("Taft Broadcasting said it would negotiate with its vice chairman Dudley Taft on the offer.",
                       ["Dudley Taft+Taft Broadcasting|planned||||036"]),
        // Named members of an unnamed group met ("including"); an unnamed member inside a list of counterparts.
        PatternExample("Prime Minister Shintaro Abe also met House leaders pressing for a tough trade bill, including Congressman Richard Gephardt.",
                       ["Richard Gephardt+Shintaro Abe|happened|trade||2019-06-28|040"]),
        PatternExample("Finance Minister Kiichi Miyazawa held a meeting with senior West German monetary officials, including Finance Minister Gerhard Stoltenberg.",
                       ["Gerhard Stoltenberg+Kiichi Miyazawa|happened|monetary||2019-06-28|040"]),
        PatternExample("Oil Minister Francisco Chona spoke after a meeting with Defense Minister Rafael Samudio, army chiefs and Energy Minister Guillermo Perry.",
                       ["Francisco Chona+Rafael Samudio|happened|||2019-06-28|040", "Francisco Chona+Guillermo Perry|happened|||2019-06-28|040"]),
        // A Reuters ticker between the reporting body and its verb.
        PatternExample("Volkswagen AG <VOWG.F> said negotiations with Toyota Motor Corp <TOYO.T> over a joint production accord have reached an advanced stage.",
                       ["Toyota Motor Corp+Volkswagen AG|happened|||2019-06-28|046"]),
        PatternExample("President Alan Garcia had recently spoken by telephone with Mexican President Miguel de la Madrid.",
                       ["Alan Garcia+Miguel de la Madrid|happened|||2019-06-28|041"]),
        // One named person telling another speaks to them face to face.
        PatternExample("Senator Karl Brandt told Prime Minister Kenji Aoki on Tuesday that the market must open.",
                       ["Karl Brandt+Kenji Aoki|happened|||2019-06-25|040"]),
        PatternExample("An official quoted Karl Brandt as telling Agriculture Minister Kenji Aoki that quotas would go.",
                       ["Karl Brandt+Kenji Aoki|happened|||2019-06-28|040"]),
        PatternExample("President Anna Sorel is expected to tell Chancellor Otto Lind next week that the plan is dead.",
                       ["Anna Sorel+Otto Lind|planned||||036"]),
        // An office joined by "and" is one office; a list closed by "and" before a verb ends there.
        PatternExample("Governor Luis Ortega last night met Venezuelan interior and justice minister Pablo Ruiz and will today hold talks at technical level, officials said.",
                       ["Luis Ortega+Pablo Ruiz|happened|||2019-06-28|040"]),
        // An office described with "of" right before the name; a body meeting a list of people meets each.
        PatternExample("Harlan Savings said Kestrel Holdings Inc also had talks with chairman of the executive committee Paul Verne and chairman Ruth Verne on the purchase of their shares.",
                       ["Kestrel Holdings Inc+Paul Verne|happened|||2019-06-28|046", "Kestrel Holdings Inc+Ruth Verne|happened|||2019-06-28|046"]),
        // "The company said it": the company the story opens with.
        PatternExample("Arlen Group Inc said its board rejected the offer from Corvo Inc. The company said it is continuing talks with Bexley Aviation Inc on a merger agreement.",
                       ["Arlen Group Inc+Bexley Aviation Inc|happened|merger agreement||2019-06-28|046"]),
        // "that they meet" after a verb between two people: the two.
        PatternExample("Prime Minister Ivo Kern proposed in a letter to his counterpart Tomas Vrba that they meet to discuss the border.",
                       ["Ivo Kern+Tomas Vrba|planned|border|||036"]),
        // "their <date> consultations" after "after": the meeting the two had.
        PatternExample("The statement was made by Finance Minister Lena Holt and Economy Minister Jorge Vidal after their March 3 consultations in Lima.",
                       ["Jorge Vidal+Lena Holt|happened||Lima|2019-03-03|040"]),
        // "The meeting was attended by ...": one meeting of everyone named as attending, across "and by".
        PatternExample("The meeting was attended by farm ministers from both countries and by President Pierre Arnaud, his Prime Minister Luc Moreau, and by Chancellor Karl Weber.",
                       ["Karl Weber+Luc Moreau+Pierre Arnaud|happened|||2019-06-28|040"]),
        // Spoke "to" a named person or on the telephone.
        PatternExample("He said Prime Minister Tom Reed also spoke on the telephone to US President Jane Cole on Monday.",
                       ["Jane Cole+Tom Reed|happened|||2019-06-24|041"]),
        // A meal with a named person; a body's name with its acronym in brackets inside a list.
        PatternExample("Finance Minister Otto Lind had breakfast with central bank governor Anna Sorel on Thursday, aides said.",
                       ["Anna Sorel+Otto Lind|happened|||2019-06-27|040"]),
        PatternExample("Talks between the Andean Pact (AP) and Brazil have failed to settle the dispute, a spokesman said.",
                       ["Andean Pact+Brazil|happened|||2019-06-28|046"]),
        // Phrasal meetings: sitting down with, playing host to, shaking hands, a video call, a dinner given for a guest.
        PatternExample("Commissioner Otto Lind and Trade Representative Anna Sorel failed to agree during talks in Paris.",
                       ["Anna Sorel+Otto Lind|happened||Paris|2019-06-28|046"]),
        PatternExample("Prime Minister Otto Lind will sit down with President Anna Sorel on Saturday.",
                       ["Anna Sorel+Otto Lind|planned|||2019-06-29|036"]),
        PatternExample("Chancellor Otto Lind played host to President Anna Sorel in Berlin on Monday.",
                       ["Anna Sorel+Otto Lind|happened||Berlin|2019-06-24|043"]),
        PatternExample("President Otto Lind and leader Anna Sorel shook hands at the border on Friday.",
                       ["Anna Sorel+Otto Lind|happened|||2019-06-28|040"]),
        PatternExample("Envoy Otto Lind held a video call with negotiator Anna Sorel on Friday.",
                       ["Anna Sorel+Otto Lind|happened|||2019-06-28|041"]),
        PatternExample("Prime Minister Otto Lind hosted a dinner for President Anna Sorel on Friday.",
                       ["Anna Sorel+Otto Lind|happened|||2019-06-28|040"]),
    ] + MeetingPaths.triggeringExamples

    public static let nonTriggeringExamples: [PatternExample] = [
        // Consultations the subject only has, not holds; a summit still to be decided; states' officials who only speak.
        PatternExample("Funaro and Gros have so far confined their consultations to government representatives."),
        PatternExample("The United States and the Soviet Union are at odds. A decision on a new U.S.-Soviet summit could emerge soon."),
        PatternExample("U.S. and Japanese officials said the dispute over chips was serious."),
        // "as well as" opens a new conjunct: the names before it are no subject of the second talks.
        PatternExample("Mulford cited progress in talks between banks and Mexico, Chile, and Venezuela, as well as progress in negotiations with the Philippines."),
        // A wish, a mandate or an opposition is no meeting.
        PatternExample("Caesars World Inc said Martin Sosnoff hopes its management will be willing to negotiate an agreement with him."),
        PatternExample("Senate leader Robert Byrd urged President Ronald Reagan to negotiate with Congress over the budget."),
        PatternExample("President Ronald Reagan was still opposed to a so-called 'budget summit' with Congress."),
        PatternExample("Sony Corp met analysts' expectations with a quarterly profit of 10 billion yen."),
        // A name that only modifies what was met or received; a name given.
        PatternExample("For several years Uganda had been unable to meet its ICO export quota."),
        PatternExample("Mike Leigh had previously received three Oscar nominations."),
        PatternExample("Texaco and Union Pacific Corp will create a new joint venture called Champlin Refining."),
        PatternExample("Ford was picked to set the pattern for a negotiated settlement with the United Auto Workers."),
        PatternExample("Donald Trump said Japan should open its markets, and Shinzo Abe criticized the tariffs."),
        PatternExample("Toshimitsu Motegi warned that a meeting would be pointless."),
        PatternExample("The company said its annual meeting would be held in May."),
        PatternExample("Talks between Helmut Kohl and Francois Mitterrand were called off on Tuesday."),
        PatternExample("The meeting of Helmut Kohl and Francois Mitterrand has been postponed."),
        PatternExample("Top seed Lindsay Davenport will meet Venus Williams in the fourth round of the tennis tournament after a 6-2 6-4 win over Nicole Vaidisova."),
        // An office after a body that leads to no name: the body is no side ("MITI vice ministers").
        PatternExample("MITI vice minister Makoto Kuroda said the head of the central bank of France was in Tokyo."),
        // A negation on the verb or noun that governs the meeting denies it.
        PatternExample("Shinzo Abe said he has no plans to start formal bilateral trade talks with Donald Trump."),
        PatternExample("Helmut Kohl is not expected to begin formal farm trade talks with Francois Mitterrand."),
        PatternExample("Helmut Kohl does not foresee another formal meeting with Francois Mitterrand this year."),
        // The clause after the fronted phrase has no named subject: no guess.
        PatternExample("After his talks with Francois Mitterrand, the chancellor told Helmut Kohl nothing."),
        // Two speakers: whose talks "its" means is not known.
        PatternExample("Placer Dome Inc and Westar Corp said its talks with Noranda Inc had ended."),
        // No subject for the pronoun to continue: the previous sentence opens with no person.
        PatternExample("After the vote, Joe Clark and James Baker left. Yesterday, he held talks with George Bush."),
        // A named speaker reports: whom "he" continues is not known.
        PatternExample("Officials said Malcolm Baldrige and George Shultz will go to Manila on Monday. He will also meet Jaime Ongpin."),
        // The only person before "he" is inside the quotation, so no one.
        PatternExample("The talks ended. \"It is hard without Ronald Reagan,\" he told reporters after a meeting with House Speaker James Wright."),
        PatternExample("Lloyd Bentsen of Texas and George Mitchell of Maine said talks with the union would go on."),
        PatternExample("Helmut Kohl attended the summit, where the dispute between Ronald Reagan and Brian Mulroney grew."),
        PatternExample("The talks follow an agreement reached between Nigeria and the Paris Club in December."),
        PatternExample("The investors' talks with Sony Corp ended."),
        PatternExample("One of the brothers behind the Falic Group and Sony Corp said the firm had held talks with Christian Lacroix."),
        PatternExample("President Pervez Musharraf and President George Bush arrived. On Monday the Pakistani president met Prime Minister Tony Blair."),
        PatternExample("Pratt Hotel Corp <PRAT> and Southmark Corp <SM> are negotiating with creditor banks."),
        // A person reporting talks may only have heard of them.
        PatternExample("Talks with Iran have made progress, Ronald Reagan said."),
        PatternExample("Helmut Kohl held talks with the unions and with employers on Tuesday."),
        // A list ends with "and", described names too.
        PatternExample("After a bid from actor Hugh Grant, writer Joanne Harris met up next week."),
        PatternExample("Officials said Malcolm Baldrige and Corazon Aquino spoke. He will meet Jaime Ongpin and Jose Concepcion."),
        PatternExample("The mission, sent by Gabin Ran Kankani, met Finance Ministry secretary Nailson Nobrega."),
        PatternExample("Nigel Lawson, Chancellor of the Exchequer, said talks with the banks went well."),
        PatternExample("Crown Prince Abdullah and Crown Prince Naruhito arrived. The Crown Prince paid a brief courtesy call on President Ronald Reagan."),
        // The antecedent only ends a phrase: not the subject.
        PatternExample("Shares of Euronext, which runs the Paris bourse, rose on Tuesday after talks with the London Stock Exchange, dealers said."),
        // No comma: the description is no apposition of the speaker's name.
        PatternExample("Stephen Schechter said a British investment banker who has held talks with Borussia Dortmund was wrong."),
        // The names after an unnamed member are a speaker, or the subject of a clause going on.
        PatternExample("Helmut Kohl held talks with the unions, Francois Mitterrand said."),
        PatternExample("Helmut Kohl met the farmers' leaders and Francois Mitterrand agreed to cut subsidies."),
        // A surname two people share names no one.
        PatternExample("Ronald Reagan and Nancy Reagan praised Mikhail Gorbachev. The Reagan-Gorbachev summit in Geneva ended on Tuesday."),
        // What follows the unnamed phrase is a speaker, a clause's subject, or not a member at all.
        PatternExample("Australia risks sales by failing to meet buyer requirements, the Australian Wheat Board said."),
        PatternExample("Morocco will get aid at a meeting with donors tomorrow, John Shilling, director of the World Bank's Moroccan division, said."),
        PatternExample("King Faisal visited in 1967 and King Khaled in 1981."),
        PatternExample("Morocco is likely to get aid at a meeting with donors beginning here tomorrow, John Shilling, director of the World Bank's Moroccan division, said."),
        // A with-phrase names the other side of the discussion, whether or not it is read.
        PatternExample("Jose Luis Machinea said he and Economy Minister Juan Sourrouille had discussed Argentina's loan request with the bank's vice-president."),
        PatternExample("Seton Co said its board has received a proposal from chairman Philip Kaltenbacher to buy the company."),
        // Without a determiner the verb reports: its speaker is no side of talks it only reports.
        PatternExample("Amoco Corp bought a stake in Sony Corp. Analysts previously said talks with Investment Canada had made progress."),
        // "Visiting" as an adjective; a gerund's object that is no person.
        PatternExample("The visiting minister Richard Lyng praised Aart de Zeeuw."),
        PatternExample("Richard Lyng praised Aart de Zeeuw on Tuesday, before visiting Japan."),
        PatternExample("Alfredo Franco left to attend a session of Congress also attended by visiting West German President Richard von Weizsaecker."),
        // A first-person subject is a quotation's speaker, not a name further left.
        PatternExample("When we were out playing Barcelona, I spoke with the Bulgarian manager, Hristo Stoichkov."),
        // In sports news a meeting verb is a fixture unless one met is introduced by an office off the pitch.
        PatternExample("Striker Thierry Henry scored twice as Arsenal beat Chelsea 3-1 in the league. Defender Ashley Cole met the manager Jose Mourinho in a hotel in London."),
        // "Without" outside an office phrase ends the name list.
        PatternExample("The commission was agreed during talks between Trade Minister Michel Noir and officials without Egon Padovan."),
        // A name modifying an unnamed subject ("industry representatives") is no side.
        PatternExample("Senators and U.S. semiconductor industry representatives met with Commerce Secretary Malcolm Baldrige on Tuesday."),
        // The meeting noun is what is opposed.
        PatternExample("Marlin Fitzwater said the White House continued to oppose a budget summit with Congress."),
        // Three people before "the pair": which two is not known.
        PatternExample("Ray Mallon clashed with Neil Herron and John Tomaney. Mr Mallon said an assembly would help. The pair met on the platform at Sunderland station."),
        // A body only modifying the side noun, first in the list, is no side.
        PatternExample("Svetozar Rikanovic praised the plan and met International Monetary Fund officials on Tuesday."),
        // Two companies before "the bank": which one is not known.
        PatternExample("Bank of Ceylon and Hatton National Bank cut rates. The bank is holding talks with the Export Development Board."),
        // No one for "he": the other side alone did not meet; no other side of a discussion.
        PatternExample("Officials said he and Trade Minister Rha Woong-bae spent much time discussing car imports."),
        PatternExample("Helmut Kohl discussed farm subsidies in a speech on Tuesday."),
        // "Including" after an unnamed group whose list goes on into a clause: the names are that clause's subject.
        PatternExample("Ronald Reagan met congressional leaders including House Speaker Jim Wright and Robert Byrd disagreed."),
        // Welcoming a decision, or a person's remarks, is no meeting.
        PatternExample("Chancellor Helmut Kohl welcomed the decision of President Francois Mitterrand on Tuesday."),
        PatternExample("Chancellor Helmut Kohl welcomed President Francois Mitterrand's remarks on farm subsidies."),
        // "X told the SEC it expects to meet Y": "it" is the teller, never the one told.
        PatternExample("Entertainment marketers told the Securities and Exchange Commission it expects to meet with Crazy Eddie Inc soon."),
        // A passive "it" is what is discussed; "their" after two states may be each one's own talks; a state before a
        // bracketed company only describes it.
        PatternExample("Japan Air Lines Co announced a plan. It will be discussed soon by officials of the Finance Ministry."),
        PatternExample("\"If Venezuela and Mexico have concluded their negotiations, we want to end ours soon,\" he said."),
        // "Further talks" that are only called for stay hypothetical.
        PatternExample("The United States and Taiwan called for further talks on the currency."),
        // "They" in the next sentence may be unnamed speakers; "the two companies" after people is no one.
        PatternExample("Japan and South Korea signed the accord on Tuesday, diplomats said. They said the agreement followed months of talks."),
        PatternExample("Helmut Kohl and Francois Mitterrand arrived on Tuesday. The two companies held talks on a joint venture."),
        // "See" outside a plan, a person seen doing something, or what a name only modifies, is no meeting.
        PatternExample("James Baker said he would see Kiichi Miyazawa's proposal next week."),
        PatternExample("James Baker hopes to see Kiichi Miyazawa win the vote."),
        PatternExample("Kiichi Miyazawa said markets will see Nigel Lawson act soon."),
        // A capital after another preposition or a verb is a place, not a side.
        PatternExample("Japan and the United States disagree. Yasuhiro Nakasone left Tokyo on Tuesday for talks."),
        PatternExample("Japan and the United States disagree. Officials held talks in Washington on Tuesday."),
        // A description that fits two bodies, or none, stands for no one.
        PatternExample("The London Stock Exchange and the Frankfurt Stock Exchange rejected the offer. The exchange is holding talks with Euronext."),
        PatternExample("The London Stock Exchange rejected the offer. The German exchange is holding talks with Euronext."),
        // Coordinated names inside an of-phrase of the subject are no sides.
        PatternExample("The heads of the central banks of Mexico and Peru have met in Lima to discuss the debt."),
        // A body coordinated with a lower-case modifier of the same group noun only modifies it.
        PatternExample("Ronald Reagan held talks with leading U.S. and world officials on Tuesday."),
        // A body before a capitalised plural ("House Republicans") only modifies it.
        PatternExample("James Baker will speak to the press on Tuesday before meeting with House Republicans."),
        // A state and a group noun ("the U.S. Group", in capitalised wire copy) is no named side; nor is a name past the verb.
        PatternExample("In separate talks with Finance Minister Kiichi Miyazawa, the U.S. Group also urged Japan to open its markets."),
        // Telling by letter, telling the press, a passive, a pronoun told, and sports talk are no meetings.
        PatternExample("Chancellor Otto Lind told President Anna Sorel in a letter that Bonn would not move."),
        PatternExample("Finance Minister Otto Lind spoke to reporters and to the party conference on Monday."),
        PatternExample("The meeting was attended by about 200 delegates and by the mayor of Lyon."),
        PatternExample("Ambassador Otto Lind sent a letter to Senator Anna Sorel on Monday. Lind told Sorel that the union would retaliate."),
        PatternExample("Finance Minister Otto Lind told reporters and the daily newspaper Nordpost that rates would hold."),
        PatternExample("Otto Lind would be told Britain still needs guarantees, Anna Sorel said."),
        PatternExample("Witness Carl Rand said Otto Lind ordered the changes, telling him to hit the numbers."),
        PatternExample("Striker Carl Rand scored twice in the second half. Manager Otto Lind told Rand after the match that he would start the cup final against Rovers."),
        // A meal that is not had with a named person.
        PatternExample("Otto Lind and Anna Sorel left before dinner, and the lunch for reporters was cancelled."),
        PatternExample("Otto Lind said he would sit on the board with Anna Sorel, and the shares shook off the news."),
        PatternExample("Otto Lind watched a video of the call, Anna Sorel said."),
        PatternExample("The Grand Hall, which opened in 1950, has played host to stars including Otto Lind and Anna Sorel."),
        PatternExample("Shares of Lind Corp and Sorel Inc rose during talks on the budget, dealers said."),
        PatternExample("Judges Otto Lind and Anna Sorel are in discussions to sign up for the new series."),
    ] + MeetingPaths.nonTriggeringExamples

    public static func summary(of fact: Fact, in document: Document) -> String? {
        guard case .meeting(let m) = fact else { return nil }
        let names = m.participants.map { document.entities[$0].name }.sorted().joined(separator: "+")
        let place = m.place.map { document.entities[$0].name } ?? ""
        return "\(names)|\(m.status.rawValue)|\(m.topic ?? "")|\(place)|\(m.date ?? "")|\(m.cameoCode)"
    }

    static let holdVerbs: Set<String> = [
        "hold", "held", "holding", "holds", "had", "have", "has", "having", "began", "begin", "begins", "begun", "open",
        "opened", "opening", "resume", "resumed", "start", "started", "starting", "conclude", "concluded", "continue",
        "continued", "continuing", "attend", "attended", "finished", "ended", "end", "wrapped", "accelerate",
    ]
    static let infinitiveVerbs: Set<String> = holdVerbs.union(["meet", "discuss", "seek", "join", "visit", "confer", "talk", "negotiate", "attend"])
    /// Verbs that make "to negotiate" a planned or begun negotiation, not a wish or a mandate.
    static let negotiationPlanVerbs: Set<String> = [
        "agreed", "agree", "agrees", "plans", "plan", "planned", "planning", "expected", "due", "scheduled", "set",
        "began", "begin", "begins", "continue", "continued", "continues", "decided", "intends", "intend", "selected", "chosen",
    ]
    static let gerundMarkers: Set<String> = ["after", "before", "while", "since", "when", "following", "by"]

    public func extract(from document: Document) -> [Fact] {
        let finder = ParticipantFinder(document)
        var sports: Bool? = nil  // read only when a fixture or telling word is met
        var facts: [Fact] = []
        var seen: [Set<Int>: Int] = [:]
        let events = EventsBySentence(document)
        for (s, sentence) in document.sentences.enumerated() {
            var context: SentenceContext? = nil
            for i in sentence.tokenRange {
                // "Talks between ..." opening a sentence.
                let word = i == sentence.tokenRange.lowerBound ? finder.words[i].lowercased() : finder.words[i]
                guard let trigger = MeetingTriggers.words[word] else { continue }
                // In sports news "X will meet Y", "the last meeting of the sides" are fixtures, and a manager or player
                // telling another is club talk.
                if MeetingTriggers.fixtureWords.contains(word) || MeetingTriggers.tellingVerbs.contains(word) {
                    if sports == nil { sports = SportsContext.isSports(document) }
                    // ... but a club's officials are met, not played: "Cole met chief executive Peter Kenyon".
                    if sports == true, !(["met", "meet", "meets"].contains(word) && finder.officialMet(after: i, upper: sentence.tokenRange.upperBound)) { continue }
                }
                if context == nil { context = SentenceContext(finder.words, sentence.tokenRange, summit: events.summit[s]) }
                for fact in meetings(document, finder, sentence: s, trigger: trigger, at: i, context!, events) {
                let key = Set(fact.participants)
                if let existing = seen[key] {
                    // The same meeting restated: keep the first, but fill in what it lacked.
                    if case .meeting(var earlier) = facts[existing] {
                        earlier.topic = earlier.topic ?? fact.topic
                        earlier.place = earlier.place ?? fact.place
                        earlier.superEvent = earlier.superEvent ?? fact.superEvent
                        if earlier.date == nil { earlier.date = fact.date }
                        facts[existing] = .meeting(earlier)
                    }
                    continue
                }
                seen[key] = facts.count
                facts.append(.meeting(fact))
                }
            }
        }
        return facts
    }

    /// The first token at or after `from` (within `limit` tokens) that is `word`, without crossing
    /// punctuation or a named participant.
    private func find(_ targets: Set<String>, after from: Int, limit: Int, _ finder: ParticipantFinder, upper: Int) -> Int? {
        var m = from
        while m < min(upper, from + limit) {
            let w = finder.words[m]
            if targets.contains(w) { return m }
            if [",", ".", ";", ":", "\"", "“", "”", "(", "and", "but", "to", "that"].contains(w) || finder.participant(at: m) != nil { return nil }
            m += 1
        }
        return nil
    }

    /// What the checks of every trigger ask of the whole sentence, read once per sentence so that a long
    /// sentence with many triggers is not rescanned for each.
    struct SentenceContext {
        let sports: Bool
        let telephone: Bool
        let city: Bool
        let dates: Bool
        /// Where a subject-matter word ("trade", "debt") stands, in order.
        let topicWords: [Int]
        /// The sentence says the meeting was one of all ("three-way", "joint", "also attended").
        let joint: Bool
        /// Where a topic phrase may start ("to discuss", "on", "about"), in order.
        let topicStarts: [Int]
        let summit: Int?

        init(_ words: [String], _ range: Range<Int>, summit: Int?) {
            let sentence = words[range]
            sports = sentence.contains(where: MeetingTriggers.sportsWords.contains)
            telephone = sentence.contains(where: { ["telephone", "phone", "phoned", "telephoned", "videoconference"].contains($0) })
            city = sentence.contains("city")
            dates = DateResolver.mayHoldDate(words, in: range)
            topicWords = range.filter { MeetingTriggers.topicWords.contains(words[$0]) }
            joint = sentence.contains(where: MeetingTriggers.jointMarkers.contains)
            topicStarts = range.filter { ["discuss", "on", "about"].contains(words[$0]) }
            self.summit = summit
        }
    }

    /// The named-event facts already stated: the first summit or conference of each sentence, and each event's place.
    struct EventsBySentence {
        var summit: [Int: Int] = [:]
        var place: [Int: Int?] = [:]

        init(_ document: Document) {
            for fact in document.facts {
                guard case .event(let event) = fact else { continue }
                if event.kind == "summit" || event.kind == "conference", summit[event.evidence.sentenceIndex] == nil {
                    summit[event.evidence.sentenceIndex] = event.event
                }
                if place[event.event] == nil { place[event.event] = .some(event.place) }
            }
        }
    }

    /// The meetings one trigger states. The split convention: "X met A, B and C" is three
    /// bilateral meetings (X–A, X–B, X–C); one joint meeting of all only when the text says so:
    /// "A, B and C met", "a meeting between A, B and C", "also attended by D", "three-way talks".
    private func meetings(_ document: Document, _ finder: ParticipantFinder, sentence s: Int, trigger: MeetingTriggers.Trigger, at i: Int,
                          _ context: SentenceContext, _ events: EventsBySentence) -> [MeetingFact] {
        guard let found = meeting(document, finder, sentence: s, trigger: trigger, at: i, context, events) else { return [] }
        let (fact, subjects, objects) = found
        guard !context.joint, !subjects.isEmpty, objects.count >= 2 else { return [fact] + representedBodies(fact, finder, sentence: s) }
        var split: [MeetingFact] = []
        for object in objects {
            var participants = subjects.filter { $0 != object } + [object]
            if participants.filter(finder.isPerson).count >= 2 { participants = participants.filter(finder.isPerson) }
            guard participants.count >= 2 else { continue }
            var one = fact
            one.participants = participants
            split.append(one)
        }
        return split
    }

    /// "Euronext chief executive Jean-Francois Theodore held talks with LSE's chief executive Clara Furse": when each of
    /// two people meeting is introduced in the sentence as an officer of a company or body, and the bodies differ, the
    /// bodies met too (news reports a company's talks through its officers). Not for states: a president meeting a
    /// prime minister is their meeting, not one of the states.
    private func representedBodies(_ fact: MeetingFact, _ finder: ParticipantFinder, sentence s: Int) -> [MeetingFact] {
        guard fact.participants.count == 2, fact.participants.allSatisfy(finder.isPerson) else { return [] }
        let range = finder.document.sentences[s].tokenRange
        let bodies = fact.participants.compactMap { finder.bodyModifying(person: $0, before: range.upperBound, lower: range.lowerBound) }
        guard bodies.count == 2, bodies[0] != bodies[1],
              bodies.allSatisfy({ finder.document.entities[$0].type == .organization }) else { return [] }
        var one = fact
        one.participants = bodies
        return [one]
    }

    private func meeting(_ document: Document, _ finder: ParticipantFinder, sentence s: Int, trigger: MeetingTriggers.Trigger, at i: Int,
                         _ context: SentenceContext, _ events: EventsBySentence) -> (MeetingFact, subjects: [Int], objects: [Int])? {
        let words = finder.words
        let sentence = document.sentences[s]
        let lower = sentence.tokenRange.lowerBound, upper = sentence.tokenRange.upperBound
        let w = i == lower ? words[i].lowercased() : words[i]
        let previous = i > lower ? words[i - 1] : ""
        var form = trigger.form
        var objectKind = trigger.object
        var cameo = trigger.cameo
        // "after meeting Funaro", "before meeting with Bush": the gerund works as a verb.
        // Not "attended by visiting President X": there "visiting" describes the person.
        let gerund = (w == "meeting" || (w == "visiting" && previous != "by")) && MeetingExtractor.gerundMarkers.contains(previous)
        if gerund { form = .verbBase; objectKind = .direct }
        // "the visiting minister": an adjective.
        if w == "visiting", !gerund { return nil }
        // "is expected to see Miyazawa": only the infinitive after a verb of plan or expectation means a meeting, not
        // "see a recovery" or "we will see".
        if w == "see", !(previous == "to" && i - 2 >= lower && (MeetingPaths.controlVerbs.contains(words[i - 2]) || ["want", "wants", "going", "able"].contains(words[i - 2]))) { return nil }
        // "X will meet A and B, before visiting C": the gerund's subject is the main clause's, which the tree gives;
        // walking left would take the main clause's object.
        let trailingGerund = gerund && i - 2 >= lower && words[i - 2] == ","

        // Things that look like meetings and are not.
        if ["met", "meet", "meets"].contains(w), context.sports { return nil }
        if trigger.form == .noun, !gerund, MeetingTriggers.gatheringModifiers.contains(previous) { return nil }
        let near = words[max(lower, i - 3)..<i]
        if w == "call" {
            guard near.contains(where: { ["phone", "telephone", "courtesy", "phone-call", "video", "conference"].contains($0) }) else { return nil }
            if near.contains("courtesy") { cameo = "042" }
        }
        if w == "conversation", !near.contains(where: { ["phone", "telephone"].contains($0) }) { return nil }
        // "will sit down with X", "shook hands with X" / "A and B shook hands": only with the word that makes them meetings.
        if ["sit", "sat", "sits"].contains(w), !(i + 1 < upper && words[i + 1] == "down") { return nil }
        if w == "shook", !(i + 1 < upper && words[i + 1] == "hands") { return nil }
        // "Merkel played host to Macron": the guest follows "to"; "played" makes it past.
        let playedHost = ["host", "hosts"].contains(w) && ["played", "play", "plays", "playing"].contains(previous)
            && i + 1 < upper && words[i + 1] == "to"
        if playedHost, previous == "played" { form = .verbPast }
        let telling = MeetingTriggers.tellingVerbs.contains(w)
        if telling {
            // "the king would be told": the one told is the subject; a manager telling a player is no meeting.
            if w == "told", ["be", "been", "being", "was", "were", "is", "are"].contains(previous) { return nil }
            if context.sports { return nil }
            // A letter named anywhere in the sentence or the one before is how the telling went ("In a letter, ... X told Y").
            let previousStart = s > 0 ? document.sentences[s - 1].tokenRange.lowerBound : lower
            if words[previousStart..<upper].contains(where: MeetingTriggers.writtenMessageWords.contains) { return nil }
            // The person told follows at once, named or by a capitalized office ("told Prime Minister Nakasone"), not
            // "told analysts", "told the daily newspaper X" or a pronoun.
            guard i + 1 < upper, words[i + 1].isCapitalizedWord, !["I", "He", "She", "They", "We", "It"].contains(words[i + 1]) else { return nil }
        }
        if w == "called" {
            // "a joint venture called Champlin Refining": a name given, not a call.
            if previous.isLowercaseWord, !ParticipantFinder.singularPronouns.contains(previous), !ParticipantFinder.pluralPronouns.contains(previous),
               !previous.hasSuffix("ly"), !["also", "then", "later", "had", "has", "have", "was", "were", "and", "who", "first", "never"].contains(previous) { return nil }
            // "Baker called Miyazawa early this week": a person right after, not "called on", "called X a liar".
            var m = i + 1
            while m < upper, finder.participantRange(at: m) == nil, finder.isPremodifier(m, lower: lower, upper: upper), m - i < 4 { m += 1 }
            guard m < upper, let range = finder.participantRange(at: m), let e = finder.participant(at: m), finder.isPerson(e) else { return nil }
            if range.upperBound < upper, ["a", "an", "the", "to", "'s", "’s", "for"].contains(words[range.upperBound]) { return nil }
        }
        // "a negotiated settlement", "the negotiating committee", "skills in negotiating": only "is negotiating" is the verb.
        if w == "negotiated", MeetingTriggers.determiners.contains(previous.lowercased()) { return nil }
        if w == "negotiating", !["is", "are", "was", "were", "been", "be", "'s", "’s", "still", "currently", "now"].contains(previous) { return nil }
        // "spoke with X"; "spoke on the telephone to X", "spoke to President X": "to" a person by name or on the phone
        // (not "spoke to reporters", "spoke to the conference").
        let spokeTo: Int? = ["spoke", "spoken"].contains(w) ? find(["to"], after: i + 1, limit: 6, finder, upper: upper).flatMap { to in
            to + 1 < upper && (context.telephone || words[to + 1].isCapitalizedWord) ? to : nil
        } : nil
        if ["spoke", "spoken"].contains(w), find(["with"], after: i + 1, limit: 6, finder, upper: upper) == nil, spokeTo == nil { return nil }
        // Hypothetical: "willing to take part in any negotiations with Congress".
        // But "agreed to hold further talks": "further" after a verb of holding is one more round, planned or held.
        if form == .noun, (max(lower, i - 2)..<i).contains(where: { k in
            ["any", "possible", "proposed"].contains(words[k]) || (words[k] == "further" && !(k > lower && MeetingExtractor.holdVerbs.contains(words[k - 1])))
        }) { return nil }
        // Denied: "did not meet", "refused to meet", "no talks with".
        if words[max(lower, i - 4)..<i].contains(where: MeetingTriggers.negations.contains) { return nil }
        // Opposed: "continued to oppose a budget summit with Congress" (the verb takes the meeting noun as its object).
        // "was opposed to a so-called 'budget summit'": "to" after "opposed", and quotation marks around the name.
        if form == .noun, !gerund, let v = (max(lower, i - 6)..<i).last(where: { MeetingTriggers.opposingVerbs.contains(words[$0]) }),
           words[(v + 1)..<i].enumerated().allSatisfy({ n, w in
               (w.isLowercaseWord && (!ParticipantFinder.prepositions.contains(w) || (n == 0 && w == "to" && words[v] == "opposed")))
                   || ["'", "\"", "‘", "“"].contains(w) }) { return nil }
        // "negotiate" is mostly what someone is willing, urged or authorised to do: only a stated plan or
        // future ("will negotiate", "agreed to negotiate") is a meeting.
        if w == "negotiate" {
            let planned = ["will", "would", "'ll", "shall"].contains(previous)
                || (previous == "to" && i - 2 >= lower && MeetingExtractor.negotiationPlanVerbs.contains(words[i - 2]))
            if !planned { return nil }
        }
        // ... and further back in the clause: "has no plans to start bilateral trade talks".
        if MeetingTriggers.negatedInClause(words, trigger: i, lower: lower, nounTrigger: form == .noun && !gerund) { return nil }
        // Cancelled: "talks were called off", "the meeting has been postponed".
        var after = i + 1
        while after < min(upper, i + 12), ![",", ";", ".", "but"].contains(words[after]) {
            if MeetingTriggers.cancellations.contains(words[after]) || (words[after] == "called" && after + 1 < upper && words[after + 1] == "off") {
                // Only a verb that takes the meeting as its subject or object, or a clause on the meeting noun, cancels it:
                // not "after talks with the board the hospital called off its plan".
                guard let tree = document.tree(ofSentence: s), !MeetingExtractor.cancels(after, trigger: i, in: tree) else { return nil }
            }
            after += 1
        }

        // The other side: "met X", "talks with X", "a meeting between X and Y".
        var objectHeads: [Int] = []
        var objectPronoun: Int? = nil
        var withUnnamed = false
        var between = false
        // "a summit in Ottawa next month between Reagan and Mulroney": the between-phrase may follow the noun's other modifiers.
        var betweenAt = form == .noun ? (i + 1 < upper && words[i + 1] == "between" ? i + 1 : find(["between"], after: i + 1, limit: 7, finder, upper: upper)) : nil
        // Only places and times may stand between ("a summit in Ottawa next month between"), not a verb ("talks follow an agreement reached between").
        if let b = betweenAt, words[(i + 1)..<b].contains(where: { $0.isLowercaseWord && !ParticipantFinder.prepositions.contains($0)
            && !MeetingTriggers.determiners.contains($0) && !MeetingTriggers.durationWords.contains($0) && !["next", "last", "early", "late"].contains($0)
            // "negotiations currently held between Ottawa and Paris": the talks' own participle.
            && !$0.hasSuffix("ly") && !["held", "being", "conducted", "scheduled", "planned", "taking", "place", "under", "way"].contains($0) }) {
            betweenAt = nil
        }
        if form == .noun, !gerund, let pair = finder.hyphenatedPair(before: i, lower: lower) ?? finder.hyphenatedStates(before: i, lower: lower) {
            objectHeads = pair
            between = true
        } else if form == .noun, !gerund, let attendees = attendees(after: i, finder, upper: upper, lower: lower) {
            // "The meeting was attended by A, B and C": one meeting of everyone named as attending.
            objectHeads = attendees
            between = true
        } else if let betweenAt {
            objectHeads = finder.objects(from: betweenAt + 1, upper: upper, lower: lower).heads
            // "talks between Foreign Trade Minister Noir and Yugoslavian minister without portfolio Padovan".
            if objectHeads.count < 2, mayParse(finder, sentence: sentence.tokenRange), let tree = document.tree(ofSentence: s) {
                let sides = MeetingPaths.sides(of: i, directObject: false, in: tree, finder, sentence: s)
                if sides.between { objectHeads = sides.counterparts }
            }
            guard objectHeads.count >= 2 else { return nil }
            // "talks between banks and Mexico, Chile and Venezuela": an unnamed member first; the named did not meet one another.
            if let first = (betweenAt + 1..<upper).first(where: { finder.participant(at: $0) == objectHeads[0] }),
               words[(betweenAt + 1)..<first].contains(where: { $0 == "and" || $0 == "," }) { return nil }
            between = true
        } else {
            var start: Int? = nil
            switch objectKind {
            case .direct:
                if telling { start = i + 1 }
                else if playedHost { start = i + 2 }
                else if i + 1 < upper, words[i + 1] == "with" { start = i + 2 < upper && words[i + 2] == "with" ? i + 3 : i + 2 }
                else if let with = find(["with"], after: i + 1, limit: 6, finder, upper: upper) { start = with + 1 }
                else { start = i + 1 }
            case .withOnly:
                let targets: Set<String> = w == "call" ? ["with", "on"] : w.hasPrefix("guest") ? ["of"] : spokeTo != nil ? ["with", "to"]
                    : MeetingTriggers.mealNouns.contains(w) ? ["with", "for"] : ["with"]
                // "after talks with with Chancellor Helmut Kohl": a doubled word is a slip.
                if let with = find(targets, after: i + 1, limit: 6, finder, upper: upper) { start = with + 1 < upper && words[with + 1] == words[with] ? with + 2 : with + 1 }
            case .none:
                break
            }
            if let start, start < upper {
                var found = finder.objects(from: start, upper: upper, lower: lower, unnamedFirst: true)
                // "talks with the European stock market and with rival bidder Deutsche Boerse": a parallel with-phrase
                // goes on the list, past an unnamed first one.
                if start > lower, words[start - 1] == "with", found.pronoun == nil, found.end + 1 < upper,
                   let and = (found.end..<min(upper - 1, found.end + 6)).first(where: { words[$0] == "and" && words[$0 + 1] == "with" }),
                   !(found.end..<and).contains(where: { [",", ";", ":", "(", ")"].contains(words[$0]) || finder.participant(at: $0) != nil }) {
                    let more = finder.objects(from: and + 2, upper: upper, lower: lower)
                    found = (found.heads + more.heads.filter { !found.heads.contains($0) }, nil, more.end)
                }
                objectHeads = found.heads
                objectPronoun = found.pronoun
                // "hopes to see Lawson win": a person seen doing something is not met.
                if w == "see", found.end < upper, words[found.end].isLowercaseWord, !ParticipantFinder.prepositions.contains(words[found.end]),
                   !["next", "this", "later", "today", "tomorrow", "again", "soon", "before", "during", "and"].contains(words[found.end]) {
                    return nil
                }
                // "meet its ICO export quota", "received three Oscar nominations": the name only modifies the thing met.
                if objectKind == .direct, !telling, found.heads.count == 1, found.end < upper,
                   words[found.end..<min(upper, found.end + 3)].contains(where: { MeetingTriggers.nonParticipantObjects.contains($0) || MeetingTriggers.honourWords.contains($0) }) {
                    return nil
                }
                if objectHeads.isEmpty && objectPronoun == nil {
                    if words[start..<min(upper, start + 5)].contains(where: MeetingTriggers.nonParticipantObjects.contains) { return nil }
                    // "A and B are negotiating with creditor banks": the other side is there, unnamed.
                    withUnnamed = start > lower && words[start - 1] == "with"
                }
            }
        }

        // "U.S. and Japanese officials met": the states whose people meet are the sides.
        if !between, objectHeads.isEmpty, objectPronoun == nil, !withUnnamed,
           let states = finder.coordinatedStates(before: i, lower: lower, nounTrigger: form == .noun && !gerund) {
            objectHeads = states
            between = true
        }

        // This side: the subject, a possessor ("his talks with"), or a relative pronoun's antecedent.
        var subjectHeads: [Int] = []
        var subjectStart = max(lower, i - 6)
        var fromBetween = false
        var possessor: Int? = nil
        if !between {
            // "their January 21 consultations", "his recent two-day talks": dates, numbers and a few adjectives may stand
            // between the possessive and the noun.
            var reach = i - 2
            while form == .noun, reach - 1 >= lower, i - reach < 5, MeetingExtractor.isPossessedNounModifier(words[reach]) { reach -= 1 }
            for k in stride(from: i - 1, through: reach, by: -1) where k >= lower {
                if ["his", "her", "their", "its", "His", "Her", "Their", "Its"].contains(words[k]) { possessor = k; break }
                if (words[k] == "'s" || words[k] == "’s"), k - 1 >= lower, let e = finder.participant(at: k - 1) { subjectHeads = [e]; break }
                // "George Shultz' Moscow talks": the apostrophe alone (names ending in s, and a common slip for others).
                if (words[k] == "'" || words[k] == "’"), k - 1 >= lower, let e = finder.participant(at: k - 1),
                   k + 1 < i ? document.tokenEntities[k + 1] != nil || words[k + 1].isLowercaseWord : true { subjectHeads = [e]; break }
            }
            if let p = possessor, let owner = finder.reportingOwner(ofPossessive: p, lower: lower, upper: upper)
                ?? finder.frontedOwner(ofPossessive: p, trigger: i, lower: lower, upper: upper) {
                subjectHeads = [owner]
            } else if let p = possessor {
                if ["their", "Their"].contains(words[p]) { subjectHeads = finder.resolvePlural(at: p, sentence: s) ?? [] }
                else if ["its", "Its"].contains(words[p]) { subjectHeads = finder.resolveBody(at: p, sentence: s).map { [$0] } ?? [] }
                else if let e = finder.resolveSingular(at: p, sentence: s, excluding: Set(objectHeads)) { subjectHeads = [e] }
            } else if subjectHeads.isEmpty, !trailingGerund {
                switch finder.subject(before: i, lower: lower, upper: upper) {
                case .entities(let heads, let start):
                    subjectHeads = heads
                    subjectStart = start
                    // "Baldrige said he and Trade Minister Rha spent time discussing": a pronoun coordinated with the subject.
                    // Only a subject meeting no one else: "both he and Yeutter were disappointed at talks with Japan" are one side.
                    if objectHeads.isEmpty, objectPronoun == nil, !words[i..<upper].contains("with"), start - 2 >= lower, words[start - 1] == "and", ParticipantFinder.singularPronouns.contains(words[start - 2]),
                       !["his", "His", "her", "Her", "him"].contains(words[start - 2]),
                       let e = finder.resolveSingular(at: start - 2, sentence: s, excluding: Set(heads + objectHeads)) {
                        subjectHeads.insert(e, at: 0)
                        subjectStart = start - 2
                    }
                    fromBetween = start - 1 >= lower && words[start - 1] == "between"
                case .pronoun(let k):
                    subjectStart = k
                    // "Funaro, who he met with last week": the antecedent is met.
                    if k - 1 >= lower, ["who", "whom"].contains(words[k - 1]) {
                        var j = k - 2
                        if j >= lower, words[j] == "," { j -= 1 }
                        if j >= lower, let e = finder.participant(at: j) { objectHeads.append(e) }
                    }
                    if ParticipantFinder.pluralPronouns.contains(words[k]) || ParticipantFinder.countedGroupNouns.contains(words[k])
                        || ParticipantFinder.countedBodyNouns.contains(words[k]) || words[k] == "pair" {
                        subjectHeads = finder.resolvePlural(at: k, sentence: s, countedFallback: true) ?? []
                    } else if ["it", "It"].contains(words[k]) {
                        subjectHeads = finder.resolveBody(at: k, sentence: s).map { [$0] } ?? []
                    } else if let e = finder.resolveSingular(at: k, sentence: s, excluding: Set(objectHeads)) {
                        subjectHeads = [e]
                    }
                case .relative(let heads):
                    subjectHeads = heads
                case .reporter(let heads, let pronoun, let verb):
                    // "Colonial American Bankshares said it met with the committee": the body itself.
                    if verb + 1 < i, ["it", "its"].contains(words[verb + 1]), heads.count == 1, !finder.isPerson(heads[0]) {
                        subjectHeads = heads
                        break
                    }
                    // "The company said it is continuing talks with X": "it" is the one body the article is about.
                    if heads.isEmpty, verb + 1 < i, words[verb + 1] == "it" {
                        subjectHeads = (finder.resolveBody(at: verb + 1, sentence: s) ?? finder.leadBody()).map { [$0] } ?? []
                        break
                    }
                    // "Yeutter said the case was resolved at a meeting with Figuerras."
                    guard form == .noun || gerund else { break }
                    // "Anglo American spokesman X said the company held talks with Y": the speaker
                    // reports; the company he speaks for is the side.
                    if let noun = ((verb + 1)..<i).first(where: { MeetingTriggers.bodySubjects.contains(words[$0]) }) {
                        if let body = heads.first.flatMap({ finder.bodyModifying(person: $0, before: verb, lower: lower) }) { subjectHeads = [body] }
                        // "one of the brothers behind the Falic Group said the firm held talks": with no named speaker,
                        // "the firm" is the one company named, as "its" would be.
                        else if ["company", "firm", "group", "corporation"].contains(words[noun]) {
                            if heads.count == 1, !finder.isPerson(heads[0]) { subjectHeads = heads }
                            else if heads.isEmpty, let body = finder.resolveBody(at: noun, sentence: s) { subjectHeads = [body] }
                        }
                        break
                    }
                    if let pronoun {
                        if let e = finder.resolveSingular(at: pronoun, sentence: s, excluding: Set(objectHeads)) { subjectHeads = [e] }
                    } else {
                        subjectHeads = heads
                    }
                case .none:
                    // "After her talks with Ryzhkov, Thatcher ...": a fronted phrase, then the subject.
                    // Only a phrase that opens the sentence is fronted: in "... before Nakasone leaves for talks with
                    // Reagan, Ito said" the name after the comma is a speaker.
                    if i > lower, let comma = words[i..<upper].firstIndex(of: ","), !words[lower..<i].contains(","),
                       ParticipantFinder.prepositions.contains(words[lower].lowercased()) || words[lower].hasSuffix("ing") {
                        var found = finder.objects(from: comma + 1, upper: upper, lower: lower)
                        // "In separate talks with Miyazawa, the U.S. group also urged Japan ...": the subject is the phrase right
                        // after the comma; a name further on (past a verb) is no side.
                        if let first = found.heads.first, let range = (comma + 1..<upper).first(where: { finder.participant(at: $0) == first }).flatMap(finder.participantRange(at:)),
                           finder.phraseStart(range, lower: lower, upper: upper) > comma + 1 {
                            found.heads = []
                        }
                        // "In talks with Kato, Lyng and Trade Representative Yeutter asked ...": a coordinated subject is every side.
                        if found.heads.count >= 2, words[(comma + 1)..<found.end].contains("and") { subjectHeads = found.heads }
                        else if let first = found.heads.first { subjectHeads = [first] }
                    } else if form == .noun, !gerund, i - lower <= 1, let body = finder.closingSpeakingBody(lower: lower, upper: upper) {
                        // "Talks with Euronext will continue, the LSE said": talks opening the sentence with no side
                        // before them are those of the body that reports them.
                        subjectHeads = [body]
                    }
                }
            }
        }

        // "..., before visiting Lyng": the subject of the sentence's main clause (the parser may hang the gerund on
        // the last noun before it), unless that clause only reports.
        if trailingGerund, subjectHeads.isEmpty, let tree = document.tree(ofSentence: s), let root = tree.root,
           !ParticipantFinder.reportingVerbs.contains(words[root]) {
            subjectHeads = MeetingPaths.entities(tree.dependents(of: root, [.nsubj]), tree, finder, sentence: s, excluding: Set(objectHeads))
        }
        // What the word walk could not reach, the tree may (see `MeetingPaths`); parsed only when the
        // sentence can give a meeting: a side is missing, a word one of the paths needs is there (a control
        // verb, "by", "who", a side noun, a fronted phrase), and another participant or a pronoun is there.
        if !between, possessor == nil, subjectHeads.isEmpty || (objectHeads.isEmpty && objectPronoun == nil),
           MeetingPaths.hasCue(finder.words, trigger: i, sentence: sentence.tokenRange, subjectMissing: subjectHeads.isEmpty),
           mayParse(finder, sentence: sentence.tokenRange, placed: subjectHeads + objectHeads), let tree = document.tree(ofSentence: s) {
            let sides = MeetingPaths.sides(of: i, directObject: objectKind == .direct, in: tree, finder, sentence: s)
            if subjectHeads.isEmpty { subjectHeads = sides.subjects.filter { !objectHeads.contains($0) } }
            if objectHeads.isEmpty && objectPronoun == nil { objectHeads = sides.counterparts.filter { !subjectHeads.contains($0) } }
            // "the report, received by Jim Wright and Robert Byrd": with no subject side, the others did not meet.
            if subjectHeads.isEmpty && form != .noun { return nil }
        }
        if objectHeads.isEmpty && objectPronoun == nil && withUnnamed && !between { return nil }
        var participants: [Int] = []
        for e in subjectHeads + objectHeads where !participants.contains(e) { participants.append(e) }
        if let p = objectPronoun, let e = finder.resolveSingular(at: p, sentence: s, excluding: Set(participants)) {
            participants.append(e)
            objectHeads.append(e)
        }
        if trigger.personObject && !objectHeads.contains(where: finder.isPerson) { return nil }
        // A place "plays host to" its visitors: only a person hosting meets them.
        if (telling || playedHost) && !subjectHeads.contains(where: finder.isPerson) { return nil }
        // "After a day of meetings with A, B and C, ...", "He will meet A and B" with "he" unresolved: with no side
        // of its own named, a list of counterparts did not meet one another.
        if subjectHeads.isEmpty && possessor == nil && !between && objectHeads.count >= 2 { return nil }
        if objectHeads.isEmpty && !between {
            // No other side named: the subject must be a group that itself meets.
            guard subjectHeads.count >= 2 else { return nil }
            if form == .noun {
                // "held talks", "opened a new round of border talks": the verb, then only the noun phrase's own words.
                let held = (max(lower, i - 7)..<i).contains { k in
                    MeetingExtractor.holdVerbs.contains(words[k]) && !(k > lower && ["a", "an", "the", "early", "its"].contains(words[k - 1]))
                        && (i - k <= 4 || !["have", "has", "had", "having"].contains(words[k]) && words[(k + 1)..<i].contains("of")
                            && words[(k + 1)..<i].allSatisfy { $0.isLowercaseWord && !MeetingTriggers.clauseBreaks.contains($0) && !MeetingExtractor.sidePronouns.contains($0) && !["with", "said", "says"].contains($0) })
                }
                // "A and B ... after their January 21 consultations": a meeting the two had, named to date something else.
                let theirsAfter = possessor.map { $0 - 1 >= lower && ["after", "during", "since", "following", "before"].contains(words[$0 - 1]) } ?? false
                // "A and B failed to agree during talks in Paris", "A and B are in talks": the talks the two are in; not
                // "are in discussions to sign up for the series", talks each has with someone else.
                let inTalks = i - 1 >= lower && ["during", "in"].contains(words[i - 1]) && !(i + 1 < upper && words[i + 1] == "to")
                guard fromBetween || held || theirsAfter || inTalks else { return nil }
            }
        }
        // People first; states and bodies only beside at most one person. Not when a body alone meets a list of people
        // ("Knoll had talks with chairman A and chairman B"): each of them met the body (the split below).
        let bodyMeetsList = !between && !subjectHeads.isEmpty && !subjectHeads.contains(where: finder.isPerson) && objectHeads.count >= 2 && !context.joint
        if !bodyMeetsList, participants.filter(finder.isPerson).count >= 2 {
            participants = participants.filter(finder.isPerson)
        }
        guard participants.count >= 2 else { return nil }
        let objectSides = objectHeads.filter(participants.contains)
        let subjectSides = participants.filter { !objectSides.contains($0) }

        // Happened or planned, from the words before the trigger.
        let window = words[max(lower, min(subjectStart, i - 1))..<i]
        var planned: Bool
        switch form {
        case .verbPast:
            planned = false
        case .verbBase:
            planned = !(window.contains("did") || window.contains("does") || ["after", "since", "following", "by"].contains(previous))
        case .noun:
            planned = false
            for (offset, word) in window.enumerated() where MeetingTriggers.futureMarkers.contains(word) {
                if word == "to" {
                    let next = window.index(window.startIndex, offsetBy: offset + 1)
                    if next < i, MeetingExtractor.infinitiveVerbs.contains(words[next]) { planned = true }
                } else {
                    planned = true
                }
            }
            if window.contains(where: { ["held", "had", "after", "following", "during", "was", "were"].contains($0) })
                && !window.contains(where: { ["will", "expected", "due", "scheduled", "set", "plan", "plans", "planned"].contains($0) }) { planned = false }
            // The verb the meeting noun is subject of: "the meeting between A and B is due to take place".
            if !planned {
                var k = i + 1
                while k < min(upper, i + 15), ![",", ";", ".", "said", "says"].contains(words[k]) {
                    if ["held", "took", "ended", "was", "were", "had", "began", "opened"].contains(words[k]) { break }
                    if ["will", "would", "due", "scheduled", "'ll"].contains(words[k]) { planned = true; break }
                    k += 1
                }
            }
        }

        let articleDay = document.article.publicationDay.flatMap { ISODay($0) }
        let resolver = DateResolver()
        var date = !context.dates ? nil : resolver.resolve(words, in: i..<upper, articleDate: articleDay, future: planned)
            ?? resolver.resolve(words, in: lower..<i, articleDate: articleDay, future: planned)
        if let d = date, d.count == 10, let day = ISODay(d), let article = articleDay {
            if !planned && day > article { planned = true }
        } else if let d = date, d.count == 7, let article = articleDay, d > String(article.description.prefix(7)) {
            // "a summit next month": a month after the article's is ahead.
            planned = true
        }
        if date == nil, !planned, let day = articleDay { date = day.description }
        let superEvent = context.summit
        var place = placeAfter(document, words, from: i, to: min(upper, i + 16))
        if place == nil, let event = superEvent { place = events.place[event] ?? nil }
        if place == nil, let dateline = document.article.datelinePlace, context.city, words[i..<upper].contains("city") {
            place = document.entities.firstIndex { $0.type == .city && $0.name.caseInsensitiveEquals(dateline) }
        }
        let telephone = ["telephone", "phone", "phoned", "telephoned", "videoconference", "called"].contains(w)
            || (w == "call" && near.contains("video"))
            || context.telephone
        let mode = telephone ? "telephone" : "in person"
        if planned { cameo = "036" }
        else if telephone { cameo = "041" }
        else if superEvent != nil { cameo = "044" }
        let evidence = document.evidence(sentence: s, tokens: sentence.tokenRange)
        let fact = MeetingFact(participants: participants, status: planned ? .planned : .happened,
                               topic: topic(words, trigger: i, lower: lower, upper: upper, context,
                                            naming: Set(context.topicWords.filter { finder.describedBody(at: $0, lower: lower, upper: upper) != nil })), place: place, date: date, mode: mode,
                               superEvent: superEvent, cameoCode: cameo, trigger: w, evidence: evidence)
        return (fact, between ? [] : subjectSides, between ? [] : objectSides)
    }

    /// "The meeting was attended by A, B and C", "the talks, also attended by X and by Y": the named attendees of the
    /// meeting noun at `i` (every "by" phrase after "attended"), when there are two or more.
    private func attendees(after i: Int, _ finder: ParticipantFinder, upper: Int, lower: Int) -> [Int]? {
        let words = finder.words
        var k = i + 1
        while k < min(upper, i + 5), [",", "was", "were", "is", "are", "will", "be", "been", "had", "has", "also", "to"].contains(words[k]) { k += 1 }
        guard k + 1 < upper, words[k] == "attended", words[k + 1] == "by" else { return nil }
        var heads: [Int] = []
        var by: Int? = k + 1
        while let b = by {
            let found = finder.objects(from: b + 1, upper: upper, lower: lower, unnamedFirst: true)
            for e in found.heads where !heads.contains(e) { heads.append(e) }
            // "... from both countries and by President X, his Prime Minister Y, and by Z": the next "by" of the list.
            by = (max(b + 1, found.end)..<min(upper - 1, max(b + 1, found.end) + 12)).first { m in
                words[m] == "by" && ["and", ","].contains(words[m - 1])
            }
        }
        return heads.count >= 2 ? heads : nil
    }

    /// Words that may stand between a possessive and a meeting noun: dates, numbers and a few adjectives of meetings.
    static func isPossessedNounModifier(_ w: String) -> Bool {
        DateResolver.keyWords.contains(w) || w.first?.isNumber == true
            || ["recent", "latest", "previous", "earlier", "first", "second", "weekend", "informal", "private", "bilateral", "separate", "lengthy", "two-day", "three-day", "one-day"].contains(w)
    }

    /// Whether the cancelling verb at `verb` bears on the meeting at `trigger`: the meeting (or the coordination it is
    /// in) is the verb's subject or object ("talks were called off", "the meeting has been postponed"), or the verb
    /// heads a clause on the meeting noun ("talks, which were cancelled").
    static func cancels(_ verb: Int, trigger: Int, in tree: SentenceTree) -> Bool {
        if tree.head(of: verb) == trigger { return true }
        var x = trigger
        while tree.relation(of: x) == .conj, let h = tree.head(of: x) { x = h }
        return tree.head(of: x) == verb && [.nsubj, .obj, .csubj].contains(tree.relation(of: x))
    }

    /// Whether parsing the sentence may find a side the word walk missed: a participant not yet placed,
    /// or a pronoun that may stand for one.
    private func mayParse(_ finder: ParticipantFinder, sentence range: Range<Int>, placed: [Int] = []) -> Bool {
        var others: Set<Int> = []
        var pronoun = false
        for k in range {
            if let e = finder.participant(at: k) {
                if !placed.contains(e) { others.insert(e) }
            } else if MeetingExtractor.sidePronouns.contains(finder.words[k]) {
                pronoun = true
            }
        }
        return (!others.isEmpty && others.count + placed.count >= 2) || (pronoun && others.count + placed.count >= 1)
    }

    static let sidePronouns: Set<String> = ["he", "He", "she", "She", "him", "her", "Her", "his", "His", "they", "They", "them", "their", "Their", "its", "Its", "it"]

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

    /// "to discuss farm subsidies", "on trade", "trade dispute", "trade issues".
    /// `naming`: subject-matter words that are the noun of a description of a body ("the London exchange"), no topic.
    private func topic(_ words: [String], trigger i: Int, lower: Int, upper: Int, _ context: SentenceContext, naming: Set<Int> = []) -> String? {
        // "discussed farm subsidies": what was discussed is the object.
        let discussed = ["discussed", "discussing"].contains(words[i]) ? [i] : []
        for k in discussed + context.topicStarts where k >= i && k < upper - 1 && (k > i || !discussed.isEmpty) {
            let sidelines = k + 2 < upper && ["sidelines", "margins", "side", "eve", "way", "phone", "telephone"].contains(words[k + 2])
            if !sidelines, k == i || (words[k] == "discuss" && k > 0 && words[k - 1] == "to") || (words[k] == "on" && k == i + 1) || words[k] == "about" {
                var phrase: [String] = []
                var m = k + 1
                // "the removal of sanctions": an of-phrase is part of the topic.
                // "talks on semiconductors ended": a verb of holding ends the phrase.
                while m < upper, phrase.count < 6, words[m].isLowercaseWord, !MeetingTriggers.topicStops.contains(words[m]), !MeetingExtractor.holdVerbs.contains(words[m]),
                      !ParticipantFinder.prepositions.contains(words[m]) || (words[m] == "of" && !phrase.isEmpty) {
                    phrase.append(words[m]); m += 1
                }
                // "about an hour", "on Tuesday": a time, not a subject; "tensions between their": cut.
                while let last = phrase.last, MeetingTriggers.topicStops.contains(last) || MeetingTriggers.determiners.contains(last) || last == "of" { phrase.removeLast() }
                if let first = phrase.first, MeetingTriggers.determiners.contains(first) { phrase.removeFirst() }
                if phrase.contains(where: MeetingTriggers.durationWords.contains) { phrase = [] }
                if !phrase.isEmpty { return phrase.joined(separator: " ") }
            }
        }
        // A subject-matter word inside an office or a group of people ("trade representative", "farm ministers",
        // "energy and mines minister") is no topic.
        func isOfficeNoun(_ w: String) -> Bool {
            Titles.isTitleWord(w) || Titles.officeHeadsLowercased.contains(w)
                // Officeholders, not "officials": "monetary officials" meet about monetary matters.
                || (w.hasSuffix("s") && w != "officials" && Titles.officeHeadsLowercased.contains(String(w.dropLast())))
        }
        func inOffice(_ m: Int) -> Bool {
            guard m + 1 < upper else { return false }
            if isOfficeNoun(words[m + 1]) { return true }
            return words[m + 1] == "and" && m + 3 < upper && words[m + 2].isLowercaseWord && isOfficeNoun(words[m + 3])
        }
        // "met at the border": where they met, not what about.
        func placePhrase(_ m: Int) -> Bool {
            m - 2 >= lower && ["at", "near"].contains(words[m - 2]) && words[m - 1] == "the"
                && !(m + 1 < upper && MeetingTriggers.topicHeads.contains(words[m + 1]))
        }
        for m in context.topicWords where !naming.contains(m) && !inOffice(m) && !placePhrase(m) {
            if m + 1 < upper, MeetingTriggers.topicHeads.contains(words[m + 1]) { return "\(words[m]) \(words[m + 1])" }
            return words[m]
        }
        return nil
    }
}

extension String {
    var isCapitalizedWord: Bool { unicodeScalars.first?.isUppercaseLetter == true }
    var isLowercaseWord: Bool { unicodeScalars.first?.isLowercaseLetter == true }
}
