import KubeModel

/// The specs of pods stamped from one template, defaulted, admitted and validated once and then shared.
///
/// A ReplicaSet's pods all start from its template's spec. Defaulting, DefaultTolerationSeconds and validation
/// depend on nothing but that spec, so the API server's work for the first pod holds for every later one: each
/// later pod takes the same prepared spec (one shared copy instead of one per pod) and skips re-validating it.
/// Namespaces with LimitRanges are never served from here, as their admission depends on more than the spec.
///
/// Entries hold the template's storage, so an identity is never reused while it is remembered. The cache is
/// derived state: a snapshot keeps none of it.
struct PreparedPodSpecs: Sendable, Codable {
  static let capacity = 4_096

  private var entries: [ObjectIdentifier: (source: CopyOnWrite<PodSpec>, prepared: CopyOnWrite<PodSpec>)] = [:]

  init() {}

  /// The prepared spec for pods whose spec is still the template's `source`, if one was prepared before.
  func prepared(from source: CopyOnWrite<PodSpec>) -> CopyOnWrite<PodSpec>? {
    guard let entry = entries[source.storageIdentity], entry.source.isIdentical(to: source) else { return nil }
    return entry.prepared
  }

  mutating func remember(_ prepared: CopyOnWrite<PodSpec>, from source: CopyOnWrite<PodSpec>) {
    if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
    entries[source.storageIdentity] = (source, prepared)
  }

  init(from decoder: any Decoder) throws { self.init() }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}
