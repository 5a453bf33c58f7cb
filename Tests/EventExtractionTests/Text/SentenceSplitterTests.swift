import Foundation
import Testing

@testable import EventExtraction

@Suite struct SentenceSplitterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var sentences: [String]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(
      text: "U.N. rights chief Zeid said so. U.S. President Barack Obama agreed.",
      sentences: ["U.N. rights chief Zeid said so.", "U.S. President Barack Obama agreed."]),
    Case(
      text: "Lt.-Gen. Sergei Kuralenko sits at Hemeimeem. He spoke.",
      sentences: ["Lt.-Gen. Sergei Kuralenko sits at Hemeimeem.", "He spoke."]),
    Case(
      text: "Gov. Talal Barrazi said the truce holds. Dr. J. Smith agreed.",
      sentences: ["Gov. Talal Barrazi said the truce holds.", "Dr. J. Smith agreed."]),
    Case(
      text: "Prices rose 2.5 percent. \"We are calling,\" he said. Then? Nothing!",
      sentences: ["Prices rose 2.5 percent.", "\"We are calling,\" he said.", "Then?", "Nothing!"]),
    Case(
      text: "Aleppo flashpoint\n\nAleppo has become the latest flashpoint.",
      sentences: ["Aleppo flashpoint", "Aleppo has become the latest flashpoint."]),
    Case(
      text: "Syria Strikes Kill 400\nGENEVA (AP) \u{2014}",
      sentences: ["Syria Strikes Kill 400", "GENEVA (AP) -"]),
    Case(
      text: "Gunmen attacked the village of Kofounou on Sunday and\nkilled two farmers who were\n"
        + "working in the fields near the river. Police said.",
      sentences: [
        "Gunmen attacked the village of Kofounou on Sunday and killed two farmers who were "
          + "working in the fields near the river.",
        "Police said.",
      ]),
    Case(
      text: "In this image made from video and posted online fr\n"
        + "In this image made from video and posted online from Validated UGC, men look.",
      sentences: [
        "In this image made from video and posted online fr",
        "In this image made from video and posted online from Validated UGC, men look.",
      ]),
  ]

  @Test(arguments: cases) func splits(_ c: Case) {
    #expect(SentenceSplitter().sentences(in: c.text).map(\.text) == c.sentences)
  }

  @Test func mapsSentenceSpansBackToTheOriginal() {
    let text = "Title line\n\nThe country\u{2019}s largest city\nwas hit.  Nothing else."
    let sentences = SentenceSplitter().sentences(in: text)
    #expect(sentences.count == 3)
    let second = sentences[1]
    #expect(second.text == "The country's largest city was hit.")
    #expect(second.span.slice(of: text) == "The country\u{2019}s largest city\nwas hit.")
    // "country's" in normalised text maps to "country’s" in the original.
    let local = TextSpan(start: 4, end: 13)
    #expect(second.originalSpan(local).slice(of: text) == "country\u{2019}s")
    #expect(sentences[2].offsets.isEmpty)
    #expect(sentences[2].span.slice(of: text) == "Nothing else.")
  }

  @Test func splitsTheSeedArticleIntoBlocksAndSentences() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../Samples/articles/voa-2016-05-01-aleppo-talks.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let sentences = SentenceSplitter().sentences(in: text)
    #expect(sentences.count == 24)
    #expect(sentences.first?.text.hasPrefix("Smoke rises after airstrikes") == true)
    #expect(sentences[9].text == "Aleppo flashpoint")
    #expect(sentences[23].text == "More Coverage")
    for s in sentences {
      #expect(TextNormalizer.normalize(s.span.slice(of: text)).text == s.text)
    }
  }
}
