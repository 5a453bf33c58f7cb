import EventExtraction

/// A running total of hedged figures: lows, bests and highs added separately, open bounds kept open.
///
/// "at least 5" plus "at least 50" is "at least 55": the high stays open once any figure's is.
public struct FigureSum: Sendable, Hashable {
  public var low = 0
  public var best = 0
  public var high: Int? = 0
  public var count = 0

  public init() {}

  public mutating func add(_ c: Casualties) {
    guard let best = c.best ?? c.low ?? c.high else { return }
    self.best += best
    low += c.low ?? 0
    high = high.flatMap { h in c.high.map { h + $0 } }
    count += 1
  }

  /// How an analyst reads the figure: `55`, `at least 55`, `250 (0–250)`.
  public var display: String {
    if count == 0 { return "0" }
    if low == best, high == best { return String(best) }
    if low == best, high == nil { return "at least \(best)" }
    if high == best { return "up to \(best)" + (low > 0 ? " (from \(low))" : "") }
    return "\(best) (\(low)–\(high.map(String.init) ?? "open"))"
  }
}

extension Casualties {
  /// How an analyst reads one figure: `5`, `at least 5`, `nearly 250`, `about 400`, `45–60`.
  public var display: String {
    let b = best.map(String.init) ?? "?"
    switch qualifier {
    case .exact: return b
    case .atLeast: return "at least \(b)"
    case .nearly: return "nearly \(b)"
    case .about: return "about \(b)"
    case .vague: return "\(b) (vague)"
    case .range: return "\(low.map(String.init) ?? "?")–\(high.map(String.init) ?? "?")"
    }
  }
}
