/// A sovereign state (present or historical) with the names news uses for it.
public struct Country: Sendable, Hashable {
    /// The canonical English short name ("United States").
    public let name: String
    /// ISO 3166-1 alpha-2 code, or the ISO 3166-3 code for former states ("SUHH").
    public let isoCode: String
    /// Other names of the state itself ("U.S.", "America").
    public let aliases: [String]
    /// Adjectival and demonym forms ("American", "U.S." used as a modifier).
    public let demonyms: [String]
}

/// The table of countries, their aliases and demonyms, written from public facts (ISO 3166).
/// The four countries of the United Kingdom are in it too (with their ISO 3166-2 codes): news
/// names them as countries, in politics and in sport alike.
public final class CountryTable: Sendable {
    /// The process-wide table, built on first use.
    public static let shared = CountryTable()

    public let countries: [Country]
    private let byName: [String: Int]
    private let byDemonym: [String: Int]

    /// Every surface form: names, aliases and demonyms.
    public var allSurfaceForms: [String] { Array(byName.keys) + Array(byDemonym.keys) }

    private init() {
        var countries: [Country] = []
        var byName: [String: Int] = [:]
        var byDemonym: [String: Int] = [:]
        for line in countryData.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            let aliases = fields[2].split(separator: ";").map(String.init)
            let demonyms = fields[3].split(separator: ";").map(String.init)
            let index = countries.count
            countries.append(Country(name: fields[0], isoCode: fields[1], aliases: aliases, demonyms: demonyms))
            for surface in [fields[0]] + aliases where byName[surface] == nil { byName[surface] = index }
            for surface in demonyms where byDemonym[surface] == nil { byDemonym[surface] = index }
        }
        self.countries = countries
        self.byName = byName
        self.byDemonym = byDemonym
    }

    /// The country a name or alias denotes ("U.S." → United States), or nil.
    public func lookup(_ surface: String) -> Country? {
        byName[surface].map { countries[$0] }
    }

    /// The country a demonym or adjective denotes ("Japanese" → Japan), or nil.
    public func lookupDemonym(_ surface: String) -> Country? {
        byDemonym[surface].map { countries[$0] }
    }

    /// Name, alias or demonym.
    public func lookupAny(_ surface: String) -> Country? {
        lookup(surface) ?? lookupDemonym(surface)
    }
}

// name|ISO code|aliases;...|demonyms and adjectives;...
private let countryData = """
Afghanistan|AF||Afghan;Afghani
Albania|AL||Albanian
Algeria|DZ||Algerian
Andorra|AD||Andorran
Angola|AO||Angolan
Antigua and Barbuda|AG|Antigua|Antiguan
Argentina|AR||Argentine;Argentinian;Argentinean
Armenia|AM||Armenian
Australia|AU||Australian
Austria|AT||Austrian
Azerbaijan|AZ||Azerbaijani;Azeri
Bahamas|BS|The Bahamas|Bahamian
Bahrain|BH||Bahraini
Bangladesh|BD||Bangladeshi
Barbados|BB||Barbadian
Belarus|BY|Byelorussia|Belarusian;Byelorussian
Belgium|BE||Belgian
Belize|BZ||Belizean
Benin|BJ||Beninese
Bhutan|BT||Bhutanese
Bolivia|BO||Bolivian
Bosnia and Herzegovina|BA|Bosnia|Bosnian
Botswana|BW||Botswanan
Brazil|BR||Brazilian
Brunei|BN||Bruneian
Bulgaria|BG||Bulgarian
Burkina Faso|BF|Upper Volta|Burkinabe
Burundi|BI||Burundian
Cambodia|KH|Kampuchea|Cambodian;Kampuchean
Cameroon|CM||Cameroonian
Canada|CA||Canadian
Cape Verde|CV|Cabo Verde|Cape Verdean
Central African Republic|CF||Central African
Chad|TD||Chadian
Chile|CL||Chilean
China|CN|People's Republic of China;PRC|Chinese
Colombia|CO||Colombian
Comoros|KM||Comoran
Congo|CG|Republic of the Congo|Congolese
Democratic Republic of the Congo|CD|DR Congo;DRC|
Costa Rica|CR||Costa Rican
Ivory Coast|CI|Cote d'Ivoire;Côte d'Ivoire|Ivorian
Croatia|HR||Croatian;Croat
Cuba|CU||Cuban
Cyprus|CY||Cypriot
Czech Republic|CZ|Czechia|Czech
Denmark|DK||Danish;Dane
Djibouti|DJ||Djiboutian
Dominica|DM||Dominican
Dominican Republic|DO||
Ecuador|EC||Ecuadorean;Ecuadorian
Egypt|EG||Egyptian
El Salvador|SV||Salvadorean;Salvadoran
Equatorial Guinea|GQ||Equatoguinean
Eritrea|ER||Eritrean
Estonia|EE||Estonian
Eswatini|SZ|Swaziland|Swazi
Ethiopia|ET||Ethiopian
Fiji|FJ||Fijian
Finland|FI||Finnish;Finn
France|FR||French
Gabon|GA||Gabonese
Gambia|GM|The Gambia|Gambian
Georgia|GE||Georgian
Germany|DE|Federal Republic of Germany|German
Ghana|GH||Ghanaian
Greece|GR||Greek
Grenada|GD||Grenadian
Guatemala|GT||Guatemalan
Guinea|GN||Guinean
Guinea-Bissau|GW||Bissau-Guinean
Guyana|GY||Guyanese
Haiti|HT||Haitian
Honduras|HN||Honduran
Hungary|HU||Hungarian
Iceland|IS||Icelandic
India|IN||Indian
Indonesia|ID||Indonesian
Iran|IR|Islamic Republic of Iran|Iranian
Iraq|IQ||Iraqi
Ireland|IE|Irish Republic;Republic of Ireland|Irish
Israel|IL||Israeli
Italy|IT||Italian
Jamaica|JM||Jamaican
Japan|JP||Japanese
Jordan|JO||Jordanian
Kazakhstan|KZ||Kazakh;Kazakhstani
Kenya|KE||Kenyan
Kiribati|KI||
North Korea|KP|Democratic People's Republic of Korea;DPRK|North Korean
South Korea|KR|Republic of Korea;Korea|South Korean;Korean
Kosovo|XK||Kosovar
Kuwait|KW||Kuwaiti
Kyrgyzstan|KG||Kyrgyz
Laos|LA||Laotian;Lao
Latvia|LV||Latvian
Lebanon|LB||Lebanese
Lesotho|LS||Basotho
Liberia|LR||Liberian
Libya|LY||Libyan
Liechtenstein|LI||
Lithuania|LT||Lithuanian
Luxembourg|LU||Luxembourgish;Luxembourger
Madagascar|MG||Malagasy
Malawi|MW||Malawian
Malaysia|MY||Malaysian
Maldives|MV||Maldivian
Mali|ML||Malian
Malta|MT||Maltese
Marshall Islands|MH||Marshallese
Mauritania|MR||Mauritanian
Mauritius|MU||Mauritian
Mexico|MX||Mexican
Micronesia|FM||Micronesian
Moldova|MD||Moldovan
Monaco|MC||Monegasque
Mongolia|MN||Mongolian
Montenegro|ME||Montenegrin
Morocco|MA||Moroccan
Mozambique|MZ||Mozambican
Myanmar|MM|Burma|Burmese
Namibia|NA||Namibian
Nauru|NR||Nauruan
Nepal|NP||Nepalese;Nepali
Netherlands|NL|Holland;The Netherlands|Dutch
New Zealand|NZ||New Zealander
Nicaragua|NI||Nicaraguan
Niger|NE||Nigerien
Nigeria|NG||Nigerian
North Macedonia|MK|Macedonia|Macedonian
Norway|NO||Norwegian
Oman|OM||Omani
Pakistan|PK||Pakistani
Palau|PW||Palauan
Palestine|PS|Palestinian Territories|Palestinian
Panama|PA||Panamanian
Papua New Guinea|PG||Papua New Guinean
Paraguay|PY||Paraguayan
Peru|PE||Peruvian
Philippines|PH|The Philippines|Philippine;Filipino
Poland|PL||Polish;Pole
Portugal|PT||Portuguese
Qatar|QA||Qatari
Romania|RO|Rumania|Romanian;Rumanian
Russia|RU|Russian Federation|Russian
Rwanda|RW||Rwandan
Saint Kitts and Nevis|KN||
Saint Lucia|LC||Saint Lucian
Saint Vincent and the Grenadines|VC||
Samoa|WS|Western Samoa|Samoan
San Marino|SM||Sammarinese
Sao Tome and Principe|ST||
Saudi Arabia|SA||Saudi;Saudi Arabian
Senegal|SN||Senegalese
Serbia|RS||Serbian;Serb
Seychelles|SC||Seychellois
Sierra Leone|SL||Sierra Leonean
Singapore|SG||Singaporean
Slovakia|SK||Slovak;Slovakian
Slovenia|SI||Slovenian;Slovene
Solomon Islands|SB||
Somalia|SO||Somali
South Africa|ZA||South African
South Sudan|SS||South Sudanese
Spain|ES||Spanish;Spaniard
Sri Lanka|LK|Ceylon|Sri Lankan
Sudan|SD||Sudanese
Suriname|SR|Surinam|Surinamese
Sweden|SE||Swedish;Swede
Switzerland|CH||Swiss
Syria|SY||Syrian
Taiwan|TW|Republic of China|Taiwanese
Tajikistan|TJ||Tajik
Tanzania|TZ||Tanzanian
Thailand|TH|Siam|Thai
Timor-Leste|TL|East Timor|Timorese
Togo|TG||Togolese
Tonga|TO||Tongan
Trinidad and Tobago|TT|Trinidad|Trinidadian
Tunisia|TN||Tunisian
Turkey|TR|Turkiye;Türkiye|Turkish;Turk
Turkmenistan|TM||Turkmen
Tuvalu|TV||Tuvaluan
Uganda|UG||Ugandan
Ukraine|UA||Ukrainian
United Arab Emirates|AE|UAE;U.A.E.|Emirati
United Kingdom|GB|U.K.;UK;Britain;Great Britain|British;Briton
United States|US|U.S.;US;USA;U.S.A.;America;United States of America|American;U.S.
Uruguay|UY||Uruguayan
Uzbekistan|UZ||Uzbek
Vanuatu|VU||Ni-Vanuatu
Vatican City|VA|Holy See;Vatican|
Venezuela|VE||Venezuelan
Vietnam|VN|Viet Nam|Vietnamese
Yemen|YE||Yemeni
Zambia|ZM||Zambian
Zimbabwe|ZW||Zimbabwean
Soviet Union|SUHH|USSR;U.S.S.R.;Soviet Union;the Soviet Union|Soviet
West Germany|DE|Federal Republic of Germany|West German
East Germany|DDDE|German Democratic Republic;GDR|East German
Yugoslavia|YUCS||Yugoslav;Yugoslavian
Czechoslovakia|CSHH||Czechoslovak;Czechoslovakian
Zaire|ZRCD||Zairean;Zairian
South Yemen|YDYE||South Yemeni
Rhodesia|RHZW||Rhodesian
England|GB-ENG||
Scotland|GB-SCT||
Wales|GB-WLS||
Northern Ireland|GB-NIR||
"""
