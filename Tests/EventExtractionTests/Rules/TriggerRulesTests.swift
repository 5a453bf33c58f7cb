import Testing

@testable import EventExtraction

/// The registry's choice when several rules fire on one sentence.
@Suite struct TriggerRulesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var type: EventType?
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence: "Nearly 250 civilians have died in shelling, rocket fire and air raids.",
      type: .shelling),
    Case(
      sentence: "Government shelling and airstrikes with makeshift barrel bombs killed 400 people.",
      type: .airstrike),
    Case(
      sentence: "Protesters marched to the town hall and police arrested two of them.",
      type: .protest),
    Case(sentence: "Militants attacked the army post and kidnapped a teacher.", type: .armedClash),
    Case(sentence: "Arrests: Police detained a man after gunmen killed a farmer.", type: .arrest),
    Case(sentence: "Aleppo was calmer Sunday, with less fighting.", type: nil),
  ]

  @Test(arguments: cases) func picksTheTypeByAcledPrecedence(_ c: Case) {
    let words = WordScanner.words(c.sentence)
    #expect(TriggerRules.best(TriggerRules.triggers(in: words))?.type == c.type)
  }
}
