import Foundation

/// Locations the tests need: the package root, the shared data folder (when present), the built binary.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared` next to the package, or `$NEWSGRAPH_SHARED`; nil when absent (tests then skip).
    public static let shared: URL? = {
        let candidates: [String?] = [ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"], packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path]
        for case let path? in candidates where FileManager.default.fileExists(atPath: path + "/examples") {
            return URL(fileURLWithPath: path)
        }
        return nil
    }()

    /// The reference article as JSON Lines (with its date), when ../shared is present.
    public static var referenceArticleJSONL: URL? {
        shared?.appendingPathComponent("examples/japan-us-trade-talks-osaka.jsonl")
    }

    /// The reference article as text, when ../shared is present.
    public static var referenceArticleText: URL? {
        shared?.appendingPathComponent("examples/japan-us-trade-talks-osaka.txt")
    }

    /// The `newsgraph` binary: `$NEWSGRAPH_BINARY` when set, else the most recently built of the
    /// debug and release builds.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let candidates = [".build/debug/newsgraph", ".build/release/newsgraph"].map { packageRoot.appendingPathComponent($0) }
        let existing = candidates.filter { FileManager.default.fileExists(atPath: $0.path) }
        let dated = existing.map { url -> (URL, Date) in
            let date = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, date)
        }
        return dated.max { $0.1 < $1.1 }?.0 ?? candidates[0]
    }
}
