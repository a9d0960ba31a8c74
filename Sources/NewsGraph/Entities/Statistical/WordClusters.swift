import Foundation

/// Word clusters learned from unlabelled text: each frequent word gets a cluster id at three
/// granularities (1024, 256 and 64 clusters), packed in a `UInt32` as `fine | mid << 10 | coarse << 18`.
/// Words are looked up by the FNV hash of their exact spelling, falling back to their
/// case-insensitive key (so "JAPAN" in a headline finds "Japan").
///
/// Only hashes and cluster ids are kept, no word strings.
struct WordClusters: Sendable {
    /// Exact-spelling hash → packed clusters.
    private(set) var exact: [UInt64: UInt32]
    /// Case-insensitive key → packed clusters of the most frequent spelling.
    private(set) var folded: [UInt64: UInt32]
    /// The same two maps as flat open-addressing tables, for lookups on the tagging path.
    private let exactTable: ClusterTable
    private let foldedTable: ClusterTable

    static let empty = WordClusters(exact: [:], folded: [:])
    /// Value meaning "no cluster" (out of vocabulary).
    static let unknown: UInt32 = 0xFFFF_FFFF

    var isEmpty: Bool { exact.isEmpty }
    /// Number of words with clusters.
    var count: Int { exact.count }

    @inline(__always)
    func lookup(word: UInt64, key: UInt64) -> UInt32 {
        let c = exactTable[word]
        return c != Self.unknown ? c : foldedTable[key]
    }

    init(exact: [UInt64: UInt32], folded: [UInt64: UInt32]) {
        self.exact = exact
        self.folded = folded
        self.exactTable = ClusterTable(exact)
        self.foldedTable = ClusterTable(folded)
    }

    // MARK: - Serialisation (inside the model file)

    func encode(into out: inout [UInt8]) {
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        for table in [exact, folded] {
            u32(UInt32(table.count))
            for key in table.keys.sorted() { u64(key); u32(table[key]!) }
        }
    }

    static func decode(_ raw: UnsafeRawBufferPointer, at pos: inout Int) throws -> WordClusters {
        func need(_ n: Int) throws { if pos + n > raw.count { throw ModelFileError.truncated } }
        func u32() throws -> UInt32 {
            try need(4); defer { pos += 4 }
            return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
        }
        func u64() throws -> UInt64 {
            try need(8); defer { pos += 8 }
            return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
        }
        var tables: [[UInt64: UInt32]] = []
        for _ in 0..<2 {
            let n = Int(try u32())
            try need(n * 12)
            var table = [UInt64: UInt32](minimumCapacity: n)
            for _ in 0..<n { let k = try u64(); table[k] = try u32() }
            tables.append(table)
        }
        return WordClusters(exact: tables[0], folded: tables[1])
    }
}

/// A read-only map from word hashes to packed cluster ids with linear probing; a slot whose
/// value is `WordClusters.unknown` is empty.
struct ClusterTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt32]
    private let mask: Int

    init(_ map: [UInt64: UInt32]) {
        var size = 16
        while size < map.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [UInt32](repeating: WordClusters.unknown, count: size)
        mask = size - 1
        for (k, v) in map where v != WordClusters.unknown {
            var i = Self.slot(k, mask)
            while values[i] != WordClusters.unknown { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: FeatureHash.mix(key)) & mask }

    /// The packed clusters of `key`, or `WordClusters.unknown`.
    @inline(__always)
    subscript(key: UInt64) -> UInt32 {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                var i = Self.slot(key, mask)
                while v[i] != WordClusters.unknown {
                    if k[i] == key { return v[i] }
                    i = (i + 1) & mask
                }
                return WordClusters.unknown
            }
        }
    }
}

/// Learns `WordClusters` from unlabelled text: each word with at least `minCount` occurrences
/// is represented by its left and right neighbours among the most frequent words (log counts,
/// randomly projected to a dense vector), and the vectors are grouped by spherical k-means
/// at three granularities. Deterministic for a given seed.
struct WordClusterBuilder {
    var minCount = 4
    var contextWords = 2000
    var dimensions = 96
    var iterations = 12
    var seed: UInt64 = 1987

    func build(documents: [[[String]]], log: (String) -> Void = { _ in }) -> WordClusters {
        // Vocabulary by exact spelling.
        var ids: [UInt64: Int32] = [:]
        var counts: [Int] = []
        var keyOf: [UInt64] = []
        var corpus: [Int32] = []   // token ids, -1 = sentence boundary
        for doc in documents {
            for sentence in doc {
                corpus.append(-1)
                for token in sentence {
                    let info = TokenInfo(token)
                    if let id = ids[info.word] {
                        counts[Int(id)] += 1
                        corpus.append(id)
                    } else {
                        let id = Int32(counts.count)
                        ids[info.word] = id
                        counts.append(1)
                        keyOf.append(info.key)
                        corpus.append(id)
                    }
                }
            }
        }
        corpus.append(-1)
        let hashes = [UInt64](unsafeUninitializedCapacity: counts.count) { buf, n in
            for (h, id) in ids { buf[Int(id)] = h }
            n = counts.count
        }
        // Context words: the most frequent spellings.
        let byFrequency = counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : hashes[$0] < hashes[$1] }
        var contextIndex = [Int32](repeating: -1, count: counts.count)
        for (rank, id) in byFrequency.prefix(contextWords).enumerated() { contextIndex[id] = Int32(rank) }
        // Words to cluster.
        let vocabulary = byFrequency.filter { counts[$0] >= minCount }
        var row = [Int32](repeating: -1, count: counts.count)
        for (r, id) in vocabulary.enumerated() { row[id] = Int32(r) }
        log("clusters: \(corpus.count) tokens, \(counts.count) types, \(vocabulary.count) to cluster")

        // Co-occurrence pairs (row, context slot) → counts, via sorting packed keys.
        let slots = UInt64(2 * contextWords)
        var pairs: [UInt64] = []
        pairs.reserveCapacity(corpus.count * 2)
        for i in 1..<(corpus.count - 1) {
            let w = corpus[i]
            guard w >= 0, row[Int(w)] >= 0 else { continue }
            let r = UInt64(row[Int(w)])
            let left = corpus[i - 1], right = corpus[i + 1]
            let l = left >= 0 ? contextIndex[Int(left)] : Int32(contextWords - 1)
            let rr = right >= 0 ? contextIndex[Int(right)] : Int32(contextWords - 1)
            if l >= 0 { pairs.append(r * slots + UInt64(l)) }
            if rr >= 0 { pairs.append(r * slots + UInt64(contextWords) + UInt64(rr)) }
        }
        pairs.sort()

        // Random projection of log counts.
        let D = dimensions
        var rng = SeededGenerator(seed: seed)
        var projection = [Float](repeating: 0, count: Int(slots) * D)
        for i in projection.indices { projection[i] = (rng.next() & 1) == 0 ? -1 : 1 }
        let V = vocabulary.count
        var vectors = [Float](repeating: 0, count: V * D)
        var i = 0
        while i < pairs.count {
            var j = i + 1
            while j < pairs.count && pairs[j] == pairs[i] { j += 1 }
            let r = Int(pairs[i] / slots), slot = Int(pairs[i] % slots)
            let weight = Float(Foundation.log(1 + Double(j - i)))
            for d in 0..<D { vectors[r * D + d] += weight * projection[slot * D + d] }
            i = j
        }
        for r in 0..<V { normalize(&vectors, r * D, D) }

        var packed = [UInt32](repeating: 0, count: V)
        for (level, k) in [1024, 256, 64].enumerated() {
            let assignment = kmeans(vectors, count: V, k: min(k, V), rng: &rng)
            let shift = UInt32([0, 10, 18][level])
            for r in 0..<V { packed[r] |= UInt32(assignment[r]) << shift }
            log("clusters: k-means \(k) done")
        }
        var exact: [UInt64: UInt32] = [:]
        var folded: [UInt64: UInt32] = [:]
        var foldedCount: [UInt64: Int] = [:]
        for (r, id) in vocabulary.enumerated() {
            exact[hashes[id]] = packed[r]
            let key = keyOf[id]
            if counts[id] > foldedCount[key, default: 0] {
                foldedCount[key] = counts[id]
                folded[key] = packed[r]
            }
        }
        return WordClusters(exact: exact, folded: folded)
    }

    private func normalize(_ v: inout [Float], _ offset: Int, _ D: Int) {
        var norm: Float = 0
        for d in 0..<D { norm += v[offset + d] * v[offset + d] }
        norm = norm.squareRoot()
        if norm > 0 { for d in 0..<D { v[offset + d] /= norm } }
    }

    /// Spherical k-means (cosine similarity), seeded initialisation from distinct rows.
    private func kmeans(_ vectors: [Float], count V: Int, k: Int, rng: inout SeededGenerator) -> [Int] {
        let D = dimensions
        var centroids = [Float](repeating: 0, count: k * D)
        // Initialise with rows spread over the frequency-ranked vocabulary.
        var chosen = Set<Int>()
        var c = 0
        while c < k {
            let r = Int(rng.next() % UInt64(V))
            if chosen.insert(r).inserted {
                for d in 0..<D { centroids[c * D + d] = vectors[r * D + d] }
                c += 1
            }
        }
        var assignment = [Int](repeating: 0, count: V)
        for _ in 0..<iterations {
            vectors.withUnsafeBufferPointer { vp in
                centroids.withUnsafeBufferPointer { cp in
                    for r in 0..<V {
                        let v = vp.baseAddress! + r * D
                        var best: Float = -.infinity
                        var arg = 0
                        let vr = UnsafeRawPointer(v)
                        for j in 0..<k {
                            let cr = UnsafeRawPointer(cp.baseAddress! + j * D)
                            var acc = SIMD16<Float>(repeating: 0)
                            var d = 0
                            while d + 16 <= D {
                                acc += vr.loadUnaligned(fromByteOffset: d * 4, as: SIMD16<Float>.self)
                                    * cr.loadUnaligned(fromByteOffset: d * 4, as: SIMD16<Float>.self)
                                d += 16
                            }
                            var dot = acc.sum()
                            while d < D { dot += v[d] * cp[j * D + d]; d += 1 }
                            if dot > best { best = dot; arg = j }
                        }
                        assignment[r] = arg
                    }
                }
            }
            centroids = [Float](repeating: 0, count: k * D)
            var sizes = [Int](repeating: 0, count: k)
            for r in 0..<V {
                let j = assignment[r]
                sizes[j] += 1
                for d in 0..<D { centroids[j * D + d] += vectors[r * D + d] }
            }
            for j in 0..<k {
                if sizes[j] == 0 {
                    // Re-seed an empty cluster with a random row.
                    let r = Int(rng.next() % UInt64(V))
                    for d in 0..<D { centroids[j * D + d] = vectors[r * D + d] }
                } else {
                    normalize(&centroids, j * D, D)
                }
            }
        }
        return assignment
    }
}
