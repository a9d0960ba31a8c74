/// Canonical names of the international bodies and central banks the news names most, with the
/// other names the news gives them ("the Fed", "U.S. Federal Reserve", "Federal Reserve Board" are
/// all the Federal Reserve). The canonical name is the name the body uses for itself on its own
/// website (federalreserve.gov, un.org, ec.europa.eu, imf.org, worldbank.org, oecd.org, nato.int,
/// opec.org, bundesbank.de, boj.or.jp, bankofengland.co.uk, ecb.europa.eu, wto.org; the rating agencies as
/// Reuters names them in full); the other names
/// are the acronyms and variants of those sites and of Reuters and BBC copy.
enum WellKnownBodies {
    static let table: [(name: String, aliases: [String])] = [
        ("Federal Reserve", ["Fed", "U.S. Federal Reserve", "US Federal Reserve", "Federal Reserve Board", "U.S. Federal Reserve Board",
                             "Federal Reserve System", "U.S. Fed", "US Fed"]),
        ("United Nations", ["U.N.", "UN", "United Nations Organization", "U.N"]),
        ("European Commission", ["EC Commission", "European Community Commission", "Commission of the European Communities",
                                 "EU Commission", "European Communities Commission", "E.C. Commission"]),
        ("European Community", ["EC", "E.C.", "European Economic Community", "EEC", "European Communities", "Common Market"]),
        ("European Union", ["EU", "E.U."]),
        ("International Monetary Fund", ["IMF"]),
        ("World Bank", ["World Bank Group", "International Bank for Reconstruction and Development", "IBRD"]),
        ("Organisation for Economic Co-operation and Development", ["OECD", "Organization for Economic Cooperation and Development",
                                                                    "Organisation for Economic Cooperation and Development"]),
        ("North Atlantic Treaty Organization", ["NATO", "Nato"]),
        ("Organization of the Petroleum Exporting Countries", ["OPEC", "Opec", "Organization of Petroleum Exporting Countries",
                                                               "Organisation of Petroleum Exporting Countries"]),
        ("Bundesbank", ["Deutsche Bundesbank", "German Bundesbank", "West German Bundesbank", "German central bank"]),
        ("Bank of Japan", ["BOJ", "BoJ", "Japanese central bank"]),
        ("Bank of England", ["BoE", "BOE"]),
        ("European Central Bank", ["ECB"]),
        ("World Trade Organization", ["WTO", "World Trade Organisation"]),
        ("General Agreement on Tariffs and Trade", ["GATT"]),
        // The rating agencies, by the name Reuters copy of the time gives in full.
        ("Standard and Poor's Corp", ["S and P", "S&P", "Standard and Poor's", "Standard & Poor's", "Standard & Poor's Corp",
                                      "Standard and Poor's Corporation", "Standard & Poor's Corporation"]),
        ("Moody's Investors Service", ["Moody's", "Moody's Investors Service Inc", "Moody's Investors Service Inc."]),
        // The British parties, by the names they register with the Electoral Commission (search.electoralcommission.org.uk),
        // with the names BBC copy gives them.
        ("Conservative Party", ["Conservatives", "Tories", "Tory", "Tory Party", "Conservative and Unionist Party"]),
        ("Labour Party", ["Labour"]),
        ("Liberal Democrats", ["Lib Dems", "Liberal Democrat Party"]),
    ] + federalDepartments

    /// The executive departments of the United States, by the names their own sites give them (usa.gov's list of
    /// executive departments: "U.S. Department of Agriculture"), with the forms wire copy writes them in ("the
    /// Agriculture Department", "U.S. Agriculture Department", "USDA"). Each is one body, in every article.
    /// Bare "Treasury", "Department of Energy" (or of Agriculture, of Education) and British spellings without "U.S."
    /// are left alone: other states have a Treasury, such departments, a Defence ministry.
    static let federalDepartments: [(name: String, aliases: [String])] = {
        // `bare`: whether "Department of X" alone names the U.S. department; `others`: acronyms and other spellings.
        let departments: [(short: String, of: String, bare: Bool, others: [String])] = [
            ("Agriculture", "Agriculture", false, ["USDA"]), ("Commerce", "Commerce", true, []),
            ("Defense", "Defense", true, ["U.S. Defence Department", "US Defence Department", "DoD"]),
            ("Education", "Education", false, []), ("Energy", "Energy", false, []),
            ("Health and Human Services", "Health and Human Services", true, ["HHS"]),
            ("Homeland Security", "Homeland Security", true, ["DHS"]),
            ("Housing and Urban Development", "Housing and Urban Development", true, ["HUD"]),
            ("Interior", "the Interior", true, []), ("Justice", "Justice", true, []), ("Labor", "Labor", true, []),
            ("State", "State", true, []), ("Transportation", "Transportation", true, []),
            ("Treasury", "the Treasury", true, ["U.S. Treasury", "US Treasury"]), ("Veterans Affairs", "Veterans Affairs", true, []),
        ]
        return departments.map { d in
            let aliases = ["\(d.short) Department", "U.S. \(d.short) Department", "US \(d.short) Department",
                           "US Department of \(d.of)", "United States Department of \(d.of)"]
                + (d.bare ? ["Department of \(d.of)"] : []) + d.others
            return (name: "U.S. Department of \(d.of)", aliases: aliases)
        }
    }()

    /// Buildings that the news names for the government seated in them ("the White House said"): the
    /// body, not the place.
    static let governmentSeats: Set<String> = ["White House", "Kremlin", "Pentagon", "Elysee", "Elysee Palace", "Élysée"]

    private static let canonical: [String: String] = {
        var map: [String: String] = [:]
        for (name, aliases) in table {
            map[name.lowercased()] = name
            for alias in aliases { map[alias.lowercased()] = name }
        }
        return map
    }()

    /// The canonical name of a well-known body written `name`, or nil.
    static func canonicalName(_ name: String) -> String? {
        canonical[name.lowercased()]
    }
}
