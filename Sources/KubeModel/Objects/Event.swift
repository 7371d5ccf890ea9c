/// An Event (`v1`): a report of something that happened to an object, shown by `describe` and `get events`.
public struct Event: APIObject {
  public static let kind = "Event"
  public static let apiVersion = "v1"

  public var apiVersion: String = Event.apiVersion
  public var kind: String = Event.kind
  public var metadata = ObjectMeta()
  public var involvedObject = ObjectReference()
  public var reason: String = ""
  public var message: String = ""
  public var source = EventSource()
  public var firstTimestamp: Timestamp?
  public var lastTimestamp: Timestamp?
  @OmitZero public var count: Int = 0
  /// `Normal` or `Warning`.
  public var type: String = ""
  public var eventTime: JSONValue?
  public var series: JSONValue?
  public var action: String = ""
  public var related: ObjectReference?
  public var reportingComponent: String = ""
  public var reportingInstance: String = ""

  public init() {}
}

public struct EventSource: Hashable, Sendable, Codable {
  public var component: String = ""
  public var host: String = ""
  public init(component: String = "", host: String = "") {
    self.component = component
    self.host = host
  }
}

/// An object of a kind the simulation does not model (NetworkPolicy, HorizontalPodAutoscaler, Gateway, ...),
/// kept exactly as written so `get` and `-o yaml` still show it.
public struct UnstructuredObject: Hashable, Sendable {
  public var apiVersion: String
  public var kind: String
  public var metadata: ObjectMeta
  /// The whole object as written, including apiVersion, kind and metadata.
  public var content: JSONValue

  public init(apiVersion: String, kind: String, metadata: ObjectMeta, content: JSONValue) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.metadata = metadata
    self.content = content
  }
}
