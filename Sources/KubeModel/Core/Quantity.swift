// STUB: replaced by the full implementation (parsing, canonical printing, arithmetic).
/// A Kubernetes resource quantity such as `100m`, `0.5`, `512Mi`, `1G`, `1e3`.
public struct Quantity: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  public enum Format: Hashable, Sendable, Codable { case decimalSI, binarySI, decimalExponent }
  public var milli: Int64
  public var format: Format
  public init(milli: Int64, format: Format) {
    self.milli = milli
    self.format = format
  }
  public static let zero = Quantity(milli: 0, format: .decimalSI)
  public init(parsing text: String) throws(QuantityError) { throw QuantityError(text: text) }
  public static func cpu(milli: Int64) -> Quantity { Quantity(milli: milli, format: .decimalSI) }
  public static func bytes(_ bytes: Int64) -> Quantity { Quantity(milli: bytes * 1000, format: .binarySI) }
  public var milliValue: Int64 { milli }
  public var value: Int64 { (milli + 999) / 1000 }
  public var isZero: Bool { milli == 0 }
  public var description: String { String(milli) + "m" }
  public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.milli < rhs.milli }
  public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(milli: lhs.milli + rhs.milli, format: lhs.format) }
  public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(milli: lhs.milli - rhs.milli, format: lhs.format) }
}

public struct QuantityError: Error, Hashable, Sendable, CustomStringConvertible {
  public var text: String
  public var description: String { "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'" }
}
