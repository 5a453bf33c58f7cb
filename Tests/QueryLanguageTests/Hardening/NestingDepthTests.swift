import Testing

@testable import QueryLanguage

/// Deep nesting must come back as a diagnostic: the recursive-descent parser must not overflow
/// its stack. Each deep case runs in a child process (an exit test), so a crash fails that test
/// instead of killing the whole run.
@Suite struct NestingDepthTests {
  /// `events where ((( … killed > 1 … )))`, brackets `depth` deep.
  static func bracketed(_ depth: Int) -> String {
    "events where " + String(repeating: "(", count: depth) + "killed > 1"
      + String(repeating: ")", count: depth)
  }

  /// `events where not not … killed > 1`, `depth` times `not`.
  static func negated(_ depth: Int) -> String {
    "events where " + String(repeating: "not ", count: depth) + "killed > 1"
  }

  /// Parses and renders like the shell; true when the source gave a diagnostic.
  static func failsWithDiagnostic(_ source: String) -> Bool {
    guard case .failure(let diagnostic) = Parser.parse(source) else { return false }
    let rendered = DiagnosticRenderer().render(diagnostic, in: source, origin: "<input>")
    return rendered.hasPrefix("<input>:1:")
  }

  @Test func fiftyBracketsStillParse() throws {
    let parsed = Parser.parse(Self.bracketed(50))
    guard case .success(let statement) = parsed, case .list(let query) = statement.command,
      case .comparison(let field, .greater, let value) = query.filter
    else {
      Issue.record("expected a listing with one comparison, got \(parsed)")
      return
    }
    #expect(field.field == .killed)
    #expect(value.value == .number(1))
  }

  @Test func fiftyNegationsStillParse() {
    guard case .success(let statement) = Parser.parse(Self.negated(50)),
      case .list(let query) = statement.command
    else {
      Issue.record("expected a listing")
      return
    }
    var depth = 0
    var condition = query.filter
    while case .not(let inner)? = condition {
      depth += 1
      condition = inner
    }
    #expect(depth == 50)
  }

  // Found by hand and the fuzzer: in a debug build the parser overflowed the 8 MB main stack
  // at about 1,310 nested brackets and 4,210 nested 'not's (Parser+Expressions.swift, the
  // parseExpression → parseConjunction → parseNegation → parsePrimary cycle). The fix is a
  // nesting limit that reports an error.

  @Test func tenThousandBracketsGiveAnError() async {
    await #expect(processExitsWith: .success) {
      precondition(NestingDepthTests.failsWithDiagnostic(NestingDepthTests.bracketed(10_000)))
    }
  }

  @Test func tenThousandNegationsGiveAnError() async {
    await #expect(processExitsWith: .success) {
      precondition(NestingDepthTests.failsWithDiagnostic(NestingDepthTests.negated(10_000)))
    }
  }

  @Test func tenThousandUnclosedBracketsGiveAnError() async {
    await #expect(processExitsWith: .success) {
      let source = "events where " + String(repeating: "(", count: 10_000)
      precondition(NestingDepthTests.failsWithDiagnostic(source))
    }
  }

  @Test func tenThousandClosingBracketsGiveAnError() {
    let source = "events where killed > 1" + String(repeating: ")", count: 10_000)
    guard case .failure(let diagnostic) = Parser.parse(source) else {
      Issue.record("expected an error")
      return
    }
    #expect(diagnostic.message == "expected end of statement, found ')'")
    #expect(diagnostic.range?.lowerBound == SourceLocation(line: 1, column: 24))
  }
}
