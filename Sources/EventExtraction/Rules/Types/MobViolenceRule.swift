/// Mob violence: a crowd or group of civilians assaults, lynches or kills someone.
struct MobViolenceRule: TriggerRule {
  let id = "type.mob-violence"
  private static let matcher = LexiconMatcher([
    "lynched", "lynching", "mob", "mob justice", "jungle justice", "vigilante", "beaten to death",
    "stoned to death", "burned alive", "stoned", "burned to death", "burn to death",
    "beat to death", "beaten up", "beat up", "fistfight", "fistfights", "fighting broke out",
    "fight broke out", "fighting erupted", "brawl", "brawls", "scuffle", "scuffles",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    let named = Self.matcher.triggers(in: words, type: .mobViolence, rule: id)
    let crowdViolence = AttackRule.verbs.triggers(
      in: words, type: .mobViolence, rule: id, checkIrrealis: false
    ) { m -> Bool in
      let subject = Cues.subjectKind(words, before: m.first)
      let justice = subject != .armed && Cues.hasSuspectObject(words, after: m.end)
      return (subject == .crowd || justice)
        && !(Cues.isPassive(words, at: m.first) && !AttackRule.byFollows(words, m.end))
    }
    let crowdClash = ["clashed", "fought", "clash", "clashes", "fighting"]
    let brawls = words.indices.filter { i in
      crowdClash.contains(words[i].lower) && Cues.subjectKind(words, before: i) == .crowd
    }.map { Trigger(type: .mobViolence, first: $0, end: $0 + 1, rule: id) }
    return named + crowdViolence + brawls
  }
}
