/// A ConfigMap (`v1`): configuration data for pods, as environment variables or files.
public struct ConfigMap: APIObject {
  public static let kind = "ConfigMap"
  public static let apiVersion = "v1"

  public var apiVersion: String = ConfigMap.apiVersion
  public var kind: String = ConfigMap.kind
  public var metadata = ObjectMeta()
  public var data: [String: String] = [:]
  public var binaryData: [String: String] = [:]
  public var immutable: Bool?

  public init() {}
}

/// A Secret (`v1`): like a ConfigMap, but its `data` is base64 (an encoding, not encryption) and hidden by default.
public struct Secret: APIObject {
  public static let kind = "Secret"
  public static let apiVersion = "v1"

  public var apiVersion: String = Secret.apiVersion
  public var kind: String = Secret.kind
  public var metadata = ObjectMeta()
  /// `Opaque` by default.
  public var type: String = ""
  /// Values base64-encoded, as on the wire.
  public var data: [String: String] = [:]
  /// Write-only plain values; the API server merges them into `data` and drops this field.
  public var stringData: [String: String] = [:]
  public var immutable: Bool?

  public init() {}
}
