import Testing

@testable import SitrepKit

/// A listing that finds nothing because of a value no event has says so, with the closest one.
@Suite struct EmptyResultTests {
  private func notes(_ query: String) -> [String] {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", place: "Aleppo"), Fixtures.event("e2", place: "Eastern Ghouta"),
      ]))
    let (out, err, _) = Fixtures.run(&shell, query)
    #expect(err == "")
    return out.split(separator: "\n").map(String.init).filter { $0.hasPrefix("no event has") }
  }

  @Test(arguments: [
    ("events where place = Alepo", ["no event has place 'Alepo'; did you mean 'Aleppo'?"]),
    (
      "events where place = \"Eastern Gouta\" or type = airstirke",
      [
        "no event has place 'Eastern Gouta'; did you mean 'Eastern Ghouta'?",
        "no event has type 'airstirke'; did you mean 'airstrike'?",
      ]
    ),
    ("events where place = Timbuktu", ["no event has place 'Timbuktu'"]),
    // Every value exists; only the combination is empty: nothing to say.
    ("events where place = aleppo and place = \"Eastern Ghouta\"", []),
    // Rows were found: nothing to say.
    ("events where place = Aleppo or place = Alepo", []),
  ] as [(String, [String])])
  func namesTheValueNoEventHas(_ query: String, _ expected: [String]) {
    #expect(notes(query) == expected)
  }

  @Test func aZeroCountSaysSoOnStandardErrorAndATallyInItsNotes() {
    var shell = Fixtures.shell(
      Fixtures.session([Fixtures.event("e1", killed: .exactly(3), place: "Aleppo")]))
    let (count, countNote, _) = Fixtures.run(&shell, "count events where place = Alepo")
    #expect(count == "0\n")
    #expect(countNote == "no event has place 'Alepo'; did you mean 'Aleppo'?\n")
    let (tally, tallyErrors, _) = Fixtures.run(&shell, "tally killed by type where place = Alepo")
    #expect(tallyErrors == "")
    #expect(tally.hasSuffix("\nno event has place 'Alepo'; did you mean 'Aleppo'?\n"))
    // Found: nothing to say.
    #expect(Fixtures.run(&shell, "count events where place = Aleppo").1 == "")
  }

  @Test func aValueColumnLeftBehindByAnEditIsNotOffered() {
    // With the query index current, the note reads the place column built by the first where;
    // after the edit no event is in Aleppo any more, whatever the column once held.
    let session = Fixtures.session([
      Fixtures.event("e1", place: "Aleppo"), Fixtures.event("e2", place: "Eastern Ghouta"),
    ])
    var indexed = Fixtures.shell(session)
    var plain = Fixtures.shell(session)
    _ = Fixtures.run(&indexed, "tally events")
    for command in ["count events where place = Homs", "set e1 place = Homs", "events where place = Aleppo"] {
      let (a, _, _) = Fixtures.run(&indexed, command)
      let (b, _, _) = Fixtures.run(&plain, command)
      #expect(a == b, "\(command)")
    }
    #expect(indexed.queryIndex?.values[.place] != nil)
    let (out, _, _) = Fixtures.run(&indexed, "events where place = Aleppo")
    #expect(out.contains("no event has place 'Aleppo'"))
  }
}
