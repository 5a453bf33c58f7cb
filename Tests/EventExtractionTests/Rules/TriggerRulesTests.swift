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
    #expect(TriggerRules.best(TriggerRules.triggers(in: words(c.sentence)))?.type == c.type)
  }

  /// Built triggers, for checking ``TriggerRules/best(_:)`` on a chosen list.
  static func trigger(_ type: EventType, at first: Int, rule: String = "type.test") -> Trigger {
    Trigger(type: type, first: first, end: first + 1, rule: rule)
  }

  struct ListCase: CustomTestStringConvertible, Sendable {
    var name: String
    var triggers: [Trigger]
    /// Index in `triggers` of the expected best, nil for none.
    var best: Int?
    var testDescription: String { name }
  }

  static let lists: [ListCase] = [
    ListCase(name: "empty", triggers: [], best: nil),
    ListCase(
      name: "a note label wins even after a higher-precedence trigger",
      triggers: [
        trigger(.airstrike, at: 0), trigger(.arrest, at: 3, rule: "type.note-label"),
        trigger(.protest, at: 5, rule: "type.note-label"),
      ], best: 1),
    ListCase(
      name: "the means named most often in the top family",
      triggers: [
        trigger(.airstrike, at: 9), trigger(.shelling, at: 1), trigger(.shelling, at: 4),
        trigger(.attack, at: 0),
      ], best: 1),
    ListCase(
      name: "a tie in counts goes to precedence, then position",
      triggers: [
        trigger(.shelling, at: 6), trigger(.airstrike, at: 8), trigger(.airstrike, at: 2),
        trigger(.shelling, at: 1),
      ], best: 2),
    ListCase(
      name: "other families do not count",
      triggers: [
        trigger(.riot, at: 0), trigger(.protest, at: 2), trigger(.protest, at: 5),
        trigger(.mobViolence, at: 7),
      ], best: 3),
    ListCase(
      name: "the earliest of equal triggers",
      triggers: [trigger(.arrest, at: 4), trigger(.arrest, at: 2), trigger(.arrest, at: 2)],
      best: 1),
  ]

  @Test(arguments: lists) func picksTheBestOfAList(_ c: ListCase) {
    let found = TriggerRules.best(c.triggers)
    let expected = c.best.map { c.triggers[$0] }
    #expect(found == expected)
  }

  /// ``EventType/family`` groups exactly the types that share ACLED's event type.
  @Test func familiesFollowAcledEventTypes() {
    for a in EventType.allCases {
      for b in EventType.allCases {
        #expect(
          (a.family == b.family) == (a.acled?.eventType == b.acled?.eventType),
          "\(a) and \(b)")
      }
    }
  }
}
