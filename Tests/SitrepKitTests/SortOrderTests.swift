import EventExtraction
import Testing

@testable import SitrepKit

/// `sort by` puts missing values last in both directions, for every kind of field.
@Suite struct SortOrderTests {
  /// Five events: e2 and e4 have no figure, e4 no date, e3 no place.
  static func session() -> Session {
    Fixtures.session([
      Fixtures.event("e1", killed: .exactly(12), place: "Homs", date: "2016-04-02"),
      Fixtures.event("e2", place: "aleppo", date: "2016-04-05"),
      Fixtures.event("e3", killed: .qualified(.atLeast, 300), place: nil, date: "2016-04-01"),
      Fixtures.event("e4", place: "Latakia", date: nil),
      Fixtures.event("e5", killed: .exactly(5), place: "Aleppo", date: "2016-04-03"),
    ])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var query: String
    var ids: String
    var testDescription: String { query }
  }

  static let cases: [Case] = [
    Case(query: "events sort by killed desc", ids: "e3 e1 e5 e2 e4"),
    Case(query: "events sort by killed", ids: "e5 e1 e3 e2 e4"),
    Case(query: "events sort by killed asc", ids: "e5 e1 e3 e2 e4"),
    Case(query: "events sort by killed desc limit 2", ids: "e3 e1"),
    Case(query: "events sort by killed.high desc", ids: "e1 e5 e2 e3 e4"),
    Case(query: "events sort by date desc", ids: "e2 e5 e1 e3 e4"),
    Case(query: "events sort by date", ids: "e3 e1 e5 e2 e4"),
    // Text ignores case; equal names keep session order; the event with no place is last.
    Case(query: "events sort by place desc", ids: "e4 e1 e2 e5 e3"),
    Case(query: "events sort by place", ids: "e2 e5 e1 e4 e3"),
    // Ties on the first key go to the second, whose missing values are last too.
    Case(query: "events sort by place, killed desc", ids: "e5 e2 e1 e4 e3"),
    Case(query: "events sort by place, killed", ids: "e5 e2 e1 e4 e3"),
  ]

  /// The CSV rows after the header line (`id,...`), without the lines before it.
  static func rows(_ output: String) -> [Substring] {
    let lines = output.split(whereSeparator: \.isNewline)
    return Array(lines.drop { !$0.hasPrefix("id") }.dropFirst())
  }

  @Test(arguments: cases) func listsInOrder(_ c: Case) {
    var shell = Fixtures.shell(Self.session())
    let (output, errors, _) = Fixtures.run(&shell, "output csv; " + c.query + " select id")
    #expect(errors == "output csv\n")
    #expect(Self.rows(output).joined(separator: " ") == c.ids)
  }

  @Test func emptyListsSortLast() {
    var shell = Fixtures.shell(Self.session())
    shell.session.events[0].current.actors = ["Syrian Army"]
    shell.session.events[2].current.actors = ["ISIS"]
    for order in ["", " desc"] {
      let (output, _, _) = Fixtures.run(
        &shell, "output csv; events sort by actor\(order) select id")
      #expect(
        Self.rows(output).joined(separator: " ")
          == (order.isEmpty ? "e3 e1 e2 e4 e5" : "e1 e3 e2 e4 e5"))
    }
  }

  @Test func theDeadliestSampleEventsComeFirst() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (output, errors, _) = Fixtures.run(
      &shell,
      "load Samples/articles; output csv; events sort by killed desc limit 4 select id, killed")
    #expect(errors == "output csv\n")
    #expect(
      Self.rows(output).joined(separator: "|")
        == "e11,859|e1,about 400|e9,nearly 250|e10,at least 50")
  }

  @Test func presentValuesOrderBeforeMissingOnesWhicheverWay() {
    for descending in [false, true] {
      #expect(SortOrder.precedes([(.number(1), .missing, descending)]))
      #expect(!SortOrder.precedes([(.missing, .number(1), descending)]))
      #expect(!SortOrder.precedes([(.missing, .missing, descending)]))
      #expect(SortOrder.precedes([(.text("a"), .list([]), descending)]))
      // Equal ignoring case is a tie, not an order either way.
      #expect(!SortOrder.precedes([(.text("A"), .text("a"), descending)]))
      #expect(!SortOrder.precedes([(.text("a"), .text("A"), descending)]))
    }
  }
}
