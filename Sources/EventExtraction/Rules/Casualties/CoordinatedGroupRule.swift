/// "three militants and a soldier were killed", "killed two soldiers and a civilian": groups
/// joined by "and" add up. Their sum is one top-level figure (4); each group stays as a part of
/// it, so nothing is counted twice and an event takes the sum as its figure.
///
/// Runs after the phrase rules, over the figures they found.
struct CoordinatedGroupRule {
  static let name = "casualty.group"

  /// `found` with each coordinated group's members pointing at a new figure for their sum.
  func figures(in context: CasualtyContext, found: [FoundFigure]) -> [FoundFigure] {
    var result = found
    var members: [Int: [Int]] = [:]
    for (n, figure) in found.enumerated() where figure.whole == nil {
      if let group = figure.group { members[group, default: []].append(n) }
    }
    for (_, indices) in members.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
      let group = indices.map { found[$0] }.sorted { $0.phrase.start < $1.phrase.start }
      let sum = sumFigure(group, in: context)
      for n in indices { result[n].whole = sum.key }
      result.append(sum)
    }
    return result
  }

  private func sumFigure(_ group: [FoundFigure], in context: CasualtyContext) -> FoundFigure {
    let first = group[0].phrase
    let last = group[group.count - 1].phrase
    let counts = group.map(\.phrase.count)
    let best = counts.reduce(0) { $0 + ($1.best ?? 0) }
    let lows = counts.compactMap(\.low)
    let low: Int? = lows.isEmpty ? nil : lows.reduce(0, +)
    let high: Int? =
      counts.contains { $0.high == nil } ? nil : counts.reduce(0) { $0 + ($1.high ?? 0) }
    let qualifiers = Set(counts.map(\.qualifier))
    let qualifier: Qualifier =
      qualifiers.count == 1
      ? counts[0].qualifier
      : high == nil ? (low == nil ? .about : .atLeast) : (low == best ? .range : .nearly)
    let np = TextSpan(
      start: context.tokens[first.start].start, end: context.tokens[last.end - 1].end)
    var victims: TextSpan? =
      first.victims != nil && last.victims != nil
      ? TextSpan(start: first.victims?.start ?? np.start, end: last.victims?.end ?? np.end) : np
    // "Two policemen died as well as two assailants": the verb splits the groups; the sum has
    // no single phrase: it cites the first group's number and names no victims.
    let split = group.contains { first.end <= $0.trigger && $0.trigger < last.start }
    var numberSpan = np
    if split {
      victims = nil
      numberSpan = first.numberSpan
    }
    let phrase = FigurePhrase(
      start: first.start, end: last.end, numberStart: first.numberStart,
      count: Casualties(low: low, best: best, high: high, qualifier: qualifier),
      head: .people, victims: victims, numberSpan: numberSpan, isDefinite: false, isPart: false)
    var sum = FoundFigure(
      phrase: phrase, kind: group[0].kind, rule: Self.name, trigger: group[0].trigger)
    sum.isSum = true
    return sum
  }
}
