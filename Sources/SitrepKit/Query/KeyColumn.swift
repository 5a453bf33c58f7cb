import EventExtraction
import QueryLanguage

/// One tally key's value for every event of a session, interned: the strings a group shows are
/// made once per distinct value, and an event's group is found from small integers.
///
/// The strings are exactly those of ``TallyKeys/strings(_:_:)``, so the indexed tally groups
/// and names its rows as the straightforward one does.
struct KeyColumn: Sendable {
  /// The distinct key strings, by id.
  var names: [String] { table.values }
  private var table = InternTable<String>()
  /// Each event's value: an id when it has one, `-(k + 1)` when it has the several of `lists[k]`.
  var ids: [Int32] = []
  var lists: [[Int32]] = []
  /// The place of each id when the names are sorted, so rows order by integers.
  var ranks: [Int32] = []
  /// For a week, month or year key: whether each event's dates run over more than one period
  /// (it is counted in the first); empty for other keys.
  var crosses: [Bool] = []

  /// Reads `field` for every event of `session`.
  ///
  /// - Parameters:
  ///   - articles: each event's interned article id (``TallyIndex/article``).
  ///   - names: the article ids by interned id.
  init(field: QueryField, session: Session, articles: [Int32], names articleNames: [String]) {
    let events = session.events
    ids.reserveCapacity(events.count)
    if field == .article {
      // Article ids are interned already.
      table = InternTable(values: articleNames)
      ids = articles
    } else {
      var dates: [DayPair: (id: Int32, crosses: Bool)] = [:]
      var missingDate: Int32?
      if TallyKeys.periods.contains(field) { crosses = [Bool](repeating: false, count: events.count) }
      let outlets = session.articles.map(\.outlet)
      for i in events.indices {
        switch field {
        case .place: ids.append(intern(events[i].current.place?.name ?? TallyKeys.unknown))
        case .country: ids.append(intern(events[i].current.place?.country ?? TallyKeys.unknown))
        case .admin1: ids.append(intern(events[i].current.place?.admin1 ?? TallyKeys.unknown))
        case .type: ids.append(intern(events[i].current.type.rawValue))
        case .scope: ids.append(intern(events[i].current.scope.rawValue))
        case .status: ids.append(intern(events[i].status.rawValue))
        case .source:
          let a = Int(articles[i])
          let outlet = a < outlets.count && session.articles[a].id == events[i].current.article ? outlets[a] : nil
          ids.append(intern(events[i].current.source ?? outlet ?? TallyKeys.unknown))
        case .date, .week, .month, .year:
          guard let d = events[i].current.date else {
            let id = missingDate ?? intern(TallyKeys.strings(field, .missing)[0])
            missingDate = id
            ids.append(id)
            continue
          }
          let pair = DayPair(start: d.start, end: d.end)
          let known = dates[pair] ?? {
            let made = (intern(TallyKeys.strings(field, .days(d.start, d.end))[0]), TallyKeys.crossesPeriod(field, d))
            dates[pair] = made
            return made
          }()
          ids.append(known.id)
          if known.crosses { crosses[i] = true }
        default:
          let strings = TallyKeys.strings(field, events[i].value(of: field, in: session))
          if strings.count == 1 {
            ids.append(intern(strings[0]))
          } else {
            ids.append(-Int32(lists.count) - 1)
            lists.append(strings.map { intern($0) })
          }
        }
      }
    }
    ranks = table.ranks
    table.dropLookup()
  }

  /// Reads `field` again for the events at `rows` after an edit, keeping every other event's
  /// value and id: new values get new ids and the ranks are made again.
  mutating func update(
    rows: [Int], field: QueryField, session: Session, articles: [Int32], names articleNames: [String]
  ) {
    if field == .article {
      ids = articles
      return
    }
    let before = names.count
    for i in rows {
      if !crosses.isEmpty {
        crosses[i] = session.events[i].current.date.map { TallyKeys.crossesPeriod(field, $0) } ?? false
      }
      let strings = TallyKeys.strings(field, session.events[i].value(of: field, in: session))
      if strings.count == 1 {
        ids[i] = intern(strings[0])
      } else {
        ids[i] = -Int32(lists.count) - 1
        lists.append(strings.map { intern($0) })
      }
    }
    table.dropLookup()
    if names.count != before { ranks = table.ranks }
  }

  private mutating func intern(_ name: String) -> Int32 { table.id(of: name) }

  private struct DayPair: Hashable {
    var start: Day
    var end: Day
  }
}
