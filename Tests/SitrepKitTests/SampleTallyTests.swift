import Foundation
import QueryLanguage
import Testing

@testable import SitrepKit

/// The sample articles end to end: load, set the AP article's date, tally killed by place, and
/// compare with what a careful analyst codes (../shared/seeds/expected-events.json).
@Suite struct SampleTallyTests {
  private func tallied() -> TallyResult? {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (_, errors, outcome) = Fixtures.run(&shell, "load Samples/articles; set a1 date = 2014-02-13; tally killed by place")
    #expect(errors.isEmpty)
    #expect(outcome == .success)
    return shell.lastTally
  }

  @Test func aNarrowScreenKeepsTheFigureAndLeavesOutItsBounds() {
    var shell = Shell(context: ShellContext(width: 60, workingDirectory: Fixtures.packageRoot))
    let (out, _, _) = Fixtures.run(&shell, "load Samples/articles; tally killed, injured by type")
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines[1] == "type            killed  incidents  injured  incidents")
    #expect(lines[3] == "airstrike  at least 55          2                   0")
    // The note wraps at words to the 60 columns.
    #expect(lines[4] == "low, best and high left out to fit the screen ('output")
    #expect(lines[5] == "  csv' has them)")
    var wide = Shell(context: ShellContext(width: 200, workingDirectory: Fixtures.packageRoot))
    let (all, _, _) = Fixtures.run(&wide, "load Samples/articles; tally killed, injured by type")
    #expect(all.contains("killed.low") && !all.contains("left out to fit"))
  }

  @Test func aLimitAlsoLimitsTheReportedTotalsShown() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (out, _, _) = Fixtures.run(&shell, "load Samples/articles; tally killed by place limit 1")
    let lines = out.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.suffix(3)) == [
        "reported totals (running or area totals, never added to the rows above):",
        "  about 400 people killed — Aleppo, 2014-02-01..2014-02-13, Syrian activists (e1)",
        "  … 2 more reported totals not shown; 'output csv' or 'export tally' for all",
      ])
  }

  @Test func aleppoIsAtLeast55FromTwoIncidents() throws {
    let result = try #require(tallied())
    #expect(result.rows.filter { $0.killed.count > 0 }.map(\.key) == [["Aleppo"]])
    let aleppo = try #require(result.rows.first { $0.key == ["Aleppo"] })
    #expect(aleppo.killed.count == 2)
    #expect(aleppo.killed.low == 55 && aleppo.killed.best == 55 && aleppo.killed.high == nil)
  }

  @Test func runningTotalsAreReportedBesideTheTally() throws {
    let result = try #require(tallied())
    let reported = result.reported.map { "\($0.place) \($0.period) \($0.best ?? -1) \($0.source)" }.sorted()
    #expect(
      reported == [
        "Aleppo 2014-02-01..2014-02-13 400 Syrian activists",
        "Aleppo 2016-04-22..2016-05-01 250 Syrian Observatory for Human Rights",
        "Syria 2016-04 859 Syrian Observatory for Human Rights",
      ])
  }

  @Test func matchesTheAnalystsCodingWhenTheSeedsArePresent() throws {
    let path = Fixtures.packageRoot + "/../shared/seeds/expected-events.json"
    guard let data = FileManager.default.contents(atPath: path) else {
      print("skipped: \(path) is not here")
      return
    }
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let tallies = try #require(json["tallies"] as? [String: Any])
    let byPlace = try #require(tallies["killed by place, incidents only (the default)"] as? [String: [String: Any]])
    let result = try #require(tallied())
    for (place, figures) in byPlace {
      let row = try #require(result.rows.first { $0.key == [place] })
      #expect(row.killed.count == figures["events"] as? Int)
      #expect(row.killed.low == figures["low"] as? Int)
      #expect(row.killed.best == figures["best"] as? Int)
      #expect(row.killed.high == figures["high"] as? Int)
    }
    let totals = try #require(tallies["reported totals, shown beside the tally and never summed into it"] as? [[String: Any]])
    let expected = totals.map { "\($0["place"] ?? "") \($0["period"] ?? "") \($0["best"] ?? "")" }.sorted()
    #expect(result.reported.map { "\($0.place) \($0.period) \($0.best ?? -1)" }.sorted() == expected)
  }
}
