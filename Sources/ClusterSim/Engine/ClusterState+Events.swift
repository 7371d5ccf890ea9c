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
    var event = Event()
    eventNameCounter += 1
    // client-go names events `<object>.<unix nanoseconds in hex>`; the counter keeps same-instant names apart.
    let nanos = UInt64(max(0, now.milliseconds)) &* 1_000_000 &+ UInt64(eventNameCounter % 1_000_000)
    event.metadata.name = "\(reference.name).\(String(nanos, radix: 16))"
    event.metadata.namespace = reference.namespace.isEmpty ? "default" : reference.namespace
    event.metadata.creationTimestamp = now
    event.involvedObject = reference
    event.type = type
    event.reason = reason
    event.message = message
    event.source = EventSource(component: reporter.component, host: reporter.host)
    event.reportingComponent = reporter.component
    event.reportingInstance = reporter.host
    event.firstTimestamp = now
    event.lastTimestamp = now
    event.count = 1
    store.events.record(event)
  }
}
