import QueryLanguage
import Testing

@testable import SitrepKit

/// A listing with a limit and no order evaluates the first ``Shell/probedEvents`` events before
/// it builds a value column, and reads the column past them: the same events either way.
@Suite struct LimitedListingTests {
  static func listQuery(_ text: String) throws -> ListQuery {
    guard case .success(let statement) = Parser.parse(text), case .list(let query) = statement.command else {
      throw IndexedTallyTests.ParseFailure(text: text)
    }
    return query
  }

  @Test func firstMatchesAreFoundWithoutBuildingAColumn() throws {
    var shell = Fixtures.shell(IndexedTallyTests.session(600))
    _ = Fixtures.run(&shell, "tally events")
    let query = try Self.listQuery("events where country = syria limit 5")
    let filter = try #require(query.filter)
    let found = shell.columnMatches(query)
    let matches = try #require(found)
    #expect(matches == shell.evaluating(filter, limit: 5))
    #expect(matches.count == 5)
    #expect(shell.queryIndex?.values[.country] == nil)
  }

  @Test func matchesPastTheProbedEventsAreReadFromTheColumn() throws {
    var shell = Fixtures.shell(IndexedTallyTests.session(Shell.probedEvents + 5000))
    _ = Fixtures.run(&shell, "tally events")
    let query = try Self.listQuery("events where country = iraq and place = Gao limit 100000")
    let filter = try #require(query.filter)
    let expected = shell.evaluating(filter)
    #expect(expected.contains { $0 < Shell.probedEvents } && expected.contains { $0 >= Shell.probedEvents })
    let found = shell.columnMatches(query)
    #expect(found == expected)
    #expect(shell.queryIndex?.values[.country] != nil)
    let (listed, errors, _) = Fixtures.run(&shell, "count events where country = iraq and place = Gao")
    #expect(errors == "" && listed == "\(expected.count)\n")
  }
}
