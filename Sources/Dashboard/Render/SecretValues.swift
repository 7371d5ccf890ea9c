import Foundation
import KubeModel

/// How the YAML view shows a Secret: masked unless asked, as k9s does, because the dashboard is often on a projector
/// and a Secret's base64 is its value in plain sight. Masked, each value of `data` and `stringData` becomes a run of
/// `*` of one fixed length (the keys stay, the lengths do not show; `describe` gives the byte counts, as kubectl
/// does), and the `last-applied-configuration` annotation, which `kubectl apply` fills with the whole manifest, is
/// masked whole. Revealed (`--show-secrets`, or the reveal key in the view), values are shown decoded, as k9s's
/// decode does; a value that is not UTF-8 text stays base64. The command language is not affected: `get -o yaml`
/// and `-o json` print base64 as kubectl does.
public enum SecretValues {
  public static let mask = "********"
  static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"

  /// The encoded Secret as the view shows it.
  public static func presented(_ secret: JSONValue, reveal: Bool) -> JSONValue {
    guard case .object(var members) = secret else { return secret }
    for field in ["data", "stringData"] {
      guard case .object(let values)? = members[field] else { continue }
      let decode = reveal && field == "data"
      members[field] = .object(values.mapValues { value in reveal ? (decode ? decoded(value) : value) : .string(mask) })
    }
    if !reveal, case .object(var metadata)? = members["metadata"],
      case .object(var annotations)? = metadata["annotations"], annotations[lastApplied] != nil
    {
      annotations[lastApplied] = .string(mask)
      metadata["annotations"] = .object(annotations)
      members["metadata"] = .object(metadata)
    }
    return .object(members)
  }

  /// A base64 value as text, when it is base64 of UTF-8 text.
  static func decoded(_ value: JSONValue) -> JSONValue {
    guard let text = value.stringValue, let bytes = Base64.decode(text),
      let string = String(bytes: bytes, encoding: .utf8)
    else { return value }
    return .string(string)
  }
}
