/// "12 deaths", "1 fatality", "leading to one death", "claimed 30 lives", "the deaths of 3
/// people", "5 bodies were found", "4 injuries": a figure next to a noun of death or injury.
struct DeathNounRule: CasualtyRule {
  static let name = "casualty.death-noun"

  private static let takers: WordSet = [
    "claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking",
  ]

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    for t in context.tokens.indices {
      let w = context.tokens[t].lower
      let kind: CasualtyKind
      let classes = context.tokens[t].classes
      guard !classes.isDisjoint(with: [.deathNoun, .injuryNoun, .killingVerb]) else { continue }
      if (classes.contains(.deathNoun) && w != "dead") || w == "killing" || w == "killings" {
        kind = .killed
      } else if w == "injuries" || w == "injury" {
        kind = .injured
      } else {
        continue
      }
      // "Fatalities: 3"
      if context.word(t + 1) == ":", let after = context.phrase(startingAt: t + 2),
        after.head != .unknown, kind == .killed
      {
        found.append(FoundFigure(phrase: after, kind: kind, rule: Self.name, trigger: t))
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
      // "resulted in the deaths of 3 people", "claimed the lives of five soldiers"
      guard context.word(t + 1) == "of", kind == .killed else { continue }
      guard isCaused(context, t) else { continue }
      var start = t + 2
      if context.phrase(startingAt: start) == nil, context.word(start) == "the" { start += 1 }
      guard let after = context.phrase(startingAt: start), after.head != .bare else { continue }
      let chain = context.chain(startingWith: after)
      found += figures(chain: (nil, chain), kind: kind, rule: Self.name, trigger: t)
    }
    return found
  }

  private static let causes: WordSet = ["in", "causing", "caused", "cause", "causes"]
  private static let leads: WordSet = ["leading", "led", "lead", "leads"]

  /// "resulted in the death of", "causing the death of", "led to the deaths of", "claimed the
  /// lives of", "the bodies of": not "after the death of" or "accused of the killing of".
  private func isCaused(_ c: CasualtyContext, _ t: Int) -> Bool {
    let w = c.word(t)
    if w == "bodies" || w == "corpses" { return true }
    if w == "lives" { return Self.takers.contains(c.word(t - 2)) }
    guard ["death", "deaths", "killing", "killings"].contains(w) else { return false }
    if Self.causes.contains(c.word(t - 1)) && c.word(t - 1) != "in" { return true }
    guard c.word(t - 1) == "the" else { return false }
    let verb = c.word(t - 2)
    return Self.causes.contains(verb) || (verb == "to" && Self.leads.contains(c.word(t - 3)))
  }
}
