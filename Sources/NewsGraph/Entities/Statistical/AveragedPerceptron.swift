/// One document ready for training or evaluation: prepared tokens, hashed features and gold
/// BILOU labels.
struct TrainingInstance {
    var prepared: PreparedDocument
    var features: FeatureVectors
    var gold: [Int]
}

/// A structured averaged perceptron (Collins 2002) over hashed features with first-order
/// label transitions, decoded with constrained Viterbi. Averaging uses the usual trick of
/// accumulating `c × update` so that the average is `w − u / c`.
struct AveragedPerceptron {
    static let L = BILOU.count
    let hashBits: Int
    private(set) var weights: [Float]
    private var weightSums: [Double]
    private(set) var transitions: [Float]
    private var transitionSums: [Double]
    private var counter: Double = 1
    private var decoder = DocumentDecoder()

    init(hashBits: Int) {
        self.hashBits = hashBits
        let size = (1 << hashBits) * Self.L
        weights = [Float](repeating: 0, count: size)
        weightSums = [Double](repeating: 0, count: size)
        transitions = [Float](repeating: 0, count: (Self.L + 1) * Self.L)
        transitionSums = [Double](repeating: 0, count: (Self.L + 1) * Self.L)
    }

    /// One pass over `instances` in the given order; returns the number of tokens mislabelled.
    mutating func trainEpoch(_ instances: [TrainingInstance], order: [Int]) -> Int {
        let L = Self.L
        var mistakes = 0
        for d in order {
            let inst = instances[d]
            let doc = inst.prepared
            for s in 0..<doc.sentenceCount {
                let a = doc.sentenceStarts[s], b = doc.sentenceStarts[s + 1]
                guard b > a else { continue }
                let predicted = weights.withUnsafeBufferPointer { w in
                    Array(decoder.decodeSentence(a..<b, features: inst.features, weights: w, transitions: transitions))
                }
                var wrong = false
                for i in 0..<(b - a) where predicted[i] != inst.gold[a + i] { wrong = true; mistakes += 1 }
                if wrong {
                    let c = counter
                    weights.withUnsafeMutableBufferPointer { w in
                        weightSums.withUnsafeMutableBufferPointer { u in
                            inst.features.rows.withUnsafeBufferPointer { rows in
                                for i in 0..<(b - a) {
                                    let g = inst.gold[a + i], p = predicted[i]
                                    guard g != p else { continue }
                                    for k in Int(inst.features.starts[a + i])..<Int(inst.features.starts[a + i + 1]) {
                                        let r = Int(rows[k])
                                        w[r + g] += 1; u[r + g] += c
                                        w[r + p] -= 1; u[r + p] -= c
                                    }
                                }
                            }
                        }
                    }
                    for i in 0..<(b - a) {
                        let g = inst.gold[a + i], p = predicted[i]
                        let gp = i == 0 ? L : inst.gold[a + i - 1]
                        let pp = i == 0 ? L : predicted[i - 1]
                        if g == p && gp == pp { continue }
                        transitions[gp * L + g] += 1; transitionSums[gp * L + g] += c
                        transitions[pp * L + p] -= 1; transitionSums[pp * L + p] -= c
                    }
                }
                counter += 1
            }
        }
        return mistakes
    }

    /// The averaged weights and transitions.
    func averaged() -> (weights: [Float], transitions: [Float]) {
        let c = counter
        var w = [Float](repeating: 0, count: weights.count)
        for i in w.indices where weights[i] != 0 || weightSums[i] != 0 {
            w[i] = Float(Double(weights[i]) - weightSums[i] / c)
        }
        var t = [Float](repeating: 0, count: transitions.count)
        for i in t.indices { t[i] = Float(Double(transitions[i]) - transitionSums[i] / c) }
        return (w, t)
    }

    /// Decodes documents with the given float weights; one BILOU index per token per document.
    static func decode(_ instances: [TrainingInstance], weights: [Float], transitions: [Float]) -> [[Int]] {
        var decoder = DocumentDecoder()
        return weights.withUnsafeBufferPointer { w in
            instances.map { decoder.decode($0.prepared, features: $0.features, weights: w, transitions: transitions) }
        }
    }
}
