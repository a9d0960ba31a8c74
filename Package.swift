// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "GraphvizRendering",
            dependencies: ["CGraphviz"]
        ),
        .target(
            name: "NewsGraph",
            resources: [.copy("Resources/ner.model"), .copy("Resources/parser.model")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                "GraphvizRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["NewsGraph"],
            path: "Sources/TestSupport"
        ),
        .testTarget(name: "NewsGraphTests", dependencies: ["NewsGraph", "TestSupport"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "GraphvizRendering"]),
    ]
)
