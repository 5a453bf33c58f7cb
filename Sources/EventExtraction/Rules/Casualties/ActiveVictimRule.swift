/// "killed 6 suspected members", "killing at least five people", "killed a woman", "wounded ten
/// others", "killed and beheaded a trader", "shot dead one assailant", "fatally assaulted a
/// man": the object of a verb of killing or injuring.
///
/// Not when the killing is only alleged, attempted or possible: "accused of killing a
/// villager", "attempted to kill", "would kill thousands".
struct ActiveVictimRule: CasualtyRule {
  static let name = "casualty.killing-n"

  private static let hedges: WordSet = [
    "of", "attempted", "tried", "attempt", "threatened", "believed", "planned", "plotting",
    "would", "could", "will", "may", "might", "can", "should", "must", "wanted", "vowed",
  ]
  private static let dead = LowerWord("dead")
  private static let fatally = LowerWord("fatally")
  private static let passiveMarkers: WordSet = [
    "was", "were", "been", "be", "being", "is", "are",
  ]

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    let (dead, fatally) = (Self.dead, Self.fatally)
    for t in context.tokens.indices {
      let kind: CasualtyKind
      let classes = context.tokens[t].classes
      guard
        !classes.isDisjoint(with: [.killingVerb, .injuringVerb]) || context.isWord(t, dead)
          || context.isWord(t - 1, fatally)
      else { continue }
      let w = context.tokens[t].lower
      if classes.contains(.killingVerb)
        || (w == "dead" && context.word(t - 1) == "shot")
        || (context.word(t - 1) == "fatally" && w.hasSuffix("ed"))
      {
        kind = .killed
      } else if classes.contains(.injuringVerb) {
        kind = .injured
      } else {
        continue
      }
      // "lynched" alone may mean beaten: only "lynched and killed", "lynched to death" count.
      if w == "lynched" || w == "lynching" { continue }
      if isHedged(context, t) { continue }
      guard let object = object(after: t, in: context) else { continue }
      let chain = context.chain(startingWith: object)
      let trigger = w == "dead" || context.word(t - 1) == "fatally" ? t - 1 : t
      found += figures(chain: (nil, chain), kind: kind, rule: Self.name, trigger: trigger)
    }
    return found
  }

  /// The object: right after the verb, after "and <verb>ed" ("killed and mutilated a farmer"),
  /// or after a short instrument ("killed by machete a pastoralist").
  private func object(after t: Int, in c: CasualtyContext) -> FigurePhrase? {
    if let p = c.phrase(startingAt: t + 1) { return p }
    // "killed a man and decapitated another"
    if c.word(t + 1) == "another",
      t + 2 >= c.tokens.count || c.tokens[t + 2].isPunctuation
        || c.isA(t + 2, .phraseBreak)
    {
      let token = c.tokens[t + 1]
      let span = TextSpan(start: token.start, end: token.end)
      return FigurePhrase(
        start: t + 1, end: t + 2, numberStart: t + 1, count: .exactly(1), head: .people,
        victims: nil, numberSpan: span, isDefinite: false, isPart: false)
    }
    if c.word(t + 1) == "and", c.word(t + 2).hasSuffix("ed"), let p = c.phrase(startingAt: t + 3) {
      return p
    }
    if ["by", "with"].contains(c.word(t + 1)), c.phrase(startingAt: t + 2) == nil,
      !c.isWord(t - 1, in: Self.passiveMarkers), let p = c.phrase(startingAt: t + 3),
      p.head == .people
    {
      return p
    }
    return nil
  }

  /// "accused of killing", "attempted to burn and kill", "tried to kill".
  private func isHedged(_ c: CasualtyContext, _ t: Int) -> Bool {
    // "to kill his nephew": an intention, not a death.
    if c.word(t - 1) == "to", c.word(t) == "kill" || c.word(t) == "injure" { return true }
    var p = t - 1
    while p >= 0, p >= t - 4,
      [
        "and", "to", "shot", "burn", "kill", "fatally", "have", "having", "had",
      ].contains(c.word(p))
    {
      p -= 1
    }
    return c.isWord(p, in: Self.hedges) || c.isWord(t - 1, in: Self.hedges)
  }
}
