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
  /// 32-bit while building (lists and values below 2^31): half the memory to touch. Two arrays
  /// of pairs, not four arrays: an append checked four buffers for uniqueness and bounds.
  struct Builder {
    /// Each value appended, with its list, in append order.
    private var items: [(list: Int32, value: Int32)] = []
    /// Each list's last value (-1 before its first) and length.
    private var lists: [(last: Int32, count: Int32)] = []

    /// - Parameter capacity: the expected number of lists and of values (both reserved).
    init(capacity: Int) {
      items.reserveCapacity(capacity)
      lists.reserveCapacity(capacity)
    }

    /// How many lists have been added.
    var listCount: Int { lists.count }

    /// Adds an empty list; its index is the previous ``listCount``.
    mutating func addList() {
      lists.append((last: -1, count: 0))
    }

    /// Appends `value` to list `list` unless it is already that list's last value (one entry
    /// under several equal names).
    @inline(__always)
    mutating func append(_ value: Int, to list: Int) {
      let v = Int32(value)
      guard lists[list].last != v else { return }
      lists[list].last = v
      lists[list].count += 1
      items.append((list: Int32(list), value: v))
    }

    /// The lists, each in append order.
    ///
    /// Values are placed through buffers: subscripting the arrays checked each for uniqueness,
    /// and a copy of `starts` as the cursors was copied again on its first write.
    func build() -> FlatLists {
      var starts = [Int](repeating: 0, count: lists.count + 1)
      for k in lists.indices { starts[k + 1] = starts[k] + Int(lists[k].count) }
      // Every value is placed: the lists' counts add up to `items.count`.
      let values = [Int](unsafeUninitializedCapacity: items.count) { buffer, count in
        var next = [Int32](unsafeUninitializedCapacity: lists.count) { cursors, n in
          for k in lists.indices { cursors.initializeElement(at: k, to: Int32(starts[k])) }
          n = lists.count
        }
        next.withUnsafeMutableBufferPointer { next in
          for item in items {
            let k = Int(item.list)
            buffer.initializeElement(at: Int(next[k]), to: Int(item.value))
            next[k] += 1
          }
        }
        count = items.count
      }
      return FlatLists(values: values, starts: starts)
    }
  }
}
