import EventExtraction

/// The nested values of an extracted event's line: figures, place, date, evidence.
extension ExtractedEventLine {
  mutating func casualties() throws(JSONCursor.Failure) -> Casualties {
    _ = cursor.peek()
    let at = cursor.index
    let outer = path
    var figure = Casualties(low: nil, best: nil, high: nil, qualifier: .exact)
    var hasQualifier = false
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("low") {
        path = outer + ".low"
        figure.low = try cursor.optionalInt()
      } else if key.is("best") {
        path = outer + ".best"
        figure.best = try cursor.optionalInt()
      } else if key.is("high") {
        path = outer + ".high"
        figure.high = try cursor.optionalInt()
      } else if key.is("qualifier") {
        path = outer + ".qualifier"
        figure.qualifier = try cursor.enumeration(Qualifier.self)
        hasQualifier = true
      } else if key.is("victims") {
        path = outer + ".victims"
        figure.victims = try cursor.optionalString(interned: true)
      } else if key.is("parts") {
        path = outer + ".parts"
        figure.parts = try parts()
      } else {
        try cursor.skipValue()
      }
      path = outer
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard hasQualifier else { throw missing("qualifier", at: at) }
    return figure
  }

  mutating func parts() throws(JSONCursor.Failure) -> [CasualtyPart] {
    var parts: [CasualtyPart] = []
    var more = try cursor.beginArray()
    while more {
      var part = CasualtyPart(group: "", count: 0)
      var inner = try cursor.beginObject()
      while inner {
        let key = try cursor.key()
        if key.is("group") {
          part.group = try cursor.string(interned: true)
        } else if key.is("count") {
          part.count = try cursor.int()
        } else {
          try cursor.skipValue()
        }
        inner = try cursor.next(UInt8(ascii: "}"))
      }
      parts.append(part)
      more = try cursor.next(UInt8(ascii: "]"))
    }
    return parts
  }

  mutating func place() throws(JSONCursor.Failure) -> Place {
    _ = cursor.peek()
    let at = cursor.index
    let outer = path
    let fields = try cursor.placeFields { key in
      path =
        outer + "."
        + String(decoding: UnsafeBufferPointer(start: key.start, count: key.count), as: UTF8.self)
    }
    path = outer
    guard let name = fields.name else { throw missing("name", at: at) }
    guard let precision = fields.precision else { throw missing("precision", at: at) }
    var place = fields.place
    place.name = name
    place.raw = fields.raw ?? name
    place.precision = precision
    return place
  }

  mutating func date() throws(JSONCursor.Failure) -> EventDate {
    _ = cursor.peek()
    let at = cursor.index
    let outer = path
    var start: Day?
    var end: Day?
    var precision: DatePrecision?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("start") {
        path = outer + ".start"
        start = try day()
      } else if key.is("end") {
        path = outer + ".end"
        end = try day()
      } else if key.is("precision") {
        path = outer + ".precision"
        precision = try cursor.enumeration(DatePrecision.self)
      } else {
        try cursor.skipValue()
      }
      path = outer
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let start else { throw missing("start", at: at) }
    guard let end else { throw missing("end", at: at) }
    guard let precision else { throw missing("precision", at: at) }
    return EventDate(start: start, end: end, precision: precision)
  }

  mutating func day() throws(JSONCursor.Failure) -> Day {
    let at = cursor.index
    let text = try cursor.string()
    guard let day = Day(iso: text) else {
      cursor.index = at
      throw cursor.failure("'\(text)' is not a day (YYYY-MM-DD)")
    }
    return day
  }

  mutating func evidence() throws(JSONCursor.Failure) -> (TextSpan, String) {
    _ = cursor.peek()
    let at = cursor.index
    let outer = path
    var start: Int?
    var end: Int?
    var text = ""
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("start") {
        path = outer + ".start"
        start = try cursor.int()
      } else if key.is("end") {
        path = outer + ".end"
        end = try cursor.int()
      } else if key.is("text") {
        path = outer + ".text"
        text = try cursor.string()
      } else {
        try cursor.skipValue()
      }
      path = outer
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let start else { throw missing("start", at: at) }
    guard let end else { throw missing("end", at: at) }
    return (TextSpan(start: start, end: end), text)
  }

  /// A missing key inside the object that starts at `offset` (`path` names the object).
  func missing(_ key: String, at offset: Int) -> JSONCursor.Failure {
    JSONCursor.Failure(offset: offset, problem: "missing key '\(key)'")
  }
}
