import Testing

@testable import QueryLanguage

@Suite struct WordWrapTests {
  @Test(arguments: [
    ("one two three four", 9, ["one two", "three", "four"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ("short", 10, ["short"]),
    ("no width", 0, ["no width"]),
  ])
  func wrapsAtSpacesAndSplitsLongWords(_ text: String, _ width: Int, _ lines: [String]) {
    #expect(text.wrapped(width: width) == lines)
  }

  /// A hint too long for the screen goes under the caret on lines of its own.
  @Test func aLongHintWrapsOnLinesOfItsOwn() {
    let diagnostic = Diagnostic.error(
      "unknown field 'kiled'", at: SourceLocation(line: 1, column: 14)..<SourceLocation(line: 1, column: 19),
      hint: "fields: killed, injured, place, date, type")
    let narrow = DiagnosticRenderer(width: 30).render(diagnostic, in: "events where kiled > 1", origin: "<input>")
    #expect(
      narrow == """
        <input>:1:14: error: unknown field 'kiled'
          |
        1 | events where kiled > 1
          |              ^~~~~
          | fields: killed, injured,
          | place, date, type

        """)
    let wide = DiagnosticRenderer(width: 80).render(diagnostic, in: "events where kiled > 1", origin: "<input>")
    #expect(wide.hasSuffix("  |              ^~~~~ fields: killed, injured, place, date, type\n"))
  }
}
