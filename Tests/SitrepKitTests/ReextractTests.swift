import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// `extract again`: extraction runs anew and every correction, tag, rejection and merge stays.
@Suite struct ReextractTests {
  private func loaded() -> Shell {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    _ = Fixtures.run(&shell, "load Samples/articles")
    return shell
  }

  @Test func keepsTheAnalystsWorkAndChangesNothingElse() {
    var shell = loaded()
    _ = Fixtures.run(&shell, "set e12 killed = 6; tag e1 checked; drop e2; merge e12 e13")
    let before = shell.session.events
    let (out, err, outcome) = Fixtures.run(&shell, "extract again")
    #expect(err == "")
    #expect(outcome == .success)
    #expect(out == "re-extracted 2 articles: 0 events changed, 0 added\n")
    #expect(shell.session.events == before)
    #expect(shell.session.event("e12")?.current.killed?.qualifier == .exact)
    #expect(shell.session.event("e12")?.current.killed?.best == 6)
    #expect(shell.session.event("e12")?.extracted?.killed?.qualifier == .atLeast)
  }

  @Test func anUnmatchedEventIsKeptAndTheFreshOneAdded() {
    var shell = loaded()
    // e5 as if an older extractor had read a protest from another span: nothing fresh matches
    // it (neither the same span, nor an overlapping one of the same type).
    var moved = shell.session.events[4]
    moved.current.evidence.span = TextSpan(start: 0, end: 10)
    moved.current.type = .protest
    moved.extracted = moved.current
    shell.session.events[4] = moved
    let (out, err, _) = Fixtures.run(&shell, "extract again a2")
    #expect(out == "re-extracted 1 article: 0 events changed, 1 added\n")
    #expect(err == "evidence no longer matches for e5; kept as they were\n")
    #expect(shell.session.event("e5") == moved)
    #expect(shell.session.events.count == 14)
    #expect(shell.session.event("e14")?.current.type == .airstrike)
  }

  @Test func ctrlCLeavesTheSessionAsItWas() {
    var shell = loaded()
    let before = shell.session
    shell.context.isCancelled = { true }
    let (out, err, outcome) = Fixtures.run(&shell, "extract again")
    #expect(out.isEmpty)
    #expect(err.hasPrefix("<input>: error: extract again cancelled; nothing was changed"))
    #expect(outcome == .failure)
    #expect(shell.session == before)
  }

  @Test func reportsProgressAndEndsIt() {
    var shell = loaded()
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    _ = Fixtures.run(&shell, "extract again")
    #expect(updates.count == 2)
    #expect(updates[0]?.label == "extract again" && updates[0]?.done == 2 && updates[0]?.total == 2)
    #expect(updates[1] == nil)
  }

  @Test(arguments: [
    ([String](), ""), (["e5"], "e5"), (["e5", "e7"], "e5 and e7"), (["e1", "e2", "e3"], "e1, e2 and e3"),
    ((1...12).map { "e\($0)" }, "12 events (e1, e2, e3, e4, e5, e6, e7, e8, e9, e10 and 2 more)"),
  ])
  func namesAtMostTenEvents(ids: [String], expected: String) {
    #expect(Shell.someIDs(ids) == expected)
  }
}
