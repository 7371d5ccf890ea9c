import KubeModel

/// A control loop: given the key of an object that changed (or whose timer fired), it reads the store, compares
/// desired with observed state, and writes what should change — the shape of every controller in
/// kube-controller-manager, the scheduler and the kubelet.
public protocol Controller {
  static var id: ControllerID { get }
  static func sync(_ key: ObjectKey, in cluster: inout ClusterState)
}

/// The controllers of the simulated cluster. The order is the order in which queued work is drained when the
/// simulation settles an instant; any fixed order is deterministic, and this one follows the flow of an object
/// from its owner down to the node.
public enum ControllerID: Int, CaseIterable, Hashable, Sendable, Codable {
  case namespace
  case garbageCollector
  case deployment
  case replicaSet
  case replicationController
  case statefulSet
  case daemonSet
  case cronJob
  case job
  case persistentVolume
  case scheduler
  case kubelet
  case nodeLifecycle
  case endpoints
  case service
  case resourceQuota
  case ingress

  /// The implementation registered for this controller.
  var implementation: any Controller.Type {
    ControllerRegistry.implementation(of: self)
  }
}
