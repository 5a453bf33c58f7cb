import Testing

@testable import EventExtraction

/// The gate skips only rules that could have found nothing.
@Suite struct TriggerGateTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    /// The rules (ids) the gate must wake, besides those that read every sentence.
    var woken: Set<String>
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(sentence: "The weather stayed mild on Sunday.", woken: []),
    // "was" starts "was seen" (movement): woken, though nothing is found.
    Case(sentence: "The weather was mild on Sunday.", woken: ["type.movement"]),
    Case(
      sentence: "Government warplanes killed 12 people.",
      woken: ["type.airstrike", "type.attack", "type.mob-violence", "type.armed-clash"]),
    Case(
      sentence: "Protesters burned tyres in the capital.",
      woken: ["type.riot", "type.protest", "type.mob-violence", "type.attack", "type.looting"]),
    // "held" starts "held hostage".
    Case(sentence: "A cease-fire held in Aleppo.", woken: ["type.ceasefire", "type.abduction"]),
    Case(
      sentence: "Residents fought with a suspected thief.",
      woken: ["type.mob-violence", "type.armed-clash"]),
  ]

  @Test(arguments: cases) func wakesTheRulesWhoseWordsTheSentenceHas(_ c: Case) {
    let gate = TriggerGate(TriggerRules.all)
    let bits = gate.rules(for: words(c.sentence))
    let woken = Set(
      TriggerRules.all.indices.filter { bits & (1 << UInt64($0)) != 0 }.map {
        TriggerRules.all[$0].id
      })
    #expect(woken == c.woken.union(["type.note-label"]))
  }

  static let sentences: [String] =
    TriggerRulesTests.cases.map(\.sentence) + [
      "Demonstrators threw stones at the police after the vote.",
      "A mob beat a suspected thief to death in Cotonou.",
      "Soldiers clashed with gunmen who attacked the army post.",
      "Arrests: Police detained a man after gunmen killed a farmer.",
      "Villagers fought with armed men; the crowd chased them away.",
      "Unknown gunmen shot dead a teacher near Tanguieta on 3 March.",
      "Looting: shops were ransacked and burned down in the market.",
    ]

  @Test(arguments: sentences) func findsWhatEveryRuleRunFinds(_ sentence: String) {
    let w = words(sentence)
    let everyRule = TriggerRules.all.flatMap { $0.triggers(in: w) }.sorted {
      ($0.first, $0.end) < ($1.first, $1.end)
    }
    #expect(TriggerRules.triggers(in: w) == everyRule)
    // Every sentence but the calm one has a trigger, so the comparison is not between nothings.
    #expect(everyRule.isEmpty == sentence.hasPrefix("Aleppo was calmer"))
  }
}
