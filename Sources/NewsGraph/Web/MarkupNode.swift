/// A parsed HTML or XML document as a plain Swift tree, independent of the parser that built it.
///
/// Element names are lower-case local names (`encoded` for `content:encoded`); `namespace` keeps
/// the XML namespace URI when there is one. Text and CDATA become text nodes (`name` empty).
final class MarkupNode {
    let name: String
    let namespace: String?
    /// Attributes by lower-case local name (the last one wins on repeats).
    var attributes: [String: String]
    var children: [MarkupNode] = []
    /// The text of a text node; empty for elements.
    let text: String

    init(name: String, namespace: String? = nil, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.text = text
    }

    var isText: Bool { name.isEmpty }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// All text below this node, concatenated as found.
    var textContent: String {
        if isText { return text }
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            if child.isText { result += child.text } else { child.appendText(to: &result) }
        }
    }

    /// Elements below this node (depth first, document order) for which `match` holds.
    func descendants(where match: (MarkupNode) -> Bool) -> [MarkupNode] {
        var found: [MarkupNode] = []
        var stack: [MarkupNode] = children.reversed()
        while let node = stack.popLast() {
            if node.isText { continue }
            if match(node) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// The first child element with this local name.
    func child(_ name: String) -> MarkupNode? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [MarkupNode] {
        children.filter { $0.name == name }
    }
}
