import Testing

@testable import EventExtraction

@Suite struct ScopeRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var scope: Scope
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence: "Nearly 250 civilians have died in the contested city since April 22.",
      scope: .aggregate),
    Case(sentence: "859 civilians were killed throughout the country in April.", scope: .aggregate),
    Case(sentence: "Barrel bombs killed about 400 people so far this month.", scope: .aggregate),
    Case(sentence: "The death toll rose to 31 on Tuesday.", scope: .aggregate),
    Case(
      sentence: "Airstrikes hit Aleppo Saturday, killing at least five people.", scope: .incident),
    Case(sentence: "On 27 December 2022, gunmen killed a civilian in Noma.", scope: .incident),
  ]

  @Test(arguments: cases) func tellsTotalsFromIncidents(_ c: Case) {
    let w = words(c.sentence)
    let dates = DateRule().mentions(in: w)
    #expect(ScopeRule().scope(in: w, range: 0..<w.count, dates: dates).0 == c.scope)
  }
}
