/// "beat a farmer to death", "burned to death two suspected robbers", "stabbed three people to
/// death": the victim on either side of "to death" (never "sentenced to death").
struct ToDeathRule: CasualtyRule {
  static let name = "casualty.to-death"

  private static let sentences: WordSet = ["sentenced", "condemned", "sentences", "sentence"]
  private static let death = LowerWord("death")
  private static let to = LowerWord("to")

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    let (death, to) = (Self.death, Self.to)
    for t in context.tokens.indices where context.isWord(t, death) && context.isWord(t - 1, to) {
      var end = t - 1
      if context.word(end - 1) == "alive" { end -= 1 }
      if isAttempted(context, t) { continue }
      if ["him", "her"].contains(context.word(end - 1)) {
        let token = context.tokens[end - 1]
        let span = TextSpan(start: token.start, end: token.end)
        let pronoun = FigurePhrase(
          start: end - 1, end: end, numberStart: end - 1, count: .exactly(1), head: .people,
          victims: span, numberSpan: span, isDefinite: true, isPart: false)
        found.append(FoundFigure(phrase: pronoun, kind: .killed, rule: Self.name, trigger: t))
      } else if let victim = context.phrase(endingBefore: end) {
        guard !Self.sentences.contains(context.word(victim.start - 1)) else { continue }
        found.append(FoundFigure(phrase: victim, kind: .killed, rule: Self.name, trigger: t))
      } else if let victim = context.phrase(startingAt: t + 1), victim.head != .bare {
        guard !Self.sentences.contains(context.word(t - 2)) else { continue }
        let chain = context.chain(startingWith: victim)
        found += figures(chain: (nil, chain), kind: .killed, rule: Self.name, trigger: t)
      }
    }
    return found
  }

  /// "attempted to burn to death", "tried to beat ... to death".
  private func isAttempted(_ c: CasualtyContext, _ t: Int) -> Bool {
    for k in max(0, t - 8)..<t
    where ["attempted", "tried", "attempt", "threatened"].contains(c.word(k)) {
      return true
    }
    return false
  }
}
