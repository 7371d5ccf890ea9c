import KubeModel

/// The external provisioners a StorageClass names, simulated: they create a volume as soon as a claim asks for one
/// (kind's `rancher.io/local-path` on the node the scheduler selected; any other provisioner without a node).
/// `kubernetes.io/no-provisioner` provisions nothing, as upstream: its volumes are made by hand.
enum SimulatedProvisioner {
  static let localPath = "rancher.io/local-path"
  static let noProvisioner = "kubernetes.io/no-provisioner"

  /// Who reports the provisioner's events: the provisioner's name and its pod, as external provisioners do.
  static func reporter(_ provisioner: String) -> EventReporter {
    if provisioner == localPath {
      return EventReporter(
        "rancher.io/local-path_local-path-provisioner-7577fdbbfb-mcxqs_8d5a7b1c-9e13-4c5e-a3f2-1b6d0e4f7a29")
    }
    return EventReporter(provisioner)
  }

  /// Provisions a volume for the claim (`Provisioning`, then `ProvisioningSucceeded` or `ProvisioningFailed`):
  /// `pvc-<claim uid>`, the requested size and access modes, the class's reclaim policy and mount options,
  /// reserved for the claim. A local-path volume lives in a directory of the selected node, which its node
  /// affinity pins it to.
  static func provision(
    _ claim: PersistentVolumeClaim, class storageClass: StorageClass, in cluster: inout ClusterState
  ) {
    let provisioner = storageClass.provisioner
    guard provisioner != noProvisioner else { return }
    let name = "pvc-\(claim.metadata.uid)"
    guard cluster.store.persistentVolumes["", name] == nil else { return }
    let reporter = reporter(provisioner)
    let claimName = "\(claim.metadata.namespace)/\(claim.metadata.name)"
    let node = claim.metadata.annotations[VolumeMatching.selectedNode]
    if provisioner == localPath && node == nil {
      cluster.recordEvent(
        claim, type: "Warning", reason: "ProvisioningFailed",
        message: "failed to provision volume with StorageClass \"\(storageClass.metadata.name)\": configuration "
          + "error, no node was specified", from: reporter)
      return
    }
    cluster.recordEvent(
      claim, reason: "Provisioning", message: "External provisioner is provisioning volume for claim \"\(claimName)\"",
      from: reporter)
    var volume = PersistentVolume()
    volume.metadata.name = name
    volume.metadata.annotations[VolumeMatching.provisionedBy] = provisioner
    volume.spec.capacity = ["storage": claim.spec.resources.requests["storage"] ?? .bytes(0)]
    volume.spec.accessModes = claim.spec.accessModes
    var reference = claim.objectReference
    reference.resourceVersion = claim.metadata.resourceVersion
    volume.spec.claimRef = reference
    volume.spec.persistentVolumeReclaimPolicy = storageClass.reclaimPolicy ?? "Delete"
    volume.spec.storageClassName = storageClass.metadata.name
    volume.spec.mountOptions = storageClass.mountOptions
    volume.spec.volumeMode = claim.spec.volumeMode ?? "Filesystem"
    if provisioner == localPath, let node {
      volume.metadata.annotations["local.path.provisioner/selected-node"] = node
      var hostPath = HostPathVolumeSource()
      hostPath.path = "/var/local-path-provisioner/\(name)_\(claim.metadata.namespace)_\(claim.metadata.name)"
      hostPath.type = "DirectoryOrCreate"
      volume.spec.hostPath = hostPath
      volume.spec.nodeAffinity = .object([
        "required": .object([
          "nodeSelectorTerms": .array([
            .object([
              "matchExpressions": .array([
                .object([
                  "key": .string("kubernetes.io/hostname"), "operator": .string("In"),
                  "values": .array([.string(node)]),
                ])
              ])
            ])
          ])
        ])
      ])
    } else {
      volume.spec.csi = .object([
        "driver": .string(provisioner), "volumeHandle": .string(name), "fsType": .string("ext4"),
      ])
    }
    do {
      try cluster.create(volume)
      cluster.recordEvent(
        claim, reason: "ProvisioningSucceeded", message: "Successfully provisioned volume \(name)", from: reporter)
    } catch {
      cluster.recordEvent(
        claim, type: "Warning", reason: "ProvisioningFailed",
        message: "failed to provision volume with StorageClass \"\(storageClass.metadata.name)\": \(error.message)",
        from: reporter)
    }
  }

  /// The node terms of a volume's required node affinity, if it has one (local volumes, local-path volumes).
  static func nodeTerms(of volume: PersistentVolume) -> [NodeSelectorTerm]? {
    guard let terms = volume.spec.nodeAffinity?["required"]?["nodeSelectorTerms"]?.arrayValue else { return nil }
    return terms.map { term in
      func requirements(_ key: String) -> [NodeSelectorRequirement] {
        (term[key]?.arrayValue ?? []).map { item in
          NodeSelectorRequirement(
            key: item["key"]?.stringValue ?? "", operator: item["operator"]?.stringValue ?? "",
            values: (item["values"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
      }
      var selectorTerm = NodeSelectorTerm(matchExpressions: requirements("matchExpressions"))
      selectorTerm.matchFields = requirements("matchFields")
      return selectorTerm
    }
  }
}
