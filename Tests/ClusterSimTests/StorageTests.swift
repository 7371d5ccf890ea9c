import KubeModel
import Testing

@testable import ClusterSim

/// Volumes and claims as a user sees them: `get pv`, `get pvc`, `get sc`, and pods waiting for storage.
@Suite struct StorageTests {
  static func volume(
    _ name: String, size: String, modes: [String] = ["ReadWriteOnce"], className: String = "manual",
    policy: String = "Retain"
  ) -> String {
    """
    apiVersion: v1
    kind: PersistentVolume
    metadata:
      name: \(name)
    spec:
      storageClassName: "\(className)"
      persistentVolumeReclaimPolicy: \(policy)
      capacity:
        storage: \(size)
      accessModes: [\(modes.joined(separator: ", "))]
      hostPath:
        path: /data/\(name)
    """
  }

  static func claim(
    _ name: String, size: String, modes: [String] = ["ReadWriteOnce"], className: String? = "manual"
  ) -> String {
    """
    apiVersion: v1
    kind: PersistentVolumeClaim
    metadata:
      name: \(name)
    spec:
    \(className.map { "  storageClassName: \"\($0)\"\n" } ?? "")  accessModes: [\(modes.joined(separator: ", "))]
      resources:
        requests:
          storage: \(size)
    """
  }

  static func pod(_ name: String, claim: String) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: \(name)
    spec:
      containers:
      - name: app
        image: nginx:1.27
        volumeMounts:
        - name: data
          mountPath: /data
      volumes:
      - name: data
        persistentVolumeClaim:
          claimName: \(claim)
    """
  }

  static func rows(_ sim: inout Simulation, _ command: String) -> [String] {
    sim.must(command).split(separator: "\n").map { String($0) }
  }

  @Test func aClaimBindsTheSmallestVolumeThatFits() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.volume("pv-10g", size: "10Gi") + "\n---\n" + Self.volume("pv-1g", size: "1Gi"))
    sim.apply(
      Self.volume("pv-5g", size: "5Gi") + "\n---\n" + Self.volume("pv-rwx", size: "2Gi", modes: ["ReadWriteMany"]))
    sim.apply(Self.claim("data", size: "3Gi"))
    #expect(
      Self.rows(&sim, "get pvc") == [
        "NAME   STATUS   VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE",
        "data   Bound    pv-5g    5Gi        RWO            manual         <unset>                 0s",
      ])
    #expect(
      Self.rows(&sim, "get pv") == [
        "NAME     CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM          STORAGECLASS   "
          + "VOLUMEATTRIBUTESCLASS   REASON   AGE",
        "pv-10g   10Gi       RWO            Retain           Available                  manual         "
          + "<unset>                          0s",
        "pv-1g    1Gi        RWO            Retain           Available                  manual         "
          + "<unset>                          0s",
        "pv-5g    5Gi        RWO            Retain           Bound       default/data   manual         "
          + "<unset>                          0s",
        "pv-rwx   2Gi        RWX            Retain           Available                  manual         "
          + "<unset>                          0s",
      ])
    // Access modes must be offered: only the RWX volume takes a ReadWriteMany claim.
    sim.apply(Self.claim("shared", size: "1Gi", modes: ["ReadWriteMany"]))
    #expect(sim.cluster.store.persistentVolumeClaims["default", "shared"]?.spec.volumeName == "pv-rwx")
    // Classes must match: nothing of class `fast` exists, and nothing provisions it.
    sim.apply(Self.claim("quick", size: "1Gi", className: "fast"))
    #expect(Self.rows(&sim, "get pvc quick")[1].hasPrefix("quick   Pending                                      fast "))
    #expect(
      sim.events(about: "quick", kind: "PersistentVolumeClaim") == [
        "Warning ProvisioningFailed: storageclass.storage.k8s.io \"fast\" not found"
      ])
    let claim = sim.cluster.store.persistentVolumeClaims["default", "data"]!
    #expect(claim.metadata.annotations["pv.kubernetes.io/bind-completed"] == "yes")
    #expect(claim.metadata.finalizers == ["kubernetes.io/pvc-protection"])
  }

  @Test func aClaimWithoutAClassWaitsForAVolume() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.claim("data", size: "1Gi", className: ""))
    #expect(
      sim.events(about: "data", kind: "PersistentVolumeClaim") == [
        "Normal FailedBinding: no persistent volumes available for this claim and no storage class is set"
      ])
    sim.apply(Self.volume("pv-1", size: "2Gi", className: ""))
    #expect(sim.cluster.store.persistentVolumeClaims["default", "data"]?.status.phase == "Bound")
  }

  @Test func theDefaultClassProvisionsForTheFirstConsumer() {
    var sim = Simulation.withNodes("w1", "w2")
    #expect(
      Self.rows(&sim, "get sc") == [
        "NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE",
        "standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  0s",
      ])
    sim.apply(Self.claim("data", size: "1Gi", className: nil))
    let pending = sim.cluster.store.persistentVolumeClaims["default", "data"]!
    #expect(pending.spec.storageClassName == "standard")
    #expect(pending.status.phase == "Pending")
    #expect(
      sim.events(about: "data", kind: "PersistentVolumeClaim") == [
        "Normal WaitForFirstConsumer: waiting for first consumer to be created before binding"
      ])
    sim.apply(Self.pod("app", claim: "data"))
    let node = sim.cluster.store.pods["default", "app"]!.spec.nodeName
    let claim = sim.cluster.store.persistentVolumeClaims["default", "data"]!
    let volumeName = "pvc-\(claim.metadata.uid)"
    #expect(claim.spec.volumeName == volumeName)
    #expect(claim.metadata.annotations["volume.kubernetes.io/selected-node"] == node)
    #expect(
      Self.rows(&sim, "get pvc")[1].hasPrefix("data   Bound    \(volumeName)   1Gi        RWO            standard "))
    let volume = sim.cluster.store.persistentVolumes["", volumeName]!
    #expect(volume.spec.persistentVolumeReclaimPolicy == "Delete")
    #expect(SimulatedProvisioner.nodeTerms(of: volume)?.first?.matchExpressions.first?.values == [node])
    let events = sim.events(about: "data", kind: "PersistentVolumeClaim")
    #expect(
      Array(events.dropFirst()) == [
        "Normal ExternalProvisioning: Waiting for a volume to be created either by the external provisioner "
          + "'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please "
          + "verify that the provisioner is running and correctly registered.",
        "Normal Provisioning: External provisioner is provisioning volume for claim \"default/data\"",
        "Normal ProvisioningSucceeded: Successfully provisioned volume \(volumeName)",
      ])
    // The claim is protected while the pod uses it; then it goes, and its volume with it (reclaim policy Delete).
    sim.must("delete pvc data --wait=false")
    #expect(Self.rows(&sim, "get pvc")[1].hasPrefix("data   Terminating "))
    sim.must("delete pod app")
    sim.must("advance 1m")
    #expect(sim.cluster.store.persistentVolumeClaims.isEmpty)
    #expect(sim.cluster.store.persistentVolumes.isEmpty)
  }

  @Test func aRetainedVolumeIsReleasedWithItsClaim() {
    var sim = Simulation.withNodes("w1")
    sim.apply(Self.volume("keep", size: "1Gi"))
    sim.apply(Self.claim("data", size: "1Gi"))
    sim.must("delete pvc data")
    #expect(
      Self.rows(&sim, "get pv")[1].hasPrefix(
        "keep   1Gi        RWO            Retain           Released   default/data "))
    // A new claim does not get a released volume: its data belongs to the old one.
    sim.apply(Self.claim("again", size: "1Gi"))
    #expect(sim.cluster.store.persistentVolumeClaims["default", "again"]?.status.phase == "Pending")
  }

  @Test func aPodWithAnUnboundClaimStaysPending() {
    var sim = Simulation.withNodes("w1", "w2")
    sim.apply(
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: manual
      provisioner: kubernetes.io/no-provisioner
      """)
    sim.apply(Self.claim("data", size: "1Gi"))
    sim.apply(Self.pod("app", claim: "data"))
    let message =
      "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/2 nodes are "
      + "available: 2 Preemption is not helpful for scheduling."
    #expect(sim.must("get pods").contains("app    0/1     Pending   0 "))
    #expect(sim.events(about: "app", kind: "Pod") == ["Warning FailedScheduling: \(message)"])
    #expect(sim.cluster.store.pods["default", "app"]!.status.conditions.first?.message == message)
    // A volume appears: the claim binds, and the pod is scheduled at once.
    sim.apply(Self.volume("pv-1", size: "1Gi"))
    #expect(sim.cluster.store.pods["default", "app"]!.spec.nodeName != "")
    sim.apply(Self.pod("lost", claim: "missing"))
    #expect(
      sim.cluster.store.pods["default", "lost"]!.status.conditions.first?.message
        == "0/2 nodes are available: persistentvolumeclaim \"missing\" not found. preemption: 0/2 nodes are "
        + "available: 2 Preemption is not helpful for scheduling.")
  }

  @Test func aLocalVolumeKeepsItsPodOnItsNode() {
    var sim = Simulation.withNodes("w1", "w2", "w3")
    sim.apply(Self.claim("data", size: "1Gi", className: nil))
    sim.apply(Self.pod("app", claim: "data"))
    let node = sim.cluster.store.pods["default", "app"]!.spec.nodeName
    for round in 0..<4 {
      sim.must("delete pod app")
      sim.must("advance 1m")
      sim.apply(Self.pod("app", claim: "data"))
      #expect(sim.cluster.store.pods["default", "app"]!.spec.nodeName == node, "round \(round)")
    }
  }
}
