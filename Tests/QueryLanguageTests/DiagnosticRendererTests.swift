import Testing

@testable import QueryLanguage

@Suite struct DiagnosticRendererTests {
  @Test func rendersLocationSourceLineAndCaret() {
    let source = "events where kiled > 10"
    guard case .failure(let diagnostic) = Parser.parse(source) else {
      Issue.record("expected an error")
      return
    }
    let text = DiagnosticRenderer().render(diagnostic, in: source, origin: "<input>")
    #expect(
      text == """
        <input>:1:14: error: unknown field 'kiled'; did you mean 'killed'?
          |
        1 | events where kiled > 10
          |              ^~~~~ did you mean 'killed'?

        """)
  }

  @Test func marksTheOpeningBracketOfAnUnclosedGroup() {
    let source = "events where killed > 10 and (place = \"Kharkiv\""
    guard case .failure(let diagnostic) = Parser.parse(source) else { return }
    let text = DiagnosticRenderer().render(diagnostic, in: source, origin: "watch.sitrep")
    #expect(
      text == """
        watch.sitrep:1:48: error: expected ')' to close '(', found end of statement
          |
        1 | events where killed > 10 and (place = "Kharkiv"
          |                              -                 ^ expected ')'

        """)
  }

  @Test func rendersLaterLinesOfAScriptWithTheirNumber() {
    let source = "echo ok\n\nevents where x = 1"
    let (statements, _) = Parser.statements(in: source)
    var parser = Parser(tokens: statements[1])
    guard case .failure(let diagnostic) = parser.parseStatement() else { return }
    let text = DiagnosticRenderer().render(diagnostic, in: source, origin: "s.sitrep")
    #expect(text.hasPrefix("s.sitrep:3:14: error: unknown field 'x'\n  |\n3 | events where x = 1\n  |              ^"))
  }

  @Test func rendersErrorsWithoutAPlace() {
    let text = DiagnosticRenderer().render(.error("cannot save", at: nil), in: "", origin: "<input>")
    #expect(text == "<input>: error: cannot save\n")
  }

  @Test func suggestsOnlyCloseWords() {
    #expect(closestMatch(to: "artcles", in: ["articles", "events"]) == "articles")
    #expect(closestMatch(to: "zzz", in: ["articles", "events"]) == nil)
    // A word of a longer name beats a near spelling of another ("looting" is 3 edits away).
    let types = ["looting", "suicide bombing", "car bombing attack", "airstrike"]
    #expect(closestMatch(to: "bombing", in: types) == "suicide bombing")
    #expect(closestMatch(to: "Bombing", in: types) == "suicide bombing")
    #expect(editDistance(Array("kiled"), Array("killed")) == 1)
    #expect(editDistance(Array("plcae"), Array("place")) == 1)
  }
}
