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
    #expect(complete("tally killed by place ", "") == ["where", "in", "limit"])
    #expect(complete("tally killed by place, month ", "") == ["where", "in", "limit"])
    #expect(complete("tally killed by place where place ", "") == ["=", "!=", "<", ">", "~", "in", "is"])
    #expect(complete("events where place ", "") == ["=", "!=", "<", ">", "~", "in", "is"])
    #expect(complete("events ", "") == ["where", "sort", "limit", "select"])
    #expect(complete("count events ", "") == ["where", "sort", "limit", "select"])
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
}
