import EventExtraction
import QueryLanguage

/// Decides whether an event or article matches a `where` expression.
///
/// Dates compare by overlap: `date = 2016-04` matches any event whose date range touches April
/// 2016; `<` and `>` compare the event's start and end with the period's start and end.
public struct ExpressionEvaluator: Sendable {
  public let session: Session
  let eventCounts: [String: Int]?

  /// - Parameter articles: whether articles will be matched (events per article are then
  ///   counted once, up front).
  public init(session: Session, articles: Bool = false) {
    self.session = session
    self.eventCounts = articles ? session.eventCounts() : nil
  }

  public func matches(_ event: SessionEvent, _ expression: Condition) -> Bool {
    // Each condition on one field is handed that field's value, not the event: a closure that
    // captured the event would copy it (every string in it retained) for each event tested.
    switch expression {
    case .and(let a, let b): return matches(event, a) && matches(event, b)
    case .or(let a, let b): return matches(event, a) || matches(event, b)
    case .not(let a): return !matches(event, a)
    case .comparison(let field, _, _), .membership(let field, _), .missing(let field, _):
      return matches(value: event.value(of: field.field, in: session), expression)
    case .hasTag: return matches(value: event.value(of: .tags, in: session), expression)
    }
  }

  /// Whether event `i` of `events` matches: ``matches(_:_:)-(SessionEvent,_)`` reading each
  /// field in place. An event handed over as a value is copied first (every string in it
  /// retained and released), which was most of a scan over a million events.
  func matches(_ events: UnsafeBufferPointer<SessionEvent>, _ i: Int, _ expression: Condition) -> Bool {
    switch expression {
    case .and(let a, let b): return matches(events, i, a) && matches(events, i, b)
    case .or(let a, let b): return matches(events, i, a) || matches(events, i, b)
    case .not(let a): return !matches(events, i, a)
    case .comparison(let field, _, _), .membership(let field, _), .missing(let field, _):
      return matches(value: events[i].value(of: field.field, in: session), expression)
    case .hasTag: return matches(value: events[i].value(of: .tags, in: session), expression)
    }
  }

  public func matches(_ article: Article, _ expression: Condition) -> Bool {
    evaluate(expression) { article.value(of: $0, in: session, eventCounts: eventCounts) }
  }

  /// Whether `value` satisfies `atom`, a condition on one field (a comparison, a membership,
  /// `is missing` or a tag test): what ``matches(_:_:)-(SessionEvent,_)`` decides for an event
  /// whose field has that value.
  func matches(value: FieldValue, _ atom: Condition) -> Bool {
    evaluate(atom) { _ in value }
  }

  private func evaluate(_ expression: Condition, _ value: (QueryField) -> FieldValue) -> Bool {
    switch expression {
    case .and(let a, let b): return evaluate(a, value) && evaluate(b, value)
    case .or(let a, let b): return evaluate(a, value) || evaluate(b, value)
    case .not(let a): return !evaluate(a, value)
    case .missing(let field, let negated):
      // A list with no items (no actors, no tags) is missing as well.
      let v = value(field.field)
      let isMissing = v == .missing || v == .list([])
      return negated ? !isMissing : isMissing
    case .hasTag(let name, _):
      if case .list(let tags) = value(.tags) { return tags.contains { $0.lowercased() == name.lowercased() } }
      return false
    case .membership(let field, let literals):
      let v = value(field.field)
      return literals.contains { compare(v, .equal, $0.value) }
    case .comparison(let field, let op, let literal):
      return compare(value(field.field), op, literal.value)
    }
  }

  func compare(_ value: FieldValue, _ op: ComparisonOperator, _ literal: LiteralValue) -> Bool {
    switch (value, literal) {
    case (.missing, _):
      return op == .notEqual
    case (.list(let items), _):
      let any = items.contains { compare(.text($0), op == .notEqual ? .equal : op, literal) }
      return op == .notEqual ? !any : any
    case (.number(let n), .number(let x)):
      return order(Double(n), x, op)
    case (.number(let n), .range(.number(let lo), .number(let hi))):
      let inside = Double(n) >= lo && Double(n) <= hi
      return op == .notEqual ? !inside : (op == .equal ? inside : false)
    case (.days(let start, let end), .period(let p)):
      return compareDays(start, end, op, day(p.start), day(p.end))
    case (.days(let start, let end), .range(.period(let a), .period(let b))):
      return compareDays(start, end, op, day(a.start), day(b.end))
    case (.text(let s), .text(let t)):
      return compareText(s, op, t)
    case (.text(let s), .number(let x)):
      return compareText(s, op, x == x.rounded() ? String(Int(x)) : String(x))
    case (.text(let s), .period(let p)):
      return compareText(s, op, p.description)
    default:
      return op == .notEqual
    }
  }

  private func compareText(_ s: String, _ op: ComparisonOperator, _ t: String) -> Bool {
    switch op {
    case .equal: return FoldedText.equal(s, t)
    case .notEqual: return !FoldedText.equal(s, t)
    case .contains: return FoldedText.contains(s, t)
    case .less: return s.lowercased() < t.lowercased()
    case .lessEqual: return s.lowercased() <= t.lowercased()
    case .greater: return s.lowercased() > t.lowercased()
    case .greaterEqual: return s.lowercased() >= t.lowercased()
    }
  }

  private func order(_ a: Double, _ b: Double, _ op: ComparisonOperator) -> Bool {
    switch op {
    case .equal: a == b
    case .notEqual: a != b
    case .less: a < b
    case .lessEqual: a <= b
    case .greater: a > b
    case .greaterEqual: a >= b
    case .contains: false
    }
  }

  private func compareDays(_ start: Day, _ end: Day, _ op: ComparisonOperator, _ lo: Day, _ hi: Day) -> Bool {
    let overlaps = start <= hi && lo <= end
    switch op {
    case .equal, .contains: return overlaps
    case .notEqual: return !overlaps
    case .less: return start < lo
    case .lessEqual: return start <= hi
    case .greater: return end > hi
    case .greaterEqual: return end >= lo
    }
  }

  private func day(_ ymd: DatePeriod.YMD) -> Day { Day(year: ymd.year, month: ymd.month, day: ymd.day) }
}
