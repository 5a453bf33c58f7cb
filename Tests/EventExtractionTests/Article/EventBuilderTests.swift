import Testing

@testable import EventExtraction

/// How sentences become events: parts, continuations and restatements.
@Suite struct EventBuilderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    /// "type@place" per event, in order.
    var events: [String]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(
      text:
        "On 6 April 2021, a number of people demonstrated in the town of Bante. The demonstrators barricaded roads and burned tires.",
      events: ["riot@Banté"]),
    Case(
      text:
        "On 3 June 2020, suspected militants attacked an army patrol near Kandi. Two soldiers were killed.",
      events: ["armed clash@Kandi"]),
    Case(
      text:
        "Soldiers arrested 20 men in Materi on Monday. Later the community protested against the arrests in Materi.",
      events: ["arrest@Materi", "protest@Materi"]),
    Case(
      text: "A truce held in Homs on Monday.\n\nThe Homs governor said the truce will be extended.",
      events: ["ceasefire@Homs"]),
    Case(
      text: "Shelling killed 12 people in Aleppo on Monday.\n\n\"Shelling killed 12 people, all civilians,\" an activist said.",
      events: ["shelling@Aleppo"]),
  ]

  @Test(arguments: cases) func readsEventsFromSentences(_ c: Case) {
    let x = Extractor().extract(
      ArticleInput(id: "t", text: c.text, date: Day(year: 2021, month: 4, day: 7)))
    #expect(x.events.map { "\($0.type.rawValue)@\($0.place?.name ?? "-")" } == c.events)
  }

  @Test func foldsAPartWithoutItsOwnTriggerIntoTheWhole() throws {
    let text =
      "The group said 859 civilians, including 143 children, were killed throughout the country in April."
    let x = Extractor().extract(
      ArticleInput(id: "t", text: text, date: Day(year: 2016, month: 5, day: 1)))
    let e = try #require(x.events.first)
    #expect(x.events.count == 1)
    #expect(e.killed?.best == 859)
    #expect(e.killed?.parts == [CasualtyPart(group: "children", count: 143)])
    #expect(e.scope == .aggregate)
    #expect(e.type == .aggregateReport)
  }
}
