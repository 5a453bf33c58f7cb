import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// Applying edits: values land, and a change already in place costs no copy of the events.
@Suite struct ChangeApplyTests {
  private func storage(_ events: [SessionEvent]) -> UInt? {
    events.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
  }

  @Test func replayingAChangeAlreadyInPlaceLeavesTheEventsShared() {
    var session = Fixtures.session([Fixtures.event("e1"), Fixtures.event("e2")])
    session.events[1].tags = ["checked"]
    let snapshot = session
    let change = Change(
      number: 1, time: "2026-01-01T00:00:00Z", analyst: "a", command: "tag e2 checked",
      edits: [
        .event(before: SessionEvent(extracted: Fixtures.event("e2")), after: session.events[1])
      ])
    session.replay(change)
    #expect(storage(session.events) == storage(snapshot.events))
    #expect(session.trail.map(\.number) == [1])
    #expect(session.undoable == [1])
  }

  @Test func applyingANewValueChangesOnlyThatEvent() {
    var session = Fixtures.session([Fixtures.event("e1"), Fixtures.event("e2")])
    let snapshot = session
    let original = snapshot.events[0]
    var after = original
    after.notes = ["seen"]
    let edit = Edit.event(before: original, after: after)
    session.apply([edit])
    #expect(session.events[0].notes == ["seen"])
    #expect(snapshot.events[0].notes == [])
    #expect(session.events[1] == snapshot.events[1])
    session.apply([edit.inverted])
    #expect(session.events == snapshot.events)
    session.apply([.event(before: original, after: nil)])
    #expect(session.events.map(\.id) == ["e2"])
  }

  @Test func aRecordedEditsAfterValueIsTheSessionsEventAfterOpening() throws {
    let dir = Fixtures.temporaryDirectory()
    try SessionStore.save(
      Fixtures.session([Fixtures.event("e1"), Fixtures.event("e2")]), to: dir + "/s.json")
    var shell = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&shell, "open s.json")
    _ = Fixtures.run(&shell, "set e2 killed = 3")
    let change = try #require(shell.session.trail.last)
    guard case .event(_, let after)? = change.edits.first else {
      Issue.record("no event edit in \(change)")
      return
    }
    #expect(after == shell.session.events[1])
    #expect(shell.session.events[1].current.killed?.best == 3)
  }

  @Test func marksChangedThenTheEventItselfRecordTheEventAsItWas() {
    let session = Fixtures.session([Fixtures.event("e1", killed: .exactly(3)), Fixtures.event("e2")])
    var transaction = Transaction(session: session)
    transaction.updateMarks(at: 0) { $0.tags.append("checked") }
    transaction.updateEvent(at: 0) { $0.current.killed = .exactly(4) }
    // Marks set back to what they were: no edit at all.
    transaction.updateMarks(at: 1) { $0.status = .accepted }
    transaction.updateMarks(at: 1) { $0.status = .extracted }
    guard case .event(let before?, let after?) = transaction.edits.first, transaction.edits.count == 1 else {
      Issue.record("expected one event edit, got \(transaction.edits)")
      return
    }
    #expect(before == session.events[0])
    #expect(after.tags == ["checked"] && after.current.killed == .exactly(4))
    var undone = transaction.session
    undone.apply(transaction.edits.reversed().map(\.inverted))
    #expect(undone.events == session.events)
  }
}
