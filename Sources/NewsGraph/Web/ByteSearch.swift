extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes: a plain byte search, far cheaper than Foundation's
    /// locale-aware string search for the ASCII markers the web readers look for.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count, self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// ASCII letters lower-cased, other bytes unchanged.
    var asciiLowercased: [UInt8] { map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
}
