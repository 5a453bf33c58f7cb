extension Parser {
  /// A literal read for `field`: numbers, dates, months, years, ranges `a..b`, strings, bare words.
  mutating func literal(for field: FieldReference) throws(Diagnostic) -> Literal {
    let token = current
    switch token.kind {
    case .string:
      advance()
      return Literal(value: .text(token.text), range: token.range, spelling: token.text)
    case .word:
      advance()
      return try Parser.literal(word: token.text, range: token.range, for: field.field)
    default:
      throw unexpected(expected: "a value")
    }
  }

  static func literal(word: String, range: SourceRange, for field: QueryField) throws(Diagnostic) -> Literal {
    if field.kind != .text, let (lower, upper) = splitRange(word) {
      guard !lower.isEmpty, !upper.isEmpty else {
        throw .error("'\(word)' is not a range; write 'low..high'", at: range)
      }
      let a = try literal(word: lower, range: range, for: field)
      let b = try literal(word: upper, range: range, for: field)
      return Literal(value: .range(a.value, b.value), range: range, spelling: word)
    }
    if field.kind == .date {
      do {
        if let period = try DatePeriod.parse(word) {
          return Literal(value: .period(period), range: range, spelling: word)
        }
      } catch {
        switch error {
        case .noSuchMonth(let m):
          throw .error("month '\(m)' does not exist in '\(word)'", at: range, hint: "months run 01 to 12")
        case .noSuchDay(let d, let m):
          throw .error("day '\(d)' does not exist in month \(m) of '\(word)'", at: range)
        }
      }
    }
    if field.kind != .text, let number = Double(word), word.first?.isNumber == true {
      return Literal(value: .number(number), range: range, spelling: word)
    }
    return Literal(value: .text(word), range: range, spelling: word)
  }

  /// `a..b` split at its first `..`.
  private static func splitRange(_ word: String) -> (String, String)? {
    let chars = Array(word)
    guard chars.count >= 2 else { return nil }
    for i in 0..<(chars.count - 1) where chars[i] == "." && chars[i + 1] == "." {
      return (String(chars[..<i]), String(chars[(i + 2)...]))
    }
    return nil
  }
}
