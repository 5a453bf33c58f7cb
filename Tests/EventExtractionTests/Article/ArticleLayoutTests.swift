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

/// A block that ends in a full date is a photo caption; one that ends in another number, or
/// that says something, is not.
@Suite struct ArticleLayoutDatedCaptionTests {
  @Test(arguments: [
    ("Smoke rises over the city of Aleppo, Syria, April 29, 2016.", BlockRole.caption),
    ("Smoke rises over the city of Aleppo, Syria, April 29, 02016.", .caption),
    ("Smoke rises over the city of Aleppo, Syria, April 29, 2016  .", .caption),
    ("Rebels said shelling hit Aleppo, Syria, April 29, 2016.", .body),
    ("Shelling hit the city of Aleppo, Syria, on April 29, killing 12.", .body),
    ("Smoke rises over the city of Aleppo, Syria, April 29, 1.2016.", .body),
    ("Smoke rises over the city of Aleppo, Syria, April 29, 2200.", .body),
  ])
  func tellsDatedCaptions(block: String, role: BlockRole) {
    let text = "The talks stalled, a U.N. mediator said Thursday.\n\n" + block
    let layout = ArticleLayout(bytes: Array(text.utf8))
    #expect(layout.roles == [.body, role])
  }
}

/// The in-place furniture test answers as lower-casing and `hasPrefix` did.
@Suite struct ArticleLayoutFurnitureTests {
  @Test(arguments: [
    ("To Read The Full Story", true), ("ADVERTISEMENT", true), ("Advertisements here", true),
    ("Watch: the video", true), ("Watch the video", false), ("Read more", true),
    ("Reading more", false), ("", false), ("Share", false), ("share this\r\nnow", true),
    ("Clic\u{212A} here", true), ("Subscribe\u{301}", false), ("Subscribé now", false),
    ("ADVERT\u{130}SEMENT", false), ("Related Stories:", true), ("Copyright 2016 AP", true),
  ])
  func findsFurnitureLikeLowercasedHasPrefix(_ text: String, _ expected: Bool) {
    #expect(ArticleLayout.isFurniture(text) == expected)
    let lower = text.lowercased()
    #expect(ArticleLayout.furniture.contains { lower.hasPrefix($0) } == expected)
  }
}
