/// Whether a figure counts one incident or is a running or area total: "since April 22", "so
/// far this month", "throughout the country in April", "the death toll rose to", "in total".
public struct ScopeRule: Sendable {
  public init() {}

  private static let cues = PhraseLexicon<Int>(
    [
      "since", "so far", "throughout the country", "across the country", "nationwide",
      "death toll", "toll rose", "in total", "in all", "over the past", "over the last",
      "this year", "this month", "last month", "last year", "since the start", "cumulative",
      "to date", "a total of", "throughout", "during the month", "in the past week",
    ].map { ($0, 0) })

  /// `.aggregate` when words `range` carry a running- or area-total cue, else `.incident`.
  /// Returns the cue's word range as evidence.
  public func scope(in words: [Word], range: Range<Int>, dates: [DateMention]) -> (
    Scope, Range<Int>?
  ) {
    let slice = Array(words[range])
    if let m = Self.cues.matches(in: slice).first {
      return (.aggregate, (range.lowerBound + m.first)..<(range.lowerBound + m.end))
    }
    for d in dates where range.contains(d.first) {
      switch d.expression.kind {
      case .month, .monthToDate, .since, .lastWeek: return (.aggregate, d.first..<d.end)
      default: continue
      }
    }
    return (.incident, nil)
  }
}
