import Testing

@testable import EventExtraction

@Suite struct DayTests {
  @Test func parsesAndPrintsISODates() {
    #expect(Day(iso: "2016-04-29") == Day(year: 2016, month: 4, day: 29))
    #expect(Day(iso: "2016-02-30") == nil)
    #expect(Day(iso: "2016-4-29") == nil)
    #expect(Day(year: 2016, month: 4, day: 29).description == "2016-04-29")
  }

  @Test(arguments: [
    (Day(year: 2016, month: 4, day: 29), "2016-04-29"),
    (Day(year: 987, month: 12, day: 1), "0987-12-01"),
    (Day(year: 9999, month: 10, day: 31), "9999-10-31"),
    (Day(year: 12021, month: 1, day: 2), "12021-01-02"),
    (Day(year: -5, month: 3, day: 4), "00-5-03-04"),
  ])
  func printsPaddedFields(_ day: Day, _ text: String) {
    #expect(day.description == text)
  }

  @Test func knowsWeekdaysAndArithmetic() {
    let friday = Day(year: 2016, month: 4, day: 29)
    #expect(friday.weekday == 4)
    #expect(friday.adding(days: 2) == Day(year: 2016, month: 5, day: 1))
    #expect(Day(year: 2014, month: 2, day: 13).weekday == 3)
    #expect(Day(ordinal: 0) == Day(year: 1970, month: 1, day: 1))
  }
}
