import KubeModel

/// Resolves a container's behaviour from the defaults, the cluster's image catalog, its command, and the pod's
/// `kubarium.dev/*` annotations, with seeded jitter on pull and start times.
enum BehaviorResolver {
  static func resolve(_ container: Container, pod: Pod, in cluster: inout ClusterState) -> ContainerBehavior {
    var behavior = cluster.imageBehavior(container.image)
    // Any image pulls in about 1–3 s; the jitter is seeded, so runs repeat exactly. A catalog entry's own times win.
    let pull = SimDuration.milliseconds(cluster.random.timing.int(in: 800...2_900))
    let start = SimDuration.milliseconds(cluster.random.timing.int(in: 150...600))
    if behavior.pullDuration == ContainerBehavior().pullDuration { behavior.pullDuration = pull }
    if behavior.startDuration == ContainerBehavior().startDuration { behavior.startDuration = start }
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

extension ClusterState {
  /// What an image's behaviour is before any container's command or annotations: whether it exists, and what the
  /// catalog says. Worked out once per image.
  mutating func imageBehavior(_ image: String) -> ContainerBehavior {
    if let known = imageBehaviors[image] { return known }
    var behavior = ContainerBehavior()
    behavior.imageExists = KnownImages.exists(image)
    imageCatalog.apply(to: &behavior, image: image)
    imageBehaviors[image] = behavior
    return behavior
  }
}
