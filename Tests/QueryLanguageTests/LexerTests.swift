import Testing

@testable import QueryLanguage

@Suite struct LexerTests {
  private func kinds(_ source: String) -> [TokenKind] {
    var lexer = Lexer(source)
    return lexer.tokenize().map(\.kind)
  }

  @Test func splitsWordsAndPunctuation() {
    #expect(kinds("events where killed>=10") == [.word, .word, .word, .greaterEqual, .word, .end])
    #expect(kinds("place!=Aleppo") == [.word, .notEqual, .word, .end])
    #expect(kinds("type in (airstrike, shelling)") == [.word, .word, .leftParen, .word, .comma, .word, .rightParen, .end])
  }

  @Test func keepsPathsDatesAndRangesWhole() {
    var lexer = Lexer("load Samples/articles/*.txt ../x ~/notes 2016-04-01..2016-04-30")
    let texts = lexer.tokenize().map(\.text)
    #expect(texts == ["load", "Samples/articles/*.txt", "../x", "~/notes", "2016-04-01..2016-04-30", ""])
  }

  @Test func decodesStringEscapes() {
    var lexer = Lexer(#"echo "say \"hi\"\n\\""#)
    let tokens = lexer.tokenize()
    #expect(tokens[1].kind == .string)
    #expect(tokens[1].text == "say \"hi\"\n\\")
    #expect(lexer.diagnostics.isEmpty)
  }

  @Test func reportsUnterminatedStringAtItsQuote() {
    var lexer = Lexer("echo \"abc")
    _ = lexer.tokenize()
    #expect(lexer.diagnostics.count == 1)
    #expect(lexer.diagnostics[0].message == "unterminated string")
    #expect(lexer.diagnostics[0].range?.lowerBound == SourceLocation(line: 1, column: 6))
  }

  @Test func countsColumnsInCharacters() {
    var lexer = Lexer("events where place = \"Дамаск\" and x")
    let tokens = lexer.tokenize()
    #expect(tokens[4].text == "Дамаск")
    #expect(tokens[5].range.lowerBound == SourceLocation(line: 1, column: 31))
  }

  @Test func skipsCommentsAndJoinsContinuedLines() {
    #expect(kinds("echo a # a comment") == [.word, .word, .end])
    #expect(kinds("echo a \\\n b") == [.word, .word, .word, .end])
    #expect(kinds("events where (a = 1\n or b = 2)").contains(.newline) == false)
    #expect(kinds("echo a\necho b") == [.word, .word, .newline, .word, .word, .end])
  }

  @Test(arguments: [
    ("echo \"abc", true), ("events where (a = 1", true), ("echo a \\", true),
    ("echo \"a\"", false), ("events where (a = 1)", false), ("echo a # (", false), ("echo \"a\\\"\"", false),
  ])
  func knowsWhenAStatementContinues(source: String, continues: Bool) {
    #expect(Lexer.needsContinuation(source) == continues)
  }
}
