/// "12 deaths", "1 fatality", "leading to one death", "claimed 30 lives", "the deaths of 3
/// people", "5 bodies were found", "4 injuries": a figure next to a noun of death or injury.
struct DeathNounRule: CasualtyRule {
  static let name = "casualty.death-noun"

  private static let takers: Set<String> = [
    "claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking",
  ]

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    for t in context.tokens.indices {
      let w = context.tokens[t].lower
      let kind: CasualtyKind
      if CasualtyLexicon.deathNouns.contains(w), w != "dead" {
        kind = .killed
      } else if w == "injuries" || w == "injury" {
        kind = .injured
      } else {
        continue
      }
      // "12 deaths", "claimed 30 lives"
      if let before = context.phrase(endingBefore: t), before.head != .people || w == "bodies" {
        if w == "lives" || w == "life" {
          let lost = context.word(t + 1) == "lost" || context.word(t + 2) == "lost"
          guard lost || Self.takers.contains(context.word(before.start - 1)) else { continue }
        }
        found.append(FoundFigure(phrase: before, kind: kind, rule: Self.name, trigger: t))
        continue
      }
      // "the deaths of 3 people", "claimed the lives of five soldiers"
      guard context.word(t + 1) == "of", w != "injuries", w != "injury" else { continue }
      if w == "lives", !Self.takers.contains(context.word(t - 2)) { continue }
      guard let after = context.phrase(startingAt: t + 2), after.head != .bare else { continue }
      let chain = context.chain(startingWith: after)
      found += figures(chain: (nil, chain), kind: kind, rule: Self.name, trigger: t)
    }
    return found
  }
}
