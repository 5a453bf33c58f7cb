import Testing

@testable import SitrepKit

/// `show a1`: an article's facts, the way `show e1` gives an event's.
@Suite struct ShowArticleTests {
  @Test func showsWhereAnArticleCameFromAndHowItIsDated() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (out, err, _) = Fixtures.run(
      &shell, "load Samples/articles; output csv; drop e2; show a1; set a1 date = 2014-02-14; show a1")
    #expect(err == "")
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
    #expect(err.hasPrefix("<input>:1:29: error: no article 'a3'; did you mean 'a1'?"))
  }
}
