import Foundation
import Testing

@testable import SitrepKit

/// `show a1`: an article's facts, the way `show e1` gives an event's.
@Suite struct ShowArticleTests {
  @Test func showsWhereAnArticleCameFromAndHowItIsDated() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (out, err, _) = Fixtures.run(
      &shell, "load Samples/articles; output csv; drop e2; show a1; set a1 date = 2014-02-14; show a1")
    // With csv output, what the commands did is said on standard error.
    #expect(err == "output csv\nrejected 1 event\nchanged a1; 3 events re-dated\n")
    // CSV rows end in CRLF (RFC 4180).
    let blocks = out.replacingOccurrences(of: "\r\n", with: "\n")
      .components(separatedBy: "field,value\n").dropFirst().map {
        $0.split(separator: "\n").map(String.init).filter {
          !$0.hasPrefix("changed ") && !$0.hasPrefix("sha256,")
        }
      }
    #expect(
      blocks.first == [
        "id,a1",
        "title,Syria Strikes Kill 400 So Far This Month in Aleppo",
        "path,Samples/articles/ap-2014-02-13-aleppo-barrel-bombs.txt",
        "date,2014-02-13 (from the file name 'ap-2014-02-13-aleppo-barrel-bombs.txt')",
        "outlet,AP",
        "dateline,GENEVA",
        "words,360",
        "events,\"4 (1 rejected): e1, e2, e3, e4\"",
      ])
    #expect(blocks.last?.contains("date,2014-02-14 (set by hand)") == true)
  }

  @Test func anUnknownArticleIsAnErrorWithASuggestion() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (_, err, _) = Fixtures.run(&shell, "load Samples/articles; show a3")
    #expect(err.hasPrefix("<input>:1:29: error: no article 'a3'; the articles are a1 to a2"))
  }

  @Test func anEventReadFromAPhotoCaptionSaysSo() throws {
    let dir = Fixtures.temporaryDirectory()
    let text = """
      Airstrike kills 5 in Aleppo

      An airstrike killed five people in Aleppo on Friday, activists said.

      In this image posted online, men look at damaged buildings after airstrikes hit Idlib, Syria, April 28, 2016.

      """
    try text.write(toFile: dir + "/2016-04-30-a.txt", atomically: true, encoding: .utf8)
    var shell = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&shell, "load 2016-04-30-a.txt; why e1; why e2; output csv; show e2; show e1")
    #expect(err == "output csv\n")
    let lines = out.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
    #expect(lines.contains("event: rule type.airstrike, a1 line 3, bytes 29-97"))
    #expect(lines.contains("event: rule type.airstrike, a1 line 5, bytes 99-208, in a photo caption"))
    #expect(lines.filter { $0.hasPrefix("from,") } == ["from,a photo caption: check the picture shows this incident,,"])
  }

  /// A shell that has loaded one article of one sentence with a figure, as e1.
  private func shellWithShelling() throws -> Shell {
    let dir = Fixtures.temporaryDirectory()
    let text = "Shelling in Aleppo\n\nShelling killed at least 5 people in Aleppo on Friday.\n"
    try text.write(toFile: dir + "/2016-04-30-a.txt", atomically: true, encoding: .utf8)
    var shell = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&shell, "load 2016-04-30-a.txt")
    return shell
  }

  @Test func whySaysAFieldWasSetByHand() throws {
    var shell = try shellWithShelling()
    _ = Fixtures.run(&shell, "set e1 killed = 6, injured = 2")
    let (killed, _, _) = Fixtures.run(&shell, "why e1 killed")
    #expect(
      killed == """
        Shelling «killed at least 5 people» in Aleppo on Friday.
        killed: set by hand to 6 people (extracted: at least 5 people)
        killed: rule casualty.killing-n, a1 line 3, bytes 29-53

        """)
    let (injured, err, outcome) = Fixtures.run(&shell, "why e1 injured")
    #expect(outcome == .success, "\(err)")
    #expect(injured == "injured: set by hand to 2 (extracted: none); no text of a1 was read for it\n")
    let (shown, _, _) = Fixtures.run(&shell, "output csv; show e1")
    #expect(shown.contains("killed,6 people — set by hand (extracted: at least 5 people)"))
  }

  /// The sentence `why` marks wraps at words to the screen, the marks counted as a column each.
  @Test func whyWrapsItsSentenceAtWords() throws {
    var shell = try shellWithShelling()
    shell.context.width = 30
    let (out, _, _) = Fixtures.run(&shell, "why e1 killed")
    #expect(
      out.hasSuffix(
        """
        Shelling «killed at least 5
        people» in Aleppo on Friday.
        killed: rule casualty.killing-n, a1 line 3, bytes 29-53

        """))
  }
}
