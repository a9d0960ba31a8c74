import NewsGraph

/// One fuzz input: the first byte picks the reader, the rest is the file's content. Every path
/// must either succeed or throw its own error type; anything else (a crash, an ASan report) is a finding.
private let pipeline = Pipeline(tagger: try! DefaultTagger.make())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch selector % 7 {
    case 0:
        if let article = try? ArticleReader.readText(bytes, path: "fuzz.txt") {
            _ = pipeline.analyze(article)
        }
    case 1:
        if let articles = try? ArticleReader.readJSONLines(bytes, path: "fuzz.jsonl", onError: { _ in }) {
            for article in articles.prefix(4) { _ = pipeline.analyze(article) }
        }
    case 3:
        if let article = try? WebPageReader.read(bytes, id: "fuzz", source: SourceLocation(path: "fuzz.html")) {
            _ = pipeline.analyze(article)
        }
    case 4:
        _ = try? ArticleReader.readFeed(bytes, path: "fuzz.xml", onError: { _ in })
    case 5:
        _ = try? ArticleReader.readFeed(bytes, path: "fuzz.json", onError: { _ in })
    case 6:
        _ = try? ArticleReader.readWARC(bytes, path: "fuzz.warc", onError: { _ in })
    default:
        var graph = KnowledgeGraph()
        if (try? NQuadsReader.read(bytes, into: &graph)) != nil {
            _ = JSONLDWriter().writeBytes(graph)
            _ = NTriplesWriter().writeBytes(graph)
            _ = DOTWriter().write(graph)
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM names an executable's entry point `<Target>_main`; hand control to libFuzzer's driver.
@_cdecl("NewsGraphFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
