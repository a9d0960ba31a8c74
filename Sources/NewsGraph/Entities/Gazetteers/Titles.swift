/// Titles and office words that precede or describe a person ("President", "Trade Representative").
public enum Titles {
    /// Honorifics that are never part of an office ("Mr.", "Dr.").
    public static let honorifics: Set<String> = [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "Rev", "Rev.", "Gen", "Gen.", "Sen", "Sen.", "Sens", "Sens.", "Rep", "Rep.", "Reps", "Reps.", "Messrs", "Messrs.", "Gov", "Gov.", "Lt", "Lt.", "Col", "Col.",
        "Capt", "Capt.", "Sgt", "Sgt.", "Adm", "Adm.", "Maj", "Maj.", "Sheikh", "Mme", "Herr", "Madame", "Monsieur",
    ]

    /// Head words of offices: an office phrase ends with one of these ("Economy Minister", "Trade Representative").
    public static let officeHeads: Set<String> = [
        "President", "Vice President", "Premier", "Minister", "Secretary", "Chancellor", "Governor", "Chairman",
        "Chairwoman", "Chair", "Chief", "Director", "Representative", "Ambassador", "Envoy", "Commissioner",
        "Spokesman", "Spokeswoman", "Spokesperson", "Senator", "Congressman", "Congresswoman", "Mayor", "King",
        "Queen", "Prince", "Princess", "Emperor", "Pope", "General", "Admiral", "Leader", "Officer", "Executive",
        "Treasurer", "Speaker", "Deputy", "Head", "Counsel", "Attorney", "Judge", "Justice", "Coach", "Manager",
        "Economist", "Analyst", "Adviser", "Advisor", "Negotiator", "Diplomat", "Official", "Founder", "Partner",
        "Dictator", "Ayatollah", "Sultan", "Emir", "Sheikh", "Crown Prince", "CEO", "Chief Executive", "Councillor",
        "Councilor", "Lawmaker", "MP", "Governor-General", "Envoy", "Marshal", "Colonel", "Captain", "Lieutenant",
        "Staff", "Comptroller", "Controller", "Registrar", "Ombudsman", "Undersecretary", "Under-Secretary", "Provost",
    ]

    /// Royal, noble and clerical titles that are part of how a person is named ("King Hussein",
    /// "Crown Prince Hassan", "Sheikh Jaber al-Ahmad al-Sabah", "Pope John Paul"): kept in the name,
    /// unlike courtesy titles and offices. Two-word titles are written with their first word in
    /// `nameTitleOpeners` ("Crown Prince", "Grand Duke").
    public static let nameTitles: Set<String> = [
        "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh", "Sheikha", "Shaikh", "Emir", "Amir",
        "Sultan", "Pope", "Ayatollah", "Shah", "Duke", "Duchess", "Archduke", "Grand Duke", "Crown Prince",
        "Crown Princess", "Cardinal", "Archbishop", "Imam",
    ]

    /// First words of two-word name titles ("Crown Prince", "Grand Duke").
    public static let nameTitleOpeners: Set<String> = ["Crown", "Grand"]

    /// Name titles that also state an office, recorded as the person's role ("King" of Jordan); ranks
    /// ("Prince", "Duke") and forms of address ("Sheikh") are not offices.
    public static let officeNameTitles: Set<String> = [
        "King", "Queen", "Emperor", "Empress", "Emir", "Amir", "Sultan", "Pope", "Ayatollah", "Shah", "Grand Duke",
        "Crown Prince", "Crown Princess", "Cardinal", "Archbishop",
    ]

    /// The number of leading words of `words` that form a name title (0, 1 or 2).
    public static func nameTitleLength<S: Collection>(_ words: S) -> Int where S.Element == String {
        guard let first = words.first else { return 0 }
        if nameTitleOpeners.contains(first), words.count >= 2, nameTitles.contains(first + " " + words[words.index(after: words.startIndex)]) { return 2 }
        return nameTitles.contains(first) ? 1 : 0
    }

    /// Lower-case office words, for matching inside longer phrases.
    public static let officeHeadsLowercased: Set<String> = Set(officeHeads.map { $0.lowercased() })

    /// Words that may appear inside an office phrase before its head ("Economy", "Trade", "Prime", "Foreign").
    public static let officeModifiers: Set<String> = [
        "Prime", "Foreign", "Finance", "Economy", "Economics", "Trade", "Defence", "Defense", "Interior", "Home",
        "Justice", "Health", "Education", "Agriculture", "Energy", "Oil", "Industry", "Commerce", "Labour", "Labor",
        "Transport", "Environment", "Culture", "Deputy", "Vice", "Chief", "Executive", "Managing", "General",
        "Senior", "Assistant", "Acting", "Interim", "State", "Treasury", "Central", "Bank", "Economic", "Fiscal",
        "Budget", "Planning", "Information", "Communications", "Security", "National", "Supreme", "First", "Second",
        "Army", "Military", "Opposition", "Party", "Majority", "Minority", "Special", "Permanent", "Financial",
        "Operating", "Revenue", "International", "Development", "Affairs", "Cabinet", "Parliamentary", "Press",
        "White", "House", "Sports", "Olympic", "Technology", "Science", "Housing", "Tourism", "Fisheries", "Mines",
        "Petroleum", "Water", "Power", "Telecommunications", "Post", "Railways", "Youth", "Women", "Social", "Welfare",
        "Employment", "Immigration", "Veterans", "Homeland", "Attorney", "Solicitor", "Crown", "Trading", "Monetary",
        "Environmental", "Schools", "Consumer", "Industrial", "Regional", "Constitutional", "Legal", "Children",
        "Local", "Government", "Northern", "Scottish", "Welsh", "Irish", "Europe", "European", "Overseas", "Aid",
        "Heritage", "Media", "Arts", "Rural", "Urban", "Public", "Works", "Mining", "Forestry", "Shipping", "Aviation",
        "Marketing", "Investment", "Sales", "Research", "Policy", "Programme", "Program", "Project", "Operations",
        "Exchequer", "Duchy", "Privy", "Whip",
    ]

    /// Months (a capitalized month is never a person or a place).
    public static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]

    /// Weekdays.
    public static let weekdays: [String] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// True when `word` is an office word or modifier (so it is stripped from a person's name).
    public static func isTitleWord(_ word: String) -> Bool {
        honorifics.contains(word) || officeHeads.contains(word) || officeModifiers.contains(word)
    }
}
