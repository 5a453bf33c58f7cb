/// A word or phrase that shows an event of some type happened, found by a trigger rule.
public struct Trigger: Sendable, Hashable {
  public var type: EventType
  /// Word indexes `first..<end` of the trigger in its sentence's words.
  public var first: Int
  public var end: Int
  /// The rule that found it (`type.airstrike`, ...).
  public var rule: String

  public init(type: EventType, first: Int, end: Int, rule: String) {
    self.type = type
    self.first = first
    self.end = end
    self.rule = rule
  }
}

/// One event-type rule: finds the triggers of one family of events in a sentence.
public protocol TriggerRule: Sendable {
  /// The rule's name in evidence (`type.airstrike`).
  var id: String { get }
  /// The triggers this rule sees in a sentence's words.
  func triggers(in words: [Word]) -> [Trigger]
  /// The keys (``WordKey``) of words one of which a sentence must contain for the rule to find
  /// anything; nil when the rule must read every sentence. Lets ``TriggerRules`` skip the rule.
  var requiredKeys: [Int]? { get }
}

extension TriggerRule {
  public var requiredKeys: [Int]? { nil }
}

/// The ordered registry of trigger rules the extractor runs.
public enum TriggerRules {
  public static let all: [any TriggerRule] = [
    NoteLabelRule(), SuicideBombingRule(), AirstrikeRule(), ShellingRule(), RemoteExplosiveRule(),
    ArmedClashRule(), TerritoryRule(), SexualViolenceRule(), AbductionRule(), AttackRule(),
    MobViolenceRule(), RiotRule(), ProtestRule(), ArrestRule(), LootingRule(), CeasefireRule(),
    AgreementRule(), NegotiationRule(), EvacuationRule(), MovementRule(),
  ]

  private static let gate = TriggerGate(all)

  /// Every trigger in a sentence, from every rule, in word order.
  ///
  /// Only the rules whose required words the sentence contains run (``TriggerGate``); the
  /// others could find nothing.
  public static func triggers(in words: [Word]) -> [Trigger] {
    var runs = gate.rules(for: words)
    var result: [Trigger] = []
    while runs != 0 {
      let i = runs.trailingZeroBitCount
      runs &= runs - 1
      result += all[i].triggers(in: words)
    }
    guard result.count > 1 else { return result }
    return result.sorted { ($0.first, $0.end) < ($1.first, $1.end) }
  }

  /// The trigger whose type ACLED ranks first (see ``EventType/precedence``).
  public static func best(_ triggers: [Trigger]) -> Trigger? {
    for t in triggers where t.rule == "type.note-label" { return t }
    guard var top = triggers.first else { return nil }
    for t in triggers.dropFirst()
    where (t.type.precedence, t.first) < (top.type.precedence, top.first) {
      top = t
    }
    // Within the top ACLED family the means named most often wins ("shelling, rocket fire and
    // air raids" is shelling; "shelling and airstrikes with barrel bombs" is air strikes).
    // Counted by precedence (one checked slot per type): no dictionary, no strings.
    // The counts live on the stack: a heap array a call was an allocation and a release per
    // draft. Precedences are checked against the slot count as the array's subscript did.
    let family = top.type.family
    let slots = typeCount
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: slots) { counts in
      counts.initialize(repeating: 0)
      for t in triggers where t.type.family == family {
        let p = t.type.precedence
        precondition(p >= 0 && p < slots, "precedence outside the event types")
        counts[p] += 1
      }
      var best: Trigger? = nil
      for t in triggers where t.type.family == family {
        guard let b = best else {
          best = t
          continue
        }
        if (-counts[t.type.precedence], t.type.precedence, t.first)
          < (-counts[b.type.precedence], b.type.precedence, b.first)
        {
          best = t
        }
      }
      return best
    }
  }

  /// How many event types there are: one count slot each in ``best(_:)``.
  private static let typeCount = EventType.allCases.count
}

/// Matches a fixed phrase list and keeps the matches a context check accepts.
struct LexiconMatcher: Sendable {
  let lexicon: PhraseLexicon<Int>

  init(_ phrases: [String]) {
    lexicon = PhraseLexicon(phrases.enumerated().map { ($0.element, $0.offset) })
  }

  /// The keys of the words the phrases start with (see ``TriggerRule/requiredKeys``).
  var headKeys: [Int] { lexicon.headKeys }

  func triggers(
    in words: [Word], type: EventType, rule: String, checkIrrealis: Bool = true,
    accept: (PhraseMatch<Int>) -> Bool = { _ in true }
  ) -> [Trigger] {
    lexicon.matches(in: words).filter { m in
      !(checkIrrealis && Cues.isIrrealis(words, before: m.first)) && accept(m)
    }.map { Trigger(type: type, first: $0.first, end: $0.end, rule: rule) }
  }
}
