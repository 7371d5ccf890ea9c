import KubeModel

/// `drain`: cordons a node and evicts its pods, waiting (in virtual time) until they are gone, as kubectl does.
public struct DrainVerb: Verb {
  /// A refused drain leaves the node cordoned, as kubectl does (it cordons first); bad names change nothing.
  public var isAtomic: Bool { false }

  public static let name = "drain"
  public static let usage = ["drain NODE [--ignore-daemonsets] [--force] [--delete-emptydir-data] [--grace-period=N]"]
  public static let summary = "Drain node in preparation for maintenance"
  static let ignoreDaemonSets = FlagSpec("ignore-daemonsets", value: false, help: "skip DaemonSet-managed pods")
  static let force = FlagSpec("force", value: false, help: "also delete pods no controller manages")
  static let deleteEmptyDir = FlagSpec("delete-emptydir-data", value: false, help: "also delete pods using emptyDir")
  static let gracePeriod = FlagSpec("grace-period", help: "seconds each pod gets to stop (default: its own)")
  static let timeout = FlagSpec("timeout", help: "how long to wait (virtual time)")
  public static let flags: [FlagSpec] = [.selector, ignoreDaemonSets, force, deleteEmptyDir, gracePeriod, timeout]

  var nodes: NodeArguments
  var ignoreDaemonSets: Bool
  var force: Bool
  var deleteEmptyDir: Bool
  var gracePeriod: Int?
  /// How long to wait for the evicted pods; kubectl's 0 (for ever) is an hour of virtual time here.
  var timeout: SimDuration

  public init(_ arguments: CommandArguments, context: ParseContext) throws(CommandError) {
    nodes = try NodeArguments(arguments, verb: Self.name)
    ignoreDaemonSets = arguments.isSet(Self.ignoreDaemonSets)
    force = arguments.isSet(Self.force)
    deleteEmptyDir = arguments.isSet(Self.deleteEmptyDir)
    gracePeriod = try arguments.int(Self.gracePeriod)
    timeout = .minutes(60)
    if let text = arguments.value(Self.timeout) {
      guard let duration = SimDuration(parsing: text), duration.milliseconds >= 0 else {
        throw CommandError(
          "invalid argument \"\(text)\" for \"--timeout\" flag: time: invalid duration \"\(text)\"")
      }
      if duration.milliseconds > 0 { timeout = duration }
    }
  }

  public func run(in simulation: inout Simulation) -> CommandResult {
    let (names, errors) = nodes.resolve(in: simulation.cluster)
    // As kubectl, every node is looked up before the first is cordoned.
    guard errors.isEmpty else { return CommandResult(errors: errors) }
    var result = CommandResult()
    for name in names {
      result.line(NodeArguments.setUnschedulable(true, node: name, in: &simulation.cluster))
      result.append(drain(name, in: &simulation))
    }
    return result
  }

  /// kubectl's pod filters (`pkg/drain/filters.go`): mirror pods are skipped; DaemonSet pods, unmanaged pods and
  /// pods with emptyDir data block the drain unless the matching flag allows them.
  private func drain(_ name: String, in simulation: inout Simulation) -> CommandResult {
    var result = CommandResult()
    let pods = simulation.cluster.store.pods.keys(onNode: name).compactMap { simulation.cluster.store.pods[$0] }
    var evict: [Pod] = []
    var blocked: [(String, [String])] = []
    var warned: [(String, [String])] = []
    func note(_ list: inout [(String, [String])], _ message: String, _ pod: Pod) {
      let entry = "\(pod.metadata.namespace)/\(pod.metadata.name)"
      if let index = list.firstIndex(where: { $0.0 == message }) {
        list[index].1.append(entry)
      } else {
        list.append((message, [entry]))
      }
    }
    for pod in pods {
      if pod.metadata.annotations["kubernetes.io/config.mirror"] != nil { continue }
      let finished = pod.status.phase == "Succeeded" || pod.status.phase == "Failed"
      if pod.metadata.controllerReference?.kind == "DaemonSet" {
        if ignoreDaemonSets {
          note(&warned, "ignoring DaemonSet-managed Pods", pod)
        } else {
          note(&blocked, "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)", pod)
        }
        continue
      }
      if pod.metadata.controllerReference == nil && !finished {
        if force {
          note(&warned, "deleting Pods that declare no controller", pod)
        } else {
          note(&blocked, "Pods that declare no controller (use --force to override)", pod)
          continue
        }
      }
      if pod.spec.volumes.contains(where: { $0.emptyDir != nil }) && !finished {
        if deleteEmptyDir {
          note(&warned, "deleting Pods with local storage", pod)
        } else {
          note(&blocked, "Pods with local storage (use --delete-emptydir-data to override)", pod)
          continue
        }
      }
      evict.append(pod)
    }
    if !blocked.isEmpty {
      let messages = blocked.map { "cannot delete \($0.0): \($0.1.joined(separator: ", "))" }
      let inner = messages.count == 1 ? messages[0] : "[" + messages.joined(separator: ", ") + "]"
      result.errors.append(
        "error: unable to drain node \"\(name)\" due to error: \(inner), continuing command...\n"
          + "There are pending nodes to be drained:\n \(name)\n" + messages.joined(separator: "\n"))
      return result
    }
    if !warned.isEmpty {
      result.warnings.append(warned.map { "\($0.0): \($0.1.joined(separator: ", "))" }.joined(separator: "; "))
    }
    for pod in evict {
      result.line("evicting pod \(pod.metadata.namespace)/\(pod.metadata.name)")
      try? simulation.cluster.delete(Pod.self, pod.key, gracePeriodSeconds: gracePeriod)
    }
    // Like kubectl, wait until every evicted pod is gone. The kubelets first take in the deletions (settling), so
    // the moments their containers stop are due as timers; otherwise a cluster with nothing else pending would
    // have no next wakeup, and one with a later timer would jump past the moments the pods are gone.
    simulation.cluster.settle()
    let deadline = simulation.cluster.now + timeout
    var remaining = evict
    while !remaining.isEmpty {
      for pod in remaining where simulation.cluster.store.pods[pod.key]?.metadata.uid != pod.metadata.uid {
        result.line("pod/\(pod.metadata.name) evicted")
      }
      remaining.removeAll { simulation.cluster.store.pods[$0.key]?.metadata.uid != $0.metadata.uid }
      guard !remaining.isEmpty else { break }
      guard let next = simulation.cluster.nextWakeup, next <= deadline else {
        result.errors.append(
          "error: unable to drain node \"\(name)\": timed out waiting for "
            + remaining.map { "pod/\($0.metadata.name)" }.joined(separator: ", ") + " to be deleted")
        return result
      }
      simulation.cluster.advance(to: next)
    }
    result.line("node/\(name) drained")
    return result
  }
}
