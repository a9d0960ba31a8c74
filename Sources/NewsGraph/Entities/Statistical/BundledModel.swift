import Foundation

/// Where the models shipped with the library are found, without the trap of `Bundle.module`, which
/// stops the process when the resource bundle is neither next to the executable nor in the build
/// folder (a binary copied alone). In that case the model is looked for in the source tree it was
/// built from, and failing that the caller reports a missing model as an error.
enum BundledModel {
    static let bundleName = "NewsGraph_NewsGraph.resources"

    /// The URL of `name` (such as "ner.model"), or nil when no copy can be found.
    static func url(_ name: String) -> URL? {
        let besideExecutable = Bundle.main.bundleURL.appendingPathComponent(bundleName)
        if FileManager.default.fileExists(atPath: besideExecutable.path) {
            let file = besideExecutable.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: file.path) ? file : nil
        }
        // Sources/NewsGraph/Entities/Statistical/BundledModel.swift → Sources/NewsGraph/Resources/name
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let inSources = sources.appendingPathComponent("Resources").appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: inSources.path) ? inSources : nil
    }
}
