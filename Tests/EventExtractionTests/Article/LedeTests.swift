import Testing

@testable import EventExtraction

@Suite struct LedeTests {
  @Test(arguments: [
    ("Shelling killed five people in Aleppo on Monday.", "Shelling killed five people in Aleppo on Monday."),
    (
      "Russia said Sunday that new talks are under way to halt the Syrian bombardment of the rebel "
        + "stronghold in Aleppo after the United States demanded a truce.",
      "Russia said Sunday that new talks are under way to halt the Syrian bombardment of the rebel "
        + "stronghold in Aleppo after…"
    ),
    (String(repeating: "a", count: 130), String(repeating: "a", count: 119) + "…"),
    (
      String(repeating: "word ", count: 22) + "Aleppo, Syria, in April",
      String(repeating: "word ", count: 22) + "Aleppo…"
    ),
  ])
  func cutsALongSentenceAtAWord(sentence: String, title: String) {
    #expect(Lede.title(from: sentence) == title)
    #expect(Lede.title(from: sentence).count <= Lede.maximumLength)
  }

  @Test func namesAnArticleThatOpensWithACaptionByItsLede() {
    let caption = "Smoke rises after airstrikes on al-Sakhour, Aleppo, Syria, April 29, 2016."
    let text = """
      \(caption)
      \(caption)

      ALEPPO (AP) \u{2014} Shelling killed five people in Aleppo on Monday. Talks stalled.
      """
    let extraction = Extractor().extract(ArticleInput(id: "a", text: text))
    #expect(extraction.title == "Shelling killed five people in Aleppo on Monday.")
    // A headline, or a title given with the article, comes first.
    let titled = Extractor().extract(ArticleInput(id: "a", text: text, title: "Given"))
    #expect(titled.title == "Given")
    let headed = Extractor().extract(ArticleInput(id: "a", text: "Aleppo Shelled\n\n" + text))
    #expect(headed.title == "Aleppo Shelled")
  }
}
