import KubeModel

/// Which controller serves an Ingress: its `ingressClassName` (or the deprecated `kubernetes.io/ingress.class`
/// annotation) names an IngressClass, whose `spec.controller` names the controller. The simulated cluster's
/// ingress-nginx serves the classes whose controller is `k8s.io/ingress-nginx`.
enum IngressClasses {
  static let annotation = "kubernetes.io/ingress.class"
  static let defaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class"

  /// The class an Ingress asks for, if any.
  static func className(of ingress: Ingress) -> String? {
    ingress.spec.ingressClassName ?? ingress.metadata.annotations[annotation]
  }

  /// Whether the simulated ingress-nginx controller serves this Ingress.
  static func isServedBySimulatedController(_ ingress: Ingress, in cluster: ClusterState) -> Bool {
    guard let name = className(of: ingress) else { return false }
    if let ingressClass = cluster.store.ingressClasses["", name] {
      return ingressClass.spec.controller == ControlPlaneAddons.ingressController
    }
    // ingress-nginx also honours the bare annotation value `nginx` without an IngressClass object.
    return ingress.spec.ingressClassName == nil && name == ControlPlaneAddons.ingressClassName
  }

  /// The DefaultIngressClass admission plugin (`plugin/pkg/admission/network/defaultingressclass`): a new Ingress
  /// that names no class gets the one class marked default; two defaults refuse it.
  static func admitDefaultClass(_ ingress: inout Ingress, in cluster: ClusterState) throws(APIError) {
    guard ingress.spec.ingressClassName == nil, ingress.metadata.annotations[annotation] == nil else { return }
    let defaults = cluster.store.ingressClasses.list().filter {
      $0.metadata.annotations[defaultClassAnnotation] == "true"
    }
    if defaults.count > 1 {
      throw APIError.forbidden(
        "ingresses.networking.k8s.io \"\(ingress.metadata.name)\" is forbidden: \(defaults.count) default "
          + "IngressClasses were found, only 1 allowed")
    }
    if let only = defaults.first { ingress.spec.ingressClassName = only.metadata.name }
  }
}

extension Ingress {
  public static func admit(_ ingress: inout Ingress, old: Ingress?, in cluster: inout ClusterState) throws(APIError) {
    if old == nil { try IngressClasses.admitDefaultClass(&ingress, in: cluster) }
  }

  public static func didChange(old: Ingress?, new: Ingress?, in cluster: inout ClusterState) {
    guard let new, old?.spec != new.spec || old?.metadata.annotations != new.metadata.annotations else { return }
    cluster.enqueue(.ingress, new.key)
  }
}
