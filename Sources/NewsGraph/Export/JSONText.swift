/// JSON string literals for text output (query results, the @context): the same escaping as the
/// JSON-LD writer, which writes bytes through `ByteBuffer`.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var buffer = ByteBuffer(capacity: text.utf8.count + 2)
        buffer.appendJSONString(text)
        return buffer.string
    }
}
