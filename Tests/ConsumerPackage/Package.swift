// swift-tools-version: 6.0
// A user's app depending on NewsGraph (by path here; by URL in a real app). CI builds and runs it (.ci/run).
import PackageDescription

let package = Package(
    name: "ArticleGraph",
    dependencies: [.package(name: "NewsGraph", path: "../..")],
    targets: [
        .executableTarget(name: "ArticleGraph", dependencies: [.product(name: "NewsGraph", package: "NewsGraph")]),
    ]
)
