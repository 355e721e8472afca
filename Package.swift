// swift-tools-version: 6.1
import Foundation
import PackageDescription

// CELLULITE_DOMAIN_ONLY=1 builds just the pure domain, its tests and the benchmarks: a fast loop
// that needs neither Vapor nor Fluent (use it with its own --scratch-path).
let domainOnly = ProcessInfo.processInfo.environment["CELLULITE_DOMAIN_ONLY"] != nil
let domainTargets: Set<String> = ["CelluliteKit", "cellulite-bench", "CelluliteKitTests"]

// CELLULITE_IMAGING_ONLY=1 builds just the photo re-encoding library (the C shim over libjpeg-turbo and
// libpng, its Swift API) and its tests, with their shared fixtures: no Vapor, no Fluent (own --scratch-path).
let imagingOnly = ProcessInfo.processInfo.environment["CELLULITE_IMAGING_ONLY"] != nil
let imagingTargets: Set<String> = ["CImaging", "CelluliteImaging", "ImagingTestSupport", "CelluliteImagingTests"]

let package = Package(
    name: "cellulite-advisor",
    // macOS 15 for the standard library's Mutex (Synchronization), which the views use.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cellulite", targets: ["cellulite"]),
        .executable(name: "cellulite-bench", targets: ["cellulite-bench"]),
        .library(name: "CelluliteKit", targets: ["CelluliteKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // Pure domain: knowledge base, plan engine, ask, assessment scales. Foundation only.
        .target(
            name: "CelluliteKit",
            // passwords/ sits beside knowledge/, not in it: the knowledge base's lint reads every file there as JSON.
            resources: [.copy("Resources/knowledge"), .copy("Resources/passwords")]
        ),
        // The storage seam: the store protocols handlers call, and an in-memory store for tests.
        .target(name: "CelluliteStore", dependencies: ["CelluliteKit"]),
        // The stores on a database: FluentKit models, append-only migrations, SQLite by default and
        // PostgreSQL via DATABASE_URL. FluentKit, not the Fluent product, which would bring in Vapor.
        .target(
            name: "CelluliteStoreFluent",
            dependencies: [
                "CelluliteKit",
                "CelluliteStore",
                .product(name: "FluentKit", package: "fluent-kit"),
                // SQLKit through Fluent: indexes, upserts and RETURNING, which Fluent's builders lack.
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                // Backups are one zip archive (ARCHITECTURE 3.8).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The C shim over the system's libjpeg-turbo and libpng (Debian's libjpeg62-turbo-dev and
        // libpng-dev): every library error comes back as a code, never an exit.
        .target(name: "CImaging", linkerSettings: [.linkedLibrary("jpeg"), .linkedLibrary("png16")]),
        // Photo decoding and re-encoding behind a small Swift API: the only way a photo gets in.
        .target(name: "CelluliteImaging", dependencies: ["CImaging"]),
        // Views and view-models: Plot only, so views can see nothing but the values they render.
        .target(
            name: "CelluliteViews",
            dependencies: [.product(name: "Plot", package: "Plot")]
        ),
        // Web app: configure(app), routes, controllers, presenters, API.
        .target(
            name: "CelluliteWeb",
            dependencies: [
                "CelluliteKit",
                "CelluliteStore",
                "CelluliteStoreFluent",
                "CelluliteViews",
                // Uploads are re-encoded there.
                "CelluliteImaging",
                .product(name: "Vapor", package: "vapor"),
                // Vapor's side of Fluent: app.databases, app.migrations, autoMigrate.
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                // The server's own pipeline (Server/) and CSRF signing (Security/).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Crypto", package: "swift-crypto"),
                // The export archive.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Public")]
        ),
        // The `cellulite` command tree, as a library so tests can run it.
        .target(
            name: "CelluliteCLI",
            dependencies: [
                "CelluliteKit",
                "CelluliteStore",
                "CelluliteStoreFluent",
                "CelluliteWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "cellulite", dependencies: ["CelluliteCLI"]),
        // Benchmarks and the ask evaluation: domain only, so they build fast in release.
        .executableTarget(name: "cellulite-bench", dependencies: ["CelluliteKit"]),
        .testTarget(
            name: "CelluliteKitTests",
            dependencies: [
                "CelluliteKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // Test images and the byte surgery on them, for the imaging and web tests.
        .target(name: "ImagingTestSupport", dependencies: ["CelluliteImaging"], path: "Tests/ImagingTestSupport"),
        .testTarget(
            name: "CelluliteImagingTests",
            dependencies: [
                "CelluliteImaging", "ImagingTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CelluliteCLITests",
            dependencies: [
                "CelluliteCLI", "CelluliteKit", "CelluliteStore", "CelluliteStoreFluent", "CelluliteWeb",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "CelluliteViewsTests",
            dependencies: ["CelluliteViews", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "CelluliteStoreTests",
            dependencies: [
                "CelluliteKit",
                "CelluliteStore",
                "CelluliteStoreFluent",
                .product(name: "FluentKit", package: "fluent-kit"),
                // The contract suite gives each PostgreSQL run a schema of its own.
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                // Damaged archives for the restore tests.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CelluliteWebTests",
            dependencies: [
                "CelluliteKit",
                "CelluliteWeb",
                "CelluliteStore",
                "CelluliteStoreFluent",
                "CelluliteViews",
                "CelluliteImaging",
                "ImagingTestSupport",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

if domainOnly {
    package.targets.removeAll { !domainTargets.contains($0.name) }
    package.products.removeAll { $0.name == "cellulite" }
}

if imagingOnly {
    package.targets.removeAll { !imagingTargets.contains($0.name) }
    // Every product names a target that is gone now.
    package.products.removeAll { product in
        let targets = (product as? Product.Library)?.targets ?? (product as? Product.Executable)?.targets ?? []
        return !Set(targets).isSubset(of: imagingTargets)
    }
}
