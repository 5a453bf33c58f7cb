import Testing

@testable import EventExtraction

@Suite struct DayTests {
  @Test func parsesAndPrintsISODates() {
    #expect(Day(iso: "2016-04-29") == Day(year: 2016, month: 4, day: 29))
    #expect(Day(iso: "2016-02-30") == nil)
    #expect(Day(iso: "2016-4-29") == nil)
    #expect(Day(year: 2016, month: 4, day: 29).description == "2016-04-29")
  }

  @Test func knowsWeekdaysAndArithmetic() {
    let friday = Day(year: 2016, month: 4, day: 29)
    #expect(friday.weekday == 4)
    #expect(friday.adding(days: 2) == Day(year: 2016, month: 5, day: 1))
    #expect(Day(year: 2014, month: 2, day: 13).weekday == 3)
    #expect(Day(ordinal: 0) == Day(year: 1970, month: 1, day: 1))
  }
}
