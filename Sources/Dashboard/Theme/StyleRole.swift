/// What a cell means, which the theme maps to colours and attributes. The raw values are the keys of theme files.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
  case text
  case dim
  case header
  case headerAccent = "header-accent"
  case paused
  case border
  case borderFocused = "border-focused"
  case title
  case titleFocused = "title-focused"
  case columnHeader = "column-header"
  case selection
  case selectionInactive = "selection-inactive"
  case changed
  case running
  case pending
  case terminating
  case failed
  case completed
  case notReady = "not-ready"
  case barLow = "bar-low"
  case barMedium = "bar-medium"
  case barHigh = "bar-high"
  case barEmpty = "bar-empty"
  case eventNormal = "event-normal"
  case eventWarning = "event-warning"
  case command
  case footerKey = "footer-key"
  case footer
  case prompt
  case promptInput = "prompt-input"
  case message
  case error
  case yamlKey = "yaml-key"
  case yamlValue = "yaml-value"
  case helpGroup = "help-group"
  case rolloutOld = "rollout-old"
  case rolloutNew = "rollout-new"

  /// The role a theme falls back to when it does not style this one, so a short theme file still renders.
  public var fallback: StyleRole? {
    switch self {
    case .text: return nil
    case .headerAccent, .paused: return .header
    case .borderFocused: return .border
    case .titleFocused: return .title
    case .selectionInactive: return .selection
    case .barLow, .barMedium: return .running
    case .barHigh: return .failed
    case .barEmpty: return .dim
    case .eventNormal: return .text
    case .eventWarning: return .pending
    case .footerKey: return .footer
    case .promptInput: return .prompt
    case .yamlKey: return .columnHeader
    case .yamlValue: return .text
    case .helpGroup: return .title
    case .rolloutOld: return .dim
    case .rolloutNew: return .running
    default: return .text
    }
  }
}
