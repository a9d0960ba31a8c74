/// Finds the article text in a web page full of menus, cookie banners and related links.
///
/// Every block of text is classed by its length, link density and the hints of its tags and of the
/// class/id names around it: story-like (long, few links), boilerplate (navigation, sharing, many
/// links) or neutral (short: subheads, captions, one-line paragraphs). The container whose story
/// text most outweighs its boilerplate is the article; its blocks that are not boilerplate are the
/// text, in page order.
enum MainTextExtractor {
    /// A block this long (in characters) with few links reads as story text.
    static let storyLength = 70
    /// Link density above which a block is navigation.
    static let maxLinkDensity = 0.3
    /// Siblings of the article container (and of its parents, this many levels up) that hold more
    /// story than boilerplate are part of the article.
    static let siblingLevels = 1
    /// Below this much story text a page holds no article.
    static let minimumArticleLength = 120

    /// The article's paragraphs, or nil when the page has no article text.
    static func paragraphs(of blocks: TextBlocks) -> [String]? {
        var all = blocks.blocks
        guard !all.isEmpty else { return nil }
        let count = blocks.parents.count
        markNamedBoilerplate(&all, parents: blocks.parents)
        var score = [Double](repeating: 0, count: count + 1)
        var story = [Double](repeating: 0, count: count + 1)
        for block in all {
            let value: Double
            if block.boilerplate || block.linkDensity > maxLinkDensity {
                value = -Double(block.length)
            } else if isStoryLike(block) {
                value = Double(block.length) * (1 - block.linkDensity)
            } else {
                continue
            }
            var element = block.owner
            while element >= 0 {
                score[element] += value
                if value > 0 { story[element] += value }
                element = blocks.parents[element]
            }
            score[count] += value
            if value > 0 { story[count] += value }
        }
        // The top (index `count`) stands for the whole page.
        var best = count
        for element in 0..<count where score[element] > score[best] && blocks.hints[element] >= 0 {
            best = element
        }
        guard story[best] >= Double(minimumArticleLength) else { return nil }
        // Story text split over sibling containers (a lead paragraph apart from the body) is kept
        // when the sibling scores well on its own.
        var parentsAround: [Int] = []
        var around = best
        while parentsAround.count < siblingLevels, around != count, blocks.parents[around] >= 0 {
            around = blocks.parents[around]
            parentsAround.append(around)
        }
        func inArticle(_ element: Int) -> Bool {
            if isInside(element, best, blocks.parents, top: count) { return true }
            var current = element
            while current >= 0 {
                let parent = blocks.parents[current]
                if parentsAround.contains(parent) { return score[current] > 0 && blocks.hints[current] >= 0 }
                current = parent
            }
            return false
        }
        let kept = all.filter { !$0.boilerplate && $0.linkDensity <= maxLinkDensity && inArticle($0.owner) }
        guard kept.contains(where: isStoryLike) else { return nil }
        let paragraphs = kept.map(\.text)
        return paragraphs.isEmpty ? nil : paragraphs
    }

    /// An element named like boilerplate ("share", "sidebar", "related") is boilerplate unless it
    /// holds most of the page's story text: themes put such names on the article's own wrappers
    /// ("docked-sharebar-content", "layout-with-sidebar").
    private static func markNamedBoilerplate(_ blocks: inout [TextBlocks.Block], parents: [Int]) {
        var story: [Int: Int] = [:]
        var total = 0
        for block in blocks where !block.boilerplate && isStoryLike(block) {
            total += block.length
            for element in block.negativeAncestors { story[element, default: 0] += block.length }
        }
        for index in blocks.indices where !blocks[index].negativeAncestors.isEmpty && !blocks[index].boilerplate {
            if blocks[index].negativeAncestors.contains(where: { story[$0, default: 0] * 2 < total }) {
                blocks[index].boilerplate = true
            }
        }
    }

    static func isStoryLike(_ block: TextBlocks.Block) -> Bool {
        block.linkDensity <= maxLinkDensity && (block.length >= storyLength || (block.tag == "p" && block.length >= storyLength / 2))
    }

    private static func isInside(_ element: Int, _ container: Int, _ parents: [Int], top: Int) -> Bool {
        if container == top { return true }
        var current = element
        while current >= 0 {
            if current == container { return true }
            current = parents[current]
        }
        return false
    }
}
