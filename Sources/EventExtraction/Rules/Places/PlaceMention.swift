/// A place named or referred to in a sentence.
public struct PlaceMention: Sendable, Hashable {
  /// Word indexes `first..<end` of the words that name or refer to it.
  public var first: Int
  public var end: Int
  /// The words as written ("northern Latakia province", "the contested city").
  public var raw: String
  /// The gazetteer entry it resolved to.
  public var entry: GazetteerEntry {
    get { entries[entryIndex] }
    set {
      entries = [newValue]
      entryIndex = 0
    }
  }
  /// For a referring phrase, why it resolved to `entry`.
  public var basis: String?
  /// The rule that found it (`place.gazetteer`, `place.referring`).
  public var rule: String
  /// ``entry`` as an index into an array of entries (the gazetteer's own, shared): copying a
  /// mention retains one array, not each string of its entry.
  private var entries: [GazetteerEntry]
  private var entryIndex: Int

  public init(
    first: Int, end: Int, raw: String, entry: GazetteerEntry, basis: String?, rule: String
  ) {
    self.init(first: first, end: end, raw: raw, entries: [entry], index: 0, basis: basis, rule: rule)
  }

  /// A mention of `entries[index]`.
  init(
    first: Int, end: Int, raw: String, entries: [GazetteerEntry], index: Int, basis: String?,
    rule: String
  ) {
    self.first = first
    self.end = end
    self.raw = raw
    self.entries = entries
    self.entryIndex = index
    self.basis = basis
    self.rule = rule
  }

  public var place: Place { entry.place(raw: raw, basis: basis) }

  /// ``entry``'s kind and country, read in place (``entry`` copies the whole entry).
  var kind: PlacePrecision { entries[entryIndex].kind }
  var country: String? { entries[entryIndex].country }

  public static func == (a: PlaceMention, b: PlaceMention) -> Bool {
    a.first == b.first && a.end == b.end && a.raw == b.raw && a.entry == b.entry
      && a.basis == b.basis && a.rule == b.rule
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(first)
    hasher.combine(end)
    hasher.combine(raw)
    hasher.combine(entry)
    hasher.combine(basis)
    hasher.combine(rule)
  }
}

/// What the article has said about places so far, for resolving "the contested city".
public struct PlaceContext: Sendable {
  /// The most recent city (or place inside one) named, and where it was named.
  public var lastCity: (entry: GazetteerEntry, source: String)?
  /// The city named in the headline.
  public var headlineCity: GazetteerEntry?
  /// The city named in the most recent section heading, and the heading.
  public var headingCity: (entry: GazetteerEntry, heading: String)?
  /// The most recent country named, or the country of the most recent city.
  public var country: GazetteerEntry?

  public init() {}

  /// Updates the context with the places of one sentence.
  public mutating func note(_ mentions: [PlaceMention], in gazetteer: Gazetteer, source: String) {
    note(mentions, in: gazetteer) { source }
  }

  /// Updates the context with the places of one sentence, making `source` only if a city is
  /// noted.
  mutating func note(
    _ mentions: [PlaceMention], in gazetteer: Gazetteer, source makeSource: () -> String
  ) {
    var made: String? = nil
    func source() -> String {
      if let made { return made }
      let s = makeSource()
      made = s
      return s
    }
    // By index, reading fields in place: copying each mention retained its entry's strings.
    for k in mentions.indices where mentions[k].basis == nil {
      let kind = mentions[k].kind
      switch kind {
      case .city:
        lastCity = (mentions[k].entry, source())
      case .neighbourhood, .district:
        if let within = mentions[k].entry.within,
          let city = gazetteer.city(named: within, country: mentions[k].entry.country)
        {
          lastCity = (city, source())
        }
      case .country:
        country = mentions[k].entry
      default:
        break
      }
      if kind != .country, let c = mentions[k].country, country?.name != c {
        country = gazetteer.lookup(c).flatMap { $0.kind == .country ? $0 : nil } ?? country
      }
    }
  }

  /// The city a referring phrase most likely means, and why.
  func referredCity() -> (GazetteerEntry, String)? {
    if let (city, source) = lastCity { return (city, "the most recent city named (\(source))") }
    if let (city, heading) = headingCity { return (city, "section heading '\(heading)'") }
    if let city = headlineCity { return (city, "the headline names \(city.name)") }
    return nil
  }
}

extension Gazetteer {
  /// The city entry with this name, preferring one in `country`.
  func city(named name: String, country: String?) -> GazetteerEntry? {
    // By index: only the entry returned is copied out of `entries`.
    let all = candidates(Self.lowercased(name)).filter { entries[$0].kind == .city }
    return (all.first { entries[$0].country == country } ?? all.first).map { entries[$0] }
  }
}
