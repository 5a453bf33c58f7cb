import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct EditCommandTests {
  private func shell() -> Shell {
    Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
        Fixtures.event("e2", type: .shelling, killed: .exactly(12), place: "Homs", date: "2014-02-13"),
        Fixtures.event("e3", type: .ceasefire, place: "Homs", date: nil),
      ]))
  }

  @Test func setsFieldsAndMarksTheEventCorrected() {
    var shell = shell()
    let (out, err, _) = Fixtures.run(&shell, "set e1 killed = 45..60, date = 2016-04-27, scope = aggregate")
    #expect(err.isEmpty)
    #expect(out == "changed 1 event\n")
    let e = shell.session.events[0]
    #expect(e.current.killed == Casualties(low: 45, best: 45, high: 60, qualifier: .range))
    #expect(e.current.date == .on(Day(year: 2016, month: 4, day: 27)))
    #expect(e.current.scope == .aggregate)
    #expect(e.status == .corrected)
    #expect(e.extracted?.killed == .qualified(.atLeast, 5))
  }

  @Test(arguments: [
    ("set e1 kiled = 4", "<input>:1:8: error: 'kiled' cannot be set; did you mean 'killed'?"),
    ("set e1 killed = lots", "<input>:1:17: error: 'lots' is not a figure; write 50, 45..60 or \"at least 50\""),
    ("set e1 type = airstirke", "<input>:1:15: error: unknown event type 'airstirke'; did you mean 'airstrike'?"),
    ("set e1 date = 2016-02-31", "<input>:1:15: error: '2016-02-31' is not a date; write 2016-04-27 or 2016-04-22..2016-05-01"),
    ("set e9 killed = 4", "<input>:1:5: error: no event 'e9'; the events are e1 to e3"),
    ("set e1 part_of = e7", "<input>:1:18: error: no event 'e7'"),
    ("set e1 status = done", "<input>:1:17: error: unknown status 'done'"),
  ])
  func rejectsBadEditsWithTheirPlace(_ statement: String, _ message: String) {
    var shell = shell()
    let before = shell.session
    let (_, err, outcome) = Fixtures.run(&shell, statement)
    #expect(err.hasPrefix(message))
    #expect(outcome == .failure)
    #expect(shell.session == before)
  }

  @Test func bulkEditsAreOneUndoStep() {
    var shell = shell()
    #expect(Fixtures.run(&shell, "set events where place = Homs : status = accepted").0 == "changed 2 events\n")
    #expect(shell.session.events.map(\.status) == [.extracted, .accepted, .accepted])
    #expect(Fixtures.run(&shell, "undo").0 == "undid #1 set events where place = Homs : status = accepted\n")
    #expect(shell.session.events.map(\.status) == [.extracted, .extracted, .extracted])
    #expect(Fixtures.run(&shell, "redo").0 == "redid #1 set events where place = Homs : status = accepted\n")
    #expect(shell.session.events.map(\.status) == [.extracted, .accepted, .accepted])
  }

  @Test func undoAndRedoWalkEveryKindOfChange() {
    var shell = shell()
    let original = shell.session.events
    _ = Fixtures.run(&shell, "drop e2; tag e1 e3 : checked disputed; note e1 \"MSF says 7\"; merge e1 e2; set e3 killed = 3")
    #expect(shell.session.events[1].status == .rejected)
    #expect(shell.session.events[0].tags == ["checked", "disputed"])
    #expect(shell.session.events[0].notes == ["MSF says 7"])
    #expect(shell.session.events[1].merge == "e1")
    #expect(Fixtures.run(&shell, "undo 5").2 == .success)
    #expect(shell.session.events == original)
    _ = Fixtures.run(&shell, "redo; redo")
    #expect(shell.session.events[1].status == .rejected)
    #expect(shell.session.events[0].tags == ["checked", "disputed"])
    let (_, err, _) = Fixtures.run(&shell, "undo; undo; undo")
    #expect(err.hasPrefix("<input>: error: nothing to undo"))
  }

  @Test func undoSurvivesSavingAndOpening() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(self.shell().session, directory: dir)
    _ = Fixtures.run(&shell, "set e2 killed = 20; save s.json")
    var reopened = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&reopened, "open s.json")
    #expect(Fixtures.run(&reopened, "undo").0 == "undid #1 set e2 killed = 20\n")
    #expect(reopened.session.events[1].current.killed == .exactly(12))
  }

  @Test func dropAndRestore() {
    var shell = shell()
    #expect(Fixtures.run(&shell, "drop e1, e2").0 == "rejected 2 events\n")
    #expect(Fixtures.run(&shell, "restore e1").0 == "restored 1 event\n")
    #expect(shell.session.events.map(\.status) == [.extracted, .rejected, .extracted])
  }

  @Test func restoreGivesBackAnAcceptanceTheDropTookAway() {
    var shell = shell()
    _ = Fixtures.run(&shell, "set e1, e2 status = accepted; drop e1, e2, e3; set e2 status = accepted")
    _ = Fixtures.run(&shell, "drop e2; restore e1, e2, e3")
    #expect(shell.session.events.map(\.status) == [.accepted, .accepted, .extracted])
    // An acceptance taken back by undo is not given back.
    _ = Fixtures.run(&shell, "set e3 status = accepted; undo; drop e3; restore e3")
    #expect(shell.session.events[2].status == .extracted)
  }

  @Test func aNoteIsSetAndAddedLikeAField() {
    var shell = Fixtures.shell(Fixtures.session([Fixtures.event("e1")]))
    let (_, err, _) = Fixtures.run(&shell, "set e1 notes = \"y\"")
    #expect(err.hasPrefix("<input>:1:8: error: 'notes' cannot be set; did you mean 'note'?\n"))
    _ = Fixtures.run(&shell, "set e1 note = \"recounted\"")
    #expect(shell.session.events[0].notes == ["recounted"])
  }

  @Test func unmergeCountsTheEventsItTookOutOfAMerge() {
    var shell = Fixtures.shell(
      Fixtures.session(
        [Fixtures.event("e1"), Fixtures.event("e2"), Fixtures.event("e3"), Fixtures.event("e4")]))
    _ = Fixtures.run(&shell, "merge e1 e2 e3")
    #expect(Fixtures.run(&shell, "unmerge e3").0 == "unmerged 1 event\n")
    #expect(Fixtures.run(&shell, "unmerge e3 e4").0 == "unmerged 0 events; 2 were in no merge\n")
    // e2 is left alone in its group, which is then no group.
    #expect(Fixtures.run(&shell, "unmerge e1").0 == "unmerged 2 events\n")
    #expect(shell.session.events.map(\.merge) == [nil, nil, nil, nil])
  }

  @Test func mergedReportsCountOnceUnderEachPolicy() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
        Fixtures.event("e2", article: "a2", killed: .exactly(7)),
        Fixtures.event("e3", article: "a2", killed: .exactly(9)),
      ], articles: ["a1", "a2"]))
    _ = Fixtures.run(&shell, "merge e1 e2 e3")
    let tally = "output csv; tally killed by place"
    // Named as 'export tally' names them: one program reads both.
    #expect(
      Fixtures.run(&shell, tally).0.hasPrefix(
        "place,killed,killed_incidents,killed_low,killed_best,killed_high\r\n"))
    #expect(Fixtures.run(&shell, tally).0.contains("Aleppo,at least 5,1,5,5,open\r\n"))
    _ = Fixtures.run(&shell, "policy best")
    #expect(Fixtures.run(&shell, tally).0.contains("Aleppo,7,1,7,7,7\r\n"))
    _ = Fixtures.run(&shell, "policy range")
    #expect(Fixtures.run(&shell, tally).0.contains("Aleppo,7 (5–open),1,5,7,open\r\n"))
    _ = Fixtures.run(&shell, "unmerge e3")
    #expect(shell.session.events.map(\.merge) == ["e1", "e1", nil])
  }

  @Test func aTagOrRejectionIsRecordedAsTheMarksAloneAndUndone() throws {
    var shell = shell()
    _ = Fixtures.run(&shell, "tag e1 e2 : checked; drop e3")
    let tag = try #require(shell.session.trail.first)
    #expect(
      tag.edits == [
        .marks(
          id: "e1", before: EventMarks(status: .extracted, tags: [], notes: [], merge: nil),
          after: EventMarks(status: .extracted, tags: ["checked"], notes: [], merge: nil)),
        .marks(
          id: "e2", before: EventMarks(status: .extracted, tags: [], notes: [], merge: nil),
          after: EventMarks(status: .extracted, tags: ["checked"], notes: [], merge: nil)),
      ])
    #expect(Fixtures.run(&shell, "output csv; log e3").0.contains("e3 status: extracted → rejected"))
    _ = Fixtures.run(&shell, "undo 2")
    #expect(shell.session.events.map(\.tags) == [[], [], []])
    #expect(shell.session.events[2].status == .extracted)
    // A corrected figure is an edit of the event itself.
    _ = Fixtures.run(&shell, "set e1 killed = 6")
    guard case .event? = shell.session.trail.last?.edits.first else {
      Issue.record("set recorded no event edit")
      return
    }
  }

  @Test func anAggregateIsNeverMergedWithAnIncident() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .exactly(250), scope: .aggregate),
        Fixtures.event("e2", killed: .exactly(50)),
        Fixtures.event("e3", article: "a2", killed: .exactly(48)),
      ], articles: ["a1", "a2"]))
    let before = shell.session
    let (_, err, outcome) = Fixtures.run(&shell, "merge e2 e1")
    #expect(outcome == .failure)
    #expect(err.hasPrefix(
      "<input>:1:10: error: cannot merge e1 with e2: e1 is an aggregate (a running or area total) and e2 an incident\n"))
    #expect(err.contains("to count e2 inside the total: set e2 part_of = e1"))
    #expect(shell.session == before)
    _ = Fixtures.run(&shell, "set e2 part_of = e1")
    #expect(
      Fixtures.run(&shell, "merge e2 e1").1.contains(
        "e2 is already part of e1: it is counted inside the total, not beside it"))
    _ = Fixtures.run(&shell, "undo")
    // Through a group: the incident named is the one typed, not the group's first member.
    #expect(Fixtures.run(&shell, "merge e2 e3").0 == "merged e2, e3 as one incident (e2)\n")
    let (_, err2, _) = Fixtures.run(&shell, "merge e1 e3")
    #expect(err2.hasPrefix("<input>:1:7: error: cannot merge e1 with e3:"))
    #expect(shell.session.events.map(\.merge) == [nil, "e2", "e2"])
    // Once the analyst says the total is one incident, it merges.
    _ = Fixtures.run(&shell, "set e1 scope = incident")
    #expect(Fixtures.run(&shell, "merge e1 e3").0 == "merged e1, e2, e3 as one incident (e1)\n")
  }

  @Test func aMergeOfEventsThatDifferSaysHow() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", type: .ceasefire, place: "Homs", date: "2014-02-13"),
        Fixtures.event("e2", place: "Aleppo", date: "2016-04-30"),
        Fixtures.event("e3", place: "Aleppo", date: "2016-04-30"),
      ]))
    let same = Fixtures.run(&shell, "merge e2 e3")
    #expect(same.0 == "merged e2, e3 as one incident (e2)\n")
    #expect(same.1 == "")
    let apart = Fixtures.run(&shell, "merge e1 e2")
    #expect(apart.0 == "merged e1, e2, e3 as one incident (e1)\n")
    #expect(
      apart.1
        == "note: the merged events differ in type (ceasefire / airstrike), place (Homs / Aleppo) "
        + "and dates that do not overlap (2014-02-13 / 2016-04-30); 'undo' takes the merge back\n")
    #expect(shell.session.events.map(\.merge) == ["e1", "e1", "e1"])
  }

  @Test func mergesTwoTotalsAsOneTotalAndNeverAnEventWithItself() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .qualified(.about, 400), scope: .aggregate),
        Fixtures.event("e2", killed: .exactly(400), scope: .aggregate),
      ]))
    let before = shell.session
    let (_, err, outcome) = Fixtures.run(&shell, "merge e1 e2 e1")
    #expect(outcome == .failure)
    #expect(err.hasPrefix("<input>:1:13: error: cannot merge e1 with itself\n"))
    #expect(err.contains("name two or more different events"))
    #expect(shell.session == before)
    #expect(Fixtures.run(&shell, "merge e2 e1").0 == "merged e1, e2 as one total (e1)\n")
  }

  @Test func addsEventsByHandOnlyWithAQuoteFromTheArticle() {
    var shell = shell()
    #expect(Fixtures.run(&shell, "add event in a1 \"died in Homs\" type = shelling, killed = at least 5, place = Homs").0 == "added e4 (the article's date)\n")
    let added = shell.session.events.last
    #expect(added?.current.date == Day(iso: "2016-05-01").map { .on($0) })
    #expect(added?.status == .manual)
    #expect(added?.current.killed == .qualified(.atLeast, 5))
    #expect(added.map { $0.current.evidence.span.slice(of: Fixtures.text) } == "died in Homs")
    let (_, err, _) = Fixtures.run(&shell, "add event in a1 \"died in Damascus\" type = shelling")
    #expect(err.hasPrefix("<input>:1:17: error: the quote does not occur in a1 ('Article 1')"))
  }

  @Test func anEventAddedInAProposedEventsSentenceTakesItsDateAndPlace() {
    var shell = shell()
    #expect(
      Fixtures.run(&shell, "add event in a1 \"people were killed\" type = shelling").0
        == "added e4 (date and place from e1)\n")
    let added = shell.session.events.last?.current
    #expect(added?.date == Day(iso: "2016-04-29").map { .on($0) })
    #expect(added?.place?.name == "Aleppo")
    #expect(
      Fixtures.run(&shell, "add event in a1 \"people were killed\" date = 2016-04-30, place = Homs").0
        == "added e5\n")
    #expect(shell.session.events.last?.current.place?.name == "Homs")
  }

  @Test func showMarksAFieldSetByHandWithWhatWasExtracted() {
    var shell = shell()
    _ = Fixtures.run(&shell, "set e1 killed = 7, type = shelling")
    let (out, _, _) = Fixtures.run(&shell, "show e1")
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines.contains("type      shelling — set by hand (extracted: airstrike)"))
    #expect(lines.contains("killed    7 — set by hand (extracted: at least 5)"))
    // Fields left as extracted are shown as they were.
    #expect(lines.contains("scope     incident"))
  }

  @Test func showNamesEachMergedReportsArticleAndOutlet() {
    var session = Fixtures.session(
      [Fixtures.event("e1", killed: .exactly(6)), Fixtures.event("e2", article: "a2", killed: .exactly(5))],
      articles: ["a1", "a2"])
    session.articles[1].outlet = nil
    var shell = Fixtures.shell(session)
    let (out, _, _) = Fixtures.run(&shell, "merge e1 e2; show e1")
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines.contains("merged    e1 (a1, AP): killed 6"))
    #expect(lines.contains("merged    e2 (a2): killed 5"))
  }

  @Test func logShowsValuesBeforeAndAfter() {
    var shell = Shell(context: ShellContext(width: 300, workingDirectory: "/", analyst: "rh"))
    shell.session = self.shell().session
    _ = Fixtures.run(&shell, "output csv; set e1 killed = 6; tag e2 checked")
    let (out, _, _) = Fixtures.run(&shell, "log e1")
    let lines = out.split(separator: "\r\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix("1,"))
    #expect(lines[1].hasSuffix(",rh,set e1 killed = 6,e1 killed: at least 5 → 6; e1 status: extracted → corrected"))
    let tagged = Fixtures.run(&shell, "log e2").0.split(separator: "\r\n").map(String.init)
    #expect(tagged.last?.hasSuffix(",rh,tag e2 checked,e2 tags: – → checked") == true)
  }

  @Test func reviewDecidesThroughItsAnswers() {
    var shell = shell()
    var answers = ["a", "e killed = 13", "r", "u", "s"]
    shell.prompter = { _ in answers.isEmpty ? nil : answers.removeFirst() }
    let (out, _, _) = Fixtures.run(&shell, "review")
    #expect(out.contains("── 1 of 3 ── e1 in a1 Article 1\n"))
    // The rejection of e2 was undone: it counts as neither decided nor rejected.
    #expect(out.hasSuffix("reviewed: 1 accepted, 0 rejected, 2 left\n"))
    #expect(shell.session.events.map(\.status) == [.accepted, .corrected, .extracted])
    #expect(shell.session.events[1].current.killed == .exactly(13))
  }

  @Test func reviewUndoTakesBackAnEditAndStaysOnItsEvent() {
    var shell = shell()
    var answers = ["a", "e killed = 13", "u", "u", "r"]
    var prompts: [String] = []
    shell.prompter = { prompt in
      prompts.append(prompt)
      return answers.isEmpty ? nil : answers.removeFirst()
    }
    let (out, _, _) = Fixtures.run(&shell, "review")
    // The edit of e2 is undone on e2; the next u takes back e1's acceptance and returns to e1.
    #expect(prompts == [
      "review 1/3> ", "review 2/3> ", "review 2/3> ", "review 2/3> ", "review 1/3> ",
      "review 2/3> ",
    ])
    #expect(out.hasSuffix("reviewed: 0 accepted, 1 rejected, 2 left\n"))
    #expect(shell.session.events.map(\.status) == [.rejected, .extracted, .extracted])
    #expect(shell.session.events[1].current.killed == .exactly(12))
  }
}
