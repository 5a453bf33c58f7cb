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

  /// ``entry``'s kind, country and larger place, read in place (``entry`` copies the whole
  /// entry).
  var kind: PlacePrecision { entries[entryIndex].kind }
  var country: String? { entries[entryIndex].country }
  var within: String? { entries[entryIndex].within }
  /// ``entry`` by reference, for keeping it.
  var entryRef: GazetteerEntryRef { GazetteerEntryRef(entries: entries, index: entryIndex) }

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

/// A gazetteer entry kept as its array and index: copying or replacing one retains and releases
/// the array, not each string of the entry.
struct GazetteerEntryRef: Sendable {
  let entries: [GazetteerEntry]
  let index: Int

  init(entries: [GazetteerEntry], index: Int) {
    self.entries = entries
    self.index = index
  }

  init(_ entry: GazetteerEntry) {
    self.init(entries: [entry], index: 0)
  }

  var entry: GazetteerEntry { entries[index] }
  /// The entry's name, read in place.
  var name: String { entries[index].name }
}

/// What the article has said about places so far, for resolving "the contested city".
///
/// The last city and the country change with nearly every sentence that names a place, so they
/// are kept by reference (``GazetteerEntryRef``): copying entries in and out cost 2% of
/// extraction.
public struct PlaceContext: Sendable {
  /// The most recent city (or place inside one) named, and where it was named.
  public var lastCity: (entry: GazetteerEntry, source: String)? {
    get { lastCityRef.map { ($0.entry.entry, $0.source.text) } }
    set { lastCityRef = newValue.map { (GazetteerEntryRef($0.entry), .described($0.source)) } }
  }
  /// The city named in the headline.
  public var headlineCity: GazetteerEntry?
  /// The city named in the most recent section heading, and the heading.
  public var headingCity: (entry: GazetteerEntry, heading: String)?
  /// The most recent country named, or the country of the most recent city.
  public var country: GazetteerEntry? {
    get { countryRef?.entry }
    set { countryRef = newValue.map(GazetteerEntryRef.init) }
  }
  private var lastCityRef: (entry: GazetteerEntryRef, source: CitySource)?
  private var countryRef: GazetteerEntryRef?
  /// ``country``'s name, read in place.
  var countryName: String? { countryRef?.name }

  /// Where the last city was named: as a caller described it, or a sentence, quoted by its
  /// opening only when read (most cities noted are never referred to: making the quote for
  /// each was 0.7% of extraction).
  enum CitySource: Sendable {
    case described(String)
    case sentence(String)

    var text: String {
      switch self {
      case .described(let text): text
      case .sentence(let sentence): "'\(EventBuilder.opening(of: sentence))'"
      }
    }
  }

  public init() {}

  /// Updates the context with the places of one sentence.
  public mutating func note(_ mentions: [PlaceMention], in gazetteer: Gazetteer, source: String) {
    note(mentions, in: gazetteer, citySource: .described(source))
  }

  /// Updates the context with the places of `sentence`, which is quoted by its opening as the
  /// last city's source if it is read.
  mutating func note(_ mentions: [PlaceMention], in gazetteer: Gazetteer, sentence: String) {
    note(mentions, in: gazetteer, citySource: .sentence(sentence))
  }

  private mutating func note(
    _ mentions: [PlaceMention], in gazetteer: Gazetteer, citySource: CitySource
  ) {
    // By index, reading fields in place: copying each mention retained its entry's strings.
    for k in mentions.indices where mentions[k].basis == nil {
      let kind = mentions[k].kind
      switch kind {
      case .city:
        lastCityRef = (mentions[k].entryRef, citySource)
      case .neighbourhood, .district:
        if let within = mentions[k].within,
          let city = gazetteer.cityIndex(named: within, country: mentions[k].country)
        {
          lastCityRef = (GazetteerEntryRef(entries: gazetteer.entries, index: city), citySource)
        }
      case .country:
        countryRef = mentions[k].entryRef
      default:
        break
      }
      if kind != .country, let c = mentions[k].country, countryName != c,
        let i = gazetteer.lookupIndex(c), gazetteer.entries[i].kind == .country
      {
        countryRef = GazetteerEntryRef(entries: gazetteer.entries, index: i)
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
  /// The index of the city entry with this name, preferring one in `country`.
  func cityIndex(named name: String, country: String?) -> Int? {
    let all = candidates(Self.lowercased(name)).filter { entries[$0].kind == .city }
    return all.first { entries[$0].country == country } ?? all.first
  }
}
