import EventExtraction
import QueryLanguage

/// The group keys of a tally as small integers: each key field's values are interned once, so an
/// event finds its group without building strings, and date keys are formatted once per distinct
/// date instead of once per event.
struct TallyKeys {
  /// One group: the interned value of each key field, in key order.
  struct Combination: Hashable {
    var first: Int32 = -1
    var second: Int32 = -1
    var more: [Int32] = []
  }

  /// An event's values for one field: usually one, several for lists (actors, tags).
  enum Values {
    case one(Int32)
    case many([Int32])
  }

  private struct DayPair: Hashable {
    var start: Day
    var end: Day
  }

  let fields: [QueryField]
  let session: Session
  /// Each key's strings, interned.
  private var names: [InternTable<String>]
  private var dates: [[DayPair: Values]]
  private var missingDate: [Values?]

  init(fields: [QueryField], session: Session) {
    self.fields = fields
    self.session = session
    names = Array(repeating: InternTable(), count: fields.count)
    dates = Array(repeating: [:], count: fields.count)
    missingDate = Array(repeating: nil, count: fields.count)
  }

  /// The key strings of a combination, in key order.
  func strings(of combination: Combination) -> [String] {
    var result: [String] = []
    result.reserveCapacity(fields.count)
    for i in fields.indices {
      let id = i == 0 ? combination.first : i == 1 ? combination.second : combination.more[i - 2]
      result.append(names[i][id])
    }
    return result
  }

  /// Calls `body` with each group `event` falls in: one per combination of its values (an event
  /// with two tags is in both tags' groups).
  mutating func combinations(of event: SessionEvent, _ body: (Combination) -> Void) {
    if fields.isEmpty { return body(Combination()) }
    if fields.count == 1, case .one(let a) = values(event, 0) {
      return body(Combination(first: a))
    }
    if fields.count == 2, case .one(let a) = values(event, 0), case .one(let b) = values(event, 1) {
      return body(Combination(first: a, second: b))
    }
    var combos: [[Int32]] = [[]]
    for i in fields.indices {
      let ids: [Int32]
      switch values(event, i) {
      case .one(let a): ids = [a]
      case .many(let list): ids = list
      }
      combos = combos.flatMap { prefix in ids.map { prefix + [$0] } }
    }
    for combo in combos {
      body(Combination(first: combo[0], second: combo.count > 1 ? combo[1] : -1, more: Array(combo.dropFirst(2))))
    }
  }

  private mutating func values(_ event: SessionEvent, _ i: Int) -> Values {
    let field = fields[i]
    switch field {
    case .place: return .one(intern(event.current.place?.name ?? TallyKeys.unknown, i))
    case .country: return .one(intern(event.current.place?.country ?? TallyKeys.unknown, i))
    case .admin1: return .one(intern(event.current.place?.admin1 ?? TallyKeys.unknown, i))
    case .date, .week, .month, .year:
      guard let d = event.current.date else {
        if let cached = missingDate[i] { return cached }
        let v = internAll(TallyKeys.strings(field, .missing), i)
        missingDate[i] = v
        return v
      }
      let pair = DayPair(start: d.start, end: d.end)
      if let cached = dates[i][pair] { return cached }
      let v = internAll(TallyKeys.strings(field, .days(d.start, d.end)), i)
      dates[i][pair] = v
      return v
    default:
      return internAll(TallyKeys.strings(field, event.value(of: field, in: session)), i)
    }
  }

  private mutating func internAll(_ strings: [String], _ i: Int) -> Values {
    strings.count == 1 ? .one(intern(strings[0], i)) : .many(strings.map { intern($0, i) })
  }

  private mutating func intern(_ name: String, _ i: Int) -> Int32 { names[i].id(of: name) }

  static let unknown = "(unknown)"

  /// The period keys, finest first: an incident dated across two of them is counted in its
  /// first (``strings(_:_:)`` keys a range by its start) and a tally says so.
  static let periods: [QueryField] = [.week, .month, .year]

  /// Whether `date` runs over more than one period of `field` (a week, month or year).
  static func crossesPeriod(_ field: QueryField, _ date: EventDate) -> Bool {
    guard periods.contains(field), date.start != date.end else { return false }
    return strings(field, .days(date.start, date.start)) != strings(field, .days(date.end, date.end))
  }

  /// The key strings of one value of `field`.
  static func strings(_ field: QueryField, _ value: FieldValue) -> [String] {
    switch (field, value) {
    case (.year, .days(let d, _)): return [String(d.year)]
    case (.month, .days(let d, _)): return [String(d.description.prefix(7))]
    case (.week, .days(let d, _)): return [d.adding(days: -d.weekday).description]
    case (_, .days(let a, let b)): return [a == b ? a.description : "\(a)..\(b)"]
    case (_, .list(let items)): return items.isEmpty ? ["(none)"] : items
    case (_, .missing): return [unknown]
    case (_, let v): return [v.cell.display]
    }
  }
}

/// A tally row while it is being counted: articles as interned numbers.
struct TallyAccumulator {
  var key: TallyKeys.Combination
  var events = 0
  var articles: [Int] = []
  var lastArticle = -1
  var killed = FigureSum()
  var injured = FigureSum()

  init(key: TallyKeys.Combination) {
    self.key = key
  }

  /// Counts an article once; events arrive grouped by article, so repeats are mostly adjacent
  /// and the rest are removed when the row is finished.
  mutating func add(article: Int) {
    lastArticle = article
    articles.append(article)
  }
}
