import KubeModel
import Testing

@testable import ClusterSim

/// StatefulSets as a user sees them: ordered pods with stable names and storage.
@Suite struct StatefulSetControllerTests {
  static func statefulSet(
    _ name: String = "web", replicas: Int = 3, image: String = "nginx:1.27", extra: String = "",
    retention: String = ""
  ) -> String {
    """
    apiVersion: v1
    kind: Service
    metadata:
      name: nginx
    spec:
      clusterIP: None
      selector:
        app: \(name)
      ports:
      - port: 80
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: \(name)
    spec:
      serviceName: nginx
      replicas: \(replicas)
    \(extra)\(retention)  selector:
        matchLabels:
          app: \(name)
      template:
        metadata:
          labels:
            app: \(name)
        spec:
          containers:
          - name: nginx
            image: \(image)
            volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
      volumeClaimTemplates:
      - metadata:
          name: www
        spec:
          accessModes: ["ReadWriteOnce"]
          resources:
            requests:
              storage: 1Gi
    """
  }

  /// The StatefulSet's pod create and delete events, as `create web-0` / `delete web-2`.
  static func podEvents(_ sim: Simulation, _ name: String = "web") -> [String] {
    sim.events(about: name, kind: "StatefulSet").compactMap { event in
      let words = event.split(separator: " ")
      guard words.count > 4, words[3] == "Pod" else { return nil }
      return "\(words[2]) \(words[4])"
    }
  }

  static func podNames(_ sim: Simulation) -> [String] {
    sim.cluster.store.pods.list(namespace: "default").map(\.metadata.name)
  }

  @Test func orderedReadyCreatesOneAtATimeAndScalesDownFromTheTop() {
    var sim = Simulation.defaultSample()
    sim.must("delete deployment web")
    sim.must("advance 1m")
    sim.apply(Self.statefulSet())
    // Only web-0 exists until it is Running and Ready.
    #expect(Self.podNames(sim) == ["web-0"])
    sim.must("advance 1m")
    #expect(Self.podNames(sim) == ["web-0", "web-1", "web-2"])
    #expect(sim.must("get sts") == "NAME   READY   AGE\nweb    3/3     60s\n")
    #expect(Self.podEvents(sim) == ["create web-0", "create web-1", "create web-2"])
    #expect(
      sim.events(about: "web", kind: "StatefulSet").first
        == "Normal SuccessfulCreate: create Claim www-web-0 Pod web-0 in StatefulSet web success")
    #expect(
      sim.events(about: "web", kind: "StatefulSet").contains(
        "Normal SuccessfulCreate: create Pod web-0 in StatefulSet web successful"))
    let claims = sim.cluster.store.persistentVolumeClaims.list(namespace: "default")
    #expect(claims.map(\.metadata.name) == ["www-web-0", "www-web-1", "www-web-2"])
    let volumes = Dictionary(uniqueKeysWithValues: claims.map { ($0.metadata.name, $0.spec.volumeName) })
    let nodes = Dictionary(
      uniqueKeysWithValues: sim.cluster.store.pods.list(namespace: "default").map {
        ($0.metadata.name, $0.spec.nodeName)
      })

    sim.must("scale sts web --replicas=0")
    sim.must("advance 2m")
    #expect(Self.podNames(sim).isEmpty)
    #expect(Self.podEvents(sim).suffix(3) == ["delete web-2", "delete web-1", "delete web-0"])
    // The claims stay (persistentVolumeClaimRetentionPolicy Retain), and come back with their ordinals.
    #expect(sim.cluster.store.persistentVolumeClaims.count(namespace: "default") == 3)
    sim.must("scale sts web --replicas=3")
    sim.must("advance 2m")
    #expect(Self.podEvents(sim).suffix(3) == ["create web-0", "create web-1", "create web-2"])
    let again = sim.cluster.store.persistentVolumeClaims.list(namespace: "default")
    #expect(Dictionary(uniqueKeysWithValues: again.map { ($0.metadata.name, $0.spec.volumeName) }) == volumes)
    #expect(sim.events(about: "web", kind: "StatefulSet").filter { $0.contains("create Claim") }.count == 3)
    let pods = sim.cluster.store.pods.list(namespace: "default")
    #expect(
      pods.map { $0.spec.volumes.first { $0.name == "www" }?.persistentVolumeClaim?.claimName } == [
        "www-web-0", "www-web-1", "www-web-2",
      ])
    // Local-path volumes pin each ordinal to the node its volume lives on.
    #expect(Dictionary(uniqueKeysWithValues: pods.map { ($0.metadata.name, $0.spec.nodeName) }) == nodes)
  }

  @Test func parallelCreatesAndDeletesAllAtOnce() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.statefulSet(extra: "  podManagementPolicy: Parallel\n"))
    #expect(Self.podNames(sim).filter { $0.hasPrefix("web-") && $0.count == 5 } == ["web-0", "web-1", "web-2"])
    sim.must("advance 1m")
    sim.must("scale sts web --replicas=1")
    #expect(Self.podEvents(sim).suffix(2) == ["delete web-2", "delete web-1"])
  }

  @Test func podsHaveAStableIdentityThroughTheHeadlessService() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.statefulSet(replicas: 2))
    sim.must("advance 1m")
    let pod = sim.cluster.store.pods["default", "web-1"]!
    #expect(pod.spec.hostname == "web-1")
    #expect(pod.spec.subdomain == "nginx")
    #expect(pod.metadata.labels["statefulset.kubernetes.io/pod-name"] == "web-1")
    #expect(pod.metadata.labels["apps.kubernetes.io/pod-index"] == "1")
    let uid = pod.metadata.uid
    sim.must("delete pod web-1")
    sim.must("advance 1m")
    let replacement = sim.cluster.store.pods["default", "web-1"]!
    #expect(replacement.metadata.uid != uid)
    #expect(replacement.spec.volumes.first { $0.name == "www" }?.persistentVolumeClaim?.claimName == "www-web-1")
  }

  @Test func rollingUpdateGoesFromTheHighestOrdinalDownToThePartition() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.statefulSet(extra: "  updateStrategy:\n    rollingUpdate:\n      partition: 1\n"))
    sim.must("advance 1m")
    sim.must("set image sts/web nginx=nginx:1.28")
    sim.must("advance 2m")
    let images = Dictionary(
      uniqueKeysWithValues: sim.cluster.store.pods.list(namespace: "default")
        .filter { $0.metadata.name.hasPrefix("web-") && $0.metadata.name.count == 5 }
        .map { ($0.metadata.name, $0.spec.containers[0].image) })
    #expect(images == ["web-0": "nginx:1.27", "web-1": "nginx:1.28", "web-2": "nginx:1.28"])
    #expect(Self.podEvents(sim).suffix(4) == ["delete web-2", "create web-2", "delete web-1", "create web-1"])
    #expect(
      sim.must("rollout status sts/web")
        == "partitioned roll out complete: 2 new pods have been updated...\n")
    let set = sim.cluster.store.statefulSets["default", "web"]!
    #expect(set.status.currentRevision != set.status.updateRevision)
    #expect(set.status.updatedReplicas == 2 && set.status.currentReplicas == 1)
    // A pod below the partition that is recreated keeps the current revision.
    sim.must("delete pod web-0")
    sim.must("advance 1m")
    #expect(sim.cluster.store.pods["default", "web-0"]?.spec.containers[0].image == "nginx:1.27")
  }

  @Test func onDeleteUpdatesOnlyDeletedPods() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.statefulSet(extra: "  updateStrategy:\n    type: OnDelete\n"))
    sim.must("advance 1m")
    sim.must("set image sts/web nginx=nginx:1.28")
    sim.must("advance 1m")
    #expect(sim.cluster.store.pods["default", "web-2"]?.spec.containers[0].image == "nginx:1.27")
    sim.must("delete pod web-2")
    sim.must("advance 1m")
    #expect(sim.cluster.store.pods["default", "web-2"]?.spec.containers[0].image == "nginx:1.28")
  }

  @Test func retentionPolicyDeleteRemovesClaims() {
    var sim = Simulation.defaultSample()
    let policy = "  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n    whenScaled: Delete\n"
    sim.apply(Self.statefulSet(retention: policy))
    sim.must("advance 1m")
    sim.must("scale sts web --replicas=1")
    sim.must("advance 1m")
    #expect(sim.cluster.store.persistentVolumeClaims.list(namespace: "default").map(\.metadata.name) == ["www-web-0"])
    sim.must("delete sts web")
    sim.must("advance 1m")
    #expect(sim.cluster.store.persistentVolumeClaims.isEmpty)
    // Their volumes went with them (the default class reclaims by deleting).
    #expect(sim.cluster.store.persistentVolumes.isEmpty)
  }

  @Test func retainedClaimsOutliveTheSet() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.statefulSet(replicas: 2))
    sim.must("advance 1m")
    sim.must("delete sts web")
    sim.must("advance 1m")
    #expect(
      sim.cluster.store.persistentVolumeClaims.list(namespace: "default").map(\.metadata.name) == [
        "www-web-0", "www-web-1",
      ])
    #expect(sim.cluster.store.persistentVolumeClaims.list().allSatisfy { $0.metadata.ownerReferences.isEmpty })
  }

  @Test func rolloutHistoryAndUndo() {
    var sim = Simulation.defaultSample()
    sim.apply(Self.statefulSet(replicas: 2))
    sim.must("advance 1m")
    sim.must("set image sts/web nginx=nginx:1.28")
    sim.must("advance 2m")
    #expect(
      sim.must("rollout history sts/web").contains("REVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n"))
    #expect(sim.must("rollout undo sts/web") == "statefulset.apps/web rolled back\n")
    sim.must("advance 2m")
    #expect(sim.cluster.store.pods["default", "web-0"]?.spec.containers[0].image == "nginx:1.27")
    #expect(sim.must("rollout history sts/web").contains("2         <none>\n3         <none>\n"))
    #expect(sim.must("rollout status sts/web") == "partitioned roll out complete: 2 new pods have been updated...\n")
  }
}
