/// The hand-written word lists behind `FeatureGazetteer`, one entry per line or `|`-separated,
/// tokens separated by spaces. Written from general knowledge of geography, naming and
/// organisation conventions.
enum GazetteerLists {
    static let extraCountries = """
    Britain|Great Britain|England|Scotland|Wales|Northern Ireland|Holland|Soviet Union|USSR|Yugoslavia
    Czechoslovakia|East Germany|West Germany|Burma|Zaire|Taiwan|Hong Kong|Macau|Palestine|Tibet
    Puerto Rico|Greenland|Kosovo|Chechnya|Bosnia|Herzegovina|Ivory Coast|U.S.|US|USA|U.S.A.|UK|U.K.
    America|United States of America|South Korea|North Korea|Congo|Vatican|Gaza|West Bank|Faroe Islands
    """

    static let demonyms = """
    European|Asian|African|Arab|Arabic|Latin|Western|Eastern|Nordic|Scandinavian|Baltic|Balkan
    Muslim|Moslem|Christian|Jewish|Jew|Catholic|Protestant|Islamic|Hindu|Sikh|Buddhist|Orthodox
    Sunni|Shi'ite|Shiite|Kurd|Kurdish|Basque|Tamil|Tutsi|Hutu|Serb|Croat|Bosnian|Chechen|Palestinian
    English|Scottish|Scots|Welsh|British|Irish|American|Soviet|Yugoslav|Hispanic|Anglo|Gaelic
    Flemish|Walloon|Catalan|Corsican|Sicilian|Bavarian|Texan|Californian|Cantonese|Mandarin
    Communist|Socialist|Democrat|Republican|Conservative|Labour|Liberal|Marxist|Zionist|Taleban
    """

    static let cities = """
    London|Paris|Berlin|Bonn|Frankfurt|Munich|Hamburg|Cologne|Stuttgart|Dusseldorf|Dortmund|Leipzig|Dresden
    Madrid|Barcelona|Seville|Valencia|Bilbao|Lisbon|Porto|Rome|Milan|Turin|Naples|Florence|Genoa|Venice|Bologna
    Vienna|Zurich|Geneva|Basel|Bern|Berne|Lausanne|Brussels|Antwerp|Amsterdam|Rotterdam|The Hague|Eindhoven
    Luxembourg|Copenhagen|Stockholm|Gothenburg|Oslo|Bergen|Helsinki|Reykjavik|Dublin|Belfast|Edinburgh|Glasgow
    Manchester|Liverpool|Birmingham|Leeds|Sheffield|Newcastle|Bristol|Nottingham|Southampton|Cardiff|Aberdeen
    Warsaw|Krakow|Prague|Bratislava|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|Ljubljana|Skopje|Tirana
    Athens|Thessaloniki|Istanbul|Ankara|Izmir|Nicosia|Moscow|St Petersburg|Kiev|Kyiv|Minsk|Riga|Tallinn|Vilnius
    Tbilisi|Yerevan|Baku|Grozny|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat|Kabul|Islamabad|Karachi|Lahore
    New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Madras|Chennai|Bangalore|Hyderabad|Colombo|Dhaka|Kathmandu
    Beijing|Peking|Shanghai|Guangzhou|Shenzhen|Tianjin|Wuhan|Chongqing|Hong Kong|Taipei|Seoul|Pusan|Busan|Pyongyang
    Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Kobe|Sapporo|Fukuoka|Hiroshima|Okinawa|Manila|Jakarta|Surabaya|Bangkok
    Hanoi|Ho Chi Minh City|Saigon|Phnom Penh|Vientiane|Rangoon|Yangon|Kuala Lumpur|Singapore|Sydney|Melbourne
    Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Cairo|Alexandria|Tripoli|Tunis|Algiers
    Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Dar es Salaam|Lusaka|Harare
    Johannesburg|Pretoria|Cape Town|Durban|Lagos|Abuja|Accra|Dakar|Abidjan|Kinshasa|Luanda|Maputo|Bujumbura
    Jerusalem|Tel Aviv|Haifa|Beirut|Damascus|Amman|Baghdad|Basra|Tehran|Riyadh|Jeddah|Mecca|Kuwait City|Doha
    Dubai|Abu Dhabi|Muscat|Manama|Sanaa|Aden|Ramallah|Hebron|Nablus|Washington|New York|Los Angeles|Chicago
    Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Detroit|Atlanta
    Miami|Denver|Baltimore|Cleveland|Pittsburgh|Cincinnati|St Louis|St. Louis|Kansas City|Minneapolis|Milwaukee
    New Orleans|Las Vegas|Oakland|Anaheim|Tampa|Orlando|Charlotte|Nashville|Memphis|Indianapolis|Columbus
    Sacramento|Portland|Salt Lake City|Honolulu|Anchorage|Toronto|Montreal|Vancouver|Ottawa|Calgary|Edmonton
    Winnipeg|Quebec|Mexico City|Guadalajara|Monterrey|Havana|San Juan|Guatemala City|San Salvador|Managua
    Panama City|Bogota|Medellin|Caracas|Quito|Lima|La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|Brasilia
    Sao Paulo|Rio de Janeiro|Rio|Salvador|Recife|Porto Alegre|Belo Horizonte|Marseille|Lyon|Toulouse|Nice
    Bordeaux|Lille|Strasbourg|Nantes|Monaco|Monte Carlo|Wimbledon|Hanover|Bremen|Nuremberg|Gelsenkirchen
    Leverkusen|Bochum|Karlsruhe|Freiburg|Kaiserslautern|Moenchengladbach|Rostock|Wolfsburg|Seoul|Jakarta
    """

    static let regions = """
    Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Mideast
    Far East|Gulf|Balkans|Caribbean|Pacific|Atlantic|Mediterranean|Antarctica|Arctic|Siberia|Scandinavia
    Kashmir|Punjab|Bengal|Kurdistan|Northern Ireland|Ulster|Bavaria|Saxony|Catalonia|Andalusia|Corsica
    Sicily|Sardinia|Lombardy|Tuscany|Flanders|Wallonia|Crimea|Transylvania|Quebec|Ontario|Alberta|Manitoba
    British Columbia|Nova Scotia|Queensland|New South Wales|Victoria|Tasmania|Alabama|Alaska|Arizona|Arkansas
    California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas
    Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana
    Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon
    Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia
    West Virginia|Wisconsin|Wyoming|Texas|Mindanao|Java|Sumatra|Borneo|Tibet|Xinjiang|Guangdong|Hokkaido
    Chechnya|Dagestan|Bosnia|Slavonia|Kosovo|Gaza Strip|West Bank|Golan Heights|Sinai|Darfur|Kurdistan
    Wall Street|Silicon Valley|Hollywood|Manhattan|Brooklyn|Bronx|Whitehall|Downing Street|Capitol Hill
    """

    static let firstNames = """
    John|James|Robert|Michael|William|David|Richard|Charles|Joseph|Thomas|Christopher|Daniel|Paul|Mark
    Donald|George|Kenneth|Steven|Edward|Brian|Ronald|Anthony|Kevin|Jason|Matthew|Gary|Timothy|Jose|Larry
    Jeffrey|Frank|Scott|Eric|Stephen|Andrew|Raymond|Gregory|Joshua|Jerry|Dennis|Walter|Patrick|Peter
    Harold|Douglas|Henry|Carl|Arthur|Ryan|Roger|Joe|Juan|Jack|Albert|Jonathan|Justin|Terry|Gerald|Keith
    Samuel|Willie|Ralph|Lawrence|Nicholas|Roy|Benjamin|Bruce|Brandon|Adam|Harry|Fred|Wayne|Billy|Steve
    Louis|Jeremy|Aaron|Randy|Howard|Eugene|Carlos|Russell|Bobby|Victor|Martin|Ernest|Phillip|Todd|Jesse
    Craig|Alan|Shawn|Clarence|Sean|Philip|Chris|Johnny|Earl|Jimmy|Antonio|Danny|Bryan|Tony|Luis|Mike
    Stanley|Leonard|Nathan|Dale|Manuel|Rodney|Curtis|Norman|Allen|Marvin|Vincent|Glenn|Jeffery|Travis
    Jeff|Chad|Jacob|Lee|Melvin|Alfred|Kyle|Francis|Bradley|Jesus|Herbert|Frederick|Ray|Joel|Edwin|Don
    Eddie|Ricky|Troy|Randall|Barry|Alexander|Bernard|Mario|Leroy|Francisco|Marcus|Micheal|Theodore
    Clifford|Miguel|Oscar|Jay|Jim|Tom|Calvin|Alex|Jon|Ronnie|Bill|Lloyd|Tommy|Leon|Derek|Warren|Darrell
    Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Maria|Susan|Margaret|Dorothy|Lisa|Nancy|Karen|Betty
    Helen|Sandra|Donna|Carol|Ruth|Sharon|Michelle|Laura|Sarah|Kimberly|Deborah|Jessica|Shirley|Cynthia
    Angela|Melissa|Brenda|Amy|Anna|Rebecca|Virginia|Kathleen|Pamela|Martha|Debra|Amanda|Stephanie
    Carolyn|Christine|Marie|Janet|Catherine|Frances|Ann|Joyce|Diane|Alice|Julie|Heather|Teresa|Doris
    Gloria|Evelyn|Jean|Cheryl|Mildred|Katherine|Joan|Ashley|Judith|Rose|Janice|Kelly|Nicole|Judy
    Christina|Kathy|Theresa|Beverly|Denise|Tammy|Irene|Jane|Lori|Rachel|Marilyn|Andrea|Kathryn|Louise
    Sara|Anne|Jacqueline|Wanda|Bonnie|Julia|Ruby|Lois|Tina|Phyllis|Norma|Paula|Diana|Annie|Lillian
    Emily|Robin|Peggy|Crystal|Gladys|Rita|Dawn|Connie|Florence|Tracy|Edna|Tiffany|Carmen|Rosa|Cindy
    Hans|Klaus|Helmut|Wolfgang|Juergen|Jurgen|Dieter|Gerhard|Horst|Karl|Heinz|Werner|Manfred|Franz
    Friedrich|Otto|Uwe|Rudolf|Stefan|Matthias|Andreas|Thomas|Christian|Markus|Oliver|Boris|Jean|Pierre
    Jacques|Michel|Philippe|Alain|Francois|Patrick|Nicolas|Laurent|Bernard|Gerard|Claude|Yves|Didier
    Lionel|Dominique|Marcel|Giuseppe|Giovanni|Francesco|Luigi|Marco|Paolo|Roberto|Alessandro|Andrea
    Massimo|Silvio|Romano|Gianni|Fabio|Carlo|Sergio|Javier|Jorge|Pedro|Manuel|Fernando|Alberto|Rafael
    Miguel|Felipe|Ricardo|Eduardo|Enrique|Ramon|Julio|Raul|Vladimir|Sergei|Boris|Alexander|Mikhail|Viktor
    Yuri|Nikolai|Andrei|Dmitry|Igor|Ivan|Oleg|Anatoly|Gennady|Alexei|Yevgeny|Pavel|Leonid|Lech|Vaclav
    Jan|Petr|Jiri|Pavel|Tomas|Martina|Steffi|Monica|Arantxa|Conchita|Mohammed|Mohamed|Muhammad|Ahmed
    Ali|Hassan|Hussein|Abdullah|Omar|Khalid|Yasser|Ibrahim|Mahmoud|Mustafa|Saddam|Benjamin|Shimon|Yitzhak
    Ehud|Ariel|Moshe|David|Nelson|Kofi|Boutros|Hiroshi|Takeshi|Kenji|Yoshiro|Ryutaro|Shinzo|Junichiro
    Wei|Li|Zhang|Jiang|Deng|Kim|Park|Nawaz|Benazir|Atal|Rajiv|Sonia|Indira|Narendra
    Nick|Ben|Sam|Dan|Ian|Graham|Neil|Colin|Stuart|Alistair|Nigel|Gordon|Tony|Malcolm|Hugh|Rupert|Greg
    Pete|Andre|Goran|Thomas|Magnus|Stefan|Mats|Bjorn|Lars|Jens|Nils|Sven|Erik|Olaf|Ole|Henrik|Jesper
    """

    static let personTitles = """
    Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|Rev|Rev.|Reverend|Father
    Sister|Brother|Sheikh|Sheik|Ayatollah|Imam|Rabbi|Cardinal|Bishop|Archbishop|Pope|King|Queen|Prince
    Princess|Duke|Duchess|Emperor|Sultan|Emir|Crown Prince|President|Vice President|Vice-President
    Prime Minister|Premier|Chancellor|Minister|Secretary|Secretary-General|Senator|Sen.|Sen|Rep.|Rep
    Representative|Congressman|Congresswoman|Governor|Gov.|Gov|Mayor|Ambassador|Envoy|Judge|Justice
    General|Gen.|Gen|Colonel|Col.|Col|Major|Maj.|Captain|Capt.|Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Adm.
    Commander|Marshal|Chairman|Chairwoman|Chief|Director|Spokesman|Spokeswoman|Coach|Manager|Striker
    Midfielder|Defender|Goalkeeper|Chief Executive|CEO|Economist|Analyst|Inspector|Officer|Commissioner
    Deputy|Leader|Speaker|Dalai Lama|Mullah|Pastor|Saint|Treasurer|Attorney General|Prosecutor|Auditor
    """

    static let orgSuffixes = """
    Corp|Corp.|Corporation|Inc|Inc.|Incorporated|Ltd|Ltd.|Limited|Plc|PLC|Co|Co.|Cos|Cos.|Company|AG|SA|S.A.
    NV|N.V.|BV|B.V.|GmbH|LLC|L.L.C.|LP|L.P.|Group|Holdings|Holding|Bhd|Berhad|SpA|S.p.A.|AB|ASA|Oyj|KK|Pty
    Trust|Partners|Associates|Bancorp|Bancshares|Industries|Enterprises|International|Intl|Systems
    """

    static let orgWords = """
    Bank|Party|Ministry|University|College|School|Council|Association|Union|Committee|Commission|Agency
    Federation|Institute|Institution|Airlines|Airline|Airways|Club|United|Rovers|Athletic|Wanderers
    Albion|Rangers|Celtic|Hotspur|Villa|County|Exchange|Court|Army|Navy|Foundation|Organisation
    Organization|Society|Church|Parliament|Congress|Senate|Assembly|Front|Movement|League|Board|Fund
    Reserve|Securities|Motors|Petroleum|Oil|Telecom|Telecommunications|Communications|Electric
    Electronics|Energy|Technologies|Technology|Capital|Investments|Investment|Police|Office|Department
    Bureau|Service|Services|News|Times|Journal|Post|Television|TV|Radio|Press|Herald|Tribune|Gazette
    Daily|Cabinet|Government|Authority|Tribunal|Brigade|Guard|Forces|Alliance|Coalition|Council
    Steel|Chemical|Chemicals|Pharmaceuticals|Pharmaceutical|Insurance|Financial|Finance|Bancorp|Mining
    Resources|Foods|Airport|Hospital|Stadium|Orchestra|Team|Racing|Football|Rugby|Cricket|Hockey|Reds
    Sox|Yankees|Mets|Dodgers|Giants|Braves|Cubs|Cardinals|Orioles|Tigers|Indians|Mariners|Rockies|Padres
    Astros|Expos|Marlins|Pirates|Phillies|Royals|Twins|Angels|Athletics|Brewers|Rangers|Blue Jays
    """

    static let knownOrganizations = """
    Reuters|Associated Press|AP|AFP|Agence France-Presse|Interfax|Itar-Tass|Tass|Xinhua|Kyodo|Bloomberg
    Dow Jones|BBC|CNN|NBC|CBS|ABC|Fox|New York Times|Washington Post|Wall Street Journal|Financial Times
    United Nations|UN|U.N.|NATO|European Union|EU|E.U.|European Commission|OPEC|IMF|International Monetary Fund
    World Bank|WTO|World Trade Organisation|World Trade Organization|GATT|OECD|ASEAN|APEC|G7|G8|G20|G-7|G-20
    Red Cross|UNICEF|UNHCR|WHO|FIFA|UEFA|IOC|ICC|Interpol|Federal Reserve|Fed|Bundesbank|Bank of England
    Bank of Japan|European Central Bank|ECB|Pentagon|White House|Kremlin|State Department|CIA|FBI|KGB
    Congress|Senate|House of Representatives|House of Commons|House of Lords|Duma|Knesset|Bundestag
    Supreme Court|Nasdaq|NYSE|New York Stock Exchange|Microsoft|IBM|Apple|Intel|Google|Amazon|Facebook
    General Motors|GM|Ford|Chrysler|Toyota|Honda|Nissan|Sony|Siemens|Volkswagen|BMW|Daimler|Boeing|Airbus
    Shell|Exxon|Mobil|Chevron|Texaco|BP|Gazprom|Nestle|Unilever|Philips|Nokia|Ericsson|Samsung|Hyundai
    Fiat|Renault|Peugeot|Citroen|Deutsche Bank|Barclays|HSBC|Citibank|Citicorp|Merrill Lynch|Goldman Sachs
    Morgan Stanley|J.P. Morgan|Lloyds|Standard & Poor's|Moody's|AT&T|Motorola|Hewlett-Packard|Compaq
    Hamas|Hezbollah|Hizbollah|PLO|IRA|Sinn Fein|Taliban|Al Qaeda|ANC|Likud|Labour|Tories|Democrats|Republicans
    Liberal Democratic Party|LDP|Bharatiya Janata Party|BJP|Congress Party|Christian Democrats|CDU|SPD
    Manchester United|Liverpool|Arsenal|Chelsea|Juventus|Ajax|Bayern Munich|Real Madrid|Barcelona|AC Milan
    Inter Milan|Benfica|PSV|Feyenoord|Celtic|Rangers|Olympiakos|Galatasaray|Anderlecht|Porto
    """

    static let locationWords = """
    River|Island|Islands|Isle|Mount|Mountains|Mountain|Lake|Sea|Ocean|Gulf|Bay|Valley|Street|St.|Strait
    Straits|Peninsula|Province|Region|District|Canal|Desert|Coast|Square|Avenue|Road|Bridge|Park|Hills
    Heights|Plain|Basin|Delta|Cape|Port|Harbour|Harbor|Falls|Forest|Border|Channel|Highway|Beach|Springs
    """

    static let miscWords = """
    Cup|World Cup|Open|Championship|Championships|Games|Olympics|Olympic|Grand Prix|Award|Awards|Prize
    Festival|War|World War|Treaty|Index|Derby|Marathon|Trophy|Tour|Tour de France|Super Bowl|Series
    World Series|Grand Slam|Masters|Classic|Nobel|Oscar|Oscars|Grammy|Ramadan|Christmas|Easter|Koran|Bible
    Internet|Windows|Boeing 747|Airbus A300|Euro|euro|Ecu|ECU|Dow|Nikkei|FTSE|DAX|CAC-40|Hang Seng|S&P
    Division|Premier League|Bundesliga|Serie A|Primera|NBA|NFL|NHL|NCAA|Davis Cup|Ryder Cup|Wimbledon
    """

    static let temporal = """
    January|February|March|April|May|June|July|August|September|October|November|December
    Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Jan.|Feb.|Mar.|Apr.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.
    Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun
    Today|Yesterday|Tomorrow|Tonight|Week|Month|Year|Quarter|Spring|Summer|Autumn|Winter|GMT|EST|EDT
    """

    static let knownPeople = """
    Bill Clinton|Clinton|Hillary Clinton|Al Gore|Gore|Bob Dole|Dole|Newt Gingrich|Boris Yeltsin|Yeltsin
    Helmut Kohl|Kohl|Jacques Chirac|Chirac|John Major|Major|Tony Blair|Blair|Romano Prodi|Prodi
    Benjamin Netanyahu|Netanyahu|Yasser Arafat|Arafat|Saddam Hussein|Saddam|Nelson Mandela|Mandela
    Kofi Annan|Annan|Boutros Boutros-Ghali|Boutros-Ghali|Fidel Castro|Castro|Pope John Paul|John Paul
    Ryutaro Hashimoto|Hashimoto|Deng Xiaoping|Jiang Zemin|Li Peng|Alexander Lebed|Lebed|Viktor Chernomyrdin
    Chernomyrdin|Slobodan Milosevic|Milosevic|Radovan Karadzic|Karadzic|Alija Izetbegovic|Izetbegovic
    Franjo Tudjman|Tudjman|Shimon Peres|Peres|Yitzhak Rabin|Rabin|Hosni Mubarak|Mubarak|King Hussein
    Benazir Bhutto|Bhutto|Nawaz Sharif|Sharif|Donald Trump|Trump|Xi Jinping|Shinzo Abe|Abe|Barack Obama
    Obama|George Bush|Bush|Ronald Reagan|Reagan|Margaret Thatcher|Thatcher|Vladimir Putin|Putin
    Angela Merkel|Merkel|Emmanuel Macron|Macron|Theresa May|Gerhard Schroeder|Schroeder|Mikhail Gorbachev
    Gorbachev|Lech Walesa|Walesa|Vaclav Havel|Havel|Warren Christopher|Madeleine Albright|Albright
    Alan Greenspan|Greenspan|Mike Pompeo|Pompeo
    """
}
