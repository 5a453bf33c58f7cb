import Testing

@testable import SitrepKit

/// An edit patches the query index in place (the rows it touched), and every tally after it
/// equals the tally of an index built anew.
@Suite struct IndexPatchTests {
  static let queries = [
    "tally killed by place, month", "tally events by status", "tally killed by tag",
    "tally injured by actor, country", "tally killed by type where killed > 4",
    "tally articles by place", "tally killed by source",
    // Value columns for `where`, patched with the rest.
    "count events where has tag urgent", "tally killed by month where country = Syria or place = Homs",
    "count events where status = rejected", "count events where actor ~ guards",
    "tally events by type where date >= 2016-04 and scope = incident",
  ]

  /// Every query's output from `shell` and from a shell over the same session with no index.
  static func expectSameTallies(_ shell: inout Shell, after edit: String) {
    var fresh = Fixtures.shell(shell.session)
    for query in queries {
      let (patched, _, _) = Fixtures.run(&shell, query)
      let (built, _, _) = Fixtures.run(&fresh, query)
      #expect(patched == built, "\(query) after \(edit)")
    }
  }

  @Test(arguments: [
    "tag e5 : urgent, new-tag", "set e7 killed = 12345", "set e9 place = Homs",
    "set e11 injured = at least 3", "drop e13", "restore e13", "set e2 status = accepted",
    "set e15 date = 2016-04-30", "set e17 actors = Atlantis guards", "untag e5 : urgent",
    "undo", "untag e5 : urgent; undo; redo", "note e20 \"checked twice\"",
    "set e21 scope = aggregate", "tag e5 : urgent",
  ])
  func anEditOfSomeEventsPatchesTheIndex(_ edit: String) {
    var shell = Fixtures.shell(IndexedTallyTests.session(600))
    _ = Fixtures.run(&shell, "tag e5 : urgent")
    Self.expectSameTallies(&shell, after: "setup")
    let (_, errors, _) = Fixtures.run(&shell, edit)
    #expect(errors == "", "\(edit)")
    #expect(shell.queryIndex?.isCurrent(for: shell.session) == true, "\(edit) was not patched")
    Self.expectSameTallies(&shell, after: edit)
  }

  @Test(arguments: ["merge e3 e4", "set e8 part_of = e2", "add event in a1 \"Twelve people\" killed = 12"])
  func anEditThatReachesFurtherBuildsTheIndexAgain(_ edit: String) {
    var shell = Fixtures.shell(IndexedTallyTests.session(600))
    Self.expectSameTallies(&shell, after: "setup")
    let (_, errors, _) = Fixtures.run(&shell, edit)
    // The generated events differ, so the merge notes it; no edit may fail.
    #expect(!errors.contains("error:"), "\(edit): \(errors)")
    let rebuilt = shell.queryIndex == nil
    #expect(rebuilt, "\(edit) patched an index it cannot")
    Self.expectSameTallies(&shell, after: edit)
  }

  @Test func manyEditsInARowStayEqualToANewIndex() {
    var shell = Fixtures.shell(IndexedTallyTests.session(300))
    var rng = SplitMix(seed: 7)
    let places = ["Aleppo", "Homs", "Raqqa", "Kyiv", "Édessa"]
    _ = Fixtures.run(&shell, "tally killed by place")
    for step in 0..<40 {
      let e = "e\(rng.next(300) + 1)"
      let edit = [
        "set \(e) killed = \(rng.next(90))", "set \(e) place = \(places[rng.next(places.count)])",
        "tag \(e) : t\(rng.next(4))", "drop \(e)", "restore \(e)", "undo",
      ][rng.next(6)]
      _ = Fixtures.run(&shell, edit)
      if step % 8 == 7 { Self.expectSameTallies(&shell, after: "step \(step): \(edit)") }
    }
    Self.expectSameTallies(&shell, after: "the last step")
  }
}
