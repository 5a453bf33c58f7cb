import Testing

@testable import QueryLanguage

@Suite struct ParserTests {
  private func command(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Command? {
    switch Parser.parse(source) {
    case .success(let statement): return statement.command
    case .failure(let diagnostic):
      Issue.record("unexpected error: \(diagnostic.message)", sourceLocation: sourceLocation)
      return nil
    }
  }

  private func error(_ source: String) -> Diagnostic? {
    if case .failure(let diagnostic) = Parser.parse(source) { return diagnostic }
    return nil
  }

  @Test(arguments: [
    ("tag e9 e10 disputed", "to tag several events: tag e9 e10 : disputed"),
    ("untag e9 e10 e11", "to untag several events: untag e9 e10 e11 : TAG"),
  ])
  func aTagShapedLikeAnEventIDIsTakenAsAMissingColon(_ source: String, _ hint: String) {
    #expect(error(source)?.hint == hint)
    guard case .tag(.ids(let ids), let names, false) = command("tag e9 e10 : disputed") else {
      Issue.record("no tag command")
      return
    }
    #expect(ids.map(\.text) == ["e9", "e10"] && names.map(\.text) == ["disputed"])
  }

  @Test(arguments: ["drop events where type = protest :", "restore events where type = protest :",
                     "drop events where type = protest"])
  func dropAndRestoreTakeTheTargetsColonOrNone(_ source: String) {
    switch command(source) {
    case .drop(.query(let q)), .restore(.query(let q)): #expect(q.filter != nil)
    default: Issue.record("no drop or restore of a query: \(source)")
    }
  }

  @Test func anUnquotedPhraseToFindIsShownQuoted() {
    let diagnostic = error("find barrel bomb")
    #expect(diagnostic?.message == "expected end of statement, found 'bomb'")
    #expect(diagnostic?.range?.lowerBound == SourceLocation(line: 1, column: 13))
    #expect(diagnostic?.hint == "quote a phrase: find \"barrel bomb\"")
    guard case .find(let text) = command("find \"barrel bomb\"") else {
      Issue.record("no find command")
      return
    }
    #expect(text.text == "barrel bomb")
  }

  @Test func parsesListingsWithEveryClause() throws {
    let parsed = command("events where place = Aleppo and killed >= 10 sort by date desc, killed limit 5 select id, killed")
    guard case .list(let query) = parsed else {
      Issue.record("not a listing")
      return
    }
    #expect(query.subject == .events)
    #expect(query.limit == 5)
    #expect(query.sort.map(\.field.field) == [.date, .killed])
    #expect(query.sort.map(\.descending) == [true, false])
    #expect(query.select.map(\.field) == [.id, .killed])
    guard case .and(.comparison(let place, .equal, let aleppo), .comparison(let killed, .greaterEqual, let ten)) = query.filter else {
      Issue.record("wrong filter shape")
      return
    }
    #expect(place.field == .place && aleppo.value == .text("Aleppo"))
    #expect(killed.field == .killed && ten.value == .number(10))
  }

  @Test func precedenceOfLogicalOperators() {
    guard case .list(let query) = command("events where not scope = aggregate and killed > 1 or injured > 2") else {
      Issue.record("not a listing")
      return
    }
    guard case .or(.and(.not(.comparison), .comparison), .comparison) = query.filter else {
      Issue.record("wrong precedence: \(String(describing: query.filter))")
      return
    }
  }

  @Test func readsDatesMonthsYearsAndRanges() {
    guard case .list(let q) = command("events where date = 2016-04-01..2016-04-30 or month = 2016-04 or year = 2014 or killed = 10..50")
    else { return }
    guard case .or(.or(.or(.comparison(_, _, let range), .comparison(_, _, let month)), .comparison(_, _, let year)), .comparison(_, _, let numbers)) = q.filter else {
      Issue.record("wrong shape")
      return
    }
    guard case .range(.period(let a), .period(let b)) = range.value else {
      Issue.record("not a date range")
      return
    }
    #expect(a.start == .init(2016, 4, 1) && b.end == .init(2016, 4, 30))
    guard case .period(let april) = month.value else { return }
    #expect(april.start == .init(2016, 4, 1) && april.end == .init(2016, 4, 30))
    guard case .period(let y) = year.value else { return }
    #expect(y.start == .init(2014, 1, 1) && y.end == .init(2014, 12, 31))
    #expect(numbers.value == .range(.number(10), .number(50)))
  }

  @Test func parsesMembershipMissingAndTags() {
    guard case .list(let q) = command("events where type in (airstrike, \"armed clash\") and target is missing and has tag checked")
    else { return }
    guard case .and(.and(.membership(_, let values), .missing(_, negated: false)), .hasTag("checked", _)) = q.filter else {
      Issue.record("wrong shape")
      return
    }
    #expect(values.map(\.value) == [.text("airstrike"), .text("armed clash")])
  }

  @Test(arguments: [
    ("tally", [QueryField]()), ("tally by type", [.type]), ("TALLY BY place, month", [.place, .month]),
    ("tally where killed > 5", []), ("tally in big", []), ("tally limit 3", []),
  ])
  func aTallyWithoutAMeasureCountsEvents(_ source: String, _ keys: [QueryField]) {
    guard case .tally(let t) = command(source) else {
      Issue.record("not a tally: \(source)")
      return
    }
    #expect(t.measures == [.events])
    #expect(t.keys.map(\.field) == keys)
  }

  @Test func parsesTalliesAndSets() {
    guard case .tally(let t) = command("tally killed, events by place, month where year = 2016") else { return }
    #expect(t.measures == [.killed, .events])
    #expect(t.keys.map(\.field) == [.place, .month])
    #expect(t.filter != nil)
    guard case .tally(let limited) = command("tally killed by place where year = 2016 limit 10")
    else { return }
    #expect(limited.limit == 10)
    #expect(t.limit == nil)
    #expect(t.sortKeys.isEmpty)
    guard case .tally(let sorted) = command("tally killed by place, month sort by month desc, place limit 3")
    else { return }
    #expect(sorted.sortKeys.map(\.field.field) == [.month, .place])
    #expect(sorted.sortKeys.map(\.descending) == [true, false])
    #expect(sorted.limit == 3)
    guard case .define(let name, let q) = command("let aleppo = events where place = Aleppo") else { return }
    #expect(name.text == "aleppo")
    #expect(q.subject == .events)
    guard case .count(let c) = command("count aleppo where killed > 0") else { return }
    #expect(c.subject == .named("aleppo"))
  }

  @Test func aSetsNameStandsWhereEventsDoesWhenTheParserKnowsIt() {
    let names: Set<String> = ["aleppo", "hot"]
    guard case .success(let listing) = Parser.parse("aleppo where killed > 4 limit 3", setNames: names),
      case .list(let q) = listing.command
    else {
      Issue.record("a set's listing does not parse")
      return
    }
    #expect(q.subject == .named("aleppo") && q.limit == 3 && q.filter != nil)
    guard case .success(let tag) = Parser.parse("tag hot : checked", setNames: names),
      case .tag(.query(let t), let tags, false) = tag.command
    else {
      Issue.record("a set as an edit's target does not parse")
      return
    }
    #expect(t.subject == .named("hot") && tags.map(\.text) == ["checked"])
    guard case .success(let drop) = Parser.parse("drop hot", setNames: names), case .drop(.query) = drop.command else {
      Issue.record("drop of a set does not parse")
      return
    }
    // Unknown to the parser: an unknown command, and for an edit an id.
    #expect(error("aleppo where killed > 4")?.message == "unknown command 'aleppo'")
    guard case .drop(.ids(let ids)) = command("drop hot") else { return }
    #expect(ids.map(\.text) == ["hot"])
    if case .failure(let typo) = Parser.parse("alepo where killed > 4", setNames: names) {
      #expect(typo.message == "unknown command 'alepo'; did you mean 'aleppo'?")
    } else {
      Issue.record("a misspelled set parsed")
    }
    // A command keeps its meaning whatever the sets are called.
    guard case .success(let show) = Parser.parse("show e1", setNames: ["show"]), case .show = show.command else {
      Issue.record("'show' lost to a set")
      return
    }
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var source: String
    var message: String
    var line: Int
    var column: Int
    var testDescription: String { source }
  }

  @Test(arguments: [
    ErrorCase(source: "artcles", message: "unknown command 'artcles'; did you mean 'articles'?", line: 1, column: 1),
    ErrorCase(source: "events where kiled > 10", message: "unknown field 'kiled'; did you mean 'killed'?", line: 1, column: 14),
    ErrorCase(source: "events where killed > Aleppo", message: "cannot compare number field 'killed' with text 'Aleppo'", line: 1, column: 23),
    ErrorCase(source: "events where date = 2016-13", message: "month '13' does not exist in '2016-13'", line: 1, column: 21),
    ErrorCase(source: "events where date = 2016-02-30", message: "day '30' does not exist in month 2 of '2016-02-30'", line: 1, column: 21),
    ErrorCase(source: "events where (killed > 1", message: "expected ')' to close '(', found end of statement", line: 1, column: 25),
    ErrorCase(source: "events where place", message: "expected an operator (=, !=, <, <=, >, >=, ~, in, is missing), found end of statement", line: 1, column: 19),
    ErrorCase(source: "events limit x", message: "expected a whole number after 'limit', found 'x'", line: 1, column: 14),
    ErrorCase(source: "tally kiled by place", message: "unknown measure 'kiled'; did you mean 'killed'?", line: 1, column: 7),
    ErrorCase(source: "events where killed ~ 3", message: "'~' needs a text field, and 'killed' is a number", line: 1, column: 14),
    ErrorCase(source: "read", message: "expected an article id such as 'a1', found end of statement", line: 1, column: 5),
    ErrorCase(source: "let 9x = events", message: "'9x' is not a valid set name", line: 1, column: 5),
    ErrorCase(source: "events sort date", message: "expected 'by', found 'date'", line: 1, column: 13),
    ErrorCase(source: "tag e9 e10 disputed", message: "'e10' is an event id, not a tag", line: 1, column: 8),
    ErrorCase(source: "let e5 = events where killed > 0", message: "'e5' is shaped like an event id and cannot name a set", line: 1, column: 5),
    ErrorCase(source: "let a1 = events", message: "'a1' is shaped like an article id and cannot name a set", line: 1, column: 5),
  ])
  func reportsErrorsAtTheOffendingToken(_ c: ErrorCase) {
    guard let diagnostic = error(c.source) else {
      Issue.record("no error for \(c.source)")
      return
    }
    #expect(diagnostic.message == c.message)
    #expect(diagnostic.range?.lowerBound == SourceLocation(line: c.line, column: c.column))
  }

  @Test func aCommandWordWhereTheStatementShouldEndIsHintedToStandAlone() {
    let diagnostic = error("tally killed by month chart")
    #expect(diagnostic?.message == "expected end of statement, found 'chart'")
    #expect(diagnostic?.hint == "'chart' is a statement of its own: put ';' before it")
    #expect(diagnostic?.range?.lowerBound == SourceLocation(line: 1, column: 23))
    #expect(error("events limit 2 sideways")?.hint == "expected end of statement")
  }

  @Test func splitsStatementsOnSemicolonsAndNewlines() {
    let (statements, diagnostics) = Parser.statements(in: "echo a; echo b\n\n# note\necho c;")
    #expect(diagnostics.isEmpty)
    #expect(statements.count == 3)
    #expect(statements[2][0].range.lowerBound == SourceLocation(line: 4, column: 1))
  }
}

@Suite struct ParserDepthTests {
  @Test func refusesConditionsNestedPastTheLimit() {
    let deep = "events where " + String(repeating: "(", count: 10_000) + "killed > 1" + String(repeating: ")", count: 10_000)
    guard case .failure(let diagnostic) = Parser.parse(deep) else {
      Issue.record("expected an error")
      return
    }
    #expect(diagnostic.message == "condition nested too deeply (more than 200 brackets or 'not's)")
    #expect(diagnostic.range?.lowerBound == SourceLocation(line: 1, column: 14 + 200))
    let nots = "events where " + String(repeating: "not ", count: 10_000) + "killed > 1"
    guard case .failure(let other) = Parser.parse(nots) else { return }
    #expect(other.message.hasPrefix("condition nested too deeply"))
  }

  @Test func acceptsNestingUpToTheLimit() {
    let ok = "events where " + String(repeating: "(", count: 200) + "killed > 1" + String(repeating: ")", count: 200)
    guard case .success = Parser.parse(ok) else {
      Issue.record("200 levels should parse")
      return
    }
  }
}
