import EventExtraction
import Foundation

extension SessionReader {
  /// One element of `events`; `leftOut` when the file has no `extracted` key for it.
  mutating func sessionEvent() throws(JSONCursor.Failure) -> (SessionEvent, leftOut: Bool) {
    var current: Event?
    var currentBytes: Range<Int>?
    var extracted: Event?
    var hasExtracted = false
    var same = false
    var marks = MarkFields()
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("current") {
        cursor.skipSpace()
        let start = cursor.index
        current = try event()
        currentBytes = start..<cursor.index
      } else if key.is("extracted") {
        hasExtracted = true
        cursor.skipSpace()
        if !cursor.null() {
          // Usually a byte-for-byte copy of `current`: compared, not parsed again.
          if let currentBytes, sameBytes(currentBytes) {
            cursor.index += currentBytes.count
            same = true
          } else {
            extracted = try event()
          }
        }
      } else if try !readMark(key, into: &marks) {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let current, let status = marks.status, let tags = marks.tags, let notes = marks.notes else {
      throw cursor.failure("an event lacks a field")
    }
    let event = SessionEvent(
      current: current, extracted: extracted, sameAsCurrent: same, status: status, tags: tags,
      notes: notes, merge: marks.merge)
    return (event, !hasExtracted)
  }

  /// Reads `key`'s value into `fields` when it is one of an event's review marks (`status`,
  /// `tags`, `notes`, `merge`: in a session event and in a trail's marks edit); false for any
  /// other key, whose value is left unread.
  mutating func readMark(_ key: JSONCursor.Key, into fields: inout MarkFields) throws(JSONCursor.Failure) -> Bool {
    if key.is("status") {
      fields.status = try cursor.enumeration(EventStatus.self)
    } else if key.is("tags") {
      fields.tags = try cursor.strings(interned: true)
    } else if key.is("notes") {
      fields.notes = try cursor.strings(interned: true)
    } else if key.is("merge") {
      fields.merge = try cursor.optionalString()
    } else {
      return false
    }
    return true
  }

  /// Whether the bytes at the cursor repeat those of `range` (and are followed by a delimiter).
  private func sameBytes(_ range: Range<Int>) -> Bool {
    let at = cursor.index
    guard at + range.count < cursor.end else { return false }
    return memcmp(cursor.base + at, cursor.base + range.lowerBound, range.count) == 0
  }

  mutating func event() throws(JSONCursor.Failure) -> Event {
    var id: String?
    var article: String?
    var type: EventType?
    var killed: Casualties?
    var injured: Casualties?
    var place: Place?
    var date: EventDate?
    var actors: [String]?
    var target: String?
    var source: String?
    var scope: Scope?
    var partOf: String?
    var evidence: Evidence?
    var mentions: [TextSpan]?
    var fieldEvidence: [String: Evidence]?
    var dateExpression: DateExpression?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("id") {
        id = try cursor.string()
      } else if key.is("article") {
        article = try cursor.string()
      } else if key.is("type") {
        type = try cursor.enumeration(EventType.self)
      } else if key.is("killed") {
        killed = cursor.null() ? nil : try casualties()
      } else if key.is("injured") {
        injured = cursor.null() ? nil : try casualties()
      } else if key.is("place") {
        place = cursor.null() ? nil : try self.place()
      } else if key.is("date") {
        date = cursor.null() ? nil : try eventDate()
      } else if key.is("actors") {
        actors = try cursor.strings(interned: true)
      } else if key.is("target") {
        target = try cursor.optionalString(interned: true)
      } else if key.is("source") {
        source = try cursor.optionalString(interned: true)
      } else if key.is("scope") {
        scope = try cursor.enumeration(Scope.self)
      } else if key.is("partOf") {
        partOf = try cursor.optionalString()
      } else if key.is("evidence") {
        evidence = try self.evidence()
      } else if key.is("mentions") {
        var spans: [TextSpan] = []
        var more = try cursor.beginArray()
        while more {
          spans.append(try span())
          more = try cursor.next(UInt8(ascii: "]"))
        }
        mentions = spans
      } else if key.is("fieldEvidence") {
        fieldEvidence = try self.fieldEvidence()
      } else if key.is("dateExpression") {
        dateExpression = cursor.null() ? nil : try self.dateExpression()
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let id, let article, let type, let actors, let scope, let evidence, let mentions,
      let fieldEvidence
    else { throw cursor.failure("an event lacks a field") }
    return Event(
      id: id, article: article, type: type, killed: killed, injured: injured, place: place,
      date: date, actors: actors, target: target, source: source, scope: scope, partOf: partOf,
      evidence: evidence, mentions: mentions, fieldEvidence: fieldEvidence,
      dateExpression: dateExpression)
  }

  private mutating func fieldEvidence() throws(JSONCursor.Failure) -> [String: Evidence] {
    // Read into a reused buffer first so the dictionary is made once at its final size.
    var pairs = fieldScratch
    pairs.removeAll(keepingCapacity: true)
    var more = try cursor.beginObject()
    while more {
      let field = try cursor.stringKey()
      pairs.append((field, try evidence()))
      more = try cursor.next(UInt8(ascii: "}"))
    }
    var result = [String: Evidence](minimumCapacity: pairs.count)
    for (field, evidence) in pairs { result[field] = evidence }
    fieldScratch = pairs
    return result
  }

  private mutating func evidence() throws(JSONCursor.Failure) -> Evidence {
    var span: TextSpan?
    var rule: String?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("span") {
        span = try self.span()
      } else if key.is("rule") {
        rule = try cursor.string(interned: true)
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let span, let rule else { throw cursor.failure("evidence lacks 'span' or 'rule'") }
    return Evidence(span: span, rule: rule)
  }

  private mutating func span() throws(JSONCursor.Failure) -> TextSpan {
    var start: Int?
    var end: Int?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("start") {
        start = try cursor.int()
      } else if key.is("end") {
        end = try cursor.int()
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let start, let end else { throw cursor.failure("a span lacks 'start' or 'end'") }
    return TextSpan(start: start, end: end)
  }
}

/// An event's review marks as they are read, each nil until its key comes.
struct MarkFields {
  var status: EventStatus?
  var tags: [String]?
  var notes: [String]?
  var merge: String?
}
