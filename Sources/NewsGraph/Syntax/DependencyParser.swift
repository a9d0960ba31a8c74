import Foundation

/// A tagged and parsed sentence: for each word (0-based) its UPOS tag, its head (1-based word
/// number, 0 for the root, as in CoNLL-U) and its relation.
public struct ParsedSentence: Sendable, Hashable {
    public let tags: [UPOS]
    public let heads: [Int]
    public let relations: [DependencyRelation]
}

/// The UPOS tagger and the arc-eager dependency parser, both averaged perceptrons over hashed
/// features with Int16 weights, in one model file trained on UD English EWT (`newsgraph train-parser`).
///
/// The parser decides the transition first (shift, reduce, or a left or right arc with a coarse group of
/// relations, `RelationGroups`) and then, for an arc, the relation within the group, each with its own
/// weight table (the relation table's features are specific to the group and direction, so its rows only
/// hold the group's few relations). Decoding is greedy, or a beam search (`TransitionBeam`) of the width the
/// model was trained for (`beamWidth` in its metadata). Instances are immutable and safe to share between threads.
public final class DependencyParser: Sendable {
    let clusters: WordClusters
    let tagTable: QuantizedTable
    let actionTable: QuantizedTable
    let labelTable: QuantizedTable
    /// Facts recorded at training time (`devLAS`, `devUAS`, `devUPOS`, `trainedOn`, `license`, ...).
    public let metadata: [String: String]
    /// Hypotheses kept while decoding; 1 is greedy.
    public let beamWidth: Int

    init(clusters: WordClusters, tagTable: QuantizedTable, actionTable: QuantizedTable, labelTable: QuantizedTable,
         metadata: [String: String], beamWidth: Int? = nil) {
        self.clusters = clusters
        self.tagTable = tagTable
        self.actionTable = actionTable
        self.labelTable = labelTable
        self.metadata = metadata
        self.beamWidth = max(1, beamWidth ?? metadata["beamWidth"].flatMap { Int($0) } ?? 1)
    }

    /// The same model decoded with another beam width (a globally trained model is meant for the width it
    /// was trained with).
    public func withBeamWidth(_ width: Int) -> DependencyParser {
        DependencyParser(clusters: clusters, tagTable: tagTable, actionTable: actionTable, labelTable: labelTable,
                         metadata: metadata, beamWidth: width)
    }

    // MARK: - Parsing

    /// Tags and parses one sentence given its words.
    public func parse(_ forms: [String]) -> ParsedSentence {
        guard !forms.isEmpty else { return ParsedSentence(tags: [], heads: [], relations: []) }
        let words = SyntaxWords(forms, clusters: clusters)
        var scratch = ParserScratch()
        let tags = POSTagging.tag(words, table: tagTable, features: &scratch.tagFeatures)
        let (heads, labels) = parse(words, tags: tags, scratch: &scratch)
        return ParsedSentence(tags: tags.map { UPOS(rawValue: $0)! }, heads: Array(heads[1...]),
                              relations: labels[1...].map { DependencyRelation(rawValue: $0)! })
    }

    /// Only the UPOS tags of a sentence.
    public func tag(_ forms: [String]) -> [UPOS] {
        guard !forms.isEmpty else { return [] }
        var features: [UInt64] = []
        let words = SyntaxWords(forms, clusters: clusters)
        return POSTagging.tag(words, table: tagTable, features: &features)
            .map { UPOS(rawValue: $0)! }
    }

    func parse(_ words: SyntaxWords, tags: [Int], scratch: inout ParserScratch) -> (heads: [Int], labels: [Int]) {
        let wordFeatures = ParserWordFeatures(words, tags: tags)
        var state = ArcEagerState(wordCount: words.count)
        if beamWidth > 1 {
            var beam = TransitionBeam(width: beamWidth, wordCount: words.count)
            var scorer = QuantizedTransitionScorer(actionTable: actionTable, labelTable: labelTable, words: wordFeatures)
            while !beam.isFinished { beam.advance(words: wordFeatures, scorer: &scorer) }
            state = beam.best.state
        }
        while !state.isTerminal {
            ParserFeatures.extract(state, words: wordFeatures, into: &scratch.features)
            let (action, group) = bestClass(state, scratch: &scratch)
            var label = 0
            if action == .left || action == .right {
                label = bestLabel(state, action: action, group: group, scratch: &scratch)
            }
            state.apply(action, label: label)
        }
        return state.finish { tags[$0 - 1] == UPOS.PUNCT.rawValue ? DependencyRelation.punct.rawValue
                                                                     : DependencyRelation.parataxis.rawValue }
    }

    func bestClass(_ state: ArcEagerState, scratch: inout ParserScratch) -> (action: ArcEagerState.Action, group: Int) {
        let n = RelationGroups.classes, width = RelationGroups.tableClasses
        if scratch.actionScores.count != width { scratch.actionScores = [Int32](repeating: 0, count: width) }
        for i in 0..<width { scratch.actionScores[i] = 0 }
        scratch.features.withUnsafeBufferPointer { f in
            scratch.actionScores.withUnsafeMutableBufferPointer { actionTable.accumulate(f, into: $0.baseAddress!) }
        }
        var best = -1
        for c in 0..<n where RelationGroups.isValid(c, in: state) {
            if best < 0 || scratch.actionScores[c] > scratch.actionScores[best] { best = c }
        }
        return best < 0 ? (.shift, 0) : RelationGroups.decode(best)
    }

    func bestLabel(_ state: ArcEagerState, action: ArcEagerState.Action, group: Int, scratch: inout ParserScratch) -> Int {
        if action == .right && state.s0 == 0 { return DependencyRelation.root.rawValue }
        let members = RelationGroups.members[group]
        if members.count == 1 { return members[0] }
        Self.labelFeatures(scratch.features, action: action, group: group, into: &scratch.labelFeatures)
        var scores = SIMD8<Int32>(repeating: 0)
        withUnsafeMutableBytes(of: &scores) { raw in
            let out = raw.baseAddress!.assumingMemoryBound(to: Int32.self)
            scratch.labelFeatures.withUnsafeBufferPointer { labelTable.accumulate($0, into: out) }
        }
        var best = 0
        for k in 1..<members.count where scores[k] > scores[best] { best = k }
        return members[best]
    }

    /// Relation features: the transition templates about words, tags, pairs, heads, children and clusters
    /// (`ParserFeatures.relationTemplates`), specialised by the arc's direction and relation group. The hashes
    /// are already mixed, so a salt XOR is enough to separate them.
    static func labelFeatures<Features: RandomAccessCollection<UInt64>>(
        _ features: Features, action: ArcEagerState.Action, group: Int, into out: inout [UInt64]
    ) where Features.Index == Int {
        let salt = labelSalts[group &* 2 &+ (action == .left ? 0 : 1)]
        let start = features.startIndex
        var n = 0
        for range in ParserFeatures.relationTemplates where range.upperBound <= features.count { n += range.count }
        if out.count != n { out = [UInt64](repeating: 0, count: n) }
        out.withUnsafeMutableBufferPointer { o in
            var k = 0
            for range in ParserFeatures.relationTemplates where range.upperBound <= features.count {
                for i in range { o[k] = features[start + i] ^ salt; k += 1 }
            }
        }
    }

    private static let labelSalts: [UInt64] =
        (0..<(2 * RelationGroups.count)).map { FeatureHash.mix(0x1abe1_0000 &+ UInt64($0)) }

    // MARK: - Evaluation

    /// Tags and parses gold-tokenized sentences; returns the scores and the sentences with predicted
    /// UPOS, HEAD and DEPREL (other columns kept).
    public func evaluate(_ sentences: [UDSentence]) -> (score: ParseScore, predicted: [UDSentence]) {
        var score = ParseScore()
        var predicted: [UDSentence] = []
        predicted.reserveCapacity(sentences.count)
        for gold in sentences {
            let parse = self.parse(gold.words.map(\.form))
            var out = gold
            for i in out.words.indices {
                out.words[i].upos = parse.tags[i]
                out.words[i].head = parse.heads[i]
                out.words[i].deprel = parse.relations[i].name
            }
            score.add(gold: gold, predicted: out)
            predicted.append(out)
        }
        return (score, predicted)
    }

    // MARK: - Model files

    /// Loads a model file written by `write(to:)` (or `newsgraph train-parser`).
    public convenience init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw ModelFileError.unreadable(url.path) }
        try self.init(data: data)
    }

    public convenience init(data: Data) throws {
        let m = try ParserModelFile.decode(data)
        self.init(clusters: m.clusters, tagTable: m.tags, actionTable: m.actions, labelTable: m.labels, metadata: m.metadata)
    }

    public func write(to url: URL) throws {
        let bytes = ParserModelFile.encode(clusters: clusters, tags: tagTable, actions: actionTable, labels: labelTable,
                                           metadata: metadata)
        try AtomicFileWriter.write([(url.path, bytes)])
    }

    /// `$NEWSGRAPH_PARSER_MODEL` when set, otherwise the `parser.model` resource bundled with the library.
    public static var defaultModelURL: URL? {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_PARSER_MODEL"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return BundledModel.url("parser.model")
    }

    private static let shared: Result<DependencyParser, any Error> = Result {
        guard let url = defaultModelURL else { throw ModelFileError.unreadable("parser.model (bundle resource)") }
        return try DependencyParser(contentsOf: url)
    }

    /// The bundled model, loaded once on first use (thread-safe).
    public static func loadDefault() throws -> DependencyParser { try shared.get() }

    /// The dev-set LAS recorded when the model was trained.
    public var recordedDevLAS: Double? { metadata["devLAS"].flatMap(Double.init) }
}

/// Buffers reused across the decisions of one sentence.
struct ParserScratch {
    var tagFeatures: [UInt64] = []
    var features: [UInt64] = []
    var labelFeatures: [UInt64] = []
    var actionScores: [Int32] = []
    init() {
        tagFeatures.reserveCapacity(64)
        features.reserveCapacity(96)
        labelFeatures.reserveCapacity(96)
    }
}

/// UPOS accuracy, UAS and LAS (relations without subtypes), over all words and without punctuation
/// (words whose gold relation is `punct`).
public struct ParseScore: Sendable {
    public var words = 0, tagsCorrect = 0, headsCorrect = 0, labelledCorrect = 0
    public var wordsNoPunct = 0, headsCorrectNoPunct = 0, labelledCorrectNoPunct = 0

    public init() {}

    public mutating func add(gold: UDSentence, predicted: UDSentence) {
        for (g, p) in zip(gold.words, predicted.words) {
            words += 1
            if g.upos == p.upos { tagsCorrect += 1 }
            let head = g.head != nil && g.head == p.head
            let labelled = head && g.relation == p.relation
            if head { headsCorrect += 1 }
            if labelled { labelledCorrect += 1 }
            if g.relation != .punct {
                wordsNoPunct += 1
                if head { headsCorrectNoPunct += 1 }
                if labelled { labelledCorrectNoPunct += 1 }
            }
        }
    }

    public var uposAccuracy: Double { ratio(tagsCorrect, words) }
    public var uas: Double { ratio(headsCorrect, words) }
    public var las: Double { ratio(labelledCorrect, words) }
    public var uasNoPunct: Double { ratio(headsCorrectNoPunct, wordsNoPunct) }
    public var lasNoPunct: Double { ratio(labelledCorrectNoPunct, wordsNoPunct) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public func report() -> String {
        String(format: "words %d  UPOS %.4f  UAS %.4f  LAS %.4f  |  without punctuation (%d words): UAS %.4f  LAS %.4f",
               words, uposAccuracy, uas, las, wordsNoPunct, uasNoPunct, lasNoPunct)
    }
}
