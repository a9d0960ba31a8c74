/// Hashing primitives for the tagger's feature extraction.
///
/// Features are never materialised as strings: each token's bytes are hashed once with
/// 64-bit FNV-1a, and a feature is the mix of a template id with one or more of those
/// hashes, reduced to a bucket of the weight table.
enum FeatureHash {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over a byte buffer.
    @inline(__always)
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = fnvOffset) -> UInt64 {
        var h = seed
        for b in bytes {
            h ^= UInt64(b)
            h = h &* fnvPrime
        }
        return h
    }

    /// FNV-1a of a string's UTF-8 bytes.
    static func fnv(_ string: String) -> UInt64 {
        var s = string
        return s.withUTF8 { fnv($0) }
    }

    /// A strong 64-bit finaliser (SplitMix64), used to combine template ids and values.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines two hashes (order-sensitive).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a ^ (b &* 0x2545_f491_4f6c_dd1d) ^ (a << 7))
    }

    /// The hash of a feature made of a template id and one value.
    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix(value ^ (template &* 0xd6e8_feb8_6659_fd93))
    }

    /// The hash of a feature made of a template id and two values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(combine(a, b) ^ (template &* 0xd6e8_feb8_6659_fd93))
    }

    /// The hash of a feature made of a template id and three values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(combine(combine(a, b), c) ^ (template &* 0xd6e8_feb8_6659_fd93))
    }
}

/// A small deterministic pseudo-random generator (SplitMix64) for shuffling training data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
