/// More hand-written lists for `FeatureGazetteer`: sports clubs (news sports pages name teams
/// by place, which is where city and club tagging most often go wrong) and capitals.
extension GazetteerLists {
    static let sportsTeams = """
    Arsenal|Aston Villa|Blackburn Rovers|Bolton Wanderers|Chelsea|Coventry City|Derby County|Everton
    Leeds United|Leicester City|Liverpool|Manchester United|Manchester City|Middlesbrough|Newcastle United
    Nottingham Forest|Sheffield Wednesday|Sheffield United|Southampton|Sunderland|Tottenham Hotspur|Tottenham
    West Ham United|West Ham|Wimbledon|Queens Park Rangers|QPR|Crystal Palace|Ipswich Town|Norwich City
    Wolverhampton Wanderers|Wolves|Charlton Athletic|Portsmouth|Birmingham City|Stoke City|West Bromwich Albion
    Barnsley|Bradford City|Huddersfield Town|Oldham Athletic|Port Vale|Reading|Swindon Town|Tranmere Rovers
    Grimsby Town|Oxford United|Bristol City|Bristol Rovers|Cardiff City|Swansea City|Brentford|Millwall
    Preston North End|Burnley|Blackpool|Bury|Stockport County|Notts County|Hull City|Plymouth Argyle
    Celtic|Rangers|Aberdeen|Hearts|Heart of Midlothian|Hibernian|Dundee|Dundee United|Motherwell|Kilmarnock
    Dunfermline|Raith Rovers|St Johnstone|St Mirren|Partick Thistle|Falkirk|Airdrieonians|Hamilton Academical
    Bayern Munich|Borussia Dortmund|Schalke|Schalke 04|Werder Bremen|Hamburg SV|Bayer Leverkusen|VfB Stuttgart
    Borussia Moenchengladbach|Eintracht Frankfurt|Hansa Rostock|Karlsruhe|Kaiserslautern|Freiburg|Hertha Berlin
    Real Madrid|Barcelona|Atletico Madrid|Valencia|Deportivo Coruna|Athletic Bilbao|Real Sociedad|Sevilla
    Real Betis|Espanyol|Celta Vigo|Real Zaragoza|Tenerife|Oviedo|Racing Santander|Compostela|Sporting Gijon
    Juventus|AC Milan|Inter Milan|Internazionale|Lazio|AS Roma|Roma|Fiorentina|Parma|Sampdoria|Napoli|Udinese
    Bologna|Vicenza|Atalanta|Cagliari|Piacenza|Perugia|Verona|Reggiana|Paris St Germain|Paris Saint-Germain
    Olympique Marseille|Marseille|Monaco|Auxerre|Nantes|Bordeaux|Lens|Lyon|Metz|Strasbourg|Bastia|Guingamp
    Ajax|Ajax Amsterdam|PSV Eindhoven|PSV|Feyenoord|Vitesse Arnhem|Twente|Heerenveen|Roda JC|Utrecht|NAC Breda
    Anderlecht|Club Brugge|Standard Liege|Benfica|Porto|Sporting Lisbon|Boavista|Galatasaray|Fenerbahce
    Besiktas|Trabzonspor|Olympiakos|Panathinaikos|AEK Athens|Dynamo Kiev|Spartak Moscow|CSKA Moscow
    Red Star Belgrade|Partizan Belgrade|Sparta Prague|Slavia Prague|Legia Warsaw|Widzew Lodz|Rapid Vienna
    Austria Vienna|Grasshoppers|Rosenborg|IFK Gothenburg|Brondby|Steaua Bucharest|Ferencvaros|Maccabi Tel Aviv
    New York Yankees|Yankees|Boston Red Sox|Red Sox|Baltimore Orioles|Orioles|Toronto Blue Jays|Blue Jays
    Detroit Tigers|Cleveland Indians|Chicago White Sox|White Sox|Milwaukee Brewers|Minnesota Twins|Kansas City Royals
    Texas Rangers|Seattle Mariners|Oakland Athletics|California Angels|Anaheim Angels|Atlanta Braves|Braves
    Florida Marlins|Montreal Expos|New York Mets|Mets|Philadelphia Phillies|Houston Astros|St Louis Cardinals
    Cincinnati Reds|Chicago Cubs|Cubs|Pittsburgh Pirates|Los Angeles Dodgers|Dodgers|San Diego Padres|Padres
    San Francisco Giants|Colorado Rockies|Dallas Cowboys|Green Bay Packers|Packers|San Francisco 49ers|49ers
    Denver Broncos|Buffalo Bills|Miami Dolphins|New England Patriots|New York Jets|New York Giants|Pittsburgh Steelers
    Kansas City Chiefs|Oakland Raiders|Washington Redskins|Chicago Bears|Minnesota Vikings|Detroit Lions
    Chicago Bulls|Bulls|Orlando Magic|New York Knicks|Knicks|Los Angeles Lakers|Lakers|Boston Celtics
    Houston Rockets|Utah Jazz|Seattle SuperSonics|Phoenix Suns|Miami Heat|Indiana Pacers|Detroit Pistons
    Montreal Canadiens|Toronto Maple Leafs|Detroit Red Wings|New York Rangers|Philadelphia Flyers|Colorado Avalanche
    All Blacks|Springboks|Wallabies|Wasps|Bath|Leicester|Harlequins|Saracens|Northampton|Gloucester|Sale
    Orrell|Bristol|London Irish|West Hartlepool|Newcastle Falcons|Richmond|Yorkshire|Lancashire|Surrey|Kent
    Essex|Middlesex|Warwickshire|Somerset|Sussex|Hampshire|Durham|Glamorgan|Derbyshire|Nottinghamshire
    Leicestershire|Northamptonshire|Worcestershire|Gloucestershire
    """

    static let moreCities = """
    Abu Dhabi|Accra|Amman|Ankara|Antananarivo|Apia|Ashgabat|Asmara|Astana|Asuncion|Baku|Bamako|Bandar Seri Begawan
    Bangui|Banjul|Basseterre|Beirut|Belmopan|Bissau|Bogota|Bridgetown|Brazzaville|Bujumbura|Caracas|Castries
    Chisinau|Conakry|Dili|Djibouti|Dodoma|Freetown|Gaborone|Georgetown|Gitega|Guatemala|Honiara|Islamabad
    Kampala|Khartoum|Kingston|Kingstown|Libreville|Lilongwe|Lome|Luanda|Lusaka|Majuro|Malabo|Male|Managua
    Manama|Maputo|Maseru|Mbabane|Monrovia|Moroni|Nairobi|Nassau|Naypyidaw|N'Djamena|Niamey|Nouakchott
    Nuku'alofa|Ouagadougou|Palikir|Paramaribo|Podgorica|Port Louis|Port Moresby|Port of Spain|Port-au-Prince
    Porto-Novo|Praia|Pristina|Quito|Roseau|Saint George's|San Jose|Santo Domingo|Sao Tome|Suva|Tegucigalpa
    Thimphu|Ulan Bator|Ulaanbaatar|Valletta|Victoria|Vaduz|Windhoek|Yamoussoukro|Yaounde|Zagreb|Asmera
    Chittagong|Karachi|Peshawar|Quetta|Amritsar|Srinagar|Ahmedabad|Pune|Jaipur|Lucknow|Kanpur|Patna
    Osaka|Kitakyushu|Sendai|Chiba|Kawasaki|Harbin|Shenyang|Dalian|Nanjing|Hangzhou|Xiamen|Chengdu|Xian
    Kaohsiung|Incheon|Taegu|Daegu|Medan|Bandung|Cebu|Davao|Da Nang|Mandalay|Chiang Mai|Penang|Johor Bahru
    Novosibirsk|Yekaterinburg|Nizhny Novgorod|Samara|Omsk|Kazan|Chelyabinsk|Rostov|Ufa|Volgograd|Perm
    Krasnoyarsk|Vladivostok|Murmansk|Kharkiv|Kharkov|Odessa|Dnipropetrovsk|Donetsk|Lviv|Sevastopol|Gdansk
    Poznan|Wroclaw|Lodz|Szczecin|Brno|Ostrava|Kosice|Debrecen|Cluj|Timisoara|Constanta|Varna|Plovdiv|Split
    Mostar|Tuzla|Banja Luka|Pristina|Novi Sad|Nis|Podgorica|Durres|Patras|Heraklion|Antalya|Adana|Bursa
    Diyarbakir|Izmit|Aleppo|Homs|Mosul|Kirkuk|Arbil|Erbil|Isfahan|Mashhad|Tabriz|Shiraz|Medina|Dammam
    Sharjah|Salalah|Taiz|Port Said|Suez|Luxor|Aswan|Benghazi|Oran|Constantine|Fez|Marrakesh|Tangier|Sfax
    Kano|Ibadan|Port Harcourt|Kumasi|Mombasa|Kisumu|Zanzibar|Bulawayo|Lubumbashi|Kisangani|Goma|Bukavu
    Port Elizabeth|Bloemfontein|Soweto|East London|Toledo|Tucson|Albuquerque|Fresno|Long Beach|Omaha
    Austin|Fort Worth|El Paso|Jacksonville|Louisville|Buffalo|Newark|Raleigh|Richmond|Norfolk|Hartford
    Providence|Albany|Rochester|Syracuse|Birmingham|Little Rock|Tulsa|Wichita|Des Moines|Spokane|Boise
    Reno|Halifax|Hamilton|Victoria|Regina|Saskatoon|Quebec City|Puebla|Tijuana|Ciudad Juarez|Acapulco
    Cali|Cartagena|Barranquilla|Maracaibo|Valparaiso|Cordoba|Rosario|Mendoza|Curitiba|Fortaleza|Manaus
    Campinas|Guayaquil|Cusco|Arequipa|Santa Cruz|Cochabamba|Leipzig|Mainz|Wiesbaden|Augsburg|Bonn
    Aachen|Munster|Kiel|Lubeck|Magdeburg|Erfurt|Potsdam|Chemnitz|Graz|Linz|Salzburg|Innsbruck|Lugano
    Ghent|Liege|Bruges|Charleroi|Namur|Utrecht|Groningen|Maastricht|Tilburg|Breda|Arnhem|Malmo|Uppsala
    Aarhus|Odense|Aalborg|Tampere|Turku|Trondheim|Stavanger|Cork|Limerick|Galway|Derry|Londonderry|Swansea
    Plymouth|Brighton|Oxford|Cambridge|York|Coventry|Leicester|Hull|Stoke|Derby|Sunderland|Dundee|Inverness
    Porto|Coimbra|Faro|Malaga|Zaragoza|Murcia|Palma|Las Palmas|Alicante|Granada|Cordoba|Valladolid|Vigo
    Gijon|San Sebastian|Pamplona|Santander|Salamanca|Palermo|Catania|Bari|Verona|Trieste|Padua|Brescia
    Pisa|Siena|Perugia|Ancona|Marseilles|Grenoble|Montpellier|Rennes|Reims|Le Havre|Rouen|Toulon|Brest
    Dijon|Limoges|Clermont-Ferrand|Avignon|Cannes|Lourdes|Calais|Dunkirk|Orleans|Tours|Le Mans|Nancy|Metz
    """
}
