/// Word lists that feed the statistical tagger's gazetteer features.
///
/// The lists are written from general knowledge (countries come from `CountryTable`); they are
/// not copied from any corpus. Matching is case-insensitive over token sequences, so the lists
/// are written as space-separated tokens in CoNLL tokenisation ("St Louis", "U.S.").
/// Changing a list changes the features: retrain the model (`make model`) afterwards.
public enum GazetteerCategory: Int, CaseIterable, Sendable {
    case country = 0, demonym, city, region, firstName, personTitle, orgSuffix, orgWord
    case knownOrganization, locationWord, miscWord, temporal, knownPerson, sportsTeam
}

/// Case-insensitive multi-token matcher over the feature word lists.
struct FeatureGazetteer: Sendable {
    /// Sequence hash → category bit mask; bit 15 marks a proper prefix of a longer entry.
    private let table: [UInt64: UInt16]
    let maxLength: Int
    static let prefixBit: UInt16 = 1 << 15

    static let shared = FeatureGazetteer()

    /// Hash of a token for gazetteer purposes: FNV-1a of its ASCII-lowercased bytes.
    @inline(__always)
    static func tokenKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FeatureHash.fnvOffset
        for var b in bytes {
            if b >= 65 && b <= 90 { b |= 0x20 }
            h ^= UInt64(b)
            h = h &* FeatureHash.fnvPrime
        }
        return h
    }

    static func tokenKey(_ token: Substring) -> UInt64 {
        var s = String(token)
        return s.withUTF8 { tokenKey($0) }
    }

    @inline(__always)
    static func extend(_ sequence: UInt64, with token: UInt64) -> UInt64 {
        FeatureHash.combine(sequence, token)
    }

    static let sequenceSeed: UInt64 = 0x5151_7a7a_0303_1111

    init() {
        var table: [UInt64: UInt16] = [:]
        var maxLength = 1
        func add(_ entry: Substring, _ category: GazetteerCategory) {
            let tokens = entry.split(separator: " ")
            guard !tokens.isEmpty else { return }
            maxLength = max(maxLength, tokens.count)
            var h = Self.sequenceSeed
            for (i, t) in tokens.enumerated() {
                h = Self.extend(h, with: Self.tokenKey(t))
                if i + 1 < tokens.count { table[h, default: 0] |= Self.prefixBit }
            }
            table[h, default: 0] |= UInt16(1) << UInt16(category.rawValue)
        }
        func addList(_ list: String, _ category: GazetteerCategory) {
            for line in list.split(whereSeparator: { $0 == "\n" || $0 == "|" }) {
                let entry = line.trimmingCharacters(in: " ")
                if !entry.isEmpty { add(entry, category) }
            }
        }
        for country in CountryTable.shared.countries {
            add(Substring(country.name), .country)
            for alias in country.aliases { add(Substring(alias), .country) }
            for demonym in country.demonyms { add(Substring(demonym), .demonym) }
        }
        addList(GazetteerLists.extraCountries, .country)
        addList(GazetteerLists.demonyms, .demonym)
        addList(GazetteerLists.cities, .city)
        addList(GazetteerLists.regions, .region)
        addList(GazetteerLists.firstNames, .firstName)
        addList(GazetteerLists.personTitles, .personTitle)
        addList(GazetteerLists.orgSuffixes, .orgSuffix)
        addList(GazetteerLists.orgWords, .orgWord)
        addList(GazetteerLists.knownOrganizations, .knownOrganization)
        addList(GazetteerLists.locationWords, .locationWord)
        addList(GazetteerLists.miscWords, .miscWord)
        addList(GazetteerLists.temporal, .temporal)
        addList(GazetteerLists.knownPeople, .knownPerson)
        addList(GazetteerLists.sportsTeams, .sportsTeam)
        addList(GazetteerLists.moreCities, .city)
        self.table = table
        self.maxLength = maxLength
    }

    /// Marks gazetteer matches in one sentence. `keys[i]` is `tokenKey` of token i; the result
    /// for token i has bit `4 * category + position` set for every match covering it, where
    /// position is 0 = begin, 1 = inside, 2 = last, 3 = unit (single-token match).
    func match(keys: UnsafeBufferPointer<UInt64>, into bits: UnsafeMutableBufferPointer<UInt64>) {
        let n = keys.count
        for i in 0..<n { bits[i] = 0 }
        for i in 0..<n {
            var h = Self.sequenceSeed
            var length = 0
            while i + length < n && length < maxLength {
                h = Self.extend(h, with: keys[i + length])
                length += 1
                guard let value = table[h] else { break }
                let categories = value & ~Self.prefixBit
                if categories != 0 {
                    var c = categories
                    while c != 0 {
                        let cat = UInt64(c.trailingZeroBitCount)
                        c &= c - 1
                        if length == 1 {
                            bits[i] |= 1 << (4 * cat + 3)
                        } else {
                            bits[i] |= 1 << (4 * cat)
                            for j in (i + 1)..<(i + length - 1) { bits[j] |= 1 << (4 * cat + 1) }
                            bits[i + length - 1] |= 1 << (4 * cat + 2)
                        }
                    }
                }
                if value & Self.prefixBit == 0 { break }
            }
        }
    }

    /// The categories of a single token or phrase (for tests and diagnostics).
    func categories(of phrase: String) -> [GazetteerCategory] {
        var h = Self.sequenceSeed
        for t in phrase.split(separator: " ") { h = Self.extend(h, with: Self.tokenKey(t)) }
        guard let value = table[h] else { return [] }
        return GazetteerCategory.allCases.filter { value & (1 << UInt16($0.rawValue)) != 0 }
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
