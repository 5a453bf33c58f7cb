import Testing

@testable import SitrepKit

/// `evaluate` in the shell: the extractor's proposals against the analyst's decisions, per field.
@Suite struct SessionEvaluateTests {
  @Test func scoresOnlyTheFieldsProposedOrNeeded() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
        Fixtures.event("e2"),
        Fixtures.event("e3", killed: .exactly(3), place: "Homs"),
      ]))
    let (out, _, _) = Fixtures.run(
      &shell, "output csv; set e1 killed = 7; set e2 status = accepted; drop e3; evaluate")
    // e1 corrected, e2 kept as extracted, e3 rejected. No event has an injured figure, actors,
    // a target or a source: those are not scored. The rejected e3 counts against the fields it
    // proposed.
    #expect(
      out.split(separator: "\r\n").map(String.init) == [
        "field,as extracted,corrected,filled by hand,precision,recall",
        "type,2,0,0,67%,100%",
        "killed,0,1,0,0%,0%",
        "injured,0,0,0,–,–",
        "place,2,0,0,67%,100%",
        "date,2,0,0,67%,100%",
        "actors,0,0,0,–,–",
        "target,0,0,0,–,–",
        "source,0,0,0,–,–",
        "scope,2,0,0,67%,100%",
      ])
  }
}
