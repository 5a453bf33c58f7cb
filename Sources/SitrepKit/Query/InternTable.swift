/// Distinct values numbered in the order they are first seen, for the columns that keep a small
/// integer per event in place of its value (``KeyColumn``, ``ValueColumn``, ``TallyKeys``).
///
/// The look-up from value to id is needed only while values are being added. ``dropLookup()``
/// frees it once a column is built (over a million events it would be a second copy of every
/// distinct value), and ``id(of:)`` makes it again from ``values`` when an edit adds more.
struct InternTable<Value: Hashable & Sendable>: Sendable {
  /// The distinct values, by id.
  private(set) var values: [Value]
  private var lookup: [Value: Int32] = [:]
  /// Whether ``lookup`` holds every value (false after ``dropLookup()``).
  private var hasLookup = true

  /// A table whose ids `0..<values.count` are `values`, which must be distinct.
  init(values: [Value] = []) {
    self.values = values
    hasLookup = values.isEmpty
  }

  var count: Int { values.count }

  subscript(id: Int32) -> Value { values[Int(id)] }

  /// The id of `value`, numbering it next when it is new.
  mutating func id(of value: Value) -> Int32 {
    if !hasLookup {
      for (id, known) in values.enumerated() { lookup[known] = Int32(id) }
      hasLookup = true
    }
    if let id = lookup[value] { return id }
    let id = Int32(values.count)
    lookup[value] = id
    values.append(value)
    return id
  }

  /// Makes room for `count` distinct values, so that adding them does not grow the look-up
  /// step by step (100,000 article names grew it 17 times).
  mutating func reserveCapacity(_ count: Int) {
    values.reserveCapacity(count)
    if hasLookup { lookup.reserveCapacity(count) }
  }

  /// Frees the look-up until the next new value.
  mutating func dropLookup() {
    lookup = [:]
    hasLookup = values.isEmpty
  }
}

extension InternTable where Value: Comparable {
  /// Each id's place when the values are sorted, so that rows order by comparing integers.
  var ranks: [Int32] {
    var order = Array(0..<Int32(values.count))
    order.sort { values[Int($0)] < values[Int($1)] }
    var ranks = [Int32](repeating: 0, count: values.count)
    for (rank, id) in order.enumerated() { ranks[Int(id)] = Int32(rank) }
    return ranks
  }
}
