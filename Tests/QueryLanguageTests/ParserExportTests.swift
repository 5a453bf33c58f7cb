import Testing

@testable import QueryLanguage

@Suite struct ParserExportTests {
  private func parse(_ source: String) -> Result<Statement, Diagnostic> { Parser.parse(source) }

  @Test func parsesExportOfEventsWithAFilter() throws {
    guard
      case .success(let statement) = parse("export events where killed > 10 to \"out file.csv\""),
      case .exportEvents(let query, let file) = statement.command
    else {
      Issue.record("not an events export")
      return
    }
    #expect(query.subject == .events)
    #expect(query.filter != nil)
    #expect(file.text == "out file.csv")
  }

  @Test func parsesExportOfANamedSet() throws {
    guard case .success(let statement) = parse("export aleppo to a.geojson"),
      case .exportEvents(let query, let file) = statement.command
    else {
      Issue.record("not an events export")
      return
    }
    #expect(query.subject == .named("aleppo"))
    #expect(query.filter == nil)
    #expect(file.text == "a.geojson")
  }

  @Test func parsesExportOfATally() throws {
    guard
      case .success(let statement) = parse(
        "export tally events, killed by place where killed > 1 to t.csv"),
      case .exportTally(let query, let file) = statement.command
    else {
      Issue.record("not a tally export")
      return
    }
    #expect(query.measures == [.events, .killed])
    #expect(query.keys.map(\.field) == [.place])
    #expect(query.filter != nil)
    #expect(file.text == "t.csv")
  }

  @Test func parsesImportOfEvents() throws {
    guard case .success(let statement) = parse("import events acled.csv"),
      case .importEvents(let file) = statement.command
    else {
      Issue.record("not an import")
      return
    }
    #expect(file.text == "acled.csv")
  }

  @Test(arguments: [
    ("export events where killed > 1", "expected 'to', found end of statement"),
    ("export to x.csv", "expected 'events', 'tally' or a set name, found 'to'"),
    ("import x.csv", "expected 'events', found 'x.csv'"),
    (
      "export tally killed by place to",
      "expected a file name ending in .csv, .md or .json, found end of statement"
    ),
  ])
  func reportsWhatIsMissing(source: String, message: String) {
    guard case .failure(let diagnostic) = parse(source) else {
      Issue.record("'\(source)' parsed")
      return
    }
    #expect(diagnostic.message == message)
  }
}
