import EventExtraction
import QueryLanguage

/// A `where` condition compiled to tests on a ``TallyIndex``'s columns, so it is checked without
/// reading events: figures (`killed > 10`, `injured.low = 5..9 or killed is missing`) read the
/// figure columns, and fields with few distinct values (`country = Syria`, `type in (airstrike,
/// shelling)`, `month = 2016-04`, `has tag checked`) read a ``ValueColumn`` whose values are each
/// decided once.
///
/// The tests mean exactly what ``ExpressionEvaluator`` does with the same condition (the value
/// columns hand it each distinct value); a condition on any other field does not compile and is
/// left to the evaluator.
enum ColumnFilter {
  /// The test for event `i`, or nil when the condition does not compile. Value columns the
  /// condition needs are added to `index`.
  static func compile(_ condition: Condition, index: inout TallyIndex, session: Session) -> ((Int) -> Bool)? {
    switch condition {
    case .and(let a, let b):
      guard let x = compile(a, index: &index, session: session),
        let y = compile(b, index: &index, session: session)
      else { return nil }
      return { x($0) && y($0) }
    case .or(let a, let b):
      guard let x = compile(a, index: &index, session: session),
        let y = compile(b, index: &index, session: session)
      else { return nil }
      return { x($0) || y($0) }
    case .not(let a):
      guard let x = compile(a, index: &index, session: session) else { return nil }
      return { !x($0) }
    case .missing(let field, let negated):
      if let column = numbers(field.field, index) {
        return { (column($0) == TallyIndex.Figure.none) != negated }
      }
      return valueTest(condition, field: field.field, index: &index, session: session)
    case .comparison(let field, let op, let literal):
      guard let column = numbers(field.field, index) else {
        return valueTest(condition, field: field.field, index: &index, session: session)
      }
      guard let test = test(op, literal.value) else { return nil }
      let missing = op == .notEqual
      return { i in
        let n = column(i)
        return n == TallyIndex.Figure.none ? missing : test(n)
      }
    case .membership(let field, let literals):
      guard let column = numbers(field.field, index) else {
        return valueTest(condition, field: field.field, index: &index, session: session)
      }
      let tests = literals.compactMap { test(.equal, $0.value) }
      guard tests.count == literals.count else { return nil }
      return { i in
        let n = column(i)
        return n != TallyIndex.Figure.none && tests.contains { $0(n) }
      }
    case .hasTag:
      return valueTest(condition, field: .tags, index: &index, session: session)
    }
  }

  /// Whether compiling `condition` would first build a value column `index` does not have: a
  /// read of every event, about 0.35 s at a million.
  static func buildsColumns(_ condition: Condition, index: TallyIndex) -> Bool {
    func builds(_ field: QueryField) -> Bool {
      numbers(field, index) == nil && ValueColumn.fields.contains(field) && index.values[field] == nil
    }
    switch condition {
    case .and(let a, let b), .or(let a, let b):
      return buildsColumns(a, index: index) || buildsColumns(b, index: index)
    case .not(let a): return buildsColumns(a, index: index)
    case .missing(let field, _), .comparison(let field, _, _), .membership(let field, _):
      return builds(field.field)
    case .hasTag: return builds(.tags)
    }
  }

  /// The test of a condition on one field through that field's value column: the evaluator
  /// decides each distinct value once.
  private static func valueTest(
    _ atom: Condition, field: QueryField, index: inout TallyIndex, session: Session
  ) -> ((Int) -> Bool)? {
    guard let column = index.valueColumn(field, session: session) else { return nil }
    let evaluator = ExpressionEvaluator(session: session)
    return column.test { evaluator.matches(value: $0, atom) }
  }

  /// The number a figure field reads for event `i`, `Figure.none` where the event has none;
  /// read from the column in place (mapping a million figures first would cost more than a
  /// listing that stops at its limit).
  private static func numbers(_ field: QueryField, _ index: TallyIndex) -> ((Int) -> Int)? {
    let killed = index.killed
    let injured = index.injured
    switch field {
    case .killed: return { killed[$0].best }
    case .killedLow: return { killed[$0].low }
    case .killedHigh: return { killed[$0].high }
    case .injured: return { injured[$0].best }
    case .injuredLow: return { injured[$0].low }
    case .injuredHigh: return { injured[$0].high }
    default: return nil
    }
  }

  /// A number's test against a literal, as ``ExpressionEvaluator/compare(_:_:_:)`` decides it.
  private static func test(_ op: ComparisonOperator, _ literal: LiteralValue) -> ((Int) -> Bool)? {
    switch literal {
    case .number(let x):
      switch op {
      case .equal: return { Double($0) == x }
      case .notEqual: return { Double($0) != x }
      case .less: return { Double($0) < x }
      case .lessEqual: return { Double($0) <= x }
      case .greater: return { Double($0) > x }
      case .greaterEqual: return { Double($0) >= x }
      case .contains: return { _ in false }
      }
    case .range(.number(let lo), .number(let hi)):
      return { n in
        let inside = Double(n) >= lo && Double(n) <= hi
        return op == .notEqual ? !inside : (op == .equal ? inside : false)
      }
    default:
      return nil
    }
  }
}
