/// Splits newswire text into tokens the way CoNLL-2003 does: punctuation and possessive "'s"
/// become tokens of their own; abbreviations ("U.S.", "Mr.", "Corp."), initials, hyphenated
/// words and numbers ("1,000.5") stay whole.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenizes `text`, skipping the UTF-8 byte ranges in `excluded` (offsets stay those of `text`).
    public func tokenize(_ text: String, excluding excluded: [Range<Int>] = []) -> [Token] {
        var bytes = Array(text.utf8)
        for range in excluded {
            let lower = max(0, range.lowerBound), upper = min(bytes.count, range.upperBound)
            if lower < upper { for i in lower..<upper { bytes[i] = 32 } }
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        var newlines = 0
        var indentAfterNewline = false
        var atStart = true
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 10 {
                newlines += 1
                indentAfterNewline = false
                i += 1
                continue
            }
            if b == 32 || b == 9 || b == 13 || b == 12 || b == 11 {
                if newlines > 0 && (b == 9 || (i + 1 < n && bytes[i + 1] == 32)) { indentAfterNewline = true }
                i += 1
                continue
            }
            // Non-breaking space (C2 A0) counts as a space.
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { i += 2; continue }
            var end = i
            while end < n {
                let c = bytes[end]
                if c == 32 || c == 10 || c == 9 || c == 13 || c == 12 || c == 11 { break }
                if c == 0xC2, end + 1 < n, bytes[end + 1] == 0xA0 { break }
                end += 1
            }
            let paragraph = atStart || newlines >= 2 || (newlines >= 1 && indentAfterNewline)
            splitChunk(bytes, i, end, paragraph: paragraph, into: &tokens)
            atStart = false
            newlines = 0
            indentAfterNewline = false
            i = end
        }
        assignCharacterOffsets(bytes, &tokens)
        return tokens
    }

    // MARK: - Chunk splitting

    /// Byte length of a leading punctuation mark at `i` that is its own token, or 0.
    @inline(__always)
    private func leadingPunctuation(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
        let b = bytes[i]
        switch b {
        case 34, 40, 91, 123, 96: return 1  // " ( [ { `
        case 60: return isTicker(bytes, i, end) ? 0 : 1  // < opening a bracketed name ("<VDO Adolf Schindling AG>")
        case 39:  // ' opening quote unless it starts a contraction like '80s
            if i + 1 < end, bytes[i + 1] >= 48, bytes[i + 1] <= 57 { return 0 }
            return 1
        case 0xE2:
            if i + 2 < end + 0, bytes[i + 1] == 0x80, [0x9C, 0x98, 0x94, 0x93].contains(bytes[i + 2]) { return 3 }  // “ ‘ — –
            return 0
        case 0xC2:
            if i + 1 < end, bytes[i + 1] == 0xAB { return 2 }  // «
            return 0
        default: return 0
        }
    }

    /// True when the chunk at `i` is a Reuters stock ticker such as "<TCSF.PA>" (capitals, digits, dots
    /// up to ">"), kept as one token; a bracketed company name ("<Otari Electric Co>") is split like words.
    private func isTicker(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        var j = i + 1
        while j < end, (bytes[j] >= 65 && bytes[j] <= 90) || (bytes[j] >= 48 && bytes[j] <= 57) || bytes[j] == 46 || bytes[j] == 45 { j += 1 }
        return j > i + 1 && j < end && bytes[j] == 62
    }

    /// Byte length of a trailing punctuation mark ending at `end` that is its own token, or 0.
    @inline(__always)
    private func trailingPunctuation(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        let b = bytes[end - 1]
        switch b {
        case 44, 59, 58, 33, 63, 34, 41, 93, 125, 39: return 1  // , ; : ! ? " ) ] } '
        case 62: return bytes[start] == 60 ? 0 : 1  // > closing a bracketed name; a ticker "<GEN>" stays whole
        default: break
        }
        if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
           [0x9D, 0x99, 0x94, 0x93, 0xA6].contains(b) { return 3 }  // ” ’ — – …
        if end - start >= 2, bytes[end - 2] == 0xC2, b == 0xBB { return 2 }  // »
        return 0
    }

    private func splitChunk(_ bytes: [UInt8], _ chunkStart: Int, _ chunkEnd: Int, paragraph: Bool, into tokens: inout [Token]) {
        var start = chunkStart
        var end = chunkEnd
        var paragraphFlag = paragraph
        func emit(_ s: Int, _ e: Int) {
            tokens.append(Token(text: String(decoding: bytes[s..<e], as: UTF8.self), start: s, end: e, startsParagraph: paragraphFlag))
            paragraphFlag = false
        }
        // Leading punctuation.
        while start < end {
            let length = leadingPunctuation(bytes, start, end)
            if length == 0 || start + length > end { break }
            emit(start, start + length)
            start += length
        }
        // Trailing punctuation, collected right to left and emitted afterwards.
        var trailing: [Range<Int>] = []
        while end > start {
            var length = trailingPunctuation(bytes, start, end)
            if length == 1 && bytes[end - 1] == 39 {
                // A closing ' : keep "s'" plural possessive as a separate "'" token; otherwise it's a quote.
                length = 1
            }
            if length == 0 {
                if bytes[end - 1] == 46 {  // period
                    if keepsPeriod(bytes, start, end) { break }
                    // "..." stays one token.
                    var dots = 1
                    while end - dots > start, bytes[end - dots - 1] == 46 { dots += 1 }
                    length = dots
                } else {
                    break
                }
            }
            if end - length < start { break }
            trailing.append((end - length)..<end)
            end -= length
        }
        // Internal em dashes and double hyphens split a chunk ("talks—and", "talks--and").
        var pieceStart = start
        var j = start
        while j < end {
            if bytes[j] == 0xE2, j + 2 < end + 1, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x94 || bytes[j + 2] == 0x93, j > start {
                emitWord(bytes, pieceStart, j, emit)
                emit(j, j + 3)
                j += 3
                pieceStart = j
                continue
            }
            if bytes[j] == 45, j + 1 < end, bytes[j + 1] == 45, j > start {
                emitWord(bytes, pieceStart, j, emit)
                var k = j
                while k < end, bytes[k] == 45 { k += 1 }
                emit(j, k)
                j = k
                pieceStart = j
                continue
            }
            j += 1
        }
        emitWord(bytes, pieceStart, end, emit)
        for range in trailing.reversed() { emit(range.lowerBound, range.upperBound) }
    }

    /// Emits a word, splitting a possessive "'s" / "’s" off.
    private func emitWord(_ bytes: [UInt8], _ s: Int, _ e: Int, _ emit: (Int, Int) -> Void) {
        guard s < e else { return }
        let length = e - s
        if length > 2, bytes[e - 2] == 39, bytes[e - 1] == 115 || bytes[e - 1] == 83 {
            emit(s, e - 2); emit(e - 2, e); return
        }
        if length > 4, bytes[e - 4] == 0xE2, bytes[e - 3] == 0x80, bytes[e - 2] == 0x99, bytes[e - 1] == 115 || bytes[e - 1] == 83 {
            emit(s, e - 4); emit(e - 4, e); return
        }
        emit(s, e)
    }

    /// Whether the token bytes[start..<end], which ends in a period, keeps it (an abbreviation or initial).
    private func keepsPeriod(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let core = bytes[start..<(end - 1)]
        guard !core.isEmpty else { return false }
        if core.last == 46 { return false }  // "..." handled by the caller
        if core.count == 1 {
            let c = core.first!
            return c >= 65 && c <= 90  // an initial: "J."
        }
        if Abbreviations.isDottedAcronym(core) { return true }
        let word = String(decoding: core, as: UTF8.self)
        return Abbreviations.neverFinal.contains(word) || Abbreviations.mayBeFinal.contains(word)
    }

    // MARK: - Offsets

    private func assignCharacterOffsets(_ bytes: [UInt8], _ tokens: inout [Token]) {
        var position = 0
        var characters = 0
        func advance(to offset: Int) {
            while position < offset {
                if bytes[position] & 0xC0 != 0x80 { characters += 1 }
                position += 1
            }
        }
        for index in tokens.indices {
            advance(to: tokens[index].start)
            tokens[index].charStart = characters
            advance(to: tokens[index].end)
            tokens[index].charEnd = characters
        }
    }
}
