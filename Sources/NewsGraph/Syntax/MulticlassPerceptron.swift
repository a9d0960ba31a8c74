/// A multi-class averaged perceptron over hashed features, for training: one row of `classes` weights
/// per feature bucket. Averaging accumulates `c × update` so that the average is `w − u / c`.
struct MulticlassPerceptron {
    let classes: Int
    let hashBits: Int
    private(set) var weights: [Float]
    private var sums: [Double]
    private(set) var counter: Double = 1

    init(classes: Int, hashBits: Int) {
        self.classes = classes
        self.hashBits = hashBits
        weights = [Float](repeating: 0, count: (1 << hashBits) * classes)
        sums = [Double](repeating: 0, count: (1 << hashBits) * classes)
    }

    @inline(__always)
    func row(_ feature: UInt64) -> Int { Int(truncatingIfNeeded: feature & UInt64((1 << hashBits) - 1)) &* classes }

    /// Scores of every class for a feature set (training weights, not averaged).
    func scores<Features: Sequence<UInt64>>(_ features: Features, into out: inout [Float]) {
        for c in 0..<classes { out[c] = 0 }
        if classes == 32 {
            // The transition table's width, summed in SIMD registers.
            var a = SIMD16<Float>(repeating: 0), b = a
            weights.withUnsafeBytes { raw in
                for f in features {
                    let r = row(f) &* 4
                    a += raw.loadUnaligned(fromByteOffset: r, as: SIMD16<Float>.self)
                    b += raw.loadUnaligned(fromByteOffset: r &+ 64, as: SIMD16<Float>.self)
                }
            }
            for c in 0..<16 { out[c] = a[c]; out[16 + c] = b[c] }
            return
        }
        weights.withUnsafeBufferPointer { w in
            out.withUnsafeMutableBufferPointer { o in
                for f in features {
                    let r = row(f)
                    for c in 0..<classes { o[c] += w[r + c] }
                }
            }
        }
    }

    /// Moves the weights towards `gold` and away from `predicted`.
    mutating func update(_ features: [UInt64], gold: Int, predicted: Int) {
        guard gold != predicted else { return }
        let c = counter
        for f in features {
            let r = row(f)
            weights[r + gold] += 1; sums[r + gold] += c
            weights[r + predicted] -= 1; sums[r + predicted] -= c
        }
    }

    /// Adds `delta` to the weights of `label` for every feature (a structured perceptron's update is a sum of these).
    mutating func add(_ features: UnsafeBufferPointer<UInt64>, class label: Int, delta: Float) {
        let c = counter, d = Double(delta)
        for f in features {
            let i = row(f) + label
            weights[i] += delta; sums[i] += c * d
        }
    }

    /// Counts one training example (call once per decision, or once per sentence for a structured model).
    mutating func tick() { counter += 1 }

    /// The averaged weights, quantised.
    func averagedTable() -> QuantizedTable {
        var averaged = [Float](repeating: 0, count: weights.count)
        var maxAbs: Float = 1e-9
        for i in averaged.indices where weights[i] != 0 || sums[i] != 0 {
            let v = Float(Double(weights[i]) - sums[i] / counter)
            averaged[i] = v
            maxAbs = max(maxAbs, abs(v))
        }
        return QuantizedTable(classes: classes, hashBits: hashBits, floatWeights: averaged, maxAbs: maxAbs)
    }
}

/// Int16 weights in memory aligned to 64 bytes, so that a row of 32 classes is exactly one cache line.
final class AlignedWeights: @unchecked Sendable {
    let count: Int
    let base: UnsafeMutablePointer<Int16>

    /// `count` zeros.
    init(count: Int) {
        self.count = count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(2 * count, 64), alignment: 64)
            .initializeMemory(as: Int16.self, repeating: 0, count: count)
    }

    convenience init(_ values: ContiguousArray<Int16>) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: $0) }
    }

    var buffer: UnsafeBufferPointer<Int16> { UnsafeBufferPointer(start: base, count: count) }

    deinit { UnsafeMutableRawPointer(base).deallocate() }
}

/// A dense table of Int16 weights, `2^hashBits` rows of `classes` each, as shipped in model files.
struct QuantizedTable: Sendable {
    let classes: Int
    let hashBits: Int
    let storage: AlignedWeights
    /// Real weight = stored value × scale.
    let scale: Float

    /// A copy of the weights (for tests and file writing).
    var weights: ContiguousArray<Int16> { ContiguousArray(storage.buffer) }

    init(classes: Int, hashBits: Int, storage: AlignedWeights, scale: Float) {
        precondition(storage.count == (1 << hashBits) * classes)
        self.classes = classes
        self.hashBits = hashBits
        self.storage = storage
        self.scale = scale
    }

    init(classes: Int, hashBits: Int, weights: ContiguousArray<Int16>, scale: Float) {
        self.init(classes: classes, hashBits: hashBits, storage: AlignedWeights(weights), scale: scale)
    }

    /// Quantises float weights so that the largest magnitude maps to 32000; weights under one step vanish.
    init(classes: Int, hashBits: Int, floatWeights: [Float], maxAbs: Float) {
        let scale = maxAbs / 32000
        let q = AlignedWeights(count: floatWeights.count)
        for i in floatWeights.indices where floatWeights[i] != 0 {
            q.base[i] = Int16((floatWeights[i] / scale).rounded())
        }
        self.init(classes: classes, hashBits: hashBits, storage: q, scale: scale)
    }

    @inline(__always)
    var mask: UInt64 { UInt64((1 << hashBits) - 1) }

    /// Adds the rows of `features` into `out` (at least `classes` entries, zeroed by the caller). The row widths
    /// the models use are summed in SIMD registers so that the (cache-missing) row loads overlap.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Int32>) {
        let m = mask
        let n = classes
        let w = storage.buffer
        let raw = UnsafeRawPointer(storage.base)
        switch n {
        // A row is loaded as Int32 lanes each holding two Int16 weights (little-endian: the even class in the low
        // half) and split with shifts, which compile to a few vector instructions per row where the generic
        // Int16-to-Int32 conversion is a function call (fewer instructions per row let more row loads overlap).
        case 8:
            var even = SIMD4<Int32>(repeating: 0), odd = even
            for f in features {
                let x = raw.load(fromByteOffset: Int(truncatingIfNeeded: f & m) &* 16, as: SIMD4<Int32>.self)
                even &+= (x &<< 16) &>> 16; odd &+= x &>> 16
            }
            for i in 0..<4 { out[2 * i] &+= even[i]; out[2 * i + 1] &+= odd[i] }
        case 32:
            var even = SIMD16<Int32>(repeating: 0), odd = even
            for f in features { addRow32(f, even: &even, odd: &odd) }
            for i in 0..<16 { out[2 * i] &+= even[i]; out[2 * i + 1] &+= odd[i] }
        case 17...24:
            var even = SIMD8<Int32>(repeating: 0), odd = even
            var rest = SIMD8<Int32>(repeating: 0)
            for f in features {
                let r = Int(truncatingIfNeeded: f & m) &* (n &* 2)
                let x = raw.loadUnaligned(fromByteOffset: r, as: SIMD8<Int32>.self)
                even &+= (x &<< 16) &>> 16; odd &+= x &>> 16
                let base = w.baseAddress! + (r >> 1) + 16
                for k in 0..<(n - 16) { rest[k] &+= Int32(base[k]) }
            }
            for i in 0..<8 { out[2 * i] &+= even[i]; out[2 * i + 1] &+= odd[i] }
            for k in 0..<(n - 16) { out[16 + k] &+= rest[k] }
        default:
            for f in features {
                let r = w.baseAddress! + Int(truncatingIfNeeded: f & m) &* n
                for c in 0..<n { out[c] &+= Int32(r[c]) }
            }
        }
    }

    /// Adds the row of `feature` of a table of 32 classes to sums kept split by class parity, as `accumulate` does:
    /// `even` holds classes 0, 2, ..., 30 and `odd` 1, 3, ..., 31.
    @inline(__always)
    func addRow32(_ feature: UInt64, even: inout SIMD16<Int32>, odd: inout SIMD16<Int32>) {
        let x = UnsafeRawPointer(storage.base).load(fromByteOffset: Int(truncatingIfNeeded: feature & mask) &* 64,
                                                    as: SIMD16<Int32>.self)
        even &+= (x &<< 16) &>> 16
        odd &+= x &>> 16
    }

    /// Sets weights whose magnitude is below `threshold` steps to zero (smaller files, same decisions mostly).
    func pruned(below threshold: Int16) -> QuantizedTable {
        guard threshold > 0 else { return self }
        let q = AlignedWeights(count: storage.count)
        for i in 0..<storage.count where abs(Int32(storage.base[i])) >= Int32(threshold) { q.base[i] = storage.base[i] }
        return QuantizedTable(classes: classes, hashBits: hashBits, storage: q, scale: scale)
    }

    // MARK: - Serialisation: only non-zero rows, as (varint bucket delta, class bit mask, Int16 per set bit)

    func encode(into out: inout [UInt8]) {
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(classes)); u32(UInt32(hashBits)); u32(scale.bitPattern)
        let maskBytes = (classes + 7) / 8
        var rows: UInt32 = 0
        let countOffset = out.count
        u32(0)
        var previous = 0
        var mask = [UInt8](repeating: 0, count: maskBytes)
        let w = storage.buffer
        for bucket in 0..<(1 << hashBits) {
            let r = bucket * classes
            var any = false
            for c in 0..<classes where w[r + c] != 0 { any = true; break }
            if !any { continue }
            rows += 1
            ModelBytes.appendVarint(bucket - previous, to: &out)
            previous = bucket
            for i in 0..<maskBytes { mask[i] = 0 }
            for c in 0..<classes where w[r + c] != 0 { mask[c >> 3] |= 1 << UInt8(c & 7) }
            out.append(contentsOf: mask)
            for c in 0..<classes where w[r + c] != 0 {
                let v = UInt16(bitPattern: w[r + c])
                out.append(UInt8(v & 0xff)); out.append(UInt8(v >> 8))
            }
        }
        withUnsafeBytes(of: rows.littleEndian) { for i in 0..<4 { out[countOffset + i] = $0[i] } }
    }

    static func decode(_ raw: UnsafeRawBufferPointer, at pos: inout Int) throws -> QuantizedTable {
        func need(_ n: Int) throws { if pos + n > raw.count { throw ModelFileError.truncated } }
        func u32() throws -> UInt32 {
            try need(4); defer { pos += 4 }
            return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
        }
        let classes = Int(try u32()), hashBits = Int(try u32())
        let scale = Float(bitPattern: try u32())
        guard (1...256).contains(classes), (8...24).contains(hashBits) else {
            throw ModelFileError.unsupported("table of \(classes) classes, \(hashBits) hash bits")
        }
        let rows = Int(try u32())
        let maskBytes = (classes + 7) / 8
        let buckets = 1 << hashBits
        let weights = AlignedWeights(count: buckets * classes)
        let w = weights.base
        var bucket = 0
        for _ in 0..<rows {
            bucket += try ModelBytes.readVarint(raw, at: &pos)
            guard bucket < buckets else { throw ModelFileError.truncated }
            try need(maskBytes)
            let maskStart = pos
            pos += maskBytes
            let base = bucket * classes
            var set = 0
            for i in 0..<maskBytes { set += raw[maskStart + i].nonzeroBitCount }
            try need(2 * set)
            for i in 0..<maskBytes {
                var m = raw[maskStart + i]
                while m != 0 {
                    let c = i * 8 + m.trailingZeroBitCount
                    m &= m - 1
                    guard c < classes else { throw ModelFileError.truncated }
                    w[base + c] = Int16(bitPattern: UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt16.self)))
                    pos += 2
                }
            }
        }
        return QuantizedTable(classes: classes, hashBits: hashBits, storage: weights, scale: scale)
    }
}
