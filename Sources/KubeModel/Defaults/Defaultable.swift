/// An object that fills in the API's defaults for fields left unset, as the API server does on every write
/// (upstream's generated `SetDefaults_*` functions). Defaulting is idempotent.
public protocol Defaultable {
  mutating func applyDefaults()
}

/// An object that checks itself as the API server's validation does, returning every problem found.
/// `old` is the stored object on an update (for immutability rules), nil on create.
public protocol Validatable {
  func validate(old: Self?) -> [FieldError]
}
