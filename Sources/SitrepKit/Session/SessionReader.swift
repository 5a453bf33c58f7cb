import EventExtraction
import Foundation

/// Reads a session file straight from its bytes: one pass, events one at a time into Swift values,
/// no tree for the whole document, repeated strings shared (see ``StringInterner``).
///
/// Reads format versions 1 to 3 (docs/session-format.md); any failure names its byte offset, and
/// ``SessionStore`` then asks the slower readers what exactly is wrong.
struct SessionReader {
  var cursor: JSONCursor
  /// Called as reading moves past `offset` (bytes before it are not read again): lets a mapped
  /// file give back its pages and the analyst see how far it has got. False stops the read
  /// (``wasStopped`` then tells it from a damaged file).
  var release: (Int) -> Bool = { _ in true }
  /// Whether ``release`` stopped the read.
  private(set) var wasStopped = false
  /// Reused while reading each event's field evidence.
  var fieldScratch: [(String, Evidence)] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    cursor = JSONCursor(bytes)
  }

  /// The session in the document, with its format name and version (checked by the caller).
  mutating func read() throws(JSONCursor.Failure) -> (
    session: Session, format: String, version: Int
  ) {
    var s = Session()
    var format: String?
    var version: Int?
    var seen = Set<String>()
    // Events whose file left `extracted` out: version 1 means none, 2 and 3 the same as current.
    var omitted: [Int] = []
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("format") {
        format = try cursor.string()
      } else if key.is("version") {
        version = try cursor.int()
      } else if key.is("articles") {
        s.articles = try articles(expected: s.nextArticle - 1)
      } else if key.is("events") {
        s.events = try events(expected: s.nextEvent - 1, omitted: &omitted)
      } else if key.is("analysts") {
        s.analysts = try cursor.strings()
      } else if key.is("settings") {
        s.settings = try settings()
      } else if key.is("sets") {
        s.sets = try sets()
      } else if key.is("dictionary") {
        if !cursor.null() { s.dictionary = try cursor.decoded(DictionaryAdditions.self) }
      } else if key.is("trail") {
        s.trail = try trail()
      } else if key.is("undoable") {
        s.undoable = try cursor.ints()
      } else if key.is("redoable") {
        s.redoable = try cursor.ints()
      } else if key.is("nextArticle") {
        s.nextArticle = try cursor.int()
      } else if key.is("nextEvent") {
        s.nextEvent = try cursor.int()
      } else {
        try cursor.skipValue()
        more = try cursor.next(UInt8(ascii: "}"))
        continue
      }
      seen.insert(
        String(decoding: UnsafeBufferPointer(start: key.start, count: key.count), as: UTF8.self))
      more = try cursor.next(UInt8(ascii: "}"))
    }
    cursor.skipSpace()
    guard cursor.index == cursor.end else {
      throw cursor.failure("unexpected text after the end of the document")
    }
    let required = [
      "format", "version", "analysts", "settings", "articles", "events", "sets", "trail",
      "undoable", "redoable", "nextArticle", "nextEvent",
    ]
    if let missing = required.first(where: { !seen.contains($0) }) {
      throw JSONCursor.Failure(offset: 0, problem: "missing '\(missing)'")
    }
    guard let format, let version else { throw JSONCursor.Failure(offset: 0, problem: "no header") }
    if version >= 2 {
      for i in omitted { s.events[i].proposalIsCurrent() }
    }
    return (s, format, version)
  }

  /// The top level's `format` and `version`, other values skipped; nil where absent or unreadable.
  mutating func header() -> (format: String?, version: Int?) {
    var format: String?
    var version: Int?
    do {
      var more = try cursor.beginObject()
      while more {
        let key = try cursor.key()
        if key.is("format") {
          format = try? cursor.string()
        } else if key.is("version") {
          version = try? cursor.int()
        } else {
          try cursor.skipValue()
        }
        more = try cursor.next(UInt8(ascii: "}"))
      }
    } catch {}
    return (format, version)
  }

  private mutating func settings() throws(JSONCursor.Failure) -> SessionSettings {
    var settings = SessionSettings()
    var more = try cursor.beginObject()
    var found = 0
    while more {
      let key = try cursor.key()
      if key.is("policy") {
        settings.policy = try cursor.enumeration(ReconciliationPolicy.self)
        found += 1
      } else if key.is("output") {
        settings.output = try cursor.enumeration(OutputFormat.self)
        found += 1
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard found == 2 else { throw cursor.failure("settings need 'policy' and 'output'") }
    return settings
  }

  private mutating func sets() throws(JSONCursor.Failure) -> [String: String] {
    var sets: [String: String] = [:]
    var more = try cursor.beginObject()
    while more {
      let name = try cursor.stringKey()
      sets[name] = try cursor.string()
      more = try cursor.next(UInt8(ascii: "}"))
    }
    return sets
  }

  /// A reservation for `expected` items, believed only as far as the document could hold them.
  private func capacity(_ expected: Int, bytesEach: Int) -> Int {
    max(0, min(expected, (cursor.end - cursor.index) / bytesEach))
  }

  /// Tells ``release`` that reading is at `offset`; stops when it says so.
  private mutating func reached(_ offset: Int) throws(JSONCursor.Failure) {
    guard release(offset) else {
      wasStopped = true
      throw cursor.failure("stopped")
    }
  }

  private mutating func articles(expected: Int) throws(JSONCursor.Failure) -> [Article] {
    var result: [Article] = []
    result.reserveCapacity(capacity(expected, bytesEach: 100))
    var more = try cursor.beginArray()
    while more {
      result.append(try article())
      try reached(cursor.index)
      more = try cursor.next(UInt8(ascii: "]"))
    }
    return result
  }

  private mutating func events(expected: Int, omitted: inout [Int]) throws(JSONCursor.Failure)
    -> [SessionEvent]
  {
    var result: [SessionEvent] = []
    result.reserveCapacity(capacity(expected, bytesEach: 100))
    var more = try cursor.beginArray()
    while more {
      let (event, leftOut) = try sessionEvent()
      if leftOut { omitted.append(result.count) }
      result.append(event)
      if result.count & 1023 == 0 { try reached(cursor.index) }
      more = try cursor.next(UInt8(ascii: "]"))
    }
    return result
  }

  private mutating func article() throws(JSONCursor.Failure) -> Article {
    var id: String?
    var title: String?
    var path: String?
    var sha256: String?
    var text: String?
    var date: ArticleDate?
    var outlet: String?
    var dateline: String?
    var loadNotes: [String]?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("id") {
        id = try cursor.string()
      } else if key.is("title") {
        title = try cursor.string()
      } else if key.is("path") {
        path = try cursor.string()
      } else if key.is("sha256") {
        sha256 = try cursor.string()
      } else if key.is("text") {
        text = try cursor.string()
      } else if key.is("date") {
        date = try articleDate()
      } else if key.is("outlet") {
        outlet = try cursor.optionalString(interned: true)
      } else if key.is("dateline") {
        dateline = try cursor.optionalString(interned: true)
      } else if key.is("loadNotes") {
        loadNotes = try cursor.strings(interned: true)
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let id, let title, let path, let sha256, let text, let date, let loadNotes else {
      throw cursor.failure("an article lacks a field")
    }
    return Article(
      id: id, title: title, path: path, sha256: sha256, text: text, date: date, outlet: outlet,
      dateline: dateline, loadNotes: loadNotes)
  }

  private mutating func articleDate() throws(JSONCursor.Failure) -> ArticleDate {
    var day: Day?
    var basis: DateBasis?
    var note: String?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("day") {
        day = cursor.null() ? nil : try self.day()
      } else if key.is("basis") {
        basis = try cursor.enumeration(DateBasis.self)
      } else if key.is("note") {
        note = try cursor.optionalString(interned: true)
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let basis else { throw cursor.failure("an article date lacks 'basis'") }
    return ArticleDate(day: day, basis: basis, note: note)
  }

  /// A `YYYY-MM-DD` day.
  mutating func day() throws(JSONCursor.Failure) -> Day {
    let start = cursor.index
    guard cursor.peek() == UInt8(ascii: "\"") else { throw cursor.failure("expected a date") }
    let b = cursor.base + cursor.index + 1
    func digits(_ from: Int, _ count: Int) -> Int? {
      var n = 0
      for k in from..<from + count {
        let d = b[k] &- 0x30
        guard d < 10 else { return nil }
        n = n * 10 + Int(d)
      }
      return n
    }
    guard cursor.index + 12 <= cursor.end, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
      b[10] == UInt8(ascii: "\""), let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2),
      (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
    else {
      cursor.index = start
      throw cursor.failure("not a YYYY-MM-DD date")
    }
    cursor.index += 12
    return Day(year: y, month: m, day: d)
  }
}
