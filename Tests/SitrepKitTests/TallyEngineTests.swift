import EventExtraction
import QueryLanguage
import Testing

@testable import SitrepKit

@Suite struct TallyEngineTests {
  private let nowhere = SourceLocation(line: 1, column: 1)..<SourceLocation(line: 1, column: 1)

  private func tally(_ session: Session, by key: QueryField = .place) -> TallyResult {
    let query = TallyQuery(measures: [.killed], keys: [FieldReference(field: key, range: nowhere)])
    let events = session.events.filter { $0.status != .rejected }
    return TallyEngine(session: session).tally(query, over: events)
  }

  @Test func openBoundsStayOpen() {
    let session = Fixtures.session([
      Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
      Fixtures.event("e2", killed: .qualified(.atLeast, 50)),
    ])
    let row = tally(session).rows[0]
    #expect(row.key == ["Aleppo"])
    #expect(row.events == 2)
    #expect(row.killed.low == 55 && row.killed.best == 55 && row.killed.high == nil)
    #expect(row.killed.display == "at least 55")
  }

  @Test func exactFiguresAddExactly() {
    let session = Fixtures.session([
      Fixtures.event("e1", killed: .exactly(3)), Fixtures.event("e2", killed: .exactly(4)),
    ])
    let row = tally(session).rows[0]
    #expect(row.killed.display == "7")
    #expect(row.killed.high == 7)
  }

  @Test func aggregatesAreListedBesideNeverSummed() {
    let session = Fixtures.session([
      Fixtures.event("e1", killed: .exactly(5)),
      Fixtures.event("e2", killed: .qualified(.nearly, 250), scope: .aggregate),
    ])
    let result = tally(session)
    #expect(result.rows.count == 1)
    #expect(result.rows[0].killed.best == 5)
    #expect(result.reported.map(\.event) == ["e2"])
    #expect(result.reported[0].figure == "nearly 250")
    #expect(result.reported[0].period == "2016-04-29")
  }

  @Test func aPartIsNeverAddedToACountedWhole() {
    let session = Fixtures.session([
      Fixtures.event("e1", killed: .exactly(20)),
      Fixtures.event("e2", killed: .exactly(8), partOf: "e1"),
    ])
    let result = tally(session)
    #expect(result.rows[0].killed.best == 20)
    #expect(result.rows[0].events == 1)
    #expect(result.notes.contains("1 part counted inside its whole, not added"))
  }

  @Test func aPartOfAnAggregateCountsAsTheIncidentItIs() {
    let session = Fixtures.session([
      Fixtures.event("e1", killed: .qualified(.nearly, 250), scope: .aggregate),
      Fixtures.event("e2", killed: .qualified(.atLeast, 50), partOf: "e1"),
      Fixtures.event("e3", killed: .qualified(.atLeast, 5)),
    ])
    let result = tally(session)
    #expect(result.rows[0].killed.display == "at least 55")
    #expect(result.rows[0].events == 2)
    #expect(result.reported.count == 1)
  }

  @Test func rejectedEventsNeverCount() {
    var session = Fixtures.session([
      Fixtures.event("e1", killed: .exactly(5)), Fixtures.event("e2", killed: .exactly(9)),
    ])
    session.events[1].status = .rejected
    #expect(tally(session).rows[0].killed.best == 5)
  }

  @Test func groupsByMonthAndOrdersByTheMeasure() {
    let session = Fixtures.session([
      Fixtures.event("e1", killed: .exactly(1), date: "2016-04-03"),
      Fixtures.event("e2", killed: .exactly(7), date: "2016-05-09"),
      Fixtures.event("e3", killed: .exactly(2), date: "2016-04-20"),
      Fixtures.event("e4", killed: nil, date: nil),
    ])
    let rows = tally(session, by: .month).rows
    #expect(rows.map(\.key) == [["2016-05"], ["2016-04"], ["(unknown)"]])
    #expect(rows.map(\.killed.best) == [7, 3, 0])
  }

  @Test func rangesShowLowBestAndHigh() {
    var sum = FigureSum()
    sum.add(Casualties(low: 45, best: 50, high: 60, qualifier: .range))
    sum.add(.qualified(.about, 10))
    #expect(sum.low == 45 && sum.best == 60 && sum.high == nil)
    #expect(sum.display == "60 (45–open)")
  }

  @Test func anIncidentAcrossTwoMonthsCountsInTheFirstAndTheTallySaysSo() {
    var events = [
      Fixtures.event("e1", killed: .exactly(50), date: "2016-04-22"),
      Fixtures.event("e2", killed: .exactly(5), date: "2016-04-30"),
      Fixtures.event("e3", killed: .exactly(250), date: "2016-04-22", scope: .aggregate),
    ]
    let may1 = Day(year: 2016, month: 5, day: 1)
    events[0].date = EventDate(start: Day(year: 2016, month: 4, day: 22), end: may1, precision: .range)
    events[2].date = events[0].date
    let session = Fixtures.session(events)
    let byMonth = tally(session, by: .month)
    #expect(byMonth.rows.map(\.key) == [["2016-04"]])
    #expect(byMonth.rows[0].killed.best == 55)
    // The aggregate spans the months too but is listed, not counted: the note counts e1 only.
    #expect(byMonth.notes.last == "1 incident dated across more than one month counted in its first month")
    #expect(!tally(session, by: .place).notes.contains { $0.contains("across") })
    #expect(!tally(session, by: .year).notes.contains { $0.contains("across") })
    // The indexed engine of the shell says the same.
    var shell = Fixtures.shell(session)
    _ = Fixtures.run(&shell, "tally killed by month")
    #expect(shell.lastTally?.notes == byMonth.notes)
    // A corrected date patches the index's period column: the note goes.
    _ = Fixtures.run(&shell, "set e1 date = 2016-04-23; tally killed by month")
    #expect(shell.lastTally?.notes.contains { $0.contains("across") } == false)
    _ = Fixtures.run(&shell, "set e2 date = 2016-04-30..2016-05-02; tally killed by month")
    #expect(shell.lastTally?.notes.last == "1 incident dated across more than one month counted in its first month")
  }

  @Test(arguments: [
    ([QueryField.place], 5, "5 places"), ([.month], 1, "1 month"), ([.country], 2, "2 countries"),
    ([.status], 1, "1 status"), ([.acledType], 3, "3 ACLED types"), ([.place, .month], 4, "4 place, month groups"),
  ])
  func groupsWithoutAFigureAreCountedByTheirKey(keys: [QueryField], n: Int, expected: String) {
    #expect(Shell.groups(n, of: keys) == expected)
  }
}
