import KubeModel

/// Resolves a container's behaviour from the defaults, the cluster's image catalog, its command, and the pod's
/// `kubarium.dev/*` annotations, with seeded jitter on pull and start times.
enum BehaviorResolver {
  static func resolve(_ container: Container, pod: Pod, in cluster: inout ClusterState) -> ContainerBehavior {
    var behavior = ContainerBehavior()
    // Any image pulls in about 1–3 s; the jitter is seeded, so runs repeat exactly.
    behavior.pullDuration = .milliseconds(cluster.random.timing.int(in: 800...2_900))
    behavior.startDuration = .milliseconds(cluster.random.timing.int(in: 150...600))
    behavior.imageExists = KnownImages.exists(container.image)
    cluster.imageCatalog.apply(to: &behavior, image: container.image)
    return behavior
  }

  /// The command's evident course and the annotations, applied once the environment is known (at container start).
  static func refine(
    _ base: ContainerBehavior, _ container: Container, environment: [String: String], pod: Pod
  ) -> ContainerBehavior {
    var behavior = base
    let catalogDecided = behavior.exitsAfter != nil
    if !catalogDecided {
      ProgramModel.apply(
        image: container.image, command: container.command, args: container.args, environment: environment,
        to: &behavior)
    }
    // A Job's pods run to completion: without an evidently finite command they finish after a short while.
    if pod.metadata.controllerReference?.kind == "Job", behavior.exitsAfter == nil, behavior.repeatEvery == nil {
      let seconds = 3 + Int64(UInt32(truncatingIfNeeded: pod.metadata.uid.hashValueStable) % 6)
      behavior.exitsAfter = .seconds(seconds)
      behavior.exitCode = 0
    }
    BehaviorAnnotations.apply(pod.metadata.annotations, to: &behavior)
    return behavior
  }
}

extension String {
  /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
  var hashValueStable: UInt64 {
    var hasher = FNV1a()
    hasher.feed(self)
    return UInt64(hasher.value)
  }
}
