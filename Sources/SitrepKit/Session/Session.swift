import EventExtraction

/// How figures of events merged as one incident are reconciled.
public enum ReconciliationPolicy: String, Sendable, Hashable, Codable, CaseIterable {
  /// The lowest figure (ACLED's rule). The default.
  case conservative
  /// The best estimate (UCDP's rule).
  case best
  /// Low to high over every source (Iraq Body Count's style).
  case range
}

/// How the shell prints results.
public enum OutputFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case table, csv, json, markdown
}

/// The analyst's own places and actors, on top of the built-in dictionaries.
public struct DictionaryAdditions: Sendable, Hashable, Codable {
  public var places: [GazetteerEntry] = []
  public var actors: [ActorEntry] = []
  public init() {}
}

/// Settings saved with a session.
public struct SessionSettings: Sendable, Hashable, Codable {
  public var policy: ReconciliationPolicy = .conservative
  public var output: OutputFormat = .table
  public init() {}
}

/// One state of a session's articles and events: a new one is made on every change to them.
///
/// Two revisions are the same only if one is a copy of the other (identity of a shared token), so
/// a session restored by `undo` or opened from a file never matches an index built for another.
/// Not part of a session's value: all revisions compare equal, so sessions compare by content.
public struct SessionRevision: Sendable, Hashable {
  private final class Token: Sendable {}
  private let token = Token()

  public init() {}

  /// Whether `other` is this very revision (not merely equal, which all revisions are).
  public func isSame(as other: SessionRevision) -> Bool { token === other.token }

  public static func == (_: SessionRevision, _: SessionRevision) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}
}

/// Everything an analyst has loaded and decided: articles, events, settings and named sets.
public struct Session: Sendable, Hashable {
  public var articles: [Article] = [] {
    didSet { revision = SessionRevision() }
  }
  public var events: [SessionEvent] = [] {
    didSet { revision = SessionRevision() }
  }
  /// Replaced whenever `articles` or `events` change, so a query index built for one revision
  /// is reused until then (``TallyIndex``).
  public private(set) var revision = SessionRevision()
  public var settings = SessionSettings()
  /// Named event sets from `let`, kept as the query text that defines them.
  public var sets: [String: String] = [:]
  /// Places and actors the analyst added (`load gazetteer`, `load actors`), saved with the session.
  public var dictionary = DictionaryAdditions()
  /// Who has worked on the session.
  public var analysts: [String] = []
  /// The audit trail: every acknowledged change, oldest first (undo and redo are changes too).
  public var trail: [Change] = []
  /// Numbers of the changes `undo` can take back, most recent last.
  public var undoable: [Int] = []
  /// Numbers of the changes `redo` can apply again, most recently undone last.
  public var redoable: [Int] = []
  var nextArticle = 1
  var nextEvent = 1

  public init() {}

  public func article(_ id: String) -> Article? { articleIndex(id).map { articles[$0] } }

  /// The index of article `id` (binary search: articles are kept in id order).
  public func articleIndex(_ id: String) -> Int? {
    Session.index(of: id, prefix: UInt8(ascii: "a"), in: articles) { $0.id }
  }

  /// The index of event `id`. Events are kept in id order (`e1`, `e2`, ...), so this is a
  /// binary search; ids of another shape fall back to a scan.
  public func eventIndex(_ id: String) -> Int? {
    Session.index(of: id, prefix: UInt8(ascii: "e"), in: events) { $0.current.id }
  }

  /// Binary search for `id` in elements kept in the order of their ids' numbers.
  static func index<T>(of id: String, prefix: UInt8, in items: [T], id key: (borrowing T) -> String) -> Int? {
    guard let n = number(of: id, prefix: prefix) else { return items.firstIndex { key($0) == id } }
    let i = lowerBound(n, prefix: prefix, in: items, id: key)
    return i < items.count && number(of: key(items[i]), prefix: prefix) == n ? i : nil
  }

  /// The first position whose id's number is not below `n` (ids of another shape count as
  /// the largest): where an item numbered `n` is, or belongs.
  private static func lowerBound<T>(
    _ n: Int, prefix: UInt8, in items: [T], id key: (borrowing T) -> String
  ) -> Int {
    items.withUnsafeBufferPointer { items in
      var lo = 0
      var hi = items.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if (number(of: key(items[mid]), prefix: prefix) ?? Int.max) < n { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
  }

  /// Where an event with id `id` belongs in id order.
  func insertionIndex(forEvent id: String) -> Int {
    let e = UInt8(ascii: "e")
    guard let n = Session.number(of: id, prefix: e) else { return events.count }
    return Session.lowerBound(n, prefix: e, in: events) { $0.current.id }
  }

  /// The number of an id with an ASCII `prefix` (`e12` → 12), as `Int(id.dropFirst())` reads it
  /// when the id starts with the prefix; nil otherwise.
  static func number(of id: String, prefix: UInt8) -> Int? {
    // Read from the bytes: a bulk edit looks up hundreds of thousands of ids, each a binary
    // search of some twenty of these, and `Int(id.dropFirst())` costs a slice and a generic parse.
    if let n = id.utf8.withContiguousStorageIfAvailable({ bytes -> Int?? in
      guard bytes.first == prefix, bytes.count > 1 else { return bytes.first == prefix ? .some(nil) : .none }
      var value = 0
      for b in bytes.dropFirst() {
        guard b &- 0x30 < 10 else { return .none }
        let (times, o1) = value.multipliedReportingOverflow(by: 10)
        let (plus, o2) = times.addingReportingOverflow(Int(b &- 0x30))
        guard !o1, !o2 else { return .some(nil) }
        value = plus
      }
      return .some(value)
    }), let answer = n {
      return answer
    }
    // Signs, combining marks and anything unusual: as the standard library reads them.
    guard id.first == Character(Unicode.Scalar(prefix)) else { return nil }
    return Int(id.dropFirst())
  }

  public func event(_ id: String) -> SessionEvent? { eventIndex(id).map { events[$0] } }

  /// Events of one article, in extraction order.
  /// How many events each article has.
  public func eventCounts() -> [String: Int] {
    var counts: [String: Int] = [:]
    // Through the buffer, and one look-up per run of an article's events: iterating the array
    // would copy every event.
    events.withUnsafeBufferPointer { events in
      var i = 0
      while i < events.count {
        let article = events[i].current.article
        var j = i + 1
        while j < events.count, events[j].current.article == article { j += 1 }
        counts[article, default: 0] += j - i
        i = j
      }
    }
    return counts
  }

  public func events(of articleID: String) -> [SessionEvent] {
    events.filter { $0.current.article == articleID }
  }
}
