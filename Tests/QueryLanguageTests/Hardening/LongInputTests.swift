import Testing

@testable import QueryLanguage

/// Megabyte lines: each parses or fails with one diagnostic, within a time limit (a loose one:
/// the suite runs in parallel, and under sanitizers, on 2 shared cores).
@Suite(.timeLimit(.minutes(5))) struct LongInputTests {
  static let megabyte = 1 << 20

  @Test func aOneMegabyteWordIsOneArgument() {
    let word = String(repeating: "a", count: Self.megabyte)
    guard case .success(let statement) = Parser.parse("echo " + word),
      case .echo(let words) = statement.command
    else {
      Issue.record("expected echo")
      return
    }
    #expect(words.count == 1)
    #expect(words.first?.text.count == Self.megabyte)
  }

  @Test func aOneMegabyteStringIsOneLiteral() {
    let text = String(repeating: "x", count: Self.megabyte)
    guard case .success(let statement) = Parser.parse("events where place = \"\(text)\""),
      case .list(let query) = statement.command,
      case .comparison(_, .equal, let literal) = query.filter
    else {
      Issue.record("expected a comparison")
      return
    }
    #expect(literal.value == .text(text))
  }

  @Test func aOneMegabyteUnterminatedStringIsOneError() {
    let source = "events where place = \"" + String(repeating: "x", count: Self.megabyte)
    let (_, diagnostics) = Parser.statements(in: source)
    #expect(diagnostics.map(\.message) == ["unterminated string"])
    #expect(diagnostics.first?.range?.lowerBound == SourceLocation(line: 1, column: 22))
  }

  @Test func aOneMegabyteLineOfWordsIsAnError() {
    let source = "events " + String(repeating: "zz ", count: Self.megabyte / 3)
    guard case .failure(let diagnostic) = Parser.parse(source) else {
      Issue.record("expected an error")
      return
    }
    #expect(diagnostic.message == "expected end of statement, found 'zz'")
    let rendered = DiagnosticRenderer().render(diagnostic, in: source, origin: "<input>")
    #expect(rendered.hasPrefix("<input>:1:8: error: "))
  }

  // Lexer.swift, `next()`: after reporting "unexpected '!'" it calls itself (`return next()`),
  // one stack frame per stray '!'. A line of 100,000 '!' overflowed the stack (debug build;
  // 1,000 is fine). The fix is a loop instead of the recursive call.
  @Test func aOneMegabyteLineOfBangsGivesErrorsNotACrash() async {
    await #expect(processExitsWith: .success) {
      let (_, diagnostics) = Parser.statements(in: String(repeating: "!", count: 1 << 20))
      precondition(diagnostics.count == 1 << 20)
      precondition(diagnostics.allSatisfy { $0.message == "unexpected '!'" })
    }
  }

  @Test func aThousandBangsGiveAThousandErrors() {
    let (statements, diagnostics) = Parser.statements(in: String(repeating: "!", count: 1000))
    #expect(statements.isEmpty)
    #expect(diagnostics.count == 1000)
    #expect(diagnostics.last?.range?.lowerBound == SourceLocation(line: 1, column: 1000))
  }
}
