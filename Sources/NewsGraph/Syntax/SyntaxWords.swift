/// The words of one sentence as the tagger and the parser see them: hashed spellings, affixes and
/// shapes (`TokenInfo`) and word clusters, computed once.
struct SyntaxWords {
    var infos: [TokenInfo]
    var clusters: [UInt32]
    var count: Int { infos.count }

    init(_ forms: [String], clusters table: WordClusters) {
        infos = forms.map(TokenInfo.init)
        clusters = infos.map { table.lookup(word: $0.word, key: $0.key) }
    }
}

@inline(__always) func feat(_ template: UInt64, _ a: UInt64) -> UInt64 { FeatureHash.feature(template, a) }
@inline(__always) func feat(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.feature(template, a, b) }
@inline(__always) func feat(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    FeatureHash.feature(template, a, b, c)
}
