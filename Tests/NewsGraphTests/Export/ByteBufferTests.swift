import Testing
@testable import NewsGraph

/// The writers escape text in runs; every kind of byte must still come out as the rules say.
@Suite struct ByteBufferTests {
    static let hostile = "plain \"quoted\" back\\slash\nline\rreturn\ttab \u{1}ctl dash\u{2014}sep\u{2028}para\u{2029}<a> {b}|c^d`e é"

    @Test func jsonStringsEscapeEveryKindOfByte() {
        var out = ByteBuffer()
        out.appendJSONString(Self.hostile)
        #expect(out.string == "\"plain \\\"quoted\\\" back\\\\slash\\nline\\rreturn\\ttab \\u0001ctl dash\u{2014}sep\\u2028para\\u2029<a> {b}|c^d`e é\"")
        var empty = ByteBuffer()
        empty.appendJSONString("")
        #expect(empty.string == "\"\"")
    }

    @Test func nTriplesStringsAndIRIs() {
        var literal = ByteBuffer()
        literal.appendNTriplesString(Self.hostile)
        #expect(literal.string == "\"plain \\\"quoted\\\" back\\\\slash\\nline\\rreturn\ttab \u{1}ctl dash\u{2014}sep\u{2028}para\u{2029}<a> {b}|c^d`e é\"")
        var iri = ByteBuffer()
        iri.appendIRI("http://x.org/a b<c>\"d{e}|f^g`h\\i")
        #expect(iri.string == "<http://x.org/a\\u0020b\\u003Cc\\u003E\\u0022d\\u007Be\\u007D\\u007Cf\\u005Eg\\u0060h\\u005Ci>")
        for compact in ["schema:Person", "ng:meeting/a b", "unknown:x", "no-prefix", "schema:"] {
            var expanded = ByteBuffer(), direct = ByteBuffer()
            expanded.appendIRI(Vocabulary.expand(compact))
            direct.appendExpandedIRI(compact)
            #expect(direct.bytes == expanded.bytes, "\(compact)")
        }
    }
}
