import EventExtraction
import Testing

@testable import SitrepKit

@Suite struct CompletionTests {
  private let session = Fixtures.session([
    Fixtures.event("e1", place: "Aleppo"), Fixtures.event("e2", place: "Eastern Ghouta"),
  ])

  private func complete(_ line: String, _ word: String) -> [String] {
    Completion.candidates(for: line, word: word, session: session, workingDirectory: Fixtures.packageRoot)
  }

  @Test func completesWhatFitsThePosition() {
    #expect(complete("ta", "ta") == ["tally", "tag"])
    #expect(complete("events where pl", "pl") == ["place"])
    #expect(complete("events where place = ", "") == ["\"Eastern Ghouta\"", "Aleppo"])
    #expect(complete("events where place=Al", "Al") == ["Aleppo"])
    #expect(complete("events where place = Eas", "Eas") == ["\"Eastern Ghouta\""])
    #expect(complete("show e", "e") == ["e1", "e2"])
    #expect(complete("show a", "a") == ["a1"])
    #expect(complete("output j", "j") == ["json"])
    #expect(complete("load Samples/art", "Samples/art") == ["Samples/articles/"])
    #expect(complete("echo a; cou", "cou") == ["count"])
  }

  @Test func completesExportPathsAndWhatFollowsATallyKey() {
    #expect(complete("export ", "") == ["events", "tally"])
    #expect(complete("export events where killed > 4 to Samples/art", "Samples/art") == ["Samples/articles/"])
    #expect(complete("export tally killed by place to Samples/art", "Samples/art") == ["Samples/articles/"])
    #expect(complete("tally killed by place ", "") == ["where", "in", "sort", "limit"])
    #expect(complete("tally killed by place, month ", "") == ["where", "in", "sort", "limit"])
    #expect(complete("tally killed by place where place ", "") == ["=", "!=", "<", ">", "~", "in", "is"])
    #expect(complete("events where place ", "") == ["=", "!=", "<", ">", "~", "in", "is"])
    #expect(complete("events ", "") == ["where", "sort", "limit", "select"])
    #expect(complete("count events ", "") == ["where", "sort", "limit", "select"])
    #expect(complete("export events ", "") == ["where", "sort", "limit", "to"])
    #expect(complete("tally killed by place in events ", "") == ["where", "sort", "limit"])
    #expect(complete("articles where events ", "") == ["=", "!=", "<", ">", "~", "in", "is"])
  }

  @Test func offersTheSessionsSetsWhereEventsFits() {
    var session = session
    session.sets["hotSyria"] = "events where killed > 4"
    func complete(_ line: String, _ word: String) -> [String] {
      Completion.candidates(for: line, word: word, session: session, workingDirectory: Fixtures.packageRoot)
    }
    #expect(complete("hot", "hot") == ["hotSyria"])
    #expect(complete("hotsyria where pl", "pl") == ["place"])
    #expect(complete("tally killed by place in ", "") == ["events", "hotSyria"])
    #expect(complete("let x = h", "h") == ["hotSyria"])
    #expect(complete("count h", "h") == ["hotSyria"])
  }

  /// e1 tagged "disputed", e2 tagged "dup" and "recheck"; e1 has evidence for its killed
  /// figure (the fixture's) and for its actors, and one under a name `why` cannot read.
  private var editedSession: Session {
    var session = session
    session.events[0].tags = ["disputed"]
    session.events[1].tags = ["dup", "recheck"]
    let evidence = Evidence(span: TextSpan(start: 0, end: 6), rule: "test.actor")
    session.events[0].current.fieldEvidence["actors"] = evidence
    session.events[0].current.fieldEvidence["location"] = evidence
    return session
  }

  private func completeEdited(_ line: String, _ word: String) -> [String] {
    Completion.candidates(for: line, word: word, session: editedSession, workingDirectory: Fixtures.packageRoot)
  }

  @Test(arguments: [
    ("merge e1 ", "", ["e1", "e2"]),
    ("merge e1 e2 e", "e", ["e1", "e2"]),
    ("merge e1, e", "e", ["e1", "e2"]),
    ("unmerge e", "e", ["e1", "e2"]),
    ("drop e", "e", ["e1", "e2", "events"]),
    ("drop e1 e", "e", ["e1", "e2"]),
    ("drop events where pl", "pl", ["place"]),
    ("restore e2", "e2", ["e2"]),
    ("tag e", "e", ["e1", "e2", "events"]),
    ("tag e1 e", "e", ["e1", "e2"]),
    ("untag e1 e", "e", ["e1", "e2"]),
    ("set e", "e", ["e1", "e2", "events"]),
    ("note e", "e", ["e1", "e2"]),
    ("note e1 ", "", []),
    ("log e", "e", ["e1", "e2"]),
    ("show e1 ", "", []),
    ("extract again a", "a", ["a1"]),
  ])
  func completesEventIDsAfterEveryCommandThatTakesThem(line: String, word: String, expected: [String]) {
    #expect(completeEdited(line, word) == expected)
  }

  @Test(arguments: [
    ("tally killed by ", "", [
      "place", "admin1", "country", "type", "acled.type", "actor", "source", "date", "week", "month",
      "year", "article", "tag", "tags", "status", "scope",
    ]),
    ("tally killed by cam", "cam", []),
    ("tally by st", "st", ["status"]),
    ("tally killed by a", "a", ["admin1", "acled.type", "actor", "article"]),
    ("tally killed by place, m", "m", ["month"]),
    ("tally killed by place,t", "t", ["type", "tag", "tags"]),
    ("export tally events by s", "s", ["source", "status", "scope"]),
    ("tally killed by place where s", "s", ["source", "scope", "status"]),
  ])
  func offersOnlyTallyKeysInATallysKeyList(line: String, word: String, expected: [String]) {
    #expect(completeEdited(line, word) == expected)
  }

  @Test func offersTheFieldsWhyCanMark() {
    #expect(completeEdited("why e1 ", "") == ["actors", "killed"])
    #expect(completeEdited("why e2 ", "") == ["killed"])
    #expect(completeEdited("why e9 ", "") == [])
    #expect(completeEdited("why e1 killed ", "") == [])
  }

  @Test(arguments: [
    ("set e1 ", "", [
      "type", "killed", "killed.low", "killed.high", "injured", "injured.low", "injured.high",
      "victims", "place", "latitude", "longitude", "date", "scope", "part_of", "actors", "actor",
      "target", "source", "status", "note",
    ]),
    ("set e1 k", "k", ["killed", "killed.low", "killed.high"]),
    ("set e1 e", "e", ["e1", "e2"]),
    ("set e1 e2 : st", "st", ["status"]),
    ("set e1 killed = 5, sc", "sc", ["scope"]),
    ("set e1 status = ", "", ["extracted", "accepted", "corrected", "rejected", "manual"]),
    ("set e1 status=r", "r", ["rejected"]),
    ("set e1 scope = ", "", ["incident", "aggregate"]),
    ("set e1 type = s", "s", ["shelling", "\"suicide bombing\"", "\"sexual violence\""]),
    ("set e1 part_of = e", "e", ["e1", "e2"]),
    ("set e1 place = ", "", ["\"Eastern Ghouta\"", "Aleppo"]),
    ("set events where killed > 4 : sta", "sta", ["status"]),
    ("set events where ki", "ki", ["killed", "killed.low", "killed.high"]),
    ("set e1 status = accepted ", "", []),
    ("set a1 ", "", ["date", "title", "source"]),
    ("set a1 t", "t", ["title"]),
    ("set a1 date = 2016-04-30, ", "", ["date", "title", "source"]),
  ])
  func offersSettableFieldsAndTheirValues(line: String, word: String, expected: [String]) {
    #expect(completeEdited(line, word) == expected)
  }

  @Test(arguments: [
    ("tag e1 : ", "", ["disputed", "dup", "recheck"]),
    ("tag e1 e2 : d", "d", ["disputed", "dup"]),
    ("tag e1 ", "", ["disputed", "dup", "recheck"]),
    ("untag e2: r", "r", ["recheck"]),
    ("tag events where killed > 4 : ", "", ["disputed", "dup", "recheck"]),
  ])
  func offersTheTagsInUseAsTagNames(line: String, word: String, expected: [String]) {
    #expect(completeEdited(line, word) == expected)
  }
}
