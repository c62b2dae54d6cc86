// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Trenazher",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trenazher", targets: ["trenazher"]),
        .library(name: "TrenazherCore", targets: ["TrenazherCore"]),
        .library(name: "TrenazherConsole", targets: ["TrenazherConsole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "TrenazherCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TrenazherConsole",
            dependencies: ["TrenazherCore", "CLibEdit"]
        ),
        .executableTarget(
            name: "trenazher",
            dependencies: [
                "TrenazherCore",
                "TrenazherConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TrenazherCoreTests",
            dependencies: ["TrenazherCore"]
        ),
        .testTarget(
            name: "TrenazherConsoleTests",
            dependencies: ["TrenazherConsole", "TrenazherCore"]
        ),
    ]
)
