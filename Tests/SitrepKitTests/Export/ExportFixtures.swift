import EventExtraction
import Foundation

@testable import SitrepKit

/// A session whose values exercise quoting: commas, quotes, line breaks, open figures.
enum ExportFixtures {
  static let first = "He said \"stop\", then 12 people were killed in Aleppo, Syria."
  static let second = "At least 5 died in Homs."
  static let text = first + "\n" + second

  static var session: Session {
    var session = Session()
    session.articles = [
      Article(
        id: "a1", title: "Aleppo", path: "a1.txt", sha256: ArticleText.sha256(text), text: text,
        date: ArticleDate(day: Day(iso: "2016-05-01"), basis: .stated), outlet: "AP", dateline: nil)
    ]
    let firstEnd = first.utf8.count
    let e1 = Event(
      id: "e1", article: "a1", type: .airstrike, killed: .exactly(12),
      place: Place(
        raw: "Aleppo", name: "Aleppo", precision: .city, admin1: "Aleppo", country: "Syria",
        latitude: 36.2021, longitude: 37.1343),
      date: .on(Day(year: 2016, month: 4, day: 29)), actors: ["Syrian Air Force", "Civilians"],
      source: "activists",
      evidence: Evidence(span: TextSpan(start: 0, end: firstEnd), rule: "test.rule"))
    let e2 = Event(
      id: "e2", article: "a1", type: .shelling, killed: .qualified(.atLeast, 5),
      place: Place(raw: "Homs", name: "Homs", precision: .province, country: "Syria"),
      date: EventDate(
        start: Day(year: 2016, month: 4, day: 1), end: Day(year: 2016, month: 4, day: 5),
        precision: .range),
      partOf: "e1",
      evidence: Evidence(
        span: TextSpan(start: firstEnd + 1, end: text.utf8.count), rule: "test.rule"))
    var s1 = SessionEvent(extracted: e1)
    s1.status = .accepted
    s1.tags = ["checked", "hospital"]
    s1.notes = ["verify, with \"MSF\"\nsecond line"]
    session.events = [s1, SessionEvent(extracted: e2)]
    return session
  }
}
