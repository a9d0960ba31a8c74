import Foundation
import Testing
import TestSupport

/// Spark for real: `scripts/spark-build.py` runs Spark in local mode with 2 workers, pipes the
/// partitions of a JSON Lines corpus through `newsgraph build --stream - -o -` (RDD.pipe), collects
/// the N-Quads and merges them; the graph equals one `newsgraph build` of the corpus, byte for byte.
@Suite struct SparkTests {
    static let sparkAvailable = PythonModules.available("pyspark") && javaAvailable()

    static func javaAvailable() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["java", "-version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// 200 Reuters articles when ../shared is present, else the project's examples.
    func corpus() throws -> String {
        if let shared = TestPaths.shared,
           let data = FileManager.default.contents(atPath: shared.appendingPathComponent("data/reuters21578/articles.jsonl").path) {
            return String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(200).joined(separator: "\n") + "\n"
        }
        return try StreamAndMergeTests().jsonLines()
    }

    @Test(.enabled(if: SparkTests.sparkAvailable, "pyspark (pip install pyspark) or java is not installed"))
    func sparkPipeAndMergeEqualsOneBuild() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("corpus.jsonl", try corpus())
        let sparkOut = dir.url.appendingPathComponent("spark"), single = dir.url.appendingPathComponent("single")
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/spark-build.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--master", "local[2]", "--partitions", "4", "--binary", TestPaths.binary.path,
                             input, "-o", sparkOut.path, "--formats", "jsonld,nt"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("from 4 partitions"), "\(stderr)")

        #expect(try BinaryRunner.run(["build", input, "-o", single.path, "--formats", "jsonld,nt", "--quiet"]).status == 0)
        for file in ["graph.jsonld", "graph.nt"] {
            let spark = FileManager.default.contents(atPath: sparkOut.appendingPathComponent(file).path)
            #expect(spark != nil && spark == FileManager.default.contents(atPath: single.appendingPathComponent(file).path), "\(file)")
        }
    }
}
