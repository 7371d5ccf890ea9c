import KubeModel

/// Object keys kept sorted in chunks of a few hundred, so a pane of 150,000 pods takes an insertion or removal in
/// O(log n + chunk) instead of moving the whole array, and still finds its n-th row quickly for scrolling.
public struct SortedKeyList: Hashable, Sendable {
  static let chunkCapacity = 512

  private var chunks: [[ObjectKey]] = []
  public private(set) var count = 0

  public init() {}

  /// From keys already sorted and unique.
  public init(sorted keys: [ObjectKey]) {
    var start = 0
    while start < keys.count {
      let end = min(keys.count, start + Self.chunkCapacity / 2)
      chunks.append(Array(keys[start..<end]))
      start = end
    }
    count = keys.count
  }

  public var isEmpty: Bool { count == 0 }

  public subscript(position: Int) -> ObjectKey {
    var remaining = position
    for chunk in chunks {
      if remaining < chunk.count { return chunk[remaining] }
      remaining -= chunk.count
    }
    preconditionFailure("row \(position) out of \(count)")
  }

  /// The keys from `start`, at most `limit` of them: the rows a pane shows.
  public func slice(from start: Int, limit: Int) -> [ObjectKey] {
    var result: [ObjectKey] = []
    var skip = max(0, start)
    for chunk in chunks {
      if result.count >= limit { break }
      if skip >= chunk.count {
        skip -= chunk.count
        continue
      }
      let end = min(chunk.count, skip + limit - result.count)
      result += chunk[skip..<end]
      skip = 0
    }
    return result
  }

  public func contains(_ key: ObjectKey) -> Bool { position(of: key) != nil }

  /// The row of a key, if present.
  public func position(of key: ObjectKey) -> Int? {
    let chunkIndex = chunkIndex(for: key)
    guard chunkIndex < chunks.count else { return nil }
    let chunk = chunks[chunkIndex]
    let index = Self.lowerBound(chunk, key)
    guard index < chunk.count, chunk[index] == key else { return nil }
    return chunks[..<chunkIndex].reduce(0) { $0 + $1.count } + index
  }

  /// Inserts a key if absent; returns whether it was inserted.
  @discardableResult
  public mutating func insert(_ key: ObjectKey) -> Bool {
    if chunks.isEmpty {
      chunks = [[key]]
      count = 1
      return true
    }
    let chunkIndex = min(self.chunkIndex(for: key), chunks.count - 1)
    let index = Self.lowerBound(chunks[chunkIndex], key)
    if index < chunks[chunkIndex].count, chunks[chunkIndex][index] == key { return false }
    chunks[chunkIndex].insert(key, at: index)
    count += 1
    if chunks[chunkIndex].count > Self.chunkCapacity {
      let upper = Array(chunks[chunkIndex][(Self.chunkCapacity / 2)...])
      chunks[chunkIndex].removeLast(upper.count)
      chunks.insert(upper, at: chunkIndex + 1)
    }
    return true
  }

  /// Removes a key if present; returns whether it was there.
  @discardableResult
  public mutating func remove(_ key: ObjectKey) -> Bool {
    let chunkIndex = chunkIndex(for: key)
    guard chunkIndex < chunks.count else { return false }
    let index = Self.lowerBound(chunks[chunkIndex], key)
    guard index < chunks[chunkIndex].count, chunks[chunkIndex][index] == key else { return false }
    chunks[chunkIndex].remove(at: index)
    if chunks[chunkIndex].isEmpty { chunks.remove(at: chunkIndex) }
    count -= 1
    return true
  }

  /// The first chunk whose last key is not below `key`.
  private func chunkIndex(for key: ObjectKey) -> Int {
    var low = 0
    var high = chunks.count
    while low < high {
      let middle = (low + high) / 2
      if chunks[middle].last! < key { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func lowerBound(_ chunk: [ObjectKey], _ key: ObjectKey) -> Int {
    var low = 0
    var high = chunk.count
    while low < high {
      let middle = (low + high) / 2
      if chunk[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
