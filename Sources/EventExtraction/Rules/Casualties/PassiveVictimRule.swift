/// "5 civilians were killed", "three militants and a soldier were killed", "leaving four people
/// dead", "6 police officers were injured", "2 people lost their lives": the figure before a
/// participle of death or injury.
struct PassiveVictimRule: CasualtyRule {
  static let name = "casualty.passive"

  private static let lost = LowerWord("lost")

  /// Auxiliaries that make a following transitive verb passive.
  private static let passiveMarkers: WordSet = [
    "was", "were", "been", "be", "being", "is", "are", "got", "get",
  ]

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    let lost = Self.lost
    for t in context.tokens.indices {
      let classes = context.tokens[t].classes
      guard !classes.isDisjoint(with: [.killedState, .injuredState]) || context.isWord(t, lost)
      else { continue }
      let kind: CasualtyKind
      if classes.contains(.killedState) || isLostLives(context, t) {
        kind = .killed
      } else if classes.contains(.injuredState) {
        kind = .injured
      } else {
        continue
      }
      if isActive(context, t) { continue }
      guard let subject = subject(before: t, in: context) else { continue }
      let trigger = isLostLives(context, t) ? t + 2 : t
      var chain = context.chain(endingWith: subject)
      // "Two policemen died as well as two assailants": a group named after the verb.
      if chain.whole == nil, context.word(trigger + 1) == "as", context.word(trigger + 2) == "well",
        context.word(trigger + 3) == "as", let more = context.phrase(startingAt: trigger + 4)
      {
        chain.members += context.chain(startingWith: more)
      }
      found += figures(chain: chain, kind: kind, rule: Self.name, trigger: trigger)
    }
    return found
  }

  /// "lost their lives", "lost his life".
  private func isLostLives(_ c: CasualtyContext, _ t: Int) -> Bool {
    c.word(t) == "lost" && ["their", "his", "her"].contains(c.word(t + 1))
      && ["lives", "life"].contains(c.word(t + 2))
  }

  /// "killed a farmer": the verb has an object, so the phrase before it is the killer.
  private func isActive(_ c: CasualtyContext, _ t: Int) -> Bool {
    let w = c.word(t)
    guard
      c.isA(t, [.killingVerb, .injuringVerb])
        || (w == "dead" && c.word(t - 1) == "shot")
    else { return false }
    let next = c.word(t + 1)
    let hasObject =
      c.phrase(startingAt: t + 1) != nil
      || ["him", "her", "them", "a", "an", "the", "his", "their", "its", "another"].contains(next)
      || (t + 1 < c.tokens.count && c.tokens[t + 1].isDigits)
      || c.isA(t + 1, .numberWord)
    // "killed and burned more than a dozen sheep": a second verb shares the object.
    let sharesObject =
      (next == "and" && c.isA(t + 2, [.verbLike, .killingVerb, .injuringVerb]))
      || (next == "to" && c.word(t + 2) == "death")
    guard hasObject || sharesObject else { return false }
    var p = t - 1
    while p >= 0,
      c.word(p).hasSuffix("ly") || c.word(p) == "also" || c.word(p) == "and"
        || c.word(p) == "shot"
    {
      p -= 1
    }
    return !c.isWord(p, in: Self.passiveMarkers)
  }

  /// The phrase that is the subject, skipping auxiliaries, adverbs and a parenthesis
  /// ("were reportedly", "(former soldier) were"). A phrase right before "and" is the object of
  /// an earlier verb ("wounded a woman and killed livestock"), not a subject.
  private func subject(before t: Int, in c: CasualtyContext) -> FigurePhrase? {
    var j = t - 1
    var steps = 0
    var previous = ""
    var skippedAnd = false
    var sawPassive = false
    while j >= 0, steps < 8 {
      if let p = c.phrase(endingBefore: j + 1) {
        if previous == "and" { return nil }
        // "a farmer shot and killed five oxen": without "was"/"were" the phrase is the killer.
        let lead = c.word(p.start - 1)
        if skippedAnd && !sawPassive && lead != "leaving" && lead != "left" { return nil }
        if previous == "," && !p.isPart { return nil }
        return p
      }
      let w = c.word(j)
      if w == ")" {
        var k = j - 1
        while k >= 0, k > j - 12, c.word(k) != "(" { k -= 1 }
        guard c.word(k) == "(" else { return nil }
        j = k - 1
        steps += 1
        previous = ")"
        continue
      }
      guard c.isA(j, [.auxiliary, .adverb]) || w == "," else {
        return nil
      }
      previous = w
      if w == "and" { skippedAnd = true }
      if c.isWord(j, in: Self.passiveMarkers) { sawPassive = true }
      j -= 1
      steps += 1
    }
    return nil
  }
}
