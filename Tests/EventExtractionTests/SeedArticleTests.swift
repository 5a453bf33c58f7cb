import Foundation
import Testing

@testable import EventExtraction

@Suite struct SeedArticleTests {
  static let voa = "voa-2016-05-01-aleppo-talks.txt"
  static let ap = "ap-2014-02-13-aleppo-barrel-bombs.txt"

  @Test func dumpsTheSeeds() throws {
    for (name, date) in [(Self.voa, nil), (Self.ap, Day(year: 2014, month: 2, day: 13))] {
      let text = try DevData.sample(name)
      let x = Extractor().extract(ArticleInput(id: name, text: text, date: date))
      print(ExtractionDump.render(x, text: text))
    }
  }
}
