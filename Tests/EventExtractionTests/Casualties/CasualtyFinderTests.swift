import Foundation
import Testing

@testable import EventExtraction

/// The finder over whole seed articles, and figures that must never be read as victims.
@Suite struct CasualtyFinderTests {
  static let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples/articles")

  /// Every mention in an article, line by line and sentence by sentence, in the line format
  /// of `CasualtyCase`.
  static func mentions(inArticle name: String) throws -> [String] {
    let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
    var lines: [String] = []
    for line in text.split(separator: "\n") {
      for sentence in CasualtyTally.sentences(of: String(line)) {
        lines += CasualtyFinder().mentions(in: sentence).map {
          CasualtyCase.line($0, in: sentence.text)
        }
      }
    }
    return lines
  }

  @Test func readsTheVOAAleppoArticle() throws {
    #expect(
      try Self.mentions(inArticle: "voa-2016-05-01-aleppo-talks.txt") == [
        "killed -/250/250 nearly [nearly 250] victims=civilians partOf=- span=[nearly 250 civilians have died]",
        "killed 50/50/- at least [at least 50] victims=people partOf=0 span=[including at least 50 people]",
        "killed 859/859/859 exact [859] victims=civilians partOf=- span=[859 civilians, including 143 children, were killed]",
        "killed 143/143/143 exact [143] victims=children partOf=0 span=[including 143 children]",
        "killed 5/5/- at least [at least five] victims=people partOf=- span=[killing at least five people]",
      ])
  }

  @Test func readsTheAPBarrelBombArticle() throws {
    #expect(
      try Self.mentions(inArticle: "ap-2014-02-13-aleppo-barrel-bombs.txt") == [
        "killed 400/400/400 exact [400] victims=- partOf=- span=[Kill 400]",
        "killed -/400/- about [about 400] victims=people partOf=- span=[killed about 400 people]",
      ])
  }

  static let notVictims: [CasualtyCase] = [
    CasualtyCase(
      "Aleppo has become the latest flashpoint in the five years of fighting in Syria between forces loyal to Syrian President Bashar al-Assad and rebel groups trying to overthrow his regime.",
      []),
    CasualtyCase(
      "More than 80 international and Syrian non-government organizations signed an urgent statement Friday demanding that U.S. President Barack Obama and Russian President Vladimir Putin respond to appeals by the United Nations and try to stop the bloodshed.",
      []),
    CasualtyCase(
      "Kuralenko, speaking from Russia's Hmeimim air base, also said that a freeze in fighting in Eastern Ghouta, a suburb to the east of the capital Damascus, had been extended by another 24 hours, into Monday.",
      []),
    CasualtyCase(
      "They come as a cease-fire in the central city of Homs has been extended for three days as of Thursday in order to allow more people to leave besieged rebel-held parts of the city, the Homs governor said.",
      []),
    CasualtyCase(
      "Hundreds of civilians have been evacuated from Homs since Friday when a rare cease-fire went into effect.",
      []),
    CasualtyCase(
      "Lt.-Gen. Sergei Kuralenko, the head of the Russian military coordination center, sits at Hemeimeem air base in Syria, March 4, 2016.",
      []),
    CasualtyCase(
      "No one was killed in the blast.",
      []),
    CasualtyCase(
      "There were no casualties in the attack.",
      []),
    CasualtyCase(
      "Dozens of casualties were reported after the explosion.",
      []),
    CasualtyCase(
      "A farmer shot and killed five oxen that had strayed into his field.",
      []),
    CasualtyCase(
      "Five people were killed in 2014 alone, and 30 percent of the dead were children.",
      [
        "killed 5/5/5 exact [Five] victims=people partOf=- span=[Five people were killed]"
      ]),
  ]

  @Test(arguments: notVictims) func ignoresFiguresThatCountNoVictims(_ c: CasualtyCase) {
    c.check()
  }

  @Test func spansAreSentenceLocal() {
    let text = "Officials said. Gunmen killed 3 people."
    let second = CasualtyTally.sentences(of: text)[1]
    #expect(second.text == "Gunmen killed 3 people.")
    let mention = CasualtyFinder().mentions(in: second)[0]
    #expect(mention.span == TextSpan(start: 7, end: 22))
    #expect(mention.numberSpan == TextSpan(start: 14, end: 15))
    #expect(second.originalSpan(mention.numberSpan) == TextSpan(start: 30, end: 31))
  }
}
