import KubeModel

/// Which Services select which pods, kept incrementally per namespace for the endpoints controllers
/// (upstream's `GetPodServiceMemberships` over a service lister, made cheap).
///
/// A Service's selector is a conjunction of `key=value` pairs, so a pod can only match it if the pod carries one
/// chosen pair of the selector (its smallest, in string order). Services are filed under that pair; a pod change
/// looks up only the Services filed under the pod's own labels and checks them, never every Service in the
/// namespace. A Service change lists only the pods of its namespace.
struct ServiceSelectionIndex: Sendable {
  /// Namespace → `key=value` → the names of the Services filed under that pair.
  private var servicesByPair: [String: [String: Set<String>]] = [:]
  /// The selectors of the indexed Services.
  private var selectors: [ObjectKey: [String: String]] = [:]
  /// Service → the names of the pods its selector matches.
  private(set) var podsByService: [ObjectKey: Set<String>] = [:]

  /// The Services (names, sorted) of a namespace whose selector matches `labels`.
  func services(selecting labels: [String: String], namespace: String) -> [String] {
    guard let filed = servicesByPair[namespace], !labels.isEmpty else { return [] }
    var found: Set<String> = []
    for (key, value) in labels {
      guard let candidates = filed[Self.pair(key, value)] else { continue }
      for name in candidates {
        let selector = selectors[ObjectKey(namespace: namespace, name: name)] ?? [:]
        if Self.matches(selector, labels) { found.insert(name) }
      }
    }
    return found.sorted()
  }

  /// The pods (names, sorted) a Service selects.
  func pods(of service: ObjectKey) -> [String] { (podsByService[service] ?? []).sorted() }

  /// Indexes a Service and finds the pods it selects among `pods` (those of its namespace).
  mutating func addService(_ service: Service, pods: [Pod]) {
    guard let pair = Self.filingPair(service.spec.selector) else { return }
    let key = service.key
    servicesByPair[key.namespace, default: [:]][pair, default: []].insert(key.name)
    selectors[key] = service.spec.selector
    var selected: Set<String> = []
    for pod in pods where Self.matches(service.spec.selector, pod.metadata.labels) {
      selected.insert(pod.metadata.name)
    }
    podsByService[key] = selected
  }

  mutating func removeService(_ key: ObjectKey) {
    guard let selector = selectors.removeValue(forKey: key), let pair = Self.filingPair(selector) else { return }
    servicesByPair[key.namespace]?[pair]?.remove(key.name)
    if servicesByPair[key.namespace]?[pair]?.isEmpty == true { servicesByPair[key.namespace]?[pair] = nil }
    if servicesByPair[key.namespace]?.isEmpty == true { servicesByPair[key.namespace] = nil }
    podsByService[key] = nil
  }

  /// Whether the indexed selector of a Service differs from `selector`.
  func selectorChanged(_ key: ObjectKey, to selector: [String: String]) -> Bool {
    (selectors[key] ?? [:]) != selector
  }

  /// Moves a pod between the Services that selected it before and those that select it now; returns both sets.
  mutating func podChanged(old: Pod?, new: Pod?) -> (before: [String], after: [String]) {
    let pod = new ?? old!
    let namespace = pod.metadata.namespace
    let before = old.map { services(selecting: $0.metadata.labels, namespace: namespace) } ?? []
    let after = new.map { services(selecting: $0.metadata.labels, namespace: namespace) } ?? []
    for name in before { podsByService[ObjectKey(namespace: namespace, name: name)]?.remove(pod.metadata.name) }
    for name in after { podsByService[ObjectKey(namespace: namespace, name: name)]?.insert(pod.metadata.name) }
    return (before, after)
  }

  /// The pair a selector is filed under; nil for an empty selector, which selects nothing here (the endpoints
  /// controllers leave selector-less Services alone).
  static func filingPair(_ selector: [String: String]) -> String? {
    selector.map { pair($0.key, $0.value) }.min()
  }

  static func pair(_ key: String, _ value: String) -> String { key + "=" + value }

  static func matches(_ selector: [String: String], _ labels: [String: String]) -> Bool {
    !selector.isEmpty && selector.allSatisfy { labels[$0.key] == $0.value }
  }
}
