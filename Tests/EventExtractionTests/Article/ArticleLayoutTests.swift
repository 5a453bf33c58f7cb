import Testing

@testable import EventExtraction

@Suite struct ArticleLayoutTests {
  @Test func assignsRolesToBlocks() {
    let text = """
      Syria Strikes Kill 400 So Far This Month in Aleppo

      GENEVA (AP) \u{2014}

      The talks stalled, a U.N. mediator said Thursday.

      In this image made from video and posted online fr
      In this image made from video and posted online from Validated UGC, men look at ruins.

      Aleppo flashpoint

      Aleppo has become the latest flashpoint.

      Aleppo has become the latest flashpoint.

      To Read The Full Story

      Click to log in!
      """
    let layout = ArticleLayout(bytes: Array(text.utf8))
    #expect(
      layout.roles == [
        .headline, .dateline, .body, .truncatedCopy, .caption, .heading, .body, .duplicate,
        .furniture, .furniture,
      ])
    #expect(layout.headline == "Syria Strikes Kill 400 So Far This Month in Aleppo")
    #expect(layout.dateline == "GENEVA")
    #expect(layout.outlet == "AP")
  }

  @Test func readsADatelineThatOpensAParagraph() {
    let text = "BEIRUT (Reuters) - Shelling killed five people in Aleppo on Monday."
    let layout = ArticleLayout(bytes: Array(text.utf8))
    #expect(layout.roles == [.body])
    #expect(layout.dateline == "BEIRUT")
    #expect(layout.outlet == "Reuters")
    let x = Extractor().extract(
      ArticleInput(id: "r", text: text, date: Day(year: 2016, month: 5, day: 3)))
    #expect(
      x.events.first?.evidence.span.slice(of: text)
        == "Shelling killed five people in Aleppo on Monday.")
    #expect(x.events.first?.date == .on(Day(year: 2016, month: 5, day: 2)))
  }
}
