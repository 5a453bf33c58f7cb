import QueryLanguage

extension Shell {
  /// A tally's rows in the order of its `sort by` keys (each one of its own keys): periods in
  /// time order and other keys alphabetically (ISO dates sort as text), `desc` reversing a key;
  /// missing values last either way. Stable: rows equal on the keys keep the measure's order.
  static func sorted(_ rows: [TallyRow], by query: TallyQuery) -> [TallyRow] {
    let order = query.sortKeys.compactMap { key -> (index: Int, descending: Bool)? in
      query.keys.firstIndex { $0.field == key.field.field }.map { ($0, key.descending) }
    }
    // Each row's sort values read once, not in every comparison.
    let values = rows.map { row in order.map { row.key[$0.index] } }
    let ranked = rows.indices.sorted { a, b in
      for (k, key) in order.enumerated() where values[a][k] != values[b][k] {
        let (x, y) = (values[a][k], values[b][k])
        let (xMissing, yMissing) = (TallyChart.isMissing(x), TallyChart.isMissing(y))
        if xMissing != yMissing { return yMissing }
        return key.descending ? x > y : x < y
      }
      return a < b
    }
    return ranked.map { rows[$0] }
  }
}
