/// A page flattened into its text blocks (paragraphs, headings, list items, table cells) in
/// document order, with what main-text extraction scores them by.
struct TextBlocks {
    struct Block {
        /// The text with white space collapsed (line breaks kept only in `pre` and at `br`).
        var text: String
        var length: Int
        /// Characters of the text inside links.
        var linkLength: Int
        /// The tag of the innermost block element holding the text (`p`, `h2`, `li`, `td`, `div`…).
        var tag: String
        /// The index (in `parents`) of that element.
        var owner: Int
        /// Inside navigation, a footer or an aside.
        var boilerplate: Bool
        /// The elements around the block whose class or id says comments, sharing, related links…
        /// (whether they are boilerplate depends on how much story text they hold).
        var negativeAncestors: [Int]

        var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
    }

    private(set) var blocks: [Block] = []
    /// The parent index of every element seen (-1 for the top), for scoring containers.
    private(set) var parents: [Int] = []
    /// The class/id hint of every element: > 0 says content, < 0 says boilerplate.
    private(set) var hints: [Int8] = []

    /// Flattens `root`; `keepEverything` (for HTML inside feed items) marks nothing as boilerplate.
    init(_ root: MarkupNode, keepEverything: Bool = false) {
        var walker = Walker(keepEverything: keepEverything)
        walker.visit(root, parent: -1, owner: -1, ownerTag: "div", boilerplate: false, inLink: false, preformatted: false)
        walker.flush(owner: -1, tag: "div", boilerplate: false)
        blocks = walker.blocks
        parents = walker.parents
        hints = walker.hints
    }

    private struct Walker {
        let keepEverything: Bool
        var blocks: [Block] = []
        var parents: [Int] = []
        var hints: [Int8] = []
        var buffer: [UInt8] = []
        var linkLength = 0
        var pendingSpace = false
        var negativeAncestors: [Int] = []

        init(keepEverything: Bool) { self.keepEverything = keepEverything }

        mutating func visit(_ node: MarkupNode, parent: Int, owner: Int, ownerTag: String, boilerplate: Bool, inLink: Bool, preformatted: Bool) {
            for child in node.children {
                if child.isText {
                    append(child.text, inLink: inLink, preformatted: preformatted)
                    continue
                }
                let name = child.name
                if PageVocabulary.skippedTags.contains(name) || PageVocabulary.isHidden(child) { continue }
                if name == "br" {
                    newline()
                    continue
                }
                let index = parents.count
                parents.append(parent)
                let isBlock = PageVocabulary.blockTags.contains(name)
                // Names on inline elements (a "dateline" span, a "drop-cap" letter) are styling.
                let hint = keepEverything || !isBlock ? 0 : cachedHint(child)
                hints.append(hint)
                let isBoilerplate = !keepEverything && (boilerplate || PageVocabulary.boilerplateTags.contains(name))
                if hint < 0 {
                    flush(owner: owner, tag: ownerTag, boilerplate: boilerplate)
                    negativeAncestors.append(index)
                }
                defer {
                    if hint < 0 {
                        flush(owner: index, tag: name, boilerplate: isBoilerplate)
                        negativeAncestors.removeLast()
                    }
                }
                if isBlock {
                    flush(owner: owner, tag: ownerTag, boilerplate: boilerplate)
                    visit(child, parent: index, owner: index, ownerTag: name, boilerplate: isBoilerplate, inLink: inLink,
                          preformatted: preformatted || name == "pre")
                    flush(owner: index, tag: name, boilerplate: isBoilerplate)
                } else {
                    if isBoilerplate != boilerplate { flush(owner: owner, tag: ownerTag, boilerplate: boilerplate) }
                    visit(child, parent: index, owner: owner, ownerTag: ownerTag, boilerplate: isBoilerplate,
                          inLink: inLink || name == "a", preformatted: preformatted)
                    if isBoilerplate != boilerplate { flush(owner: owner, tag: ownerTag, boilerplate: isBoilerplate) }
                }
            }
        }

        mutating func append(_ text: String, inLink: Bool, preformatted: Bool) {
            var added = 0
            for byte in text.utf8 {
                let isSpace = byte == 32 || byte == 9 || byte == 13 || (byte == 10 && !preformatted)
                if isSpace {
                    pendingSpace = true
                    continue
                }
                if byte == 10 {
                    newline()
                    continue
                }
                // A non-breaking space (C2 A0) is a space to a reader.
                if byte == 0xA0, buffer.last == 0xC2 {
                    buffer.removeLast()
                    added -= 1
                    pendingSpace = buffer.last != 32
                    continue
                }
                if pendingSpace, let last = buffer.last, last != 10 {
                    buffer.append(32)
                    added += 1
                }
                pendingSpace = false
                buffer.append(byte)
                // Count characters, not bytes: continuation bytes do not count.
                if byte & 0xC0 != 0x80 { added += 1 }
            }
            if inLink { linkLength += added }
        }

        /// Pages repeat the same class names many times; each is judged once.
        var hintCache: [String: Int8] = [:]

        mutating func cachedHint(_ node: MarkupNode) -> Int8 {
            let key = node.name + "\u{1}" + (node["class"] ?? "") + "\u{1}" + (node["id"] ?? "") + "\u{1}" + (node["role"] ?? "")
            if let known = hintCache[key] { return known }
            let hint = PageVocabulary.hint(node)
            hintCache[key] = hint
            return hint
        }

        mutating func newline() {
            if let last = buffer.last, last != 10 { buffer.append(10) }
            pendingSpace = false
        }

        mutating func flush(owner: Int, tag: String, boilerplate: Bool) {
            while let last = buffer.last, last == 10 || last == 32 { buffer.removeLast() }
            defer {
                buffer.removeAll(keepingCapacity: true)
                linkLength = 0
                pendingSpace = false
            }
            guard !buffer.isEmpty else { return }
            let text = String(decoding: buffer, as: UTF8.self)
            // Characters as code points (continuation bytes do not count); cheaper than grapheme counting.
            var length = 0
            for byte in buffer where byte & 0xC0 != 0x80 { length += 1 }
            blocks.append(Block(text: text, length: length, linkLength: min(linkLength, length), tag: tag, owner: owner,
                                boilerplate: boilerplate, negativeAncestors: negativeAncestors))
        }
    }
}
