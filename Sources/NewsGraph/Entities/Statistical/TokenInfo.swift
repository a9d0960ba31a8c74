/// Capitalisation classes of a token, used in conjunction features.
enum CaseClass: UInt64 {
    case lower = 0, initialCap, allCaps, mixed, digits, other
}

/// Everything the feature templates need to know about one token, computed once from its
/// UTF-8 bytes without allocating: hashes of the word, its lowercase form (digits folded to 0),
/// its shape, its prefixes and suffixes, and capitalisation flags.
struct TokenInfo {
    var word: UInt64 = 0
    /// Lowercased, digits replaced by 0.
    var lower: UInt64 = 0
    /// Collapsed character shape ("Xx", "X.X.", "d-d").
    var shape: UInt64 = 0
    /// Case-insensitive key for gazetteers and document statistics (digits kept).
    var key: UInt64 = 0
    var pre1: UInt64 = 0, pre2: UInt64 = 0, pre3: UInt64 = 0, pre4: UInt64 = 0
    var suf1: UInt64 = 0, suf2: UInt64 = 0, suf3: UInt64 = 0, suf4: UInt64 = 0
    var caseClass: CaseClass = .other
    var length: Int = 0
    var hasLetter = false

    /// Sentinels used for neighbours beyond the sentence edges.
    static let before: TokenInfo = sentinel(0x1111)
    static let before2: TokenInfo = sentinel(0x2222)
    static let after: TokenInfo = sentinel(0x3333)
    static let after2: TokenInfo = sentinel(0x4444)

    private static func sentinel(_ v: UInt64) -> TokenInfo {
        var t = TokenInfo()
        let h = FeatureHash.mix(v)
        t.word = h; t.lower = h; t.shape = h; t.key = h
        return t
    }

    init() {}

    init(_ token: String) {
        if let done = token.utf8.withContiguousStorageIfAvailable({ buffer -> TokenInfo in
            buffer.contains(0xE2) ? TokenInfo(normalizing: buffer) : TokenInfo(bytes: buffer)
        }) {
            self = done
        } else {
            let bytes = Array(token.utf8)
            self = bytes.withUnsafeBufferPointer { TokenInfo(normalizing: $0) }
        }
    }

    /// Maps typographic quotes and dashes to the ASCII forms the CoNLL training data uses
    /// (’s → 's, “ ” → ", – — → -) before hashing.
    private init(normalizing buffer: UnsafeBufferPointer<UInt8>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(buffer.count)
        var i = 0
        while i < buffer.count {
            if buffer[i] == 0xE2, i + 2 < buffer.count, buffer[i + 1] == 0x80 {
                switch buffer[i + 2] {
                case 0x98, 0x99: bytes.append(39); i += 3; continue
                case 0x9C, 0x9D: bytes.append(34); i += 3; continue
                case 0x93, 0x94: bytes.append(45); i += 3; continue
                default: break
                }
            }
            bytes.append(buffer[i])
            i += 1
        }
        self = bytes.withUnsafeBufferPointer { TokenInfo(bytes: $0) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        length = n
        var word = FeatureHash.fnvOffset
        var lower = FeatureHash.fnvOffset
        var key = FeatureHash.fnvOffset
        var shape = FeatureHash.fnvOffset
        var lastShape: UInt8 = 0
        var uppers = 0, lowers = 0, digits = 0
        var firstUpper = false
        let p = FeatureHash.fnvPrime
        for i in 0..<n {
            let b = bytes[i]
            word = (word ^ UInt64(b)) &* p
            var lb = b
            var sb = b
            if b >= 65 && b <= 90 {
                lb = b | 0x20; sb = 88 /* X */; uppers += 1
                if i == 0 { firstUpper = true }
            } else if b >= 97 && b <= 122 {
                sb = 120 /* x */; lowers += 1
            } else if b >= 48 && b <= 57 {
                sb = 100 /* d */; digits += 1
            } else if b >= 128 {
                sb = 117 /* u */
                // Treat non-ASCII as letters for case purposes (lowercase unless first).
                lowers += 1
            }
            key = (key ^ UInt64(lb)) &* p
            let nb: UInt8 = (b >= 48 && b <= 57) ? 48 : lb
            lower = (lower ^ UInt64(nb)) &* p
            switch i {
            case 0: pre1 = lower
            case 1: pre2 = lower
            case 2: pre3 = lower
            case 3: pre4 = lower
            default: break
            }
            if sb != lastShape {
                shape = (shape ^ UInt64(sb)) &* p
                lastShape = sb
            }
        }
        if n < 4 { pre4 = lower ^ 0x44 }
        if n < 3 { pre3 = lower ^ 0x33 }
        if n < 2 { pre2 = lower ^ 0x22 }
        // Suffixes of the lowercased, digit-folded form.
        func suffixHash(_ k: Int) -> UInt64 {
            if k > n { return lower ^ UInt64(k) &* 0x9999 }
            var h = FeatureHash.fnvOffset ^ 0x5aff
            for i in (n - k)..<n {
                var b = bytes[i]
                if b >= 65 && b <= 90 { b |= 0x20 } else if b >= 48 && b <= 57 { b = 48 }
                h = (h ^ UInt64(b)) &* p
            }
            return h
        }
        suf1 = suffixHash(1); suf2 = suffixHash(2); suf3 = suffixHash(3); suf4 = suffixHash(4)
        self.word = word
        self.lower = lower
        self.key = key
        self.shape = shape
        hasLetter = uppers + lowers > 0
        if uppers + lowers == 0 {
            caseClass = digits > 0 ? .digits : .other
        } else if lowers == 0 {
            caseClass = .allCaps
        } else if uppers == 0 {
            caseClass = .lower
        } else if firstUpper && uppers == 1 {
            caseClass = .initialCap
        } else {
            caseClass = .mixed
        }
    }

    /// Whether the token starts with a capital letter (initial cap, all caps or mixed).
    var isCapitalized: Bool {
        caseClass == .initialCap || caseClass == .allCaps || caseClass == .mixed
    }
}
