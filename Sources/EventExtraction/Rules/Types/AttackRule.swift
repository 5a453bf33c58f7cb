/// Violence against civilians: an armed or unidentified actor kills, shoots or assaults people.
///
/// The verb must have an agent: active voice ("gunmen killed a farmer") or a passive with `by`.
/// A crowd as subject makes it mob violence (``MobViolenceRule``); an armed victim makes it a
/// battle (``ArmedClashRule``).
struct AttackRule: TriggerRule {
  let id = "type.attack"
  static let verbs = LexiconMatcher([
    "killed", "shot", "shot dead", "assassinated", "murdered", "executed", "beheaded",
    "decapitated", "slit the throat", "slit", "stabbed", "hacked", "assaulted", "beat", "beaten",
    "tortured", "wounded", "injured", "attacked", "attack", "attacks", "raided", "massacred",
    "shot and killed", "opened fire", "fired on", "fired at", "whipped", "mutilated", "burned alive",
    "lynched", "molested", "flogged", "set ablaze",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.verbs.triggers(in: words, type: .attack, rule: id) { m in
      if Cues.isPassive(words, at: m.first) && !Self.byFollows(words, m.end) { return false }
      let subject = Cues.subjectKind(words, before: m.first)
      if subject == .crowd { return false }
      if subject == nil && Cues.hasSuspectObject(words, after: m.end) { return false }
      return !Cues.hasArmedObject(words, after: m.end, within: 4)
    }
  }

  static func byFollows(_ words: [Word], _ i: Int) -> Bool {
    words[i..<min(words.count, i + 3)].contains { $0.lower == "by" }
  }
}
