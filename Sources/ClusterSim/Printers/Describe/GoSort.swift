/// Go's unstable `sort.Sort` / `sort.Slice` (pattern-defeating quicksort, Go 1.19+ `sort/zsortinterface.go`), so
/// elements that compare equal end up in the order kubectl prints them in. Up to 12 elements this is an insertion
/// sort and keeps equal elements in input order; beyond that their order depends on the algorithm's exact steps,
/// which this port follows, including its deterministic pattern breaking (xorshift seeded by the length).
enum GoSort {
  /// Go's string `<`: byte by byte.
  static func less(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  /// `sort.Slice(values, less)`.
  static func sorted<Element>(_ values: [Element], by less: (Element, Element) -> Bool) -> [Element] {
    let count = values.count
    guard count > 1 else { return values }
    return withoutActuallyEscaping(less) { less in
      var sorter = Sorter(data: values, lessThan: less)
      sorter.pdqsort(0, count, limit: Int.bitWidth - count.leadingZeroBitCount)
      return sorter.data
    }
  }

  private enum Hint { case unknown, increasing, decreasing }

  private struct Sorter<Element> {
    var data: [Element]
    let lessThan: (Element, Element) -> Bool

    func less(_ i: Int, _ j: Int) -> Bool { lessThan(data[i], data[j]) }
    mutating func swap(_ i: Int, _ j: Int) { data.swapAt(i, j) }

    mutating func insertionSort(_ a: Int, _ b: Int) {
      var i = a + 1
      while i < b {
        var j = i
        while j > a && less(j, j - 1) {
          swap(j, j - 1)
          j -= 1
        }
        i += 1
      }
    }

    mutating func siftDown(_ lo: Int, _ hi: Int, _ first: Int) {
      var root = lo
      while true {
        var child = 2 * root + 1
        if child >= hi { return }
        if child + 1 < hi && less(first + child, first + child + 1) { child += 1 }
        if !less(first + root, first + child) { return }
        swap(first + root, first + child)
        root = child
      }
    }

    mutating func heapSort(_ a: Int, _ b: Int) {
      let hi = b - a
      var i = (hi - 1) / 2
      while i >= 0 {
        siftDown(i, hi, a)
        i -= 1
      }
      i = hi - 1
      while i >= 0 {
        swap(a, a + i)
        siftDown(0, i, a)
        i -= 1
      }
    }

    mutating func pdqsort(_ start: Int, _ end: Int, limit startLimit: Int) {
      var a = start
      var b = end
      var limit = startLimit
      var wasBalanced = true
      var wasPartitioned = true
      while true {
        let length = b - a
        if length <= 12 {
          insertionSort(a, b)
          return
        }
        if limit == 0 {
          heapSort(a, b)
          return
        }
        if !wasBalanced {
          breakPatterns(a, b)
          limit -= 1
        }
        var (pivot, hint) = choosePivot(a, b)
        if hint == .decreasing {
          reverseRange(a, b)
          pivot = (b - 1) - (pivot - a)
          hint = .increasing
        }
        if wasBalanced && wasPartitioned && hint == .increasing && partialInsertionSort(a, b) { return }
        if a > 0 && !less(a - 1, pivot) {
          a = partitionEqual(a, b, pivot)
          continue
        }
        let (mid, alreadyPartitioned) = partition(a, b, pivot)
        wasPartitioned = alreadyPartitioned
        let leftLength = mid - a
        let rightLength = b - mid
        let balanceThreshold = length / 8
        if leftLength < rightLength {
          wasBalanced = leftLength >= balanceThreshold
          pdqsort(a, mid, limit: limit)
          a = mid + 1
        } else {
          wasBalanced = rightLength >= balanceThreshold
          pdqsort(mid + 1, b, limit: limit)
          b = mid
        }
      }
    }

    mutating func partition(_ a: Int, _ b: Int, _ pivot: Int) -> (Int, Bool) {
      swap(a, pivot)
      var i = a + 1
      var j = b - 1
      while i <= j && less(i, a) { i += 1 }
      while i <= j && !less(j, a) { j -= 1 }
      if i > j {
        swap(j, a)
        return (j, true)
      }
      swap(i, j)
      i += 1
      j -= 1
      while true {
        while i <= j && less(i, a) { i += 1 }
        while i <= j && !less(j, a) { j -= 1 }
        if i > j { break }
        swap(i, j)
        i += 1
        j -= 1
      }
      swap(j, a)
      return (j, false)
    }

    mutating func partitionEqual(_ a: Int, _ b: Int, _ pivot: Int) -> Int {
      swap(a, pivot)
      var i = a + 1
      var j = b - 1
      while true {
        while i <= j && !less(a, i) { i += 1 }
        while i <= j && less(a, j) { j -= 1 }
        if i > j { break }
        swap(i, j)
        i += 1
        j -= 1
      }
      return i
    }

    mutating func partialInsertionSort(_ a: Int, _ b: Int) -> Bool {
      let maxSteps = 5
      let shortestShifting = 50
      var i = a + 1
      for _ in 0..<maxSteps {
        while i < b && !less(i, i - 1) { i += 1 }
        if i == b { return true }
        if b - a < shortestShifting { return false }
        swap(i, i - 1)
        if i - a >= 2 {
          var j = i - 1
          while j >= 1 {
            if !less(j, j - 1) { break }
            swap(j, j - 1)
            j -= 1
          }
        }
        if b - i >= 2 {
          var j = i + 1
          while j < b {
            if !less(j, j - 1) { break }
            swap(j, j - 1)
            j += 1
          }
        }
      }
      return false
    }

    mutating func breakPatterns(_ a: Int, _ b: Int) {
      let length = b - a
      guard length >= 8 else { return }
      var random = UInt64(length)
      let modulus = UInt(1) << (UInt.bitWidth - UInt(length).leadingZeroBitCount)
      var index = a + (length / 4) * 2 - 1
      while index <= a + (length / 4) * 2 + 1 {
        random ^= random << 13
        random ^= random >> 7
        random ^= random << 17
        var other = Int(UInt(truncatingIfNeeded: random) & (modulus - 1))
        if other >= length { other -= length }
        swap(index, a + other)
        index += 1
      }
    }

    func choosePivot(_ a: Int, _ b: Int) -> (Int, Hint) {
      let length = b - a
      var swaps = 0
      var i = a + length / 4 * 1
      var j = a + length / 4 * 2
      var k = a + length / 4 * 3
      if length >= 8 {
        if length >= 50 {
          i = median(i - 1, i, i + 1, &swaps)
          j = median(j - 1, j, j + 1, &swaps)
          k = median(k - 1, k, k + 1, &swaps)
        }
        j = median(i, j, k, &swaps)
      }
      switch swaps {
      case 0: return (j, .increasing)
      case 12: return (j, .decreasing)
      default: return (j, .unknown)
      }
    }

    func order2(_ a: Int, _ b: Int, _ swaps: inout Int) -> (Int, Int) {
      if less(b, a) {
        swaps += 1
        return (b, a)
      }
      return (a, b)
    }

    func median(_ first: Int, _ second: Int, _ third: Int, _ swaps: inout Int) -> Int {
      let (a, b) = order2(first, second, &swaps)
      let (middle, _) = order2(b, third, &swaps)
      return order2(a, middle, &swaps).1
    }

    mutating func reverseRange(_ a: Int, _ b: Int) {
      var i = a
      var j = b - 1
      while i < j {
        swap(i, j)
        i += 1
        j -= 1
      }
    }
  }
}
