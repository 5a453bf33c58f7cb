import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// The query index built on another thread after `open` or a load gives the tallies the
/// index built on the spot gives, and an edit right after `open` is never lost to it.
@Suite struct IndexBuildTests {
  /// A directory holding `s.json`, the generated 800-event session of the indexed-tally tests.
  private func saved() throws -> String {
    let dir = Fixtures.temporaryDirectory()
    try SessionStore.save(Fixtures.withTrueDigests(IndexedTallyTests.session(800)), to: dir + "/s.json")
    return dir
  }

  private func shell(_ dir: String, background: Bool) -> Shell {
    var shell = Fixtures.shell(directory: dir)
    shell.backgroundIndexMinimum = background ? 0 : Int.max
    return shell
  }

  @Test func theFirstTallyAfterOpenUsesTheIndexBuiltMeanwhileAndAgrees() throws {
    let dir = try saved()
    var built = shell(dir, background: true)
    var plain = shell(dir, background: false)
    _ = Fixtures.run(&built, "open s.json")
    _ = Fixtures.run(&plain, "open s.json")
    #expect(built.indexBuild != nil && plain.indexBuild == nil)
    for query in ["tally killed by place", "tally killed by place, month", "tally injured by country"] {
      let (a, errA, _) = Fixtures.run(&built, query)
      let (b, errB, _) = Fixtures.run(&plain, query)
      #expect(errA == "" && errB == "")
      #expect(a == b)
      #expect(built.lastTally?.reported == plain.lastTally?.reported)
    }
    // The statement after `open` took the thread's index: place and month were built there.
    #expect(built.indexBuild == nil)
    #expect(built.queryIndex?.keys[.month] != nil)
    built.releaseSessionFile()
    plain.releaseSessionFile()
  }

  @Test func anEditRightAfterOpenIsKeptAndCounted() throws {
    let dir = try saved()
    var shell = shell(dir, background: true)
    _ = Fixtures.run(&shell, "open s.json")
    let before = try #require(shell.session.events.first { $0.status != .rejected })
    let (_, err, _) = Fixtures.run(&shell, "drop \(before.id); tally events by status")
    #expect(err == "")
    #expect(shell.session.event(before.id)?.status == .rejected)
    var fresh = Fixtures.shell(shell.session)
    fresh.backgroundIndexMinimum = Int.max
    _ = Fixtures.run(&fresh, "tally events by status")
    #expect(shell.lastTally?.rows == fresh.lastTally?.rows)
    shell.releaseSessionFile()
  }

  @Test func aLoadStartsABuildAndSmallSessionsDoNot() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    _ = Fixtures.run(&shell, "load Samples/articles")
    #expect(shell.indexBuild == nil)
    shell = Fixtures.shell(directory: Fixtures.packageRoot)
    shell.backgroundIndexMinimum = 0
    _ = Fixtures.run(&shell, "load Samples/articles")
    #expect(shell.indexBuild != nil)
    let (out, _, _) = Fixtures.run(&shell, "output csv; tally killed by place")
    #expect(out.contains("Aleppo,at least 55,2,55,55,open"))
  }

  @Test(arguments: [
    "tag events where killed > 4 and not injured < 3 : x", "restore events where killed >= 5",
    "drop events where killed is missing or killed.high = 10..20", "untag events where injured > 1 : t1",
  ])
  func aBulkEditSelectsTheSameEventsThroughTheIndexColumns(_ edit: String) {
    var indexed = Fixtures.shell(IndexedTallyTests.session(800))
    var plain = Fixtures.shell(IndexedTallyTests.session(800))
    _ = Fixtures.run(&indexed, "tally killed by place")
    #expect(indexed.queryIndex?.isCurrent(for: indexed.session) == true)
    let (a, errA, _) = Fixtures.run(&indexed, edit)
    let (b, errB, _) = Fixtures.run(&plain, edit)
    #expect(errA == "" && errB == "")
    #expect(a == b && !a.hasPrefix("tagged 0") && !a.hasPrefix("rejected 0") && !a.hasPrefix("restored 0"))
    #expect(indexed.session.events == plain.session.events)
  }
}
