/// The kinds of token the command language has.
public enum TokenKind: Sendable, Hashable {
  /// A bare run of text: a command, field, number, date, range, id or path.
  case word
  /// A double-quoted string; the token's `text` is the decoded value.
  case string
  case semicolon, newline, comma, leftParen, rightParen, colon
  case equal, notEqual, less, lessEqual, greater, greaterEqual, tilde
  case end
}

/// One token with the text it stands for and where it is in the source.
public struct Token: Sendable, Hashable {
  public var kind: TokenKind
  /// For strings, the value with escapes decoded; otherwise the source text.
  public var text: String
  public var range: SourceRange

  public init(kind: TokenKind, text: String, range: SourceRange) {
    self.kind = kind
    self.text = text
    self.range = range
  }

  /// True for a bare word spelled `word`, ignoring case.
  public func isWord(_ word: String) -> Bool {
    kind == .word && text.lowercased() == word
  }
}

extension TokenKind {
  /// How the token is written, for messages.
  public var spelling: String {
    switch self {
    case .word: "word"
    case .string: "string"
    case .semicolon: "';'"
    case .newline: "end of line"
    case .comma: "','"
    case .leftParen: "'('"
    case .rightParen: "')'"
    case .colon: "':'"
    case .equal: "'='"
    case .notEqual: "'!='"
    case .less: "'<'"
    case .lessEqual: "'<='"
    case .greater: "'>'"
    case .greaterEqual: "'>='"
    case .tilde: "'~'"
    case .end: "end of input"
    }
  }
}
