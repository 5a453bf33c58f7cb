extension Parser {
  /// expression = conjunction { "or" conjunction }
  mutating func parseExpression() throws(Diagnostic) -> Condition {
    var left = try parseConjunction()
    while consumeWord("or") != nil { left = .or(left, try parseConjunction()) }
    return left
  }

  /// conjunction = negation { "and" negation }
  private mutating func parseConjunction() throws(Diagnostic) -> Condition {
    var left = try parseNegation()
    while consumeWord("and") != nil { left = .and(left, try parseNegation()) }
    return left
  }

  /// negation = "not" negation | primary
  private mutating func parseNegation() throws(Diagnostic) -> Condition {
    if let not = consumeWord("not") {
      try enter(not)
      defer { depth -= 1 }
      return .not(try parseNegation())
    }
    return try parsePrimary()
  }

  /// primary = "(" expression ")" | "has" "tag" NAME | field predicate
  private mutating func parsePrimary() throws(Diagnostic) -> Condition {
    if let open = consume(.leftParen) {
      try enter(open)
      defer { depth -= 1 }
      let inner = try parseExpression()
      guard consume(.rightParen) != nil else {
        let found = atEnd ? "end of statement" : "'\(current.text)'"
        throw Diagnostic(
          .error, "expected ')' to close '(', found \(found)", at: current.range,
          hint: "expected ')'", related: [open.range])
      }
      return inner
    }
    if current.isWord("has") {
      let start = advance().range.lowerBound
      _ = try expectWord("tag")
      let name = try argument("a tag name")
      return .hasTag(name.text, start..<name.range.upperBound)
    }
    let field = try fieldReference()
    return try parsePredicate(on: field)
  }

  /// predicate = op literal | "in" "(" literal { "," literal } ")" | "is" ["not"] "missing"
  private mutating func parsePredicate(on field: FieldReference) throws(Diagnostic) -> Condition {
    if consumeWord("is") != nil {
      let negated = consumeWord("not") != nil
      _ = try expectWord("missing")
      return .missing(field, negated: negated)
    }
    if consumeWord("in") != nil {
      _ = try expect(.leftParen, "'(' after 'in'")
      var values: [Literal] = []
      repeat { values.append(try literal(for: field)) } while consume(.comma) != nil
      _ = try expect(.rightParen, "')' to close the list")
      return .membership(field, values)
    }
    let op: ComparisonOperator
    switch current.kind {
    case .equal: op = .equal
    case .notEqual: op = .notEqual
    case .less: op = .less
    case .lessEqual: op = .lessEqual
    case .greater: op = .greater
    case .greaterEqual: op = .greaterEqual
    case .tilde: op = .contains
    default: throw unexpected(expected: "an operator (=, !=, <, <=, >, >=, ~, in, is missing)")
    }
    advance()
    let value = try literal(for: field)
    try check(op, value, on: field)
    return .comparison(field, op, value)
  }

  private mutating func enter(_ token: Token) throws(Diagnostic) {
    depth += 1
    if depth > Parser.maximumDepth {
      throw .error(
        "condition nested too deeply (more than \(Parser.maximumDepth) brackets or 'not's)", at: token.range)
    }
  }

  /// A field name, or an error naming the closest field.
  mutating func fieldReference() throws(Diagnostic) -> FieldReference {
    let token = current
    guard token.kind == .word else { throw unexpected(expected: "a field name") }
    guard let field = QueryField(name: token.text) else {
      if let guess = closestMatch(to: token.text, in: QueryField.allCases.map(\.rawValue)) {
        throw .error(
          "unknown field '\(token.text)'; did you mean '\(guess)'?", at: token.range,
          hint: "did you mean '\(guess)'?")
      }
      throw .error("unknown field '\(token.text)'", at: token.range, hint: "type 'help fields'")
    }
    advance()
    return FieldReference(field: field, range: token.range)
  }

  /// Type-checks a comparison before it runs.
  private func check(_ op: ComparisonOperator, _ value: Literal, on field: FieldReference) throws(Diagnostic) {
    let name = field.field.rawValue
    switch (field.field.kind, value.value) {
    case (.number, .text):
      throw .error(
        "cannot compare number field '\(name)' with text '\(value.spelling)'", at: value.range,
        hint: "expected a number")
    case (.text, .number), (.text, .period), (.list, .number):
      if op != .contains, op != .equal, op != .notEqual {
        throw .error(
          "cannot order text field '\(name)' by '\(op.rawValue)'", at: value.range,
          hint: "use '=', '!=' or '~'")
      }
    case (.date, .number):
      throw .error(
        "'\(value.spelling)' is not a date; write 2016-04-29, 2016-04 or 2016", at: value.range)
    case (.date, .text):
      throw .error(
        "cannot compare date field '\(name)' with text '\(value.spelling)'", at: value.range,
        hint: "write a date such as 2016-04-29")
    default: break
    }
    if op == .contains, field.field.kind == .number {
      throw .error("'~' needs a text field, and '\(name)' is a number", at: field.range)
    }
  }
}
