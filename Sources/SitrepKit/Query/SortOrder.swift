/// The order of a listing's `sort by` keys.
///
/// A missing value (no figure, no date, a list with no items) sorts after every value in both
/// directions: `sort by killed desc` lists the deadliest events first and those with no figure
/// last, as `sort by killed` does. Numbers order by value, dates by their first day, text
/// case-insensitively.
enum SortOrder {
  /// Whether the row with the first value of each key comes before the row with the second.
  ///
  /// - Parameter keys: for each sort key in turn, the two rows' values and whether the key is
  ///   descending; a later key decides only when every earlier one ties.
  /// - Returns: `true` when the first row sorts strictly before the second.
  static func precedes(_ keys: [(FieldValue, FieldValue, Bool)]) -> Bool {
    for (a, b, descending) in keys {
      let (aMissing, bMissing) = (isMissing(a), isMissing(b))
      if aMissing != bMissing { return bMissing }
      if aMissing || a == b { continue }
      if ascends(a, b) { return !descending }
      if ascends(b, a) { return descending }
    }
    return false
  }

  /// Whether a value is shown empty and sorts last: no value, or a list with no items.
  static func isMissing(_ value: FieldValue) -> Bool {
    switch value {
    case .missing: true
    case .list(let items): items.isEmpty
    default: false
    }
  }

  /// Whether `a` is strictly less than `b`, both present: numbers by value, days by their first
  /// day, anything else by its cell's text ignoring case.
  private static func ascends(_ a: FieldValue, _ b: FieldValue) -> Bool {
    switch (a, b) {
    case (.number(let x), .number(let y)): x < y
    case (.days(let x, _), .days(let y, _)): x < y
    default: a.cell.display.lowercased() < b.cell.display.lowercased()
    }
  }
}
