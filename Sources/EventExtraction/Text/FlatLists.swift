/// Many short lists of integers stored in one array: list `k` is
/// `values[starts[k]..<starts[k + 1]]`.
///
/// The gazetteer keeps the entries of each of its ~130,000 names this way; an array per name
/// was an allocation (and a retain on every copy) per name at start-up.
struct FlatLists: Sendable {
  private let values: [Int]
  /// Where each list starts in ``values``, and one past the end of the last.
  private let starts: [Int]

  /// How many lists there are.
  var count: Int { starts.count - 1 }

  /// List `k`, in the order its values were appended.
  subscript(k: Int) -> ArraySlice<Int> {
    values[starts[k]..<starts[k + 1]]
  }

  /// Collects values list by list in any order, then lays them out flat in one pass.
  ///
  /// 32-bit while building (lists and values below 2^31): half the memory to touch.
  struct Builder {
    private var listOf: [Int32] = []
    private var valueOf: [Int32] = []
    /// Each list's last value (-1 before its first) and length.
    private var last: [Int32] = []
    private var counts: [Int32] = []

    /// - Parameter capacity: the expected number of lists and of values (both reserved).
    init(capacity: Int) {
      listOf.reserveCapacity(capacity)
      valueOf.reserveCapacity(capacity)
      last.reserveCapacity(capacity)
      counts.reserveCapacity(capacity)
    }

    /// How many lists have been added.
    var listCount: Int { counts.count }

    /// Adds an empty list; its index is the previous ``listCount``.
    mutating func addList() {
      last.append(-1)
      counts.append(0)
    }

    /// Appends `value` to list `list` unless it is already that list's last value (one entry
    /// under several equal names).
    mutating func append(_ value: Int, to list: Int) {
      let v = Int32(value)
      guard last[list] != v else { return }
      last[list] = v
      counts[list] += 1
      listOf.append(Int32(list))
      valueOf.append(v)
    }

    /// The lists, each in append order.
    func build() -> FlatLists {
      var starts = [Int](repeating: 0, count: counts.count + 1)
      for k in counts.indices { starts[k + 1] = starts[k] + Int(counts[k]) }
      var next = starts
      var values = [Int](repeating: 0, count: valueOf.count)
      for n in listOf.indices {
        let k = Int(listOf[n])
        values[next[k]] = Int(valueOf[n])
        next[k] += 1
      }
      return FlatLists(values: values, starts: starts)
    }
  }
}
