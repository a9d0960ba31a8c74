import Foundation

/// The statistical named-entity tagger: an averaged structured perceptron over hashed
/// features, decoded with constrained Viterbi over BILOU labels, in two passes (the second
/// pass sees the first pass's labels of the same words elsewhere in the document).
///
/// Instances are immutable and safe to share between threads.
public final class PerceptronTagger: EntityTagger, Sendable {
    let extractor: FeatureExtractor
    let stage1: StageWeights
    let stage2: StageWeights?
    private let caches: WordEmissionCachePool
    /// Free-form facts recorded at training time (`devF1`, `epochs`, `trainedOn`, ...).
    public let metadata: [String: String]

    init(hashBits: Int, stage1: StageWeights, stage2: StageWeights?, clusters: WordClusters = .empty,
         cues: WordBinTable = .empty, corpusLabels: WordBinTable = .empty, metadata: [String: String]) {
        self.extractor = FeatureExtractor(hashBits: hashBits, clusters: clusters, cues: cues, corpusLabels: corpusLabels)
        self.stage1 = stage1
        self.stage2 = stage2
        self.caches = WordEmissionCachePool(stages: stage2 == nil ? 1 : 2)
        self.metadata = metadata
    }

    /// Loads a model file written by `write(to:)` (or `newsgraph train`).
    public convenience init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ModelFileError.unreadable(url.path)
        }
        try self.init(data: data)
    }

    /// Loads a model from the bytes of a model file.
    public convenience init(data: Data) throws {
        let decoded = try ModelFile.decode(data)
        self.init(hashBits: decoded.hashBits, stage1: decoded.stages[0],
                  stage2: decoded.stages.count > 1 ? decoded.stages[1] : nil, clusters: decoded.clusters,
                  cues: decoded.cues, corpusLabels: decoded.corpusLabels, metadata: decoded.metadata)
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        let stages = [stage1] + (stage2.map { [$0] } ?? [])
        let bytes = ModelFile.encode(hashBits: extractor.hashBits, stages: stages, clusters: extractor.clusters,
                                     cues: extractor.cues, corpusLabels: extractor.corpusLabels, metadata: metadata)
        try AtomicFileWriter.write([(url.path, bytes)])
    }

    /// The model `loadDefault()` reads: `$NEWSGRAPH_NER_MODEL` when set, otherwise the
    /// `ner.model` resource bundled with the library (`BundledModel`).
    public static var defaultModelURL: URL? {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_NER_MODEL"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return BundledModel.url("ner.model")
    }

    private static let shared: Result<PerceptronTagger, any Error> = Result {
        guard let url = defaultModelURL else { throw ModelFileError.unreadable("ner.model (bundle resource)") }
        return try PerceptronTagger(contentsOf: url)
    }

    /// The bundled model, loaded once on first use (thread-safe).
    public static func loadDefault() throws -> PerceptronTagger {
        try shared.get()
    }

    /// The entity-level dev F1 recorded when the model was trained, if any.
    public var recordedDevF1: Double? { metadata["devF1"].flatMap(Double.init) }

    // MARK: - Tagging

    public func label(sentences: [[String]]) -> [[TokenLabel]] {
        let flat = labelIndices(sentences)
        var out: [[TokenLabel]] = []
        out.reserveCapacity(sentences.count)
        var offset = 0
        for s in sentences {
            out.append(BILOU.decode(Array(flat[offset..<(offset + s.count)])))
            offset += s.count
        }
        return out
    }

    /// BILOU indices for every token of a document, flattened.
    func labelIndices(_ sentences: [[String]]) -> [Int] {
        let doc = extractor.prepare(sentences)
        var decoder = DocumentDecoder()
        return caches.borrow { caches in
            let f1 = extractor.stage1(doc)
            let first = decoder.decode(doc, features: f1, stage: stage1, cache: &caches[0])
            guard let stage2 else { return first }
            let f2 = extractor.stage2(doc, base: f1, firstPass: first)
            return decoder.decode(doc, features: f2, stage: stage2, cache: &caches[1])
        }
    }

    /// Tags CoNLL documents and scores them against their gold labels.
    public func evaluate(_ documents: [CoNLLDocument]) -> (score: EntityScore, predictions: [[[TokenLabel]]]) {
        var score = EntityScore()
        // Documents are tagged on all cores (each on its own), then scored in order.
        let predictions = ResultSlots<[[TokenLabel]]>.map(count: documents.count, workers: ProcessInfo.processInfo.activeProcessorCount) { d in
            self.label(sentences: documents[d].sentences.map(\.tokens))
        }
        for (doc, predicted) in zip(documents, predictions) {
            for (s, p) in zip(doc.sentences, predicted) { score.add(gold: s.gold, predicted: p) }
        }
        return (score, predictions)
    }
}
