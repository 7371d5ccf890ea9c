import ArgumentParser

/// The `kubarium` command line.
public struct KubariumCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "kubarium",
    abstract: "A live terminal dashboard over a simulated Kubernetes cluster."
  )

  public init() {}

  public func run() throws {}
}
