/// Battles between armed, organised sides: "clashed", "fighting between", "exchange of fire",
/// "attacked ... soldiers/positions", "ambushed".
///
/// Clashes whose subject is a crowd (villagers, communities) are left to the riot rules.
struct ArmedClashRule: TriggerRule {
  let id = "type.armed-clash"
  var requiredKeys: [Int]? { Self.matcher.headKeys + Self.attackVerbs.headKeys }
  private static let matcher = LexiconMatcher([
    "clashed", "clash", "clashes", "fighting between", "heavy fighting", "fierce fighting",
    "exchange of fire", "exchanged fire", "exchanges of fire", "gunfight", "firefight",
    "gun battle", "battle", "battles", "battled", "ambushed", "ambush", "returned fire",
    "repelled", "repulsed", "fought", "exchanged gunfire", "exchange of gunfire", "gunfire",
    "exchanged shots", "shootout", "shoot-out",
  ])
  private static let attackVerbs = LexiconMatcher([
    "attacked", "attack", "attacks", "raided", "stormed", "assaulted", "fired on", "fired at",
    "shot at", "opened fire on", "killed", "targeted", "overran",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    let clashes = Self.matcher.triggers(in: words, type: .armedClash, rule: id) { m in
      Cues.subjectKind(words, before: m.first) != .crowd || Self.armedNear(words, m.first)
    }
    let attacks = Self.attackVerbs.triggers(in: words, type: .armedClash, rule: id) { m in
      Cues.hasArmedObject(words, after: m.end)
        && Cues.subjectKind(words, before: m.first) != .crowd
    }
    return clashes + attacks
  }

  /// Whether an armed word lies within a few words either side ("armed farmers ... clashed").
  private static func armedNear(_ words: [Word], _ i: Int) -> Bool {
    let lo = max(0, i - 8)
    let hi = min(words.count, i + 8)
    return words[lo..<hi].contains {
      ["armed", "militants", "soldiers", "army", "gunmen"].contains($0.lower)
    }
  }
}
