/// Small word lists the trigger rules share: who acts, who is hit, and what is not a fact.
enum Cues {
  /// Unorganised crowds: their violence is mob violence or a riot, not an armed attack.
  // Cue words compared by key first (as word sets compare), then as strings.
  private static let to = WordKey.of("to")
  private static let group = WordKey.of("group")
  private static let number = WordKey.of("number")

  /// Words that cannot follow a purpose "to", and auxiliaries of a passive, as sets: array
  /// literals in the tests were arrays allocated at each call.
  private static let notPurposeVerbs: WordSet = ["a", "the", "an", "be", "have", "been"]
  private static let passiveAuxiliaries: WordSet = [
    "was", "were", "been", "be", "being", "is", "are", "got",
  ]
  static let crowd: WordSet = [
    "villagers", "locals", "residents", "inhabitants", "youths", "youth", "population",
    "populations", "mob", "mobs", "crowd", "crowds", "relatives", "students", "traders",
    "vendors", "motorcyclists", "drivers", "neighbours", "neighbors", "rioters", "protesters",
    "demonstrators", "passers-by", "onlookers", "smugglers", "bystanders",
  ]

  /// Organised armed actors.
  static let armed: WordSet = [
    "gunmen", "gunman", "armed", "militants", "militant", "jihadists", "jihadist", "jnim",
    "insurgents", "rebels", "soldiers", "soldier", "army", "military", "police", "policemen",
    "policeman", "gendarmes", "gendarmerie", "forces", "troops", "bandits", "assailants",
    "attackers", "hunters", "militia", "militiamen", "dozos", "kidnappers", "robbers",
    "commandos", "terrorists", "fighters", "security", "guards", "unidentified", "unknown",
    "suspected", "presumed", "men",
  ]

  /// Victims whose beating by a crowd is street justice (mob violence), not an armed attack.
  static let suspects: WordSet = [
    "thief", "thieves", "robber", "robbers", "burglar", "burglars", "sorcerer", "sorcerers",
    "witch", "witches", "kidnapper", "rapist", "pickpocket", "criminal", "criminals",
  ]

  /// Words for armed victims or military objects: attacking them is a battle.
  static let armedTargets: WordSet = [
    "soldiers", "soldier", "army", "military", "police", "policemen", "policeman", "gendarmes",
    "gendarmerie", "troops", "patrol", "patrols", "position", "positions", "base", "bases",
    "post", "posts", "checkpoint", "checkpoints", "barracks", "militants", "militant", "rebels",
    "jihadists", "forces", "convoy", "outpost", "station", "fighters", "insurgents", "gunmen",
    "commandos", "rangers", "ranger", "attackers", "assailants", "militia", "jnim", "guards",
    "guard", "officers", "officer", "customs", "prison", "unit", "camp", "headquarters",
  ]

  /// Words that make a following trigger something wanted, feared or denied, not a fact.
  static let irrealis: WordSet = [
    "demanded", "demanding", "demand", "urged", "urging", "called", "calling", "could", "would",
    "might", "may", "plans", "planned", "threatened", "threatening", "promised", "pledged",
    "seeking", "sought", "hopes", "hoped", "wants", "wanted", "proposed", "try", "trying",
    "tried", "not", "no", "without", "avoid", "prevent", "failed", "threat", "pain", "unless",
  ]

  /// Whether the words shortly before `index` make a trigger irrealis ("demanded that a truce",
  /// "to establish a truce", "not to allow").
  static func isIrrealis(_ words: [Word], before index: Int) -> Bool {
    let to = Self.to  // read once: each read of a `static let` calls `swift_once`
    var k = index - 1
    var seen = 0
    while k >= 0, seen < 8 {
      // By index: a copy of each word retained and released its two strings.
      if !words[k].isWord {
        if words[k].isMark(0x2C) || words[k].isMark(0x3B) || words[k].isMark(0x2E) { return false }
        k -= 1
        continue
      }
      if irrealis.contains(words[k]), !words[k].isCapitalized || k == 0 { return true }
      // "to establish a truce", "to halt the fighting": a purpose or wish
      if words[k].key == to, words[k].lower == "to", k + 1 < index, words[k + 1].isWord,
        index - k <= 5,
        !notPurposeVerbs.contains(words[k + 1]),
        !words[k + 1].lower.hasSuffix("ing"), !words[k + 1].isCapitalized
      {
        return true
      }
      seen += 1
      k -= 1
    }
    return false
  }

  /// The nearest actor word before `index` in the same clause: `.crowd`, `.armed` or nil.
  static func subjectKind(_ words: [Word], before index: Int) -> ActorKind? {
    let (group, number) = (Self.group, Self.number)
    var k = index - 1
    var seen = 0
    while k >= 0, seen < 14 {
      // By index: a copy of each word retained and released its two strings.
      if words[k].isWord {
        if (words[k].key == group && words[k].lower == "group")
          || (words[k].key == number && words[k].lower == "number")
        {
          // "an armed group" / "unidentified group" are armed; "a group" alone is a crowd.
          let before = k > 0 ? words[k - 1].lower : ""
          return armed.contains(before) ? .armed : .crowd
        }
        if armed.contains(words[k]) { return .armed }
        if crowd.contains(words[k]) { return .crowd }
        seen += 1
      } else if words[k].isMark(0x3B) {
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// Whether one of the few words after `index` names an armed target ("attacked the army").
  static func hasArmedObject(_ words: [Word], after index: Int, within limit: Int = 6) -> Bool {
    var k = index
    var seen = 0
    while k < words.count, seen < limit {
      if words[k].isWord {
        if armedTargets.contains(words[k]) { return true }
        seen += 1
      } else if words[k].isMark(0x2C) || words[k].isMark(0x3B) || words[k].isMark(0x2E) {
        return false
      }
      k += 1
    }
    return false
  }

  /// Whether the verb at `index` is passive without an agent ("were killed"), judged by the
  /// two words before it.
  static func isPassive(_ words: [Word], at index: Int) -> Bool {
    for k in stride(from: index - 1, through: max(0, index - 2), by: -1) where words[k].isWord {
      if passiveAuxiliaries.contains(words[k]) {
        return true
      }
    }
    return false
  }

  /// Whether the passive subject just before `index` is armed ("a soldier was shot").
  static func hasArmedObject(_ words: [Word], before index: Int) -> Bool {
    var k = index - 1
    var seen = 0
    while k >= 0, seen < 5 {
      if words[k].isWord {
        if armedTargets.contains(words[k]) { return true }
        seen += 1
      } else if words[k].isMark(0x2C) || words[k].isMark(0x2E) {
        return false
      }
      k -= 1
    }
    return false
  }

  /// Whether one of the few words after `index` names a suspected criminal ("a suspected thief").
  static func hasSuspectObject(_ words: [Word], after index: Int) -> Bool {
    words[index..<min(words.count, index + 6)].contains { suspects.contains($0) }
  }

  enum ActorKind { case crowd, armed }
}
