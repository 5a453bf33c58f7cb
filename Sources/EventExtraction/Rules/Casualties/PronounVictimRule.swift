/// "he died of his injuries", "she was killed", "police shot and killed him": one victim named
/// only by a pronoun. Usually restates someone named earlier; never read after "if" or
/// "whether" ("it is not confirmed if he died").
struct PronounVictimRule: CasualtyRule {
  static let name = "casualty.pronoun"

  private static let subjects: WordSet = ["he", "she"]
  private static let succumbed = LowerWord("succumbed")
  private static let objects: WordSet = ["him", "her"]
  private static let doubts: WordSet = [
    "if", "whether", "unclear", "unknown", "not", "nor", "may", "might", "could", "feared",
  ]

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    let succumbed = Self.succumbed
    for t in context.tokens.indices {
      let classes = context.tokens[t].classes
      guard
        !classes.isDisjoint(with: [.killingVerb, .killedState, .injuredState])
          || context.isWord(t, succumbed)
      else { continue }
      let w = context.tokens[t].lower
      var kind: CasualtyKind?
      var pronoun = -1
      if classes.contains(.killingVerb), Self.objects.contains(context.word(t + 1)),
        context.word(t + 2) != "own"
      {
        kind = .killed
        pronoun = t + 1
      } else if classes.contains(.killedState) || w == "succumbed" {
        kind = .killed
      } else if classes.contains(.injuredState) {
        kind = .injured
      }
      if kind != nil, pronoun < 0 {
        var j = t - 1
        while j >= 0, j >= t - 4, context.isA(j, [.auxiliary, .adverb]) {
          j -= 1
        }
        if Self.subjects.contains(context.word(j)) { pronoun = j }
      }
      guard let kind, pronoun >= 0, !isDoubted(context, before: min(pronoun, t)) else { continue }
      let token = context.tokens[pronoun]
      let span = TextSpan(start: token.start, end: token.end)
      let phrase = FigurePhrase(
        start: pronoun, end: pronoun + 1, numberStart: pronoun,
        count: .exactly(1), head: .people, victims: span,
        numberSpan: span, isDefinite: true, isPart: false)
      found.append(FoundFigure(phrase: phrase, kind: kind, rule: Self.name, trigger: t))
    }
    return found
  }

  private func isDoubted(_ c: CasualtyContext, before index: Int) -> Bool {
    for k in max(0, index - 5)..<index where Self.doubts.contains(c.word(k)) { return true }
    return false
  }
}
