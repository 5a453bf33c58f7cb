import Testing

@testable import QueryLanguage

/// Statements cut short at every character, and with each token cut at every position: every
/// variant parses or gives one diagnostic located inside the text, and renders without a crash.
@Suite struct CutStatementTests {
  static let statements = [
    "events where place = \"Aleppo\" and killed >= 10 sort by date desc, killed limit 5"
      + " select id, killed",
    "count events where date = 2014-02-01..2014-02-28 and type in (shelling, ceasefire)",
    "let homs = events where not (killed is missing) or place ~ Homs",
    "tally killed, injured by place where year >= 2015 limit 10",
    "tally by type in big",
    "why e12 killed",
    "load \"Samples/articles\" Samples/*.txt",
  ]

  /// Whether `source` parses, or fails with a diagnostic that points inside it and renders.
  static func handles(_ source: String) -> Bool {
    let lastColumn = source.count + 1
    let (statements, lexical) = Parser.statements(in: source)
    var diagnostics = lexical
    for tokens in statements {
      var parser = Parser(tokens: tokens)
      if case .failure(let diagnostic) = parser.parseStatement() { diagnostics.append(diagnostic) }
    }
    for diagnostic in diagnostics {
      guard let range = diagnostic.range else { continue }
      guard range.lowerBound.line == 1, range.lowerBound.column >= 1,
        range.lowerBound.column <= lastColumn,
        range.upperBound.column <= lastColumn
      else { return false }
      let rendered = DiagnosticRenderer().render(diagnostic, in: source, origin: "<input>")
      guard rendered.hasPrefix("<input>:1:\(range.lowerBound.column): error: ") else {
        return false
      }
    }
    return true
  }

  /// The statement with one token cut to each of its proper prefixes (the rest kept).
  static func tokenCuts(of source: String) -> [String] {
    let characters = Array(source)
    var variants: [String] = []
    let tokens = Parser.statements(in: source).statements.flatMap { $0 }.filter { $0.kind != .end }
    for token in tokens {
      let from = token.range.lowerBound.column - 1
      let to = token.range.upperBound.column - 1
      for cut in from..<to {
        variants.append(String(characters[..<cut]) + String(characters[to...]))
        variants.append(String(characters[..<cut]) + " " + String(characters[to...]))
      }
    }
    return variants
  }

  @Test(arguments: statements)
  func everyPrefixIsHandled(_ statement: String) {
    let characters = Array(statement)
    let failures = (0...characters.count).map { String(characters[..<$0]) }.filter {
      !Self.handles($0)
    }
    #expect(failures.isEmpty, "mishandled prefixes: \(failures.prefix(3))")
  }

  @Test(arguments: statements)
  func everyTokenCutIsHandled(_ statement: String) {
    let variants = Self.tokenCuts(of: statement)
    #expect(variants.count > 2 * statement.filter { !$0.isWhitespace }.count / 2)
    let failures = variants.filter { !Self.handles($0) }
    #expect(failures.isEmpty, "mishandled cuts: \(failures.prefix(3))")
  }

  @Test func cutsGiveTheExpectedMessages() {
    let cases: [(String, String)] = [
      ("events where", "expected a field name, found end of statement"),
      (
        "events where killed",
        "expected an operator (=, !=, <, <=, >, >=, ~, in, is missing), found end of statement"
      ),
      ("events where killed >", "expected a value, found end of statement"),
      ("events where place = \"Ale", "unterminated string"),
      ("events where type in (shelling,", "expected a value, found end of statement"),
      ("events where (killed > 1", "expected ')' to close '(', found end of statement"),
      ("why", "expected an event id such as 'e3', found end of statement"),
      ("load", "expected a file, directory or glob to load, found end of statement"),
    ]
    for (source, message) in cases {
      let (_, lexical) = Parser.statements(in: source)
      let diagnostic: Diagnostic?
      if let first = lexical.first {
        diagnostic = first
      } else if case .failure(let d) = Parser.parse(source) {
        diagnostic = d
      } else {
        diagnostic = nil
      }
      #expect(diagnostic?.message == message, "\(source)")
    }
  }
}
