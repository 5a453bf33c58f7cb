import EventExtraction
import QueryLanguage
import Testing

@testable import SitrepKit

/// The indexed tally (columns, cached per session revision) against the straightforward one
/// (``TallyEngine/tally(_:over:)``) on a generated session of varied events: merges, parts,
/// aggregates, rejected events, open bounds, several actors and tags, missing places and dates,
/// articles whose events are not in one run. Every key, every policy, with and without `where`.
@Suite struct IndexedTallyTests {
  /// A deterministic session of `count` events over `count / 6` articles.
  static func session(_ count: Int) -> Session {
    var rng = SplitMix(seed: 42)
    let places = ["Aleppo", "Homs", "Mosul", "Kharkiv", "Gao", "Sanaa", "Édessa"]
    let figures: [Casualties?] = [
      nil, .exactly(3), .qualified(.atLeast, 5), .qualified(.nearly, 40), .qualified(.about, 12),
      Casualties(low: 10, best: 15, high: 20, qualifier: .range), Casualties(low: 2, best: nil, high: nil, qualifier: .vague),
      Casualties(low: nil, best: nil, high: nil, qualifier: .vague),
    ]
    let articles = (1...max(1, count / 6)).map { "a\($0)" }
    var events: [Event] = []
    for n in 1...count {
      // Mostly in article runs, sometimes back to an earlier article.
      let article = rng.next(10) == 0 ? articles[rng.next(articles.count)] : articles[min(articles.count - 1, (n - 1) / 6)]
      var event = Fixtures.event(
        "e\(n)", article: article, type: EventType.allCases[rng.next(EventType.allCases.count)],
        killed: figures[rng.next(figures.count)], place: rng.next(12) == 0 ? nil : places[rng.next(places.count)],
        date: rng.next(15) == 0 ? nil : "201\(rng.next(3) + 4)-0\(rng.next(9) + 1)-1\(rng.next(9))",
        scope: rng.next(4) == 0 ? .aggregate : .incident,
        partOf: rng.next(8) == 0 ? (rng.next(10) == 0 ? "e999999" : "e\(max(1, n - rng.next(4) - 1))") : nil)
      event.injured = figures[rng.next(figures.count)]
      event.actors = Array(["army", "rebels", "police", "militia"].prefix(rng.next(4)))
      if rng.next(5) == 0, var place = event.place {
        place.admin1 = rng.next(2) == 0 ? "North" : nil
        place.country = ["Syria", "Iraq", nil][rng.next(3)]
        event.place = place
      }
      if rng.next(6) == 0, let day = event.date?.start {
        event.date = EventDate(start: day, end: day.adding(days: rng.next(40)), precision: .range)
      }
      event.source = rng.next(5) == 0 ? "a witness" : nil
      events.append(event)
    }
    var session = Fixtures.session(events, articles: articles)
    // Marked outside the session: each change through `session.events[i]` copies every event in
    // a debug build (the property's observer), which made this quadratic.
    var marked = session.events
    for i in marked.indices {
      marked[i].status = [.extracted, .accepted, .corrected, .rejected, .manual][rng.next(5)]
      marked[i].tags = Array(["checked", "urgent", "dup"].prefix(rng.next(3)))
      if rng.next(7) == 0 { marked[i].merge = "e\(rng.next(count / 20) + 1)" }
    }
    session.events = marked
    return session
  }

  static let queries = [
    "tally killed by place", "tally killed by place, month", "tally injured by country, admin1",
    "tally events by type", "tally killed, injured by acled.type", "tally articles by actor",
    "tally killed by source", "tally events by date", "tally killed by week", "tally killed by year",
    "tally events by article", "tally killed by tag", "tally events by tags, place", "tally events by status",
    "tally events by scope", "tally killed", "tally killed by actor, tag, month",
    "tally killed by place where killed > 4", "tally injured by month where place = \"Aleppo\" or type = shelling",
    "tally articles by place, year where date >= 2015-03", "tally killed by actor in big",
    "tally events by place where killed.low = 2..12 or injured is missing",
    "tally events by month where killed != 3 and not injured.high < 20",
    "tally killed by type where killed in (3, 12, 40) or killed.high is not missing",
    "tally killed by place where not (killed > 4 and injured < 13)",
    "tally killed by month where country = \"syria\" and type in (airstrike, shelling)",
    "tally events by place where has tag urgent or actor ~ \"reb\"",
    "tally killed by place in hotSyria", "tally events by month in hot where type = airstrike",
  ]

  static let columnFilters = [
    "killed > 4", "killed.low = 2..12 or injured is missing", "killed != 3 and not injured.high < 20",
    "killed in (3, 12, 40) or killed.high is not missing", "injured.low <= 2", "not (killed > 4 and injured < 13)",
    // Fields with few values read value columns: each distinct value is decided once.
    "country = \"syria\"", "place = Aleppo or place = \"édessa\"", "country is missing",
    "type in (airstrike, shelling) and month = 2015-03", "has tag urgent and status != rejected",
    "actor ~ \"reb\"", "actor = army", "date >= 2015-03 and date < 2016-02", "admin1 != North",
    "source = \"a witness\"", "killed > 4 and not country = Iraq", "tags is missing", "year = 2016",
  ]

  /// The condition of `events where TEXT`.
  static func condition(_ text: String) throws -> Condition {
    guard case .success(let statement) = Parser.parse("events where " + text),
      case .list(let query) = statement.command
    else { throw ParseFailure(text: text) }
    return try #require(query.filter)
  }

  struct ParseFailure: Error {
    var text: String
  }

  @Test(arguments: columnFilters)
  func filtersOnColumnsMatchTheEvaluator(_ text: String) throws {
    let session = IndexedTallyTests.session(800)
    let filter = try Self.condition(text)
    var index = TallyIndex(session: session)
    let test = try #require(ColumnFilter.compile(filter, index: &index, session: session))
    let evaluator = ExpressionEvaluator(session: session)
    let expected = session.events.indices.filter { evaluator.matches(session.events[$0], filter) }
    #expect(session.events.indices.filter(test) == expected)
    #expect(expected.count > 0 && expected.count < session.events.count)
  }

  @Test(arguments: ["country = \"syria\"", "has tag urgent and killed > 4", "note ~ checked", "actor is missing"])
  func listingsAndCountsReadTheColumnsAsTheEvaluatorReadsEvents(_ filter: String) {
    let session = IndexedTallyTests.session(600)
    var indexed = Fixtures.shell(session)
    _ = Fixtures.run(&indexed, "tally events")
    #expect(indexed.queryIndex != nil)
    var plain = Fixtures.shell(session)
    for query in [
      "events where \(filter) limit 7", "events where \(filter) sort by killed desc limit 7",
      "count events where \(filter)", "events where \(filter)",
    ] {
      let (fromColumns, errors, _) = Fixtures.run(&indexed, query)
      let (evaluated, _, _) = Fixtures.run(&plain, query)
      #expect(errors == "" && fromColumns == evaluated && !fromColumns.isEmpty, "\(query)")
    }
    #expect(plain.queryIndex == nil)
  }

  @Test func setsReadTheColumnsAsTheEvaluatorReadsEvents() {
    var session = IndexedTallyTests.session(600)
    session.sets["hot"] = "events where killed > 4 or has tag urgent"
    session.sets["hotSyria"] = "hot where country = syria"
    var indexed = Fixtures.shell(session)
    _ = Fixtures.run(&indexed, "tally events")
    var plain = Fixtures.shell(session)
    for command in [
      "count hotSyria", "hotSyria limit 5", "hotSyria sort by killed desc limit 3",
      "hot where type = airstrike", "let calm = hot where killed < 10", "count calm",
      "tag hotSyria : seen", "count events where has tag seen", "drop hot where killed > 40",
      "count hot", "untag calm : urgent", "count events where has tag urgent",
    ] {
      let (fromColumns, errors, _) = Fixtures.run(&indexed, command)
      let (evaluated, _, _) = Fixtures.run(&plain, command)
      #expect(errors == "" && fromColumns == evaluated && !fromColumns.isEmpty, "\(command)")
    }
    #expect(plain.queryIndex == nil)
  }

  @Test(arguments: ["note ~ checked", "id = e5", "killed > 4 and target = hospital", "victims is missing"])
  func conditionsOnFieldsWithoutAColumnAreLeftToTheEvaluator(_ text: String) throws {
    let session = IndexedTallyTests.session(100)
    let filter = try Self.condition(text)
    var index = TallyIndex(session: session)
    #expect(ColumnFilter.compile(filter, index: &index, session: session) == nil)
    #expect(index.values.isEmpty)
  }

  @Test(arguments: queries, ReconciliationPolicy.allCases)
  func indexedTallyEqualsTheStraightforwardOne(_ text: String, _ policy: ReconciliationPolicy) throws {
    var shell = Fixtures.shell(IndexedTallyTests.session(2000))
    shell.session.settings.policy = policy
    shell.session.sets["big"] = "events where killed >= 5 sort by date desc"
    shell.session.sets["hot"] = "events where killed > 4 or has tag urgent"
    shell.session.sets["hotSyria"] = "hot where country = syria"
    guard case .success(let statement) = Parser.parse(text), case .tally(let query) = statement.command else {
      Issue.record("'\(text)' does not parse")
      return
    }
    let list = ListQuery(subject: query.subject, subjectRange: Shell.nowhere, filter: query.filter)
    let events = try shell.selectEvents(list).filter { $0.status != .rejected }
    let expected = TallyEngine(session: shell.session).tally(query, over: events)
    let (_, errors, outcome) = Fixtures.run(&shell, text)
    #expect(errors.isEmpty && outcome == .success)
    let actual = try #require(shell.lastTally)
    #expect(actual.rows.count == expected.rows.count)
    for (a, e) in zip(actual.rows, expected.rows) where a != e {
      Issue.record("row \(a) differs from \(e)")
      break
    }
    #expect(actual.reported == expected.reported)
    #expect(actual.notes == expected.notes)
    #expect(!expected.rows.isEmpty)
  }

  @Test func theGeneratedSessionExercisesMergesPartsAndTotals() throws {
    var shell = Fixtures.shell(IndexedTallyTests.session(800))
    _ = Fixtures.run(&shell, "tally killed by place")
    let result = try #require(shell.lastTally)
    #expect(result.notes.count == 3)
    #expect(result.notes.contains { $0.hasSuffix("merged reports of the same incidents counted once") })
    #expect(result.notes.contains { $0.hasSuffix("parts counted inside their whole, not added") })
    #expect(result.reported.count > 50)
    #expect(result.rows.contains { $0.killed.high == nil } && result.rows.contains { $0.key == ["(unknown)"] })
    _ = Fixtures.run(&shell, "tally killed by place, month")
    let byMonth = try #require(shell.lastTally)
    #expect(byMonth.notes.contains { $0.hasSuffix("incidents dated across more than one month counted in their first month") })
  }

  @Test func theIndexIsRebuiltAfterAChangeAndReusedOtherwise() throws {
    var shell = Fixtures.shell(IndexedTallyTests.session(60))
    _ = Fixtures.run(&shell, "tally killed by place")
    let first = try #require(shell.queryIndex)
    _ = Fixtures.run(&shell, "tally killed by month")
    #expect(shell.queryIndex?.revision.isSame(as: first.revision) == true)
    #expect(shell.queryIndex?.keys.count == 2)
    #expect(shell.lastTally?.rows.contains { $0.key == ["2011-01"] } == false)
    shell.session.events[0].current.date = EventDate.on(Day(year: 2011, month: 1, day: 2))
    shell.session.events[0].status = .accepted
    shell.session.events[0].merge = nil
    shell.session.events[0].current.scope = .incident
    shell.session.events[0].current.partOf = nil
    _ = Fixtures.run(&shell, "tally killed by month")
    #expect(shell.queryIndex?.revision.isSame(as: first.revision) == false)
    #expect(shell.lastTally?.rows.first { $0.key == ["2011-01"] }?.events == 1)
  }

  @Test func reportedTotalsKeptForEveryEventFollowAChangeOfPolicy() throws {
    var shell = Fixtures.shell(IndexedTallyTests.session(2000))
    let query = try #require(
      { if case .success(let s) = Parser.parse("tally killed by month"), case .tally(let q) = s.command { q } else { nil } }())
    let events = shell.session.events.filter { $0.status != .rejected }
    let conservative = TallyEngine(session: shell.session).tally(query, over: events).reported
    _ = Fixtures.run(&shell, "tally killed by place")
    #expect(shell.lastTally?.reported == conservative)
    _ = Fixtures.run(&shell, "policy best")
    let best = TallyEngine(session: shell.session).tally(query, over: events).reported
    #expect(best != conservative)
    _ = Fixtures.run(&shell, "tally killed by month")
    #expect(shell.lastTally?.reported == best)
  }

  @Test(arguments: [
    ([5, 7, 5, 0], [3, 0, 1, 2], [1, 2, 0, 3]),
    ([5, -7, 5, 0], [3, 0, 1, 2], [2, 0, 3, 1]),
    ([Int(Int32.max) + 1, 2, 2], [2, 1, 0], [0, 2, 1]),
  ])
  func rowsOrderByValueThenRankWhetherPackedOrNot(_ values: [Int], _ ranks: [Int], _ order: [Int]) {
    let sorted = TallyEngine.order(rows: values.count, value: { values[$0] }, rank: { ranks[$0] }, ranks: values.count)
    #expect(sorted == order)
  }
}
