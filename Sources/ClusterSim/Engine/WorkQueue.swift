import DequeModule
import KubeModel

/// Keys waiting to be synced by one controller, first in first out, each at most once (upstream's workqueue).
public struct WorkQueue: Sendable, Codable {
  private var order = Deque<ObjectKey>()
  private var queued = Set<ObjectKey>()

  public init() {}

  public var isEmpty: Bool { order.isEmpty }
  public var count: Int { order.count }

  public mutating func add(_ key: ObjectKey) {
    if queued.insert(key).inserted { order.append(key) }
  }

  public mutating func next() -> ObjectKey? {
    guard let key = order.popFirst() else { return nil }
    queued.remove(key)
    return key
  }

  private enum CodingKeys: String, CodingKey { case keys }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    for key in try container.decode([ObjectKey].self, forKey: .keys) { add(key) }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Array(order), forKey: .keys)
  }
}
