/// A ResourceQuota (`v1`): caps the total resources and object counts of a namespace.
public struct ResourceQuota: APIObject {
  public static let kind = "ResourceQuota"
  public static let apiVersion = "v1"

  public var apiVersion: String = ResourceQuota.apiVersion
  public var kind: String = ResourceQuota.kind
  public var metadata = ObjectMeta()
  public var spec = ResourceQuotaSpec()
  public var status = ResourceQuotaStatus()

  public init() {}
}

public struct ResourceQuotaSpec: Hashable, Sendable, Codable {
  public var hard: [String: Quantity] = [:]
  public var scopes: [String] = []
  public var scopeSelector: JSONValue?
  public init() {}
}

public struct ResourceQuotaStatus: Hashable, Sendable, Codable {
  public var hard: [String: Quantity] = [:]
  public var used: [String: Quantity] = [:]
  public init() {}
}

/// A LimitRange (`v1`): per-namespace defaults and bounds for container and pod resources.
public struct LimitRange: APIObject {
  public static let kind = "LimitRange"
  public static let apiVersion = "v1"

  public var apiVersion: String = LimitRange.apiVersion
  public var kind: String = LimitRange.kind
  public var metadata = ObjectMeta()
  public var spec = LimitRangeSpec()

  public init() {}
}

public struct LimitRangeSpec: Hashable, Sendable, Codable {
  public var limits: [LimitRangeItem] = []
  public init() {}
}

public struct LimitRangeItem: Hashable, Sendable, Codable {
  /// `Container`, `Pod` or `PersistentVolumeClaim`.
  public var type: String = ""
  public var max: [String: Quantity] = [:]
  public var min: [String: Quantity] = [:]
  public var `default`: [String: Quantity] = [:]
  public var defaultRequest: [String: Quantity] = [:]
  public var maxLimitRequestRatio: [String: Quantity] = [:]
  public init() {}
}
