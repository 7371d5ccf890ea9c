import KubeModel

extension Pod {
  /// The admission plugins that touch every new pod: LimitRanger fills in and checks requests and limits;
  /// DefaultTolerationSeconds adds 300-second tolerations of the not-ready and unreachable NoExecute taints unless
  /// the pod tolerates them already; then the QoS class is set from the admitted requests and limits.
  /// (ResourceQuota runs after these, for every kind: ``ResourceQuotaAdmission``.)
  public static func admit(_ pod: inout Pod, old: Pod?, in cluster: inout ClusterState) throws(APIError) {
    guard old == nil else { return }
    try LimitRanger.admit(&pod, in: cluster)
    // The API server works out the QoS class after admission (the pod strategy's PrepareForCreate), so requests and
    // limits that LimitRanger filled in count.
    pod.status.qosClass = pod.spec.qosClass
    for key in [NodeLifecycleController.notReady, NodeLifecycleController.unreachable] {
      let tolerated = pod.spec.tolerations.contains { toleration in
        toleration.tolerates(Taint(key: key, effect: "NoExecute"))
      }
      if !tolerated {
        pod.spec.tolerations.append(
          Toleration(key: key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300))
      }
    }
  }

  /// Defaults and admission of a new pod. A controller's pod whose spec is still its template's takes the spec
  /// prepared for an earlier pod of that template (``PreparedPodSpecs``) instead of redoing the same work.
  public static func defaultAndAdmitNew(_ pod: inout Pod, in cluster: inout ClusterState) throws(APIError) -> Bool {
    let source = pod.$spec
    let cacheable =
      pod.metadata.controllerReference != nil && cluster.store.limitRanges.count(namespace: pod.metadata.namespace) == 0
    if cacheable, let prepared = cluster.preparedPodSpecs.prepared(from: source) {
      pod.$spec = prepared
      pod.applyStatusDefaults()
      return true
    }
    pod.applyDefaults()
    try admit(&pod, old: nil, in: &cluster)
    guard cacheable, pod.spec.validate(path: "spec").isEmpty else { return false }
    cluster.preparedPodSpecs.remember(pod.$spec, from: source)
    return true
  }

  public static func validateNew(_ pod: Pod, specKnownValid: Bool) -> [FieldError] {
    pod.validate(old: nil, specKnownValid: specKnownValid)
  }
}
