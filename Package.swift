// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "kubarium",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "kubarium", targets: ["kubarium"])
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    /// API objects, quantities, selectors, manifest decoding and validation. Knows nothing of time or terminals.
    .target(
      name: "KubeModel",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
    /// The simulated cluster: store, clock, controllers, commands and printers. Knows nothing of terminals.
    .target(
      name: "ClusterSim",
      dependencies: [
        "KubeModel",
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
    /// Dashboard state, key map, themes and rendering into a grid of styled cells. Pure: no terminal.
    .target(name: "Dashboard", dependencies: ["ClusterSim", "KubeModel"]),
    /// The thin ncurses adapter: draws a screen grid, reads keys, restores the terminal.
    .target(name: "Terminal", dependencies: ["CNcurses", "Dashboard"]),
    /// Argument parsing and subcommands, kept in a library so tests can reach them.
    .target(
      name: "KubariumCLI",
      dependencies: [
        "ClusterSim", "Dashboard", "Terminal", "KubeModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "kubarium", dependencies: ["KubariumCLI"]),
    .testTarget(name: "KubeModelTests", dependencies: ["KubeModel"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ClusterSimTests",
      dependencies: [
        "ClusterSim", "KubeModel",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      // Read from the checkout (RepositoryPaths), not bundled.
      exclude: ["Fixtures", "BadInput/Corpus"]
    ),
    .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "ClusterSim"], exclude: ["__Snapshots__"]),
    .testTarget(name: "KubariumTests", dependencies: ["KubariumCLI", "ClusterSim", "Dashboard"]),
  ]
)
