import Testing
@testable import NewsGraph

/// The ASCII fast paths answer exactly what the Unicode properties and `Character` answer.
@Suite struct LetterCaseTests {
    @Test func scalarTestsAgreeWithTheirProperties() {
        // ASCII, Latin-1, Latin Extended, Greek and Cyrillic, and a few far scalars.
        let values = Array(0..<0x600) + [0x1E9E, 0x2160, 0x24B6, 0xFF21, 0xFF41, 0x1D400]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(scalar.isUppercaseLetter == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(scalar.isLowercaseLetter == scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            #expect(scalar.isAlphabeticLetter == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    @Test func characterTestsAgreeWithTheStandardLibrary() {
        let characters: [Character] = ["A", "Z", "a", "z", "@", "[", "`", "{", "0", " ", "-", "É", "é", "ß", "Σ", "σ", "Ж", "ж", "ǅ", "e\u{301}", "E\u{301}", "\r\n", "日", "Ⅸ"]
        for character in characters {
            #expect(character.isUppercaseLetter == character.isUppercase, "\(character)")
            #expect(character.isLowercaseLetter == character.isLowercase, "\(character)")
        }
    }
}
