import Foundation
import EventExtraction
import QueryLanguage

/// Reads `FIELD = VALUE` for events: which field, and the change it makes.
public struct FieldEditor: Sendable {
  public let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  /// Fields `set` can change on events (`status` and `note`, marks rather than fields of the
  /// event, are applied by the shell).
  public static let eventFields = [
    "type", "killed", "killed.low", "killed.high", "injured", "injured.low", "injured.high",
    "victims", "place", "latitude", "longitude", "date", "scope", "part_of", "actors", "actor",
    "target", "source", "status", "note",
  ]

  /// A change to one event, or an error message for the value.
  public typealias Change = @Sendable (inout Event) -> Void

  public func change(_ field: String, _ value: String, in session: Session) -> Result<Change, Problem> {
    let key = field.lowercased()
    let cleared = ["none", "missing", "-", ""].contains(value.lowercased())
    switch key {
    case "type":
      guard let type = EventType(analystText: value) else {
        let names = EventType.allCases.map(\.rawValue)
        return .failure(.value("unknown event type '\(value)'", closestMatch(to: value, in: names)))
      }
      return .success { $0.type = type }
    case "killed", "injured":
      if cleared { return .success { key == "killed" ? ($0.killed = nil) : ($0.injured = nil) } }
      guard let figure = FieldEditor.figure(value) else {
        return .failure(.value("'\(value)' is not a figure; write 50, 45..60 or \"at least 50\"", nil))
      }
      return .success { event in
        var f = figure
        f.victims = (key == "killed" ? event.killed : event.injured)?.victims
        if key == "killed" { event.killed = f } else { event.injured = f }
      }
    case "killed.low", "killed.high", "injured.low", "injured.high":
      let bound: Int?
      if cleared { bound = nil } else if let n = Int(value), n >= 0 { bound = n } else {
        return .failure(.value("'\(value)' is not a whole number", nil))
      }
      let isKilled = key.hasPrefix("killed")
      let isLow = key.hasSuffix("low")
      return .success { event in
        var f = (isKilled ? event.killed : event.injured) ?? Casualties(low: nil, best: bound, high: nil, qualifier: .range)
        if isLow { f.low = bound } else { f.high = bound }
        f.qualifier = .range
        if isKilled { event.killed = f } else { event.injured = f }
      }
    case "victims":
      return .success { $0.killed?.victims = cleared ? nil : value }
    case "place":
      if cleared { return .success { $0.place = nil } }
      guard let entry = gazetteer.lookup(value) else {
        let guesses = gazetteer.suggestions(for: value, limit: 3)
        return .failure(.value(
          "unknown place '\(value)'" + (guesses.isEmpty ? "" : "; did you mean " + guesses.map { "'\($0)'" }.joined(separator: ", ") + "?")
            + " (or give coordinates: set EVENT latitude = .., longitude = ..)", nil))
      }
      return .success { $0.place = entry.place(raw: value, basis: "set by hand") }
    case "latitude", "longitude":
      guard let x = Double(value), key == "latitude" ? abs(x) <= 90 : abs(x) <= 180 else {
        return .failure(.value("'\(value)' is not a \(key)", nil))
      }
      return .success { event in
        var p = event.place ?? Place(raw: "", name: "(coordinates)", precision: .neighbourhood)
        if key == "latitude" { p.latitude = x } else { p.longitude = x }
        event.place = p
      }
    case "date":
      if cleared { return .success { $0.date = nil } }
      guard let date = FieldEditor.date(value) else {
        return .failure(.value("'\(value)' is not a date; write 2016-04-27 or 2016-04-22..2016-05-01", nil))
      }
      return .success { $0.date = date }
    case "scope":
      guard let scope = Scope(rawValue: value.lowercased()) else {
        return .failure(.value("scope is 'incident' or 'aggregate', not '\(value)'", closestMatch(to: value, in: ["incident", "aggregate"])))
      }
      return .success { $0.scope = scope }
    case "part_of":
      if cleared { return .success { $0.partOf = nil } }
      guard session.event(value) != nil else { return .failure(.value("no event '\(value)'", nil)) }
      return .success { $0.partOf = value }
    case "actors", "actor":
      let actors = cleared ? [] : value.split(separator: ";").map { String($0).trimmed() }
      return .success { $0.actors = actors }
    case "target": return .success { $0.target = cleared ? nil : value }
    case "source": return .success { $0.source = cleared ? nil : value }
    default:
      return .failure(.field("'\(field)' cannot be set", closestMatch(to: field, in: FieldEditor.eventFields)))
    }
  }

  /// Why a `FIELD = VALUE` could not be applied; the suggestion, if any.
  public enum Problem: Error, Equatable {
    case field(String, String?)
    case value(String, String?)
  }

  /// `50`, `45..60`, `at least 50`, `about 400`, `nearly 250`.
  static func figure(_ text: String) -> Casualties? {
    let words = text.lowercased().split(separator: " ").map(String.init)
    if words.count == 1, let range = words.first?.split(separator: ".", omittingEmptySubsequences: true),
      words[0].contains(".."), range.count == 2, let lo = Int(range[0]), let hi = Int(range[1]), lo <= hi
    {
      return Casualties(low: lo, best: lo, high: hi, qualifier: .range)
    }
    guard let last = words.last, let n = Int(last), n >= 0 else { return nil }
    switch words.dropLast().joined(separator: " ") {
    case "": return .exactly(n)
    case "at least", "more than", "over": return .qualified(.atLeast, n)
    case "nearly", "almost", "up to": return .qualified(.nearly, n)
    case "about", "around", "some", "approximately": return .qualified(.about, n)
    default: return nil
    }
  }

  /// `2016-04-27`, `2016-04` (a month), or `2016-04-22..2016-05-01`.
  static func date(_ text: String) -> EventDate? {
    let parts = text.components(separatedBy: "..")
    if parts.count == 2, let a = Day(iso: parts[0]), let b = Day(iso: parts[1]), a <= b {
      return EventDate(start: a, end: b, precision: .range)
    }
    if let day = Day(iso: text) { return .on(day) }
    if let period = try? DatePeriod.parse(text) {
      let start = Day(year: period.start.year, month: period.start.month, day: period.start.day)
      let end = Day(year: period.end.year, month: period.end.month, day: period.end.day)
      return EventDate(start: start, end: end, precision: text.count == 4 ? .year : .month)
    }
    return nil
  }
}

extension String {
  func trimmed() -> String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s.removeFirst() }
    while s.last?.isWhitespace == true { s.removeLast() }
    return String(s)
  }
}
