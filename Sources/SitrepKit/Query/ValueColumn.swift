import EventExtraction
import QueryLanguage

/// One field's query value (``FieldValue``) for every event of a session, interned, so that a
/// `where` condition on the field is decided once per distinct value instead of once per event.
///
/// `where country = Syria` over a million events then compares a few dozen country names and
/// reads a million small integers, where the evaluator would fold the case of a million strings.
/// The values are exactly those ``ExpressionEvaluator`` reads (``SessionEvent/value(of:in:)``),
/// so a test made from them means what the evaluator means.
struct ValueColumn: Sendable {
  /// The fields worth a column: few distinct values over many events. An event's id, note or
  /// target is nearly unique to it, and its column would cost more than reading the events.
  static let fields: Set<QueryField> = [
    .type, .acledType, .acledSubtype, .cameo, .place, .admin1, .country, .date, .week, .month,
    .year, .actor, .source, .scope, .status, .tags, .tag, .rule, .outlet, .article,
  ]

  /// The distinct values, by id.
  var values: [FieldValue] { table.values }
  private var table = InternTable<FieldValue>()
  /// Each event's value id.
  private(set) var ids: [Int32] = []

  /// Reads `field` for every event of `session`.
  init(field: QueryField, session: Session) {
    ids.reserveCapacity(session.events.count)
    let events = session.events
    for i in events.indices {
      ids.append(table.id(of: events[i].value(of: field, in: session)))
    }
    table.dropLookup()
  }

  /// Reads `field` again for the events at `rows` after an edit; other events keep their ids.
  mutating func update(rows: [Int], field: QueryField, session: Session) {
    for i in rows {
      ids[i] = table.id(of: session.events[i].value(of: field, in: session))
    }
    table.dropLookup()
  }

  /// A test of event `i` that answers `decide(value)` for its value, deciding each distinct
  /// value once.
  func test(_ decide: (FieldValue) -> Bool) -> (Int) -> Bool {
    let answers = values.map(decide)
    let ids = ids
    return { answers[Int(ids[$0])] }
  }

  /// The texts among the values some event has (an edit can leave a value no event has any
  /// more), list items included: what the "no event has" note offers.
  var strings: Set<String> {
    var used = [Bool](repeating: false, count: values.count)
    for id in ids { used[Int(id)] = true }
    var found = Set<String>()
    for (value, isUsed) in zip(values, used) where isUsed {
      switch value {
      case .text(let s): found.insert(s)
      case .list(let items): found.formUnion(items)
      default: break
      }
    }
    return found
  }
}
