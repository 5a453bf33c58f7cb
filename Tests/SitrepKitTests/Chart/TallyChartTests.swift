import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// `chart` draws the rows the tally's table shows, every bar labelled with the table's wording
/// of its figure, periods in time order with `(unknown)` last.
@Suite struct TallyChartTests {
  /// April: 12 and at least 5 (at least 17); May: nearly 20 (up to 20); June: no figure;
  /// undated: 3. Aleppo has at least 5 and nearly 20 (25, from 5, open above), Homs 12, Latakia 3, Idlib no figure.
  static func session() -> Session {
    Fixtures.session([
      Fixtures.event("e1", killed: .exactly(12), place: "Homs", date: "2016-04-02"),
      Fixtures.event("e2", killed: .qualified(.atLeast, 5), place: "Aleppo", date: "2016-04-05"),
      Fixtures.event("e3", place: "Idlib", date: "2016-06-10"),
      Fixtures.event("e4", killed: .exactly(3), place: "Latakia", date: nil),
      Fixtures.event("e5", killed: .qualified(.nearly, 20), place: "Aleppo", date: "2016-05-01"),
    ])
  }

  static func chart(_ tally: String, width: Int = 120, session: Session = session()) -> String {
    var shell = Fixtures.shell(session)
    shell.context.width = width
    let (_, errors, _) = Fixtures.run(&shell, tally)
    #expect(errors == "")
    let (output, chartErrors, _) = Fixtures.run(&shell, "chart")
    #expect(chartErrors == "")
    return output
  }

  @Test func monthsRunInTimeOrderWithUnknownLastAndEveryColumnLabelled() {
    let expected = """
      killed by month (best figures; incidents only)
      20 │            ███████████
         │▄▄▄▄▄▄▄▄▄▄▄ ███████████
         │███████████ ███████████
         │███████████ ███████████
         │███████████ ███████████
         │███████████ ███████████
         │███████████ ███████████
         │███████████ ███████████
         │███████████ ███████████ ▄▄▄▄▄▄▄▄▄▄▄
         │███████████ ███████████ ███████████
         └────────────────────────────────────
          2016-04     2016-05     (unknown)
          at least 17 up to 20    3
      1 month with no figure not shown

      """
    #expect(Self.chart("tally killed by month") == expected)
  }

  @Test func barsLeaveOutTheRowsTheTableHidesAndWordFiguresAsItDoes() {
    let expected = """
      killed by place (best figures; incidents only)
      Aleppo  │██████████████████████████████████████ 25 (5–open)
      Homs    │██████████████████▏ 12
      Latakia │████▌ 3
      1 place with no figure not shown

      """
    #expect(Self.chart("tally killed by place", width: 60) == expected)
  }

  @Test func eventCountsChartEveryRowTheTableShows() {
    let output = Self.chart("tally by month")
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "events by month (incidents only)")
    #expect(lines[12] == "   2016-04   2016-05   2016-06   (unknown)")
    #expect(lines[13] == "   2         1         1         1")
    #expect(lines.count == 15 && lines[14] == "")
  }

  @Test func aRowTheTableShowsWithNoFigureIsDrawnEmptyAndSaysSo() {
    let output = Self.chart("tally killed, events by place")
    let lines = output.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines.last == "Idlib   │ no figure")
  }

  @Test func columnsTooWideForTheScreenAreDrawnAsBarsInTimeOrder() {
    let expected = """
      killed by month (best figures; incidents only)
      2016-04   │████████████▊ at least 17
      2016-05   │███████████████ up to 20
      (unknown) │██▎ 3
      3 columns of 11 characters do not fit in 39: drawn as bars, in order
      1 month with no figure not shown

      """
    #expect(Self.chart("tally killed by month", width: 39) == expected)
  }

  @Test func theTerminalChartDrawsOnePageOfRows() {
    let events = (0..<(Shell.pageSize + 3)).map { i in
      Fixtures.event("e\(i + 1)", killed: .exactly(i + 1), place: "Place \(1000 + i)")
    }
    let output = Self.chart("tally killed by place", session: Fixtures.session(events))
    let lines = output.split(separator: "\n")
    #expect(lines.count == 1 + Shell.pageSize + 1)
    #expect(lines[1].hasPrefix("Place 1052 │") && lines[1].hasSuffix(" 53"))
    #expect(
      lines[Shell.pageSize].hasPrefix("Place 1003 │") && lines[Shell.pageSize].hasSuffix(" 4"))
    #expect(lines.last == "… 3 more rows not shown; 'chart to FILE.svg' draws them all")
  }

  @Test func svgColumnsCarryTheirFiguresAndLeaveOutHiddenRows() throws {
    var shell = Fixtures.shell(Self.session(), directory: Fixtures.temporaryDirectory())
    _ = Fixtures.run(&shell, "tally killed by month; chart to m.svg")
    let svg = try String(contentsOfFile: shell.context.workingDirectory + "/m.svg", encoding: .utf8)
    let labels = svg.split(separator: "\n").filter { $0.contains("rotate(-45") }.map {
      $0.split(separator: ">")[1].split(separator: "<")[0]
    }
    #expect(labels == ["2016-04", "2016-05", "(unknown)"])
    #expect(svg.contains("<title>2016-04: at least 17</title>"))
    #expect(svg.contains(">at least 17</text>") && svg.contains(">up to 20</text>"))
    #expect(!svg.contains("2016-06"))
  }

  @Test func svgMakesRoomForLongTurnedLabels() throws {
    var shell = Fixtures.shell(Self.session(), directory: Fixtures.temporaryDirectory())
    _ = Fixtures.run(
      &shell, "set e1 date = 2016-04-22..2016-05-01; tally killed by date; chart to d.svg")
    let svg = try String(contentsOfFile: shell.context.workingDirectory + "/d.svg", encoding: .utf8)
    // 22 characters turned 45°: about 110 pixels down and left of the axis, below a 290-pixel plot.
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"474\""))
    #expect(svg.contains("<line x1=\"120\" y1=\"50\" x2=\"120\" y2=\"340\" stroke=\"black\"/>"))
    #expect(svg.contains(">2016-04-22..2016-05-01</text>"))
  }

  struct Order: CustomTestStringConvertible, Sendable {
    var keys: [[String]]
    var expected: [[String]]
    var testDescription: String { keys.map { $0.joined(separator: "/") }.joined(separator: " ") }
  }

  @Test(arguments: [
    Order(
      keys: [["(unknown)"], ["2016-05"], ["2014-02"]],
      expected: [["2014-02"], ["2016-05"], ["(unknown)"]]),
    Order(
      keys: [
        ["2016", "(unknown)"], ["(unknown)", "Aleppo"], ["2016", "Aleppo"], ["2015", "Homs"],
      ],
      expected: [
        ["2015", "Homs"], ["2016", "Aleppo"], ["2016", "(unknown)"], ["(unknown)", "Aleppo"],
      ]),
    Order(
      keys: [["2016-04-22..2016-05-01"], ["2016-04-22"], ["2016-04-21"]],
      expected: [["2016-04-21"], ["2016-04-22"], ["2016-04-22..2016-05-01"]]),
  ])
  func periodKeysSortByTimeWithUnknownLast(_ order: Order) {
    #expect(order.keys.sorted(by: TallyChart.inTimeOrder) == order.expected)
  }
}
