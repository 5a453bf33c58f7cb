/// How a report hedged a figure; decides low / best / high (docs/numbers.md).
public enum Qualifier: String, Sendable, Hashable, Codable {
  case exact
  case atLeast = "at least"  // also "more than", "over"
  case nearly  // also "almost", "up to"
  case about  // also "around", "some", "approximately"
  case vague  // a word with no number: "dozens", "hundreds", "several"
  case range  // "between 10 and 15", "10 to 15"
}

/// A share of a count that sits inside it: "including 143 children".
public struct CasualtyPart: Sendable, Hashable, Codable {
  public var group: String
  public var count: Int

  public init(group: String, count: Int) {
    self.group = group
    self.count = count
  }
}

/// A number of people killed or injured, as a range. `nil` bounds are open or unknown.
///
/// `low` nil means no lower bound was stated (treated as 0 when summing lows); `high` nil means
/// the report left the figure open upwards ("at least 5").
public struct Casualties: Sendable, Hashable, Codable {
  public var low: Int?
  public var best: Int?
  public var high: Int?
  public var qualifier: Qualifier
  public var victims: String?
  public var parts: [CasualtyPart]

  public init(
    low: Int?, best: Int?, high: Int?, qualifier: Qualifier, victims: String? = nil,
    parts: [CasualtyPart] = []
  ) {
    self.low = low
    self.best = best
    self.high = high
    self.qualifier = qualifier
    self.victims = victims
    self.parts = parts
  }

  /// An exact figure: low = best = high = n.
  public static func exactly(_ n: Int, victims: String? = nil) -> Casualties {
    Casualties(low: n, best: n, high: n, qualifier: .exact, victims: victims)
  }

  /// The figure for a qualifier and number, following the conventions in docs/numbers.md.
  public static func qualified(_ q: Qualifier, _ n: Int, victims: String? = nil) -> Casualties {
    switch q {
    case .exact, .range: .exactly(n, victims: victims)
    case .atLeast: Casualties(low: n, best: n, high: nil, qualifier: q, victims: victims)
    case .nearly: Casualties(low: nil, best: n, high: n, qualifier: q, victims: victims)
    case .about, .vague: Casualties(low: nil, best: n, high: nil, qualifier: q, victims: victims)
    }
  }
}
