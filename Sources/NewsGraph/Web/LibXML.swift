import CLibXML2

/// The only place that calls libxml2: parses HTML (forgiving, like a browser) or XML into a `MarkupNode` tree.
enum LibXML {
    /// Below this depth an element's text is kept as one text node: no news page nests deeper,
    /// and hostile input must not exhaust the stack.
    static let maxDepth = 200

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Whether libxml2 (through iconv) can convert from this charset.
    static func knowsEncoding(_ charset: String) -> Bool {
        _ = initialized
        guard let handler = xmlFindCharEncodingHandler(charset) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Parses an HTML page given in `charset` (the page's own declaration then ignored: the caller
    /// has decided), or, for nil, in the charset the page declares; broken markup is repaired the
    /// way libxml2 repairs it.
    static func parseHTML(_ bytes: [UInt8], charset: String? = "UTF-8") -> MarkupNode? {
        _ = initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | (charset == nil ? 0 : HTML_PARSE_IGNORE_ENC.rawValue))
            | Int32(XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, charset, options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return convert(document, html: true)
    }

    /// Parses an XML document (a feed); its own encoding declaration is honoured. Nil when it is not XML at all.
    static func parseXML(_ bytes: [UInt8]) -> MarkupNode? {
        _ = initialized
        // No entity expansion and no network: a feed must not make the reader fetch or blow up anything.
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return convert(document, html: false)
    }

    /// The attributes the readers look at; the rest are not copied out of libxml2.
    private static let keptAttributes: Set<String> = [
        "class", "id", "role", "style", "hidden", "aria-hidden", "href", "rel", "type", "property", "name", "content",
        "itemprop", "datetime", "lang", "about", "charset",
    ]

    private static func isJSONLD(_ type: String) -> Bool {
        Array(type.utf8).asciiLowercased.containsBytes(Array("ld+json".utf8))
    }

    /// HTML names come lower-cased from libxml2; XML names rarely have capitals.
    private static func lowercase(_ name: String) -> String {
        name.utf8.contains { $0 >= 65 && $0 <= 90 } ? name.lowercased() : name
    }

    /// HTML elements whose content is never read (code, styles, drawings): not copied out of libxml2.
    /// Scripts are kept only when they hold JSON-LD.
    private static let unreadHTML: Set<String> = ["script", "style", "svg", "noscript", "template", "iframe", "math"]

    private static func convert(_ document: xmlDocPtr, html: Bool) -> MarkupNode {
        let root = MarkupNode(name: "#document")
        var child = document.pointee.children
        while let node = child {
            if let converted = convert(node, depth: 0, html: html) { root.children.append(converted) }
            child = node.pointee.next
        }
        return root
    }

    private static func convert(_ node: xmlNodePtr, depth: Int, html: Bool) -> MarkupNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return MarkupNode(name: "", text: String(cString: content))
        case XML_ELEMENT_NODE:
            break
        default:
            return nil
        }
        let name = node.pointee.name.map { lowercase(String(cString: $0)) } ?? ""
        let namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name.map({ lowercase(String(cString: $0)) }), keptAttributes.contains(attributeName) {
                var value = ""
                var valueNode = current.pointee.children
                while let part = valueNode {
                    if let content = part.pointee.content { value += String(cString: content) }
                    valueNode = part.pointee.next
                }
                attributes[attributeName] = value
            }
            attribute = current.pointee.next
        }
        let element = MarkupNode(name: name, namespace: namespace, attributes: attributes)
        if html, unreadHTML.contains(name), !(name == "script" && attributes["type"].map(isJSONLD) == true) { return element }
        if depth >= maxDepth {
            if let content = xmlNodeGetContent(node) {
                element.children.append(MarkupNode(name: "", text: String(cString: content)))
                ng_xml_free(content)
            }
            return element
        }
        var child = node.pointee.children
        while let current = child {
            if let converted = convert(current, depth: depth + 1, html: html) { element.children.append(converted) }
            child = current.pointee.next
        }
        return element
    }
}
