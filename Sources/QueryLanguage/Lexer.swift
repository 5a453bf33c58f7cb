/// Turns statement text into tokens, keeping line and column for every token.
///
/// Bare words run until white space or one of `; , ( ) = ! < > ~ " #`, so paths
/// (`Samples/articles/*.txt`), dates (`2016-04-29`), ranges (`10..50`) and ids (`e12`) are one
/// word each; the parser reads their meaning. `#` starts a comment at the start of a token.
/// A backslash at the end of a line continues the statement; inside brackets, so does a newline.
public struct Lexer {
  private let characters: [Character]
  private var index = 0
  private var line = 1
  private var column = 1
  private var depth = 0
  public private(set) var diagnostics: [Diagnostic] = []

  public init(_ source: String, firstLine: Int = 1) {
    characters = Array(source)
    line = firstLine
  }

  /// All tokens, ending with one `.end` token.
  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      let token = next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private var location: SourceLocation { SourceLocation(line: line, column: column) }

  private func peek(_ offset: Int = 0) -> Character? {
    index + offset < characters.count ? characters[index + offset] : nil
  }

  private mutating func advance() -> Character {
    let c = characters[index]
    index += 1
    if c == "\n" || c == "\r\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    return c
  }

  private static let stops: Set<Character> = [";", ",", "(", ")", "=", "!", "<", ">", "~", "\"", "#", ":"]

  private mutating func next() -> Token {
    // A stray '!' is reported and skipped; loop rather than recurse, so a line of a million of
    // them is a million errors, not a stack overflow.
    while peekStrayBang() {
      let at = location
      _ = advance()
      diagnostics.append(.error("unexpected '!'", at: at..<location, hint: "did you mean '!='?"))
    }
    skipBlanks()
    let start = location
    guard let c = peek() else { return Token(kind: .end, text: "", range: start..<start) }
    if c == "\n" || c == "\r\n" {
      _ = advance()
      return Token(kind: .newline, text: "\n", range: start..<location)
    }
    if c == "\"" { return string(from: start) }
    if let kind = punctuation(c) {
      _ = advance()
      var text = String(c)
      if (kind == .less || kind == .greater), peek() == "=" {
        _ = advance()
        text.append("=")
        return Token(kind: kind == .less ? .lessEqual : .greaterEqual, text: text, range: start..<location)
      }
      if kind == .leftParen { depth += 1 }
      if kind == .rightParen { depth = max(0, depth - 1) }
      return Token(kind: kind, text: text, range: start..<location)
    }
    if c == "!" {  // always '!=' here: stray '!'s were skipped above
      _ = advance()
      _ = advance()
      return Token(kind: .notEqual, text: "!=", range: start..<location)
    }
    return word(from: start)
  }

  /// Whether the next non-blank character is a '!' that does not start '!='.
  private mutating func peekStrayBang() -> Bool {
    skipBlanks()
    return peek() == "!" && peek(1) != "="
  }

  private func punctuation(_ c: Character) -> TokenKind? {
    switch c {
    case ";": .semicolon
    case ",": .comma
    case "(": .leftParen
    case ")": .rightParen
    case "=": .equal
    case "<": .less
    case ">": .greater
    case ":": .colon
    case "~" where peek(1) != "/": .tilde
    default: nil
    }
  }

  /// Skips spaces, tabs, comments, line continuations, and newlines inside brackets.
  private mutating func skipBlanks() {
    while let c = peek() {
      if c == " " || c == "\t" {
        _ = advance()
      } else if c == "#" {
        while let d = peek(), d != "\n", d != "\r\n" { _ = advance() }
      } else if c == "\\", peek(1) == "\n" || peek(1) == "\r\n" {
        _ = advance()
        _ = advance()
      } else if (c == "\n" || c == "\r\n"), depth > 0 {
        _ = advance()
      } else {
        return
      }
    }
  }

  private mutating func word(from start: SourceLocation) -> Token {
    var text = ""
    while let c = peek(), !c.isWhitespace, !Lexer.stops.contains(c) || (c == "~" && text.isEmpty) {
      if c == "\\", peek(1) == "\n" || peek(1) == "\r\n" { break }
      text.append(advance())
    }
    if text.isEmpty {
      // A lone character that starts no token (a stray '~' before '/', say): take it as a word.
      text.append(advance())
    }
    return Token(kind: .word, text: text, range: start..<location)
  }

  private mutating func string(from start: SourceLocation) -> Token {
    _ = advance()
    var value = ""
    while let c = peek() {
      if c == "\"" {
        _ = advance()
        return Token(kind: .string, text: value, range: start..<location)
      }
      if c == "\\" {
        let escapeStart = location
        _ = advance()
        guard let e = peek() else { break }
        _ = advance()
        switch e {
        case "n": value.append("\n")
        case "t": value.append("\t")
        case "\"": value.append("\"")
        case "\\": value.append("\\")
        case "\n", "\r\n": break
        default:
          diagnostics.append(
            .error("unknown escape '\\\(e)' in string", at: escapeStart..<location,
              hint: "use \\\", \\\\, \\n or \\t"))
        }
        continue
      }
      value.append(advance())
    }
    diagnostics.append(
      .error("unterminated string", at: start..<location, hint: "add a closing '\"'"))
    return Token(kind: .string, text: value, range: start..<location)
  }
}

extension Lexer {
  /// Whether `source` ends inside a statement: an open quote or bracket, or a trailing backslash.
  /// The shell shows the continuation prompt while this is true.
  public static func needsContinuation(_ source: String) -> Bool {
    var inString = false
    var escaped = false
    var depth = 0
    var inComment = false
    for c in source {
      if inComment {
        if c == "\n" { inComment = false }
        continue
      }
      if inString {
        if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
        continue
      }
      switch c {
      case "\"": inString = true
      case "#": inComment = true
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      default: break
      }
    }
    if inString || depth > 0 { return true }
    let trimmed = source.reversed().drop(while: { $0 == " " || $0 == "\t" })
    return !inComment && trimmed.first == "\\"
  }
}
