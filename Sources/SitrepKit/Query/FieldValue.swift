import EventExtraction
import QueryLanguage

/// A field's value on one event or article, as queries see it.
public enum FieldValue: Sendable, Hashable {
  case number(Int)
  case text(String)
  /// A closed span of days (an event's date range, or one day).
  case days(Day, Day)
  case list([String])
  case missing

  /// How the value reads in a table cell.
  public var cell: Cell {
    switch self {
    case .number(let n): .number(n)
    case .text(let s): .text(s)
    case .days(let a, let b): .text(a == b ? a.description : "\(a)..\(b)")
    case .list(let items): items.isEmpty ? .empty : .text(items.joined(separator: ", "))
    case .missing: .empty
    }
  }
}

extension SessionEvent {
  /// The value of `field` on this event (article fields read through to its article).
  public func value(of field: QueryField, in session: Session) -> FieldValue {
    let e = current
    func text(_ s: String?) -> FieldValue { s.map { .text($0) } ?? .missing }
    func number(_ n: Int?) -> FieldValue { n.map { .number($0) } ?? .missing }
    switch field {
    case .id: return .text(e.id)
    case .article: return .text(e.article)
    case .type: return .text(e.type.rawValue)
    case .acledType: return text(e.type.acled?.eventType)
    case .acledSubtype: return text(e.type.acled?.subEventType)
    case .cameo: return text(e.type.cameo)
    case .killed: return number(e.killed?.best)
    case .killedLow: return number(e.killed?.low)
    case .killedHigh: return number(e.killed?.high)
    case .injured: return number(e.injured?.best)
    case .injuredLow: return number(e.injured?.low)
    case .injuredHigh: return number(e.injured?.high)
    case .victims: return text(e.killed?.victims ?? e.injured?.victims)
    case .place: return text(e.place?.name)
    case .admin1: return text(e.place?.admin1)
    case .country: return text(e.place?.country)
    case .date, .week, .month, .year:
      guard let d = e.date else { return .missing }
      return .days(d.start, d.end)
    case .actor: return .list(e.actors)
    case .target: return text(e.target)
    case .source: return text(e.source ?? session.article(e.article)?.outlet)
    case .scope: return .text(e.scope.rawValue)
    case .status: return .text(status.rawValue)
    case .tags, .tag: return .list(tags)
    case .note: return notes.isEmpty ? .missing : .text(notes.joined(separator: "; "))
    case .rule: return .text(e.rule)
    case .partOf: return text(e.partOf)
    case .title: return text(session.article(e.article)?.title)
    case .outlet: return text(session.article(e.article)?.outlet)
    case .words, .events: return .missing
    }
  }
}

extension Article {
  /// The value of `field` on this article.
  ///
  /// - Parameter eventCounts: events per article, computed once per query
  ///   (``Session/eventCounts()``); counted here when nil.
  public func value(of field: QueryField, in session: Session, eventCounts: [String: Int]? = nil) -> FieldValue {
    switch field {
    case .id, .article: return .text(id)
    case .title: return .text(title)
    case .date, .month, .year, .week:
      return date.day.map { .days($0, $0) } ?? .missing
    case .source, .outlet: return outlet.map { .text($0) } ?? .missing
    case .words: return .number(wordCount)
    case .events:
      return .number(eventCounts?[id] ?? session.events.lazy.filter { $0.current.article == id }.count)
    default: return .missing
    }
  }
}
