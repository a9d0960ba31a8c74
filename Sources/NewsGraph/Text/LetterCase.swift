/// Letter and case tests with an ASCII fast path. Most news text is ASCII, and every call through
/// `Unicode.Scalar.Properties` looks the scalar up in the Unicode property tables (about 2% of a build
/// before this). The answers are the same as the properties': ASCII letters are exactly A–Z and a–z.
extension Unicode.Scalar {
    /// `properties.isUppercase`.
    @inline(__always) var isUppercaseLetter: Bool { value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase }
    /// `properties.isLowercase`.
    @inline(__always) var isLowercaseLetter: Bool { value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase }
    /// `properties.isAlphabetic`.
    @inline(__always) var isAlphabeticLetter: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic }
}

extension Character {
    /// `isUppercase`, which for a character that is no uppercase scalar compares it with its uppercased
    /// string (an allocation) before it answers.
    @inline(__always) var isUppercaseLetter: Bool {
        if let ascii = asciiValue { return ascii &- 0x41 < 26 }
        return isUppercase
    }
    /// `isLowercase`, likewise.
    @inline(__always) var isLowercaseLetter: Bool {
        if let ascii = asciiValue { return ascii &- 0x61 < 26 }
        return isLowercase
    }
}
