import Testing
@testable import NewsGraph

@Suite("Our tokens to UD words")
struct TokenMappingTests {
    @Test("contractions split as in EWT", arguments: [
        ("don't", ["do", "n't"]), ("can't", ["ca", "n't"]), ("won't", ["wo", "n't"]), ("Cannot", ["Can", "not"]),
        ("I'm", ["I", "'m"]), ("they're", ["they", "'re"]), ("we've", ["we", "'ve"]), ("she'll", ["she", "'ll"]),
        ("isn\u{2019}t", ["is", "n\u{2019}t"]), ("'s", ["'s"]), ("rock'n'roll", ["rock'n'roll"]), ("n't", ["n't"]),
    ])
    func contractions(token: String, words: [String]) {
        #expect(UDTokenMapping.split(token) == words)
    }

    @Test("hyphens split except after prefixes and between digits", arguments: [
        ("U.S.-Japan", ["U.S.", "-", "Japan"]), ("long-term", ["long", "-", "term"]), ("non-stop", ["non-stop"]),
        ("anti-American", ["anti-American"]), ("1-0", ["1-0"]), ("U.S.", ["U.S."]), ("-", ["-"]), ("--", ["--"]),
        ("two-way", ["two", "-", "way"]), ("e-mail", ["e-mail"]), ("G-20", ["G", "-", "20"]),
    ])
    func hyphens(token: String, words: [String]) {
        #expect(UDTokenMapping.split(token) == words)
    }

    @Test("tokens map to word ranges and back")
    func ranges() {
        let mapping = UDTokenMapping(tokens: ["Japan", "'s", "two-way", "talks", "don't", "stop"])
        #expect(mapping.words == ["Japan", "'s", "two", "-", "way", "talks", "do", "n't", "stop"])
        #expect(mapping.wordsOfToken == [0..<1, 1..<2, 2..<5, 5..<6, 6..<8, 8..<9])
        #expect(mapping.tokenOfWord == [0, 1, 2, 2, 2, 3, 4, 4, 5])
    }

    @Test("a token takes the head and relation of its word attached outside it")
    func projection() {
        let mapping = UDTokenMapping(tokens: ["two-way", "talks", "don't", "stop"])
        // two(1) -(2) way(3) talks(4) do(5) n't(6) stop(7): way ← talks (compound); two, - ← way; talks ← stop; do, n't ← stop.
        let parse = ParsedSentence(tags: [.NUM, .PUNCT, .NOUN, .NOUN, .AUX, .PART, .VERB],
                                   heads: [3, 3, 4, 7, 7, 7, 0],
                                   relations: [.nummod, .punct, .compound, .nsubj, .aux, .advmod, .root])
        let (tags, heads, relations) = mapping.project(parse)
        #expect(tags == [.NOUN, .NOUN, .AUX, .VERB])
        #expect(heads == [1, 3, 3, nil])
        #expect(relations == [.compound, .nsubj, .aux, .root])
    }
}

@Suite("Person names as one word")
struct NameMergingTests {
    @Test("a name is one word; its first tokens come back as flat dependents of its last")
    func names() {
        let mapping = UDTokenMapping(tokens: ["Robert", "Lighthizer", "did", "n't", "go"], names: [0..<2])
        #expect(mapping.words == ["Lighthizer", "did", "n't", "go"])
        #expect(mapping.wordsOfToken == [0..<1, 0..<1, 1..<2, 2..<3, 3..<4])
        let parse = ParsedSentence(tags: [.PROPN, .AUX, .PART, .VERB], heads: [4, 4, 4, 0],
                                   relations: [.nsubj, .aux, .advmod, .root])
        let (tags, heads, relations) = mapping.project(parse)
        #expect(tags == [.PROPN, .PROPN, .AUX, .PART, .VERB])
        #expect(heads == [1, 4, 4, 4, nil])
        #expect(relations == [.flat, .nsubj, .aux, .advmod, .root])
    }
}
