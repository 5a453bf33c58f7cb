/// Parses one statement's tokens into a ``Statement``; errors come back as ``Diagnostic`` values.
///
/// Use ``Parser/statements(in:firstLine:)`` to split source text into statements first, so a
/// script can run each statement before the next is parsed.
public struct Parser {
  var tokens: [Token]
  var position = 0
  /// How deeply brackets and `not`s are nested here; past ``maximumDepth`` is an error, not a
  /// stack overflow.
  var depth = 0
  static let maximumDepth = 200
  /// The names of the session's sets (`let`): a statement that starts with one lists it
  /// (`aleppo where killed > 10`), as it would start with `events`.
  public var setNames: Set<String> = []

  public init(tokens: [Token]) {
    self.tokens = tokens
    if tokens.last?.kind != .end {
      let end = tokens.last?.range.upperBound ?? SourceLocation(line: 1, column: 1)
      self.tokens.append(Token(kind: .end, text: "", range: end..<end))
    }
  }

  /// Splits source text into the token lists of its statements (separated by `;` or newlines).
  ///
  /// - Returns: the statements' tokens (each ending in `.end`), and lexical errors.
  public static func statements(in source: String, firstLine: Int = 1) -> (
    statements: [[Token]], diagnostics: [Diagnostic]
  ) {
    var lexer = Lexer(source, firstLine: firstLine)
    let tokens = lexer.tokenize()
    var result: [[Token]] = []
    var current: [Token] = []
    for token in tokens {
      switch token.kind {
      case .semicolon, .newline, .end:
        if !current.isEmpty {
          let at = token.range.lowerBound
          current.append(Token(kind: .end, text: "", range: at..<at))
          result.append(current)
          current = []
        }
      default:
        current.append(token)
      }
    }
    return (result, lexer.diagnostics)
  }

  /// Parses source text holding exactly one statement (tests and the REPL's single lines).
  ///
  /// - Parameter setNames: the session's set names (``setNames``).
  public static func parse(_ source: String, setNames: Set<String> = []) -> Result<Statement, Diagnostic> {
    let (statements, diagnostics) = Parser.statements(in: source)
    if let first = diagnostics.first { return .failure(first) }
    guard let tokens = statements.first else {
      let at = SourceLocation(line: 1, column: 1)
      return .failure(.error("empty statement", at: at..<at))
    }
    var parser = Parser(tokens: tokens)
    parser.setNames = setNames
    return parser.parseStatement()
  }

  /// Parses the whole token list as one statement.
  public mutating func parseStatement() -> Result<Statement, Diagnostic> {
    do {
      let command = try parseCommand()
      let last = tokens[max(0, position - 1)].range.upperBound
      try expectEnd()
      return .success(Statement(command: command, range: tokens[0].range.lowerBound..<last))
    } catch {
      return .failure(error)
    }
  }

  // MARK: - Token helpers

  var current: Token { tokens[position] }

  func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  var atEnd: Bool { current.kind == .end }

  mutating func consume(_ kind: TokenKind) -> Token? {
    current.kind == kind ? advance() : nil
  }

  mutating func consumeWord(_ word: String) -> Token? {
    current.isWord(word) ? advance() : nil
  }

  mutating func expect(_ kind: TokenKind, _ what: String) throws(Diagnostic) -> Token {
    if let token = consume(kind) { return token }
    throw unexpected(expected: what)
  }

  mutating func expectWord(_ word: String) throws(Diagnostic) -> Token {
    if let token = consumeWord(word) { return token }
    throw unexpected(expected: "'\(word)'")
  }

  func expectEnd() throws(Diagnostic) {
    guard atEnd else {
      // `tally killed by month chart`: a command word where the statement should end.
      if current.kind == .word, CommandCatalog.lookup(current.text.lowercased()) != nil {
        throw .error(
          "expected end of statement, found '\(current.text)'", at: current.range,
          hint: "'\(current.text)' is a statement of its own: put ';' before it")
      }
      throw unexpected(expected: "end of statement")
    }
  }

  /// "expected X, found 'y'" at the current token.
  func unexpected(expected what: String) -> Diagnostic {
    let found = atEnd ? "end of statement" : "'\(current.text)'"
    return .error("expected \(what), found \(found)", at: current.range, hint: "expected \(what)")
  }

  /// A word or string argument (paths, ids, names).
  mutating func argument(_ what: String) throws(Diagnostic) -> Argument {
    guard current.kind == .word || current.kind == .string else { throw unexpected(expected: what) }
    let token = advance()
    return Argument(text: token.text, range: token.range)
  }

  mutating func optionalArgument() -> Argument? {
    guard current.kind == .word || current.kind == .string else { return nil }
    let token = advance()
    return Argument(text: token.text, range: token.range)
  }
}
