import ArgumentParser

/// The `kubarium` command line.
public struct KubariumCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "kubarium",
    abstract: "A live terminal dashboard over a simulated Kubernetes cluster.",
    discussion: """
      Load real Kubernetes manifests into a simulated cluster and watch nodes, pods, ReplicaSets, Deployments and \
      Services reconcile. Without a subcommand, kubarium opens the dashboard on the built-in sample cluster.
      """,
    subcommands: [
      TuiCommand.self, RunCommand.self, BenchCommand.self, GenerateCommand.self, DashboardBenchmarkCommand.self,
    ],
    defaultSubcommand: TuiCommand.self
  )

  public init() {}
}
