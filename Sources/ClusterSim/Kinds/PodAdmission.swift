import KubeModel

extension Pod {
  /// The admission plugins that touch every new pod: LimitRanger fills in and checks requests and limits;
  /// DefaultTolerationSeconds adds 300-second tolerations of the not-ready and unreachable NoExecute taints unless
  /// the pod tolerates them already. (ResourceQuota runs after these, for every kind: ``ResourceQuotaAdmission``.)
  public static func admit(_ pod: inout Pod, old: Pod?, in cluster: inout ClusterState) throws(APIError) {
    guard old == nil else { return }
    try LimitRanger.admit(&pod, in: cluster)
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
}
