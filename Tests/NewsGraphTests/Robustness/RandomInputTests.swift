import Testing
import TestSupport
@testable import NewsGraph

/// A seeded random-input test (a deterministic fuzz run) over the article readers, the tokenizer,
/// the whole pipeline and the N-Quads reader: nothing may crash, every failure must be a clean error,
/// and token offsets must stay inside the text.
@Suite struct RandomInputTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [[UInt8]] = [
        "OSAKA (Reuters) - ", "Reporting by A B; Editing by C D", "REUTERS/Jo Lee", "U.S.", "Mr.", "\"", "“", "”", "'s",
        "met", "talks with", "President", "Xi Jinping", "Japan", "\n\n", "\r\n", "\t", "{\"body\": \"", "\"}", "[", "]",
        "\\", "\\u00e9", "<", "&amp;", "\u{202E}", "茂木", "1,000.5", ".", ",", "(", ")", "—", "--", " ", "2019-06-28",
    ].map { Array($0.utf8) }

    static func randomInput(_ rng: inout Generator) -> [UInt8] {
        var bytes: [UInt8] = []
        let pieces = Int.random(in: 0...60, using: &rng)
        for _ in 0..<pieces {
            if Bool.random(using: &rng) {
                bytes += fragments[Int.random(in: 0..<fragments.count, using: &rng)]
            } else {
                for _ in 0..<Int.random(in: 1...8, using: &rng) { bytes.append(UInt8.random(in: 0...255, using: &rng)) }
            }
        }
        return bytes
    }

    @Test func readersTokenizerAndPipelineNeverCrash() {
        var rng = Generator(state: 20261127)
        for _ in 0..<3000 {
            let bytes = Self.randomInput(&rng)
            do {
                let article = try ArticleReader.readText(bytes, path: "fuzz.txt")
                let tokens = Tokenizer().tokenize(article.body, excluding: article.excludedRanges)
                let size = article.body.utf8.count
                var previousEnd = 0
                for token in tokens {
                    #expect(token.start >= previousEnd && token.end > token.start && token.end <= size)
                    previousEnd = token.end
                }
                let document = Analysis.pipeline.analyze(article)
                #expect(document.sentences.reduce(0) { $0 + $1.tokenRange.count } == document.tokens.count)
            } catch {
                #expect(error is InputError)
            }
            do {
                _ = try ArticleReader.readJSONLines(bytes, path: "fuzz.jsonl")
            } catch {
                #expect(error is InputError)
            }
        }
    }

    @Test func nQuadsReaderRejectsGarbageCleanly() {
        var rng = Generator(state: 7)
        let valid = Array("<https://w3id.org/newsgraph/id/person/a> <https://schema.org/name> \"A \\\"b\\\" \\u00e9\" .\n".utf8)
        for _ in 0..<3000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let position = Int.random(in: 0..<bytes.count, using: &rng)
                if Bool.random(using: &rng) { bytes[position] = UInt8.random(in: 0...255, using: &rng) } else { bytes.remove(at: position) }
                if bytes.isEmpty { break }
            }
            var graph = KnowledgeGraph()
            do {
                try NQuadsReader.read(bytes, into: &graph)
            } catch {
                #expect(error is NQuadsReader.ParseError)
            }
        }
    }

    @Test func nQuadsRoundTrip() throws {
        let graph = Analysis.graph([(id: "x", text: "Chinese President Xi Jinping met U.S. President Donald Trump in Osaka on Saturday to discuss \"trade\" \\ tariffs.")])
        var read = KnowledgeGraph()
        try NQuadsReader.read(NTriplesWriter().writeBytes(graph), into: &read)
        #expect(JSONLDWriter().write(read) == JSONLDWriter().write(graph))
    }
}
