import KubeModel

/// The `Volumes:` section of pods and pod templates (`describeVolumes`) and the volume source blocks it shares with
/// PersistentVolumes (`printHostPathVolumeSource`, `printSecretVolumeSource`, ...).
enum VolumeDescriber {
  /// `describeVolumes`: `<space>Volumes:⇥<none>`, or each volume's name and source. In a template (`space` not
  /// empty) volume names get one more space.
  static func describe(_ volumes: [Volume], space: String, into writer: inout DescribeWriter) {
    guard !volumes.isEmpty else {
      writer.line(0, "\(space)Volumes:", "<none>")
      return
    }
    writer.write(0, "\(space)Volumes:\n")
    for volume in volumes {
      writer.write(1, "\(space.isEmpty ? "" : " ")\(volume.name):\n")
      source(of: volume, into: &writer)
    }
  }

  /// The block of the first source a volume has, in upstream's order of checks.
  static func source(of volume: Volume, into writer: inout DescribeWriter) {
    if let hostPath = volume.hostPath {
      self.hostPath(hostPath, into: &writer)
    } else if let emptyDir = volume.emptyDir {
      let sizeLimit = emptyDir.sizeLimit.flatMap { $0 > .zero ? $0.description : nil } ?? "<unset>"
      writer.line(2, "Type:", "EmptyDir (a temporary directory that shares a pod's lifetime)")
      writer.line(2, "Medium:", emptyDir.medium)
      writer.line(2, "SizeLimit:", sizeLimit)
    } else if let secret = volume.secret {
      writer.line(2, "Type:", "Secret (a volume populated by a Secret)")
      writer.line(2, "SecretName:", secret.secretName)
      writer.line(2, "Optional:", String(secret.optional ?? false))
    } else if let configMap = volume.configMap {
      writer.line(2, "Type:", "ConfigMap (a volume populated by a ConfigMap)")
      writer.line(2, "Name:", configMap.name)
      writer.line(2, "Optional:", String(configMap.optional ?? false))
    } else if let nfs = volume.nfs {
      self.nfs(nfs, into: &writer)
    } else if let claim = volume.persistentVolumeClaim {
      writer.line(2, "Type:", "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)")
      writer.line(2, "ClaimName:", claim.claimName)
      writer.line(2, "ReadOnly:", String(claim.readOnly ?? false))
    } else if volume.ephemeral != nil {
      writer.line(
        2, "Type:",
        "EphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)")
      if let template = volume.ephemeral?["volumeClaimTemplate"] { ephemeralClaim(template, into: &writer) }
    } else if let downwardAPI = volume.downwardAPI {
      writer.write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n")
      for item in downwardAPI.objects("items") {
        let path = item.text("path") ?? ""
        if let field = item["fieldRef"] { writer.write(3, "\(field.text("fieldPath") ?? "") -> \(path)\n") }
        if let field = item["resourceFieldRef"] { writer.write(3, "\(field.text("resource") ?? "") -> \(path)\n") }
      }
    } else if let projected = volume.projected {
      self.projected(projected, into: &writer)
    } else if let csi = volume.csi {
      writer.line(2, "Type:", "CSI (a Container Storage Interface (CSI) volume source)")
      writer.line(2, "Driver:", csi.text("driver") ?? "")
      writer.line(2, "FSType:", csi.text("fsType") ?? "")
      writer.line(2, "ReadOnly:", String(csi.flag("readOnly")))
      csiAttributes(csi, into: &writer)
    } else if let image = volume.image {
      writer.line(2, "Type:", "Image (a container image or OCI artifact)")
      writer.line(2, "Reference:", image.text("reference") ?? "")
      writer.line(2, "PullPolicy:", image.text("pullPolicy") ?? "")
    } else {
      writer.write(1, "<unknown>\n")
    }
  }

  /// `printHostPathVolumeSource`.
  static func hostPath(_ hostPath: HostPathVolumeSource, into writer: inout DescribeWriter) {
    writer.line(2, "Type:", "HostPath (bare host directory volume)")
    writer.line(2, "Path:", hostPath.path)
    writer.line(2, "HostPathType:", hostPath.type ?? "<none>")
  }

  /// `printNFSVolumeSource`.
  static func nfs(_ nfs: JSONValue, into writer: inout DescribeWriter) {
    writer.line(2, "Type:", "NFS (an NFS mount that lasts the lifetime of a pod)")
    writer.line(2, "Server:", nfs.text("server") ?? "")
    writer.line(2, "Path:", nfs.text("path") ?? "")
    writer.line(2, "ReadOnly:", String(nfs.flag("readOnly")))
  }

  /// `printProjectedVolumeSource`: one entry per source (the service account token, config maps, secrets and the
  /// downward API of the default `kube-api-access-*` volume).
  static func projected(_ projected: JSONValue, into writer: inout DescribeWriter) {
    writer.line(2, "Type:", "Projected (a volume that contains injected data from multiple sources)")
    for source in projected.objects("sources") {
      if let secret = source["secret"] {
        writer.line(2, "SecretName:", secret.text("name") ?? "")
        writer.line(2, "Optional:", String(secret.flag("optional")))
      } else if source["downwardAPI"] != nil {
        writer.line(2, "DownwardAPI:", "true")
      } else if let configMap = source["configMap"] {
        writer.line(2, "ConfigMapName:", configMap.text("name") ?? "")
        writer.line(2, "Optional:", String(configMap.flag("optional")))
      } else if let token = source["serviceAccountToken"] {
        // The API server defaults `expirationSeconds` to one hour.
        writer.line(2, "TokenExpirationSeconds:", token.text("expirationSeconds") ?? "3600")
      }
    }
  }

  /// `printCSIPersistentVolumeAttributesMultiline`: `VolumeAttributes:` with one `key=value` per line.
  static func csiAttributes(_ csi: JSONValue, into writer: inout DescribeWriter) {
    writer.write(2, "VolumeAttributes:\t")
    let attributes = csi["volumeAttributes"]?.objectValue ?? [:]
    guard !attributes.isEmpty else {
      writer.writeLine("<none>")
      return
    }
    for (index, key) in attributes.keys.sorted(by: GoSort.less).enumerated() {
      if index != 0 {
        writer.write(2, "")
        writer.write(2, "\t")
      }
      let line = "\(key)=\(attributes[key]?.stringValue ?? "")"
      writer.write(2, (line.utf8.count > 140 ? DescribeWriter.shorten(line, 140) : line) + "\n")
    }
  }

  /// The claim template of an ephemeral volume: `printPersistentVolumeClaim` through a writer nested two levels.
  static func ephemeralClaim(_ template: JSONValue, into writer: inout DescribeWriter) {
    var claim = PersistentVolumeClaim()
    for (key, value) in template["metadata"]?["labels"]?.objectValue ?? [:] {
      claim.metadata.labels[key] = value.stringValue ?? ""
    }
    for (key, value) in template["metadata"]?["annotations"]?.objectValue ?? [:] {
      claim.metadata.annotations[key] = value.stringValue ?? ""
    }
    let spec = template["spec"]
    claim.spec.storageClassName = spec?.text("storageClassName")
    claim.spec.volumeName = spec?.text("volumeName") ?? ""
    claim.spec.volumeMode = spec?.text("volumeMode")
    claim.spec.dataSource = spec?["dataSource"]
    writer.nesting += 2
    PersistentVolumeClaim.printClaim(claim, full: false, now: Timestamp(milliseconds: 0), into: &writer)
    writer.nesting -= 2
  }
}
