import KubeModel

/// Who reports an event: the `From` column of `describe` (`source.component`, and the node for kubelets).
public struct EventReporter: Hashable, Sendable {
  public var component: String
  public var host: String

  public init(_ component: String, host: String = "") {
    self.component = component
    self.host = host
  }

  public static let scheduler = EventReporter("default-scheduler")
  public static let deploymentController = EventReporter("deployment-controller")
  public static let replicaSetController = EventReporter("replicaset-controller")
  public static let replicationController = EventReporter("replication-controller")
  public static let nodeController = EventReporter("node-controller")
  public static let jobController = EventReporter("job-controller")
  public static let cronJobController = EventReporter("cronjob-controller")
  public static let daemonSetController = EventReporter("daemonset-controller")
  public static let statefulSetController = EventReporter("statefulset-controller")
  public static let endpointController = EventReporter("endpoint-controller")
  public static let serviceController = EventReporter("service-controller")
  public static let persistentVolumeController = EventReporter("persistentvolume-controller")
  public static let namespaceController = EventReporter("namespace-controller")
  public static let taintEvictionController = EventReporter("taint-eviction-controller")
  public static func kubelet(_ node: String) -> EventReporter { EventReporter("kubelet", host: node) }
}

extension ClusterState {
  /// Records an event about an object, as client-go's event recorder does (identical repeats are counted).
  public mutating func recordEvent<Object: APIObject>(
    _ object: Object, type: String = "Normal", reason: String, message: String, from reporter: EventReporter,
    fieldPath: String = ""
  ) {
    var reference = object.objectReference
    reference.fieldPath = fieldPath
    recordEvent(about: reference, type: type, reason: reason, message: message, from: reporter)
  }

  public mutating func recordEvent(
    about reference: ObjectReference, type: String = "Normal", reason: String, message: String,
    from reporter: EventReporter
  ) {
    eventNameCounter += 1
    store.events.record(
      EventRecord(
        nameSuffix: eventNameCounter, namespace: reference.namespace.isEmpty ? "default" : reference.namespace,
        involved: reference, reason: reason, message: message, type: type, component: reporter.component,
        host: reporter.host, at: now))
  }
}
