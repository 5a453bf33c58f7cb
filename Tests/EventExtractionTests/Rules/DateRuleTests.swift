import Testing

@testable import EventExtraction

@Suite struct DateRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var articleDate: String?
    var start: String?
    var end: String?
    var precision: DatePrecision?
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence: "Smoke rises after airstrikes on Aleppo, Syria, April 29, 2016.", articleDate: nil,
      start: "2016-04-29", end: "2016-04-29", precision: .day),
    Case(
      sentence: "On 27 December 2022, unidentified armed group slit the throat of a civilian.",
      articleDate: nil, start: "2022-12-27", end: "2022-12-27", precision: .day),
    Case(
      sentence:
        "About 30 airstrikes hit rebel-held areas of Aleppo Saturday, killing at least five.",
      articleDate: "2016-05-01", start: "2016-04-30", end: "2016-04-30", precision: .day),
    Case(
      sentence: "nearly 250 civilians have died in the contested city since April 22",
      articleDate: "2016-05-01", start: "2016-04-22", end: "2016-05-01", precision: .range),
    Case(
      sentence: "859 civilians were killed throughout the country in April.",
      articleDate: "2016-05-01", start: "2016-04-01", end: "2016-04-30", precision: .month),
    Case(
      sentence: "barrel bombs killed about 400 people so far this month.",
      articleDate: "2014-02-13", start: "2014-02-01", end: "2014-02-13", precision: .range),
    Case(
      sentence: "a freeze in fighting had been extended by another 24 hours, into Monday.",
      articleDate: "2016-05-01", start: "2016-05-01", end: "2016-05-02", precision: .range),
    Case(
      sentence: "a cease-fire in Homs has been extended for three days as of Thursday",
      articleDate: "2014-02-13", start: "2014-02-13", end: "2014-02-16", precision: .range),
    Case(
      sentence: "Hundreds of civilians have been evacuated from Homs since Friday.",
      articleDate: "2014-02-13", start: "2014-02-07", end: "2014-02-13", precision: .range),
    Case(
      sentence: "United Nations monitors reported last week that the truce failed.",
      articleDate: "2016-05-01", start: "2016-04-18", end: "2016-04-24", precision: .week),
    Case(
      sentence: "Russia said Sunday that new talks are under way.", articleDate: nil, start: nil,
      end: nil, precision: nil),
  ]

  @Test(arguments: cases) func resolvesTheFirstDatePhrase(_ c: Case) throws {
    let mention = try #require(DateRule().mentions(in: words(c.sentence)).first)
    let resolved = mention.expression.resolve(articleDate: c.articleDate.flatMap(Day.init(iso:)))
    #expect(resolved?.start.description == c.start)
    #expect(resolved?.end.description == c.end)
    #expect(resolved?.precision == c.precision)
  }

  @Test func infersTheArticleDateFromTheLatestDateAndAReportedWeekday() {
    let text =
      "Smoke rises over Aleppo, Syria, April 29, 2016.\n\nRussia said Sunday that talks began.\n"
      + "\nA commander sat at Hemeimeem air base in Syria, March 4, 2016."
    let sentences = SentenceSplitter().sentences(in: text).map { ($0, words(of: $0)) }
    let date = ArticleDateRule().articleDate(sentences: sentences)
    #expect(date.day == Day(year: 2016, month: 5, day: 1))
    #expect(date.basis == .inferred)
  }

  @Test func leavesTheArticleDateUnknownWithoutAnExplicitDate() {
    let text = "The talks stalled, a U.N. mediator said Thursday."
    let sentences = SentenceSplitter().sentences(in: text).map { ($0, words(of: $0)) }
    #expect(ArticleDateRule().articleDate(sentences: sentences) == .unknown)
  }
}
