import KubeModel

/// `kubectl describe quota` (`describeQuota` in kubectl's `pkg/describe/describe.go`): scopes with their help
/// text, then used and hard amounts per resource. No labels, annotations or events.
extension ResourceQuota: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    let scopes = spec.scopes.sorted(by: GoSort.less)
    if !scopes.isEmpty {
      writer.line(0, "Scopes:", scopes.joined(separator: ", "))
      for scope in scopes {
        if let help = Self.helpText(scope) { writer.write(0, " * \(help)\n") }
      }
    }
    writer.write(0, "Resource\tUsed\tHard\n")
    writer.write(0, "--------\t----\t----\n")
    for name in status.hard.keys.sorted(by: GoSort.less) {
      let hard = status.hard[name]!
      var used = status.used[name] ?? Quantity(value: 0, format: hard.format)
      // A used amount in another format than the hard one is printed in the hard one's format.
      if used.format != hard.format { used = Quantity(value: used.value, format: hard.format) }
      writer.write(0, "\(name)\t\(used)\t\(hard)\n")
    }
    return writer.rendered
  }

  /// `helpTextForResourceQuotaScope`.
  static func helpText(_ scope: String) -> String? {
    switch scope {
    case "Terminating":
      return "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before "
        + "being actively terminated by the system."
    case "NotTerminating":
      return "Matches all pods that do not have an active deadline. These pods usually include long running pods "
        + "whose container command is not expected to terminate."
    case "BestEffort":
      return "Matches all pods that do not have resource requirements set. These pods have a best effort quality "
        + "of service."
    case "NotBestEffort":
      return "Matches all pods that have at least one resource requirement set. These pods have a burstable or "
        + "guaranteed quality of service."
    default:
      return nil
    }
  }

  /// `DescribeResourceQuotas`: every quota of a namespace by name, for `describe namespace` (here the dashes under
  /// Used and Hard are three long, and used amounts keep their own format).
  static func describeQuotas(_ quotas: [ResourceQuota], into writer: inout DescribeWriter) {
    guard !quotas.isEmpty else {
      writer.write(0, "No resource quota.\n")
      return
    }
    writer.write(0, "Resource Quotas\n")
    for quota in GoSort.sorted(quotas, by: { GoSort.less($0.metadata.name, $1.metadata.name) }) {
      writer.line(1, "Name:", quota.metadata.name)
      let scopes = quota.spec.scopes.sorted(by: GoSort.less)
      if !scopes.isEmpty {
        writer.line(1, "Scopes:", scopes.joined(separator: ", "))
        for scope in scopes {
          if let help = helpText(scope) { writer.write(1, "* \(help)\n") }
        }
      }
      writer.write(1, "Resource\tUsed\tHard\n")
      writer.write(1, "--------\t---\t---\n")
      for name in quota.status.hard.keys.sorted(by: GoSort.less) {
        writer.write(1, "\(name)\t\(DescribeText.quantity(quota.status.used, name))\t\(quota.status.hard[name]!)\n")
      }
    }
  }
}

/// `kubectl describe limits` (`describeLimitRange`). Upstream lists each item's resources in Go's random map
/// order; they are sorted here so the page is reproducible.
extension LimitRange: SettingsDescribable {
  public func describe(in cluster: ClusterState, settings: DescriberSettings) -> String {
    var writer = DescribeWriter()
    writer.line(0, "Name:", metadata.name)
    writer.line(0, "Namespace:", metadata.namespace)
    writer.write(0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n")
    writer.write(0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n")
    Self.describeSpec(spec, prefix: "", into: &writer)
    return writer.rendered
  }

  /// `describeLimitRangeSpec`: one row per item and resource, `-` where a bound is not set.
  static func describeSpec(_ spec: LimitRangeSpec, prefix: String, into writer: inout DescribeWriter) {
    for item in spec.limits {
      var names = Set(item.max.keys)
      for list in [item.min, item.default, item.defaultRequest, item.maxLimitRequestRatio] {
        names.formUnion(list.keys)
      }
      for name in names.sorted(by: GoSort.less) {
        let cells = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio].map {
          $0[name]?.description ?? "-"
        }
        writer.write(0, "\(prefix)\(item.type)\t\(name)\t" + cells.joined(separator: "\t") + "\n")
      }
    }
  }

  /// `DescribeLimitRanges`: every limit range of a namespace, for `describe namespace`.
  static func describeLimitRanges(_ limitRanges: [LimitRange], into writer: inout DescribeWriter) {
    guard !limitRanges.isEmpty else {
      writer.write(0, "No LimitRange resource.\n")
      return
    }
    writer.write(
      0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n")
    writer.write(0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n")
    for limitRange in limitRanges { describeSpec(limitRange.spec, prefix: " ", into: &writer) }
  }
}
