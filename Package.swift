// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Trenazher",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trenazher", targets: ["trenazher"]),
        .library(name: "TrenazherCore", targets: ["TrenazherCore"]),
        .library(name: "TrenazherConsole", targets: ["TrenazherConsole"]),
        .library(name: "TrenazherStore", targets: ["TrenazherStore"]),
        .library(name: "TrenazherServer", targets: ["TrenazherServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "TrenazherCore",
            // Crypto: `StableHash` takes its SHA-256 from BoringSSL (the processor's SHA instructions where it has them).
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")],
            resources: [.embedInCode("Defaults/software-before-content.yaml"), .embedInCode("Defaults/numbers-before-content.yaml")]
        ),
        .target(
            name: "TrenazherConsole",
            dependencies: ["TrenazherCore", "TrenazherStore", "CLibEdit"]
        ),
        .target(
            name: "TrenazherStore",
            dependencies: [
                "TrenazherCore",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, which GRDB is built on: `hr check` reads the covered rows' bytes straight from it.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["LinkedData/Contexts/README.md"],
            resources: [
                .embedInCode("LinkedData/Contexts/credentials-v2.jsonld"),
                .embedInCode("LinkedData/Contexts/ob-v3p0-context-3.0.3.json"),
                .embedInCode("LinkedData/Contexts/credentials-examples-v2.jsonld"),
            ]
        ),
        .target(
            name: "TrenazherServer",
            dependencies: [
                "TrenazherCore",
                "TrenazherStore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "trenazher",
            dependencies: [
                "TrenazherCore",
                "TrenazherConsole",
                "TrenazherStore",
                "TrenazherServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "trenazher-hello"),
        .executableTarget(
            name: "trenazher-bench",
            dependencies: ["TrenazherCore", "TrenazherStore", "TrenazherConsole", "TrenazherServer", "TerminalHarness",
                           .product(name: "Crypto", package: "swift-crypto"), .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "TrenazherServerTests",
            dependencies: ["TrenazherServer", "TrenazherStore", "TrenazherCore", "TerminalHarness"]
        ),
        .testTarget(
            name: "TrenazherCoreTests",
            dependencies: ["TrenazherCore"]
        ),
        .target(
            name: "TerminalHarness",
            path: "Sources/TerminalHarness"
        ),
        .testTarget(
            name: "TrenazherConsoleTests",
            dependencies: ["TrenazherConsole", "TrenazherCore", "TrenazherStore", "TerminalHarness"]
        ),
        .testTarget(
            name: "TrenazherStoreTests",
            dependencies: ["TrenazherStore", "TrenazherCore", "TerminalHarness"]
        ),
    ]
)
