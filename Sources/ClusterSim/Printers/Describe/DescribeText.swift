import KubeModel

/// Absolute times as `describe` prints them: Go's `time.RFC1123Z` layout in UTC
/// (`Mon, 06 Jan 2025 09:00:00 +0000`).
public enum DescribeTime {
  static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// The time, or `<unset>` without one (what describe prints for optional times it checks first).
  public static func format(_ time: Timestamp?) -> String {
    guard let time else { return "<unset>" }
    return go(time)
  }

  /// `t.Time.Format(time.RFC1123Z)` on a field that may be unset: Go formats the zero time
  /// (`Mon, 01 Jan 0001 00:00:00 +0000`).
  public static func go(_ time: Timestamp?) -> String {
    guard let time else { return "Mon, 01 Jan 0001 00:00:00 +0000" }
    let civil = CivilTime(secondsSinceEpoch: time.seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(weekdays[civil.weekday]), \(two(civil.day)) \(months[civil.month - 1]) \(civil.year) "
      + "\(two(civil.hour)):\(two(civil.minute)):\(two(civil.second)) +0000"
  }
}

/// Small formatting helpers shared by the describers, each named after the upstream function it follows.
enum DescribeText {
  /// `translateTimestampSince`: the age of a time, `<unknown>` without one.
  static func since(_ time: Timestamp?, _ cluster: ClusterState) -> String {
    HumanDuration.age(since: time, now: cluster.now)
  }

  /// Go's `%v` of a `[]string`: `[a b c]`.
  static func goList(_ values: [String]) -> String { "[" + values.joined(separator: " ") + "]" }

  /// `printBool`: `True` or `False`.
  static func bool(_ value: Bool) -> String { value ? "True" : "False" }

  /// `printBoolPtr`: `True`, `False` or `<unset>`.
  static func bool(_ value: Bool?) -> String { value.map(bool) ?? "<unset>" }

  /// `labels.FormatLabels`: `a=1,b=2` sorted by key, `<none>` when empty.
  static func formatLabels(_ labels: [String: String]) -> String {
    guard !labels.isEmpty else { return "<none>" }
    return labels.keys.sorted(by: GoSort.less).map { "\($0)=\(labels[$0]!)" }.joined(separator: ",")
  }

  /// `labels.Selector.String()` of `LabelSelectorAsSelector`: empty for a missing or empty selector.
  static func selector(_ selector: LabelSelector?) -> String {
    guard let selector else { return "" }
    return (try? selector.asSelector())?.description ?? ""
  }

  /// `Taint.ToString`: `key=value:Effect`, `key:Effect`, `key=value:` or `key`.
  static func taint(_ taint: Taint) -> String {
    if taint.effect.isEmpty { return taint.value.isEmpty ? taint.key : "\(taint.key)=\(taint.value):" }
    return taint.value.isEmpty ? "\(taint.key):\(taint.effect)" : "\(taint.key)=\(taint.value):\(taint.effect)"
  }

  /// `printController`: `<Kind>/<name>` of the controller owner reference, or nothing.
  static func controller(_ metadata: ObjectMeta) -> String? {
    metadata.controllerReference.map { "\($0.kind)/\($0.name)" }
  }

  /// `storageutil.GetAccessModesAsString`: `RWO,ROX,RWX,RWOP` in that order, each once.
  static func accessModes(_ modes: [String]) -> String {
    [("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP")]
      .filter { modes.contains($0.0) }.map(\.1).joined(separator: ",")
  }

  /// `net.JoinHostPort`: brackets around a host that contains a colon (an IPv6 address).
  static func joinHostPort(_ host: String, _ port: String) -> String {
    host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
  }

  /// `IntOrString.String()` of an optional field: `<nil>` when unset.
  static func intOrString(_ value: IntOrString?) -> String { value?.description ?? "<nil>" }

  /// The value of a `resource.Quantity` map entry, `0` when missing (Go's zero quantity).
  static func quantity(_ list: [String: Quantity], _ name: String) -> String { list[name]?.description ?? "0" }
}

extension JSONValue {
  /// A member as text: strings as they are, numbers and booleans as Go's `%v` prints them.
  func text(_ key: String) -> String? {
    switch self[key] {
    case .string(let text): return text
    case .int(let number): return String(number)
    case .bool(let flag): return String(flag)
    case .double(let number): return String(number)
    default: return nil
    }
  }

  /// A boolean member, false when missing.
  func flag(_ key: String) -> Bool {
    if case .bool(let flag) = self[key] { return flag }
    return false
  }

  /// A member holding a list of strings.
  func strings(_ key: String) -> [String] {
    self[key]?.arrayValue?.compactMap(\.stringValue) ?? []
  }

  /// A member holding a list of objects.
  func objects(_ key: String) -> [JSONValue] { self[key]?.arrayValue ?? [] }

  /// A label selector written as JSON (`matchLabels`, `matchExpressions`).
  var labelSelector: LabelSelector {
    var selector = LabelSelector()
    for (key, value) in self["matchLabels"]?.objectValue ?? [:] { selector.matchLabels[key] = value.stringValue ?? "" }
    for expression in objects("matchExpressions") {
      selector.matchExpressions.append(
        LabelSelectorRequirement(
          key: expression.text("key") ?? "", operator: expression.text("operator") ?? "",
          values: expression.strings("values")))
    }
    return selector
  }
}
