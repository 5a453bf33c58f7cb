/// Mob violence: a crowd or group of civilians assaults, lynches or kills someone.
struct MobViolenceRule: TriggerRule {
  let id = "type.mob-violence"
  var requiredKeys: [Int]? {
    Self.matcher.headKeys + AttackRule.verbs.headKeys + Self.crowdVerbs.headKeys
      + Self.crowdClash.map(WordKey.of)
  }
  private static let matcher = LexiconMatcher([
    "lynched", "lynching", "mob", "mob justice", "jungle justice", "vigilante", "beaten to death",
    "stoned to death", "burned alive", "stoned", "burned to death", "burn to death",
    "beat to death", "beaten up", "beat up", "fistfight", "fistfights", "fighting broke out",
    "fight broke out", "fighting erupted", "brawl", "brawls", "scuffle", "scuffles",
    "fist fight", "fist fights", "violence erupted", "fighting that erupted", "fights broke out",
  ])

  /// Verbs of crowd violence beyond the attack verbs.
  private static let crowdVerbs = LexiconMatcher([
    "burned", "burnt", "stoned", "chased", "captured",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    let named = Self.matcher.triggers(in: words, type: .mobViolence, rule: id)
    let crowdViolence = [AttackRule.verbs, Self.crowdVerbs].flatMap {
      $0.triggers(in: words, type: .mobViolence, rule: id, checkIrrealis: false) { m in
        Self.isCrowdViolence(words, m)
      }
    }
    let clash = Self.crowdClashWords  // read once: each read of a `static let` calls `swift_once`
    let brawls = words.indices.filter { i in
      clash.contains(words[i]) && Cues.subjectKind(words, before: i) == .crowd
    }.map { Trigger(type: .mobViolence, first: $0, end: $0 + 1, rule: id) }
    return named + crowdViolence + brawls
  }

  /// Fights that are mob violence when a crowd is their subject.
  private static let crowdClash = ["clashed", "fought", "clash", "clashes", "fighting"]
  private static let crowdClashWords = WordSet(crowdClash)

  /// A crowd (or anyone but an armed group, against a suspected criminal) using violence.
  private static func isCrowdViolence(_ words: [Word], _ m: PhraseMatch<Int>) -> Bool {
    let subject = Cues.subjectKind(words, before: m.first)
    let justice = subject != .armed && Cues.hasSuspectObject(words, after: m.end)
    return (subject == .crowd || justice)
      && !(Cues.isPassive(words, at: m.first) && !AttackRule.byFollows(words, m.end))
  }
}
