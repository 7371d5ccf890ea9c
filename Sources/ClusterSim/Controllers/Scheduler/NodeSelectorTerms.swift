import KubeModel

/// One node selector term, converted once per pod (component-helpers `nodeaffinity.nodeSelectorTerm`): its
/// `matchExpressions` as a label selector and its `matchFields` as requirements on `metadata.name`, ANDed.
/// A term with neither matches no node; a term that does not convert matches no node either.
struct CompiledNodeSelectorTerm: Sendable {
  /// `matchFields` on `metadata.name`, the only field nodes are selected by: `In` or `NotIn` one name.
  struct NameRequirement: Sendable {
    var name: String
    var equals: Bool
  }

  private var labels: Selector?
  private var names: [NameRequirement]?
  private var isValid: Bool

  init(_ term: NodeSelectorTerm) {
    isValid = true
    if !term.matchExpressions.isEmpty {
      do {
        labels = try Selector(nodeSelectorRequirements: term.matchExpressions)
      } catch {
        isValid = false
      }
    }
    if !term.matchFields.isEmpty {
      var requirements: [NameRequirement] = []
      for field in term.matchFields {
        // Upstream `nodeSelectorRequirementsAsFieldSelector`: only `metadata.name`, `In`/`NotIn`, one value.
        guard field.key == "metadata.name", field.values.count == 1, field.operator == "In" || field.operator == "NotIn"
        else {
          isValid = false
          break
        }
        requirements.append(NameRequirement(name: field.values[0], equals: field.operator == "In"))
      }
      names = requirements
    }
  }

  /// Upstream `nodeSelectorTerm.match`.
  func matches(labels nodeLabels: [String: String], name: String) -> Bool {
    guard isValid, labels != nil || names != nil else { return false }
    if let labels, !labels.matches(nodeLabels) { return false }
    if let names {
      for requirement in names where (requirement.name == name) != requirement.equals { return false }
    }
    return true
  }
}

/// A pod's node constraints (upstream `nodeaffinity.RequiredNodeAffinity` and `PreferredSchedulingTerms`):
/// `spec.nodeSelector` ANDed with the required node affinity terms (ORed), and the weighted preferred terms.
struct NodeConstraints: Sendable {
  /// `spec.nodeSelector`, sorted by key.
  var nodeSelector: [(key: String, value: String)] = []
  /// The required terms, or nil when the pod has no required node affinity.
  var requiredTerms: [CompiledNodeSelectorTerm]?
  /// The preferred terms with a non-zero weight.
  var preferredTerms: [(weight: Int64, term: CompiledNodeSelectorTerm)] = []

  init(_ spec: PodSpec) {
    if !spec.nodeSelector.isEmpty {
      nodeSelector = spec.nodeSelector.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }
    if let nodeAffinity = spec.affinity?.nodeAffinity {
      if let required = nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution {
        requiredTerms = required.nodeSelectorTerms.map(CompiledNodeSelectorTerm.init)
      }
      for preferred in nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution where preferred.weight != 0 {
        preferredTerms.append((Int64(preferred.weight), CompiledNodeSelectorTerm(preferred.preference)))
      }
    }
  }

  /// Whether the pod restricts nodes at all (NodeAffinity's filter has something to check).
  var restrictsNodes: Bool { !nodeSelector.isEmpty || requiredTerms != nil }

  /// NodeAffinity's PreFilter: when every required term names its nodes (`matchFields` `metadata.name` `In`, ANDed
  /// within a term, ORed across terms), only those nodes are searched; nil when some term does not. A DaemonSet pod
  /// names its one node this way, so it is placed without visiting 5,000 others.
  static func preFilterNodeNames(_ spec: PodSpec) -> Set<String>? {
    guard let terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms,
      !terms.isEmpty
    else { return nil }
    var names: Set<String> = []
    for term in terms {
      var termNames: Set<String>?
      for field in term.matchFields where field.key == "metadata.name" && field.operator == "In" {
        termNames = termNames.map { $0.intersection(field.values) } ?? Set(field.values)
      }
      guard let termNames else { return nil }
      names.formUnion(termNames)
    }
    return names
  }

  /// Upstream `RequiredNodeAffinity.Match`: every nodeSelector label, and one of the required terms.
  func matches(labels: [String: String], name: String) -> Bool {
    for (key, value) in nodeSelector where labels[key] != value { return false }
    guard let requiredTerms else { return true }
    for term in requiredTerms where term.matches(labels: labels, name: name) { return true }
    return false
  }

  /// Upstream `PreferredSchedulingTerms.Score`: the sum of the weights of the preferred terms the node matches.
  func preferredScore(labels: [String: String], name: String) -> Int64 {
    var score: Int64 = 0
    for (weight, term) in preferredTerms where term.matches(labels: labels, name: name) { score += weight }
    return score
  }
}
