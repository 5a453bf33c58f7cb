import EventExtraction
import Foundation

/// The parts of an event: figures, places, dates and date phrases.
extension SessionReader {
  mutating func casualties() throws(JSONCursor.Failure) -> Casualties {
    var low: Int?
    var best: Int?
    var high: Int?
    var qualifier: Qualifier?
    var victims: String?
    var parts: [CasualtyPart]?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("low") {
        low = try cursor.optionalInt()
      } else if key.is("best") {
        best = try cursor.optionalInt()
      } else if key.is("high") {
        high = try cursor.optionalInt()
      } else if key.is("qualifier") {
        qualifier = try cursor.enumeration(Qualifier.self)
      } else if key.is("victims") {
        victims = try cursor.optionalString(interned: true)
      } else if key.is("parts") {
        parts = try cursor.decodedParts()
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let qualifier, let parts else { throw cursor.failure("a figure lacks a field") }
    return Casualties(
      low: low, best: best, high: high, qualifier: qualifier, victims: victims, parts: parts)
  }

  mutating func place() throws(JSONCursor.Failure) -> Place {
    let fields = try cursor.placeFields()
    guard let raw = fields.raw, let name = fields.name, let precision = fields.precision else {
      throw cursor.failure("a place lacks a field")
    }
    var place = fields.place
    place.raw = raw
    place.name = name
    place.precision = precision
    return place
  }

  mutating func eventDate() throws(JSONCursor.Failure) -> EventDate {
    var start: Day?
    var end: Day?
    var precision: DatePrecision?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("start") {
        start = try day()
      } else if key.is("end") {
        end = try day()
      } else if key.is("precision") {
        precision = try cursor.enumeration(DatePrecision.self)
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let start, let end, let precision else { throw cursor.failure("a date lacks a field") }
    return EventDate(start: start, end: end, precision: precision)
  }

  mutating func dateExpression() throws(JSONCursor.Failure) -> DateExpression {
    var kind: DateExpression.Kind?
    var raw: String?
    var e = DateExpression(kind: .articleDay, raw: "")
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("kind") {
        kind = try cursor.enumeration(DateExpression.Kind.self)
      } else if key.is("raw") {
        raw = try cursor.string(interned: true)
      } else if key.is("start") {
        e.start = cursor.null() ? nil : try day()
      } else if key.is("end") {
        e.end = cursor.null() ? nil : try day()
      } else if key.is("month") {
        e.month = try cursor.optionalInt()
      } else if key.is("year") {
        e.year = try cursor.optionalInt()
      } else if key.is("weekday") {
        e.weekday = try cursor.optionalInt()
      } else if key.is("count") {
        e.count = try cursor.optionalInt()
      } else if key.is("dayOfMonth") {
        e.dayOfMonth = try cursor.optionalInt()
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let kind, let raw else { throw cursor.failure("a date phrase lacks a field") }
    e.kind = kind
    e.raw = raw
    return e
  }
}

extension JSONCursor {
  /// The parts of a figure (`including 143 children`).
  mutating func decodedParts() throws(Failure) -> [CasualtyPart] {
    var parts: [CasualtyPart] = []
    var more = try beginArray()
    while more {
      var group: String?
      var count: Int?
      var fields = try beginObject()
      while fields {
        let key = try key()
        if key.is("group") {
          group = try string(interned: true)
        } else if key.is("count") {
          count = try int()
        } else {
          try skipValue()
        }
        fields = try next(UInt8(ascii: "}"))
      }
      guard let group, let count else { throw failure("a part lacks 'group' or 'count'") }
      parts.append(CasualtyPart(group: group, count: count))
      more = try next(UInt8(ascii: "]"))
    }
    return parts
  }
}
