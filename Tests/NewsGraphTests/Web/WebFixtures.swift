import CZlib
import Foundation

/// Builders of web inputs for the tests: news pages around a body, feeds, WARC records, gzip.
enum WebFixtures {
    /// A news page with the furniture real sites have around the story.
    static func newsPage(title: String, paragraphs: [String], jsonLD: String? = nil, head: String = "", url: String = "https://news.example.com/a") -> String {
        let body = paragraphs.map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title)) | Example News</title>
            \(head)
            \(jsonLD.map { "<script type=\"application/ld+json\">\($0)</script>" } ?? "")
            <script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style>
            </head><body>
            <div id="cookie-consent" class="banner">We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies and our privacy policy terms.</div>
            <header class="site-header"><nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
            <li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
            <main><article class="story">
            <h1>\(escape(title))</h1>
            <div class="article-body">
            \(body)
            </div>
            <div class="share-tools"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a> Share this article with your friends and family today please.</div>
            </article>
            <aside class="related-stories"><h2>Related stories</h2><ul>
            <li><a href="/r1">Markets rally as investors weigh the outlook for interest rates and growth</a></li>
            <li><a href="/r2">Central bank holds rates steady amid uncertainty over trade and inflation data</a></li>
            </ul></aside></main>
            <footer class="site-footer"><p>Copyright 2019 Example News Company. All rights reserved. Terms of use, privacy policy, contact us and advertise with us.</p></footer>
            </body></html>
            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// One WARC record.
    static func warcRecord(type: String, uri: String, date: String = "2019-06-28T10:00:00Z", contentType: String = "application/http; msgtype=response", block: [UInt8]) -> [UInt8] {
        let header = """
            WARC/1.0\r
            WARC-Type: \(type)\r
            WARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>\r
            WARC-Date: \(date)\r
            WARC-Target-URI: \(uri)\r
            Content-Type: \(contentType)\r
            Content-Length: \(block.count)\r
            \r

            """
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// An HTTP response with a body.
    static func httpResponse(_ body: [UInt8], contentType: String = "text/html; charset=utf-8") -> [UInt8] {
        Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Gzip-compressed bytes (one member).
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(ng_deflate_init_gzip(&stream) == Z_OK)
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    /// Writes `bytes` to a new temporary file with this name and returns its path.
    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
