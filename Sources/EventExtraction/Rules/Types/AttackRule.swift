/// Violence against civilians: an armed or unidentified actor kills, shoots or assaults people.
///
/// The verb must have an agent: active voice ("gunmen killed a farmer") or a passive with `by`.
/// A crowd as subject makes it mob violence (``MobViolenceRule``); an armed victim makes it a
/// battle (``ArmedClashRule``).
struct AttackRule: TriggerRule {
  let id = "type.attack"
  var requiredKeys: [Int]? { Self.verbs.headKeys }
  static let verbs = LexiconMatcher([
    "killed", "shot", "shot dead", "assassinated", "murdered", "executed", "beheaded",
    "decapitated", "slit the throat", "slit", "stabbed", "hacked", "assaulted", "beat", "beaten",
    "tortured", "wounded", "injured", "attacked", "attack", "attacks", "raided", "massacred",
    "shot and killed", "opened fire", "fired on", "fired at", "whipped", "mutilated",
    "burned alive",
    "lynched", "molested", "flogged", "set ablaze",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.verbs.triggers(in: words, type: .attack, rule: id) { m in
      let passive = Cues.isPassive(words, at: m.first)
      let agent = passive && Self.byFollows(words, m.end)
      // "was attacked at his home" implies an attacker; "were killed" does not.
      if passive && !agent && !Self.agentive.contains(words[m.first]) { return false }
      if passive { return !Cues.hasArmedObject(words, before: m.first) }
      let subject = Cues.subjectKind(words, before: m.first)
      if subject == .crowd { return false }
      if subject == nil && Cues.hasSuspectObject(words, after: m.end) { return false }
      return !Cues.hasArmedObject(words, after: m.end, within: 4)
    }
  }

  /// Verbs whose passive still implies an attacker.
  private static let agentive: WordSet = [
    "attacked", "assaulted", "shot", "stabbed", "beaten", "hacked", "beheaded", "decapitated",
    "assassinated", "murdered", "executed", "tortured", "whipped", "mutilated", "raided",
  ]

  static func byFollows(_ words: [Word], _ i: Int) -> Bool {
    words[i..<min(words.count, i + 3)].contains { $0.lower == "by" }
  }
}
