// Deleted when the manifest codec lands.
public enum ObjectEncoder {
  public static func encode<T: Encodable>(_ value: T) -> JSONValue { .null }
}
public enum YAMLWriter {
  public static func write(_ value: JSONValue) -> String { "" }
}
public enum JSONWriter {
  public static func write(_ value: JSONValue) -> String { "" }
}

