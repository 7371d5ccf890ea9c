/// Every kind the cluster knows, and the name resolution kubectl performs on resource arguments.
public enum ResourceRegistry {
  public static let namespace = ResourceKind(
    kind: "Namespace", group: "", version: "v1", plural: "namespaces", shortNames: ["ns"], isNamespaced: false)
  public static let node = ResourceKind(
    kind: "Node", group: "", version: "v1", plural: "nodes", shortNames: ["no"], isNamespaced: false)
  public static let pod = ResourceKind(kind: "Pod", group: "", version: "v1", plural: "pods", shortNames: ["po"])
  public static let replicaSet = ResourceKind(
    kind: "ReplicaSet", group: "apps", version: "v1", plural: "replicasets", shortNames: ["rs"])
  public static let replicationController = ResourceKind(
    kind: "ReplicationController", group: "", version: "v1", plural: "replicationcontrollers", shortNames: ["rc"])
  public static let deployment = ResourceKind(
    kind: "Deployment", group: "apps", version: "v1", plural: "deployments", shortNames: ["deploy"])
  public static let daemonSet = ResourceKind(
    kind: "DaemonSet", group: "apps", version: "v1", plural: "daemonsets", shortNames: ["ds"])
  public static let statefulSet = ResourceKind(
    kind: "StatefulSet", group: "apps", version: "v1", plural: "statefulsets", shortNames: ["sts"])
  public static let job = ResourceKind(kind: "Job", group: "batch", version: "v1", plural: "jobs")
  public static let cronJob = ResourceKind(
    kind: "CronJob", group: "batch", version: "v1", plural: "cronjobs", shortNames: ["cj"])
  public static let service = ResourceKind(
    kind: "Service", group: "", version: "v1", plural: "services", shortNames: ["svc"])
  public static let endpoints = ResourceKind(
    kind: "Endpoints", group: "", version: "v1", plural: "endpoints", shortNames: ["ep"])
  public static let endpointSlice = ResourceKind(
    kind: "EndpointSlice", group: "discovery.k8s.io", version: "v1", plural: "endpointslices")
  public static let ingress = ResourceKind(
    kind: "Ingress", group: "networking.k8s.io", version: "v1", plural: "ingresses", shortNames: ["ing"])
  public static let ingressClass = ResourceKind(
    kind: "IngressClass", group: "networking.k8s.io", version: "v1", plural: "ingressclasses", isNamespaced: false)
  public static let configMap = ResourceKind(
    kind: "ConfigMap", group: "", version: "v1", plural: "configmaps", shortNames: ["cm"])
  public static let secret = ResourceKind(kind: "Secret", group: "", version: "v1", plural: "secrets")
  public static let persistentVolume = ResourceKind(
    kind: "PersistentVolume", group: "", version: "v1", plural: "persistentvolumes", shortNames: ["pv"],
    isNamespaced: false)
  public static let persistentVolumeClaim = ResourceKind(
    kind: "PersistentVolumeClaim", group: "", version: "v1", plural: "persistentvolumeclaims", shortNames: ["pvc"])
  public static let storageClass = ResourceKind(
    kind: "StorageClass", group: "storage.k8s.io", version: "v1", plural: "storageclasses", shortNames: ["sc"],
    isNamespaced: false)
  public static let resourceQuota = ResourceKind(
    kind: "ResourceQuota", group: "", version: "v1", plural: "resourcequotas", shortNames: ["quota"])
  public static let limitRange = ResourceKind(
    kind: "LimitRange", group: "", version: "v1", plural: "limitranges", shortNames: ["limits"])
  public static let event = ResourceKind(kind: "Event", group: "", version: "v1", plural: "events", shortNames: ["ev"])
  public static let controllerRevision = ResourceKind(
    kind: "ControllerRevision", group: "apps", version: "v1", plural: "controllerrevisions")

  /// The simulated kinds, in the order `get all`-style listings and snapshots use.
  public static let simulated: [ResourceKind] = [
    namespace, node, pod, replicationController, replicaSet, deployment, daemonSet, statefulSet, job, cronJob,
    service, endpoints, endpointSlice, ingress, ingressClass, configMap, secret, persistentVolume,
    persistentVolumeClaim, storageClass, resourceQuota, limitRange, event, controllerRevision,
  ]

  /// Kinds of a real cluster the simulation keeps as written, without controllers (so `get` still lists them).
  public static let keptAsWritten: [ResourceKind] = [
    ResourceKind(
      kind: "NetworkPolicy", group: "networking.k8s.io", version: "v1", plural: "networkpolicies",
      shortNames: ["netpol"], isSimulated: false),
    ResourceKind(
      kind: "HorizontalPodAutoscaler", group: "autoscaling", version: "v2", plural: "horizontalpodautoscalers",
      shortNames: ["hpa"], isSimulated: false),
    ResourceKind(
      kind: "PodDisruptionBudget", group: "policy", version: "v1", plural: "poddisruptionbudgets",
      shortNames: ["pdb"], isSimulated: false),
    ResourceKind(
      kind: "PriorityClass", group: "scheduling.k8s.io", version: "v1", plural: "priorityclasses",
      shortNames: ["pc"], isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "ServiceAccount", group: "", version: "v1", plural: "serviceaccounts", shortNames: ["sa"],
      isSimulated: false),
    ResourceKind(
      kind: "Role", group: "rbac.authorization.k8s.io", version: "v1", plural: "roles", isSimulated: false),
    ResourceKind(
      kind: "RoleBinding", group: "rbac.authorization.k8s.io", version: "v1", plural: "rolebindings",
      isSimulated: false),
    ResourceKind(
      kind: "ClusterRole", group: "rbac.authorization.k8s.io", version: "v1", plural: "clusterroles",
      isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "ClusterRoleBinding", group: "rbac.authorization.k8s.io", version: "v1", plural: "clusterrolebindings",
      isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "PodTemplate", group: "", version: "v1", plural: "podtemplates", isSimulated: false),
    ResourceKind(
      kind: "Lease", group: "coordination.k8s.io", version: "v1", plural: "leases", isSimulated: false),
    ResourceKind(
      kind: "RuntimeClass", group: "node.k8s.io", version: "v1", plural: "runtimeclasses", isNamespaced: false,
      isSimulated: false),
    ResourceKind(
      kind: "CustomResourceDefinition", group: "apiextensions.k8s.io", version: "v1",
      plural: "customresourcedefinitions", shortNames: ["crd", "crds"], isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "ValidatingAdmissionPolicy", group: "admissionregistration.k8s.io", version: "v1",
      plural: "validatingadmissionpolicies", isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "ValidatingAdmissionPolicyBinding", group: "admissionregistration.k8s.io", version: "v1",
      plural: "validatingadmissionpolicybindings", isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "MutatingWebhookConfiguration", group: "admissionregistration.k8s.io", version: "v1",
      plural: "mutatingwebhookconfigurations", isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "ValidatingWebhookConfiguration", group: "admissionregistration.k8s.io", version: "v1",
      plural: "validatingwebhookconfigurations", isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "CSIDriver", group: "storage.k8s.io", version: "v1", plural: "csidrivers", isNamespaced: false,
      isSimulated: false),
    ResourceKind(
      kind: "VolumeAttachment", group: "storage.k8s.io", version: "v1", plural: "volumeattachments",
      isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "VolumeAttributesClass", group: "storage.k8s.io", version: "v1", plural: "volumeattributesclasses",
      shortNames: ["vac"], isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "Gateway", group: "gateway.networking.k8s.io", version: "v1", plural: "gateways", shortNames: ["gtw"],
      isSimulated: false),
    ResourceKind(
      kind: "GatewayClass", group: "gateway.networking.k8s.io", version: "v1", plural: "gatewayclasses",
      shortNames: ["gc"], isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "HTTPRoute", group: "gateway.networking.k8s.io", version: "v1", plural: "httproutes",
      isSimulated: false),
    ResourceKind(
      kind: "GRPCRoute", group: "gateway.networking.k8s.io", version: "v1", plural: "grpcroutes",
      isSimulated: false),
    ResourceKind(
      kind: "VolumeSnapshot", group: "snapshot.storage.k8s.io", version: "v1", plural: "volumesnapshots",
      shortNames: ["vs"], isSimulated: false),
    ResourceKind(
      kind: "VolumeSnapshotClass", group: "snapshot.storage.k8s.io", version: "v1", plural: "volumesnapshotclasses",
      shortNames: ["vsclass", "vsclasses"], isNamespaced: false, isSimulated: false),
    ResourceKind(
      kind: "ServiceCIDR", group: "networking.k8s.io", version: "v1", plural: "servicecidrs", isNamespaced: false,
      isSimulated: false),
    ResourceKind(
      kind: "IPAddress", group: "networking.k8s.io", version: "v1", plural: "ipaddresses", isNamespaced: false,
      isSimulated: false),
  ]

  public static let all: [ResourceKind] = simulated + keptAsWritten

  /// Resolves a resource argument as kubectl does: plural, singular, short name, kind, or any of these qualified by
  /// group (`deployments.apps`, `deploy.apps`), case-insensitively.
  public static func resolve(_ argument: String) -> ResourceKind? {
    let lowered = argument.lowercased()
    let (name, group): (Substring, Substring?) = {
      guard let dot = lowered.firstIndex(of: ".") else { return (Substring(lowered), nil) }
      return (lowered[..<dot], lowered[lowered.index(after: dot)...])
    }()
    return all.first { resource in
      let names = [resource.plural, resource.singular, resource.kind.lowercased()] + resource.shortNames
      guard names.contains(String(name)) else { return false }
      guard let group else { return true }
      return resource.group == group || resource.group.hasPrefix(group + ".")
        || (resource.group.isEmpty && group == "")
    }
  }

  /// The resource for a manifest's `kind`, in any API version.
  public static func forKind(_ kind: String) -> ResourceKind? {
    all.first { $0.kind == kind }
  }

  /// API versions that were removed from Kubernetes but still appear in tutorials. Manifests using them load with a
  /// warning naming the version to use, as the API server's deprecation warnings do.
  public static func removedVersionWarning(apiVersion: String, kind: String) -> String? {
    let removedIn: [String: String] = [
      "batch/v1beta1": "v1.25", "extensions/v1beta1": "v1.22", "apps/v1beta1": "v1.16", "apps/v1beta2": "v1.16",
      "networking.k8s.io/v1beta1": "v1.22", "policy/v1beta1": "v1.25", "autoscaling/v2beta1": "v1.25",
      "autoscaling/v2beta2": "v1.26", "storage.k8s.io/v1beta1": "v1.22", "discovery.k8s.io/v1beta1": "v1.25",
      "rbac.authorization.k8s.io/v1beta1": "v1.22", "scheduling.k8s.io/v1beta1": "v1.22",
    ]
    guard let version = removedIn[apiVersion], let current = forKind(kind) else { return nil }
    return "\(apiVersion) \(kind) is unavailable in \(version)+; use \(current.apiVersion) \(kind)"
  }
}
