// swift-tools-version: 6.0
// A libFuzzer target over the article readers (text, JSON Lines, HTML pages, feeds, WARC), the tokenizer, the pipeline and the N-Quads reader.
// Kept as its own package so the main build never links libFuzzer. Run: bash scripts/fuzz.sh SECONDS
import PackageDescription

let package = Package(
    name: "NewsGraphFuzz",
    // scripts/fuzz.sh links the repository as .build-fuzz-root/NewsGraph, so its package identity is "NewsGraph".
    dependencies: [.package(path: "../.build-fuzz-root/NewsGraph")],
    targets: [
        .executableTarget(
            name: "NewsGraphFuzz",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ]
)
