import EventExtraction

/// Reads one line of `sitrep extract` output (docs/extract-format.md) into an ``Event``.
///
/// Every key the format lists is required (the writer never omits one; `null` stands for an
/// unknown value) except `acled` and `cameo`, which follow from `type` and are not read. Keys
/// the format does not know are skipped, so a newer writer's extra keys do not stop a load.
/// `status`, `tags` and `merge`, which `export events to FILE.jsonl` adds, are read when present.
struct ExtractedEventLine {
  /// What a line holds besides the event: the evidence text, and the review marks of an
  /// exported session event.
  struct Extras: Sendable, Hashable {
    var evidenceText = ""
    var status: EventStatus?
    var tags: [String] = []
    var merge: String?
  }

  /// Why a line could not be read, as the one-line message the shell reports.
  struct Failure: Error {
    var message: String
  }

  /// The keys a line must have, in the format's order (``read()`` reads them by position).
  static let requiredKeys: [StaticString] = [
    "article", "id", "type", "killed", "injured", "place", "date", "actors", "target", "source",
    "scope", "part_of", "evidence", "rule",
  ]

  var cursor: JSONCursor
  /// The key whose value is being read (`killed.best`), for the message when it fails.
  var path = ""

  init(_ cursor: JSONCursor) {
    self.cursor = cursor
  }

  /// The event on the line and the text its evidence quotes. The event's `id`, `article` and
  /// `partOf` are as written; its evidence span is kept though there is no article text for it.
  mutating func event() throws(Failure) -> (Event, Extras) {
    do {
      return try read()
    } catch {
      let problem =
        error.problem == "unexpected end of file" ? "unexpected end of the line" : error.problem
      guard error.offset >= 0 else { throw Failure(message: problem) }
      let column = cursor.column(of: error.offset)
      let message =
        path.isEmpty
        ? "invalid JSON at column \(column): \(problem)"
        : "'\(path)' at column \(column): \(problem)"
      throw Failure(message: message)
    }
  }

  private mutating func read() throws(JSONCursor.Failure) -> (Event, Extras) {
    var event = Event(
      id: "", article: "", type: .other,
      evidence: Evidence(span: TextSpan(start: 0, end: 0), rule: ""))
    var extras = Extras()
    var seen: UInt32 = 0
    var expected = 0
    var more = try cursor.beginObject()
    while more {
      path = ""
      let key = try cursor.key()
      // Keys come in the format's order: the expected one first, then any.
      let known =
        expected < Self.requiredKeys.count && key.is(Self.requiredKeys[expected])
        ? expected : Self.requiredKeys.firstIndex { key.is($0) }
      if let known {
        expected = known + 1
        seen |= 1 << known
        path = String(describing: Self.requiredKeys[known])
      }
      switch known {
      case 0: event.article = try cursor.string(interned: true)
      case 1: event.id = try cursor.string()
      case 2: event.type = try cursor.enumeration(EventType.self)
      case 3: event.killed = cursor.null() ? nil : try casualties()
      case 4: event.injured = cursor.null() ? nil : try casualties()
      case 5: event.place = cursor.null() ? nil : try place()
      case 6: event.date = cursor.null() ? nil : try date()
      case 7: event.actors = try cursor.strings(interned: true)
      case 8: event.target = try cursor.optionalString(interned: true)
      case 9: event.source = try cursor.optionalString(interned: true)
      case 10: event.scope = try cursor.enumeration(Scope.self)
      case 11: event.partOf = try cursor.optionalString()
      case 12: (event.evidence.span, extras.evidenceText) = try evidence()
      case 13: event.evidence.rule = try cursor.string(interned: true)
      default:
        if key.is("status") {
          path = "status"
          extras.status = try cursor.enumeration(EventStatus.self)
        } else if key.is("tags") {
          path = "tags"
          extras.tags = try cursor.strings(interned: true)
        } else if key.is("merge") {
          path = "merge"
          extras.merge = try cursor.optionalString()
        } else {
          try cursor.skipValue()
        }
      }
      path = ""
      more = try cursor.next(UInt8(ascii: "}"))
    }
    if cursor.peek() != nil { throw cursor.failure("text after the event's closing '}'") }
    if seen != (1 << Self.requiredKeys.count) - 1,
      let missing = Self.requiredKeys.indices.first(where: { seen & (1 << $0) == 0 })
    {
      throw JSONCursor.Failure(offset: -1, problem: "missing key '\(Self.requiredKeys[missing])'")
    }
    return (event, extras)
  }
}

extension JSONCursor {
  /// The 1-based column, in characters (UTF-8 lead bytes), of byte `offset`.
  func column(of offset: Int) -> Int {
    var column = 1
    for i in 0..<min(offset, end) where base[i] & 0xC0 != 0x80 { column += 1 }
    return column
  }
}
