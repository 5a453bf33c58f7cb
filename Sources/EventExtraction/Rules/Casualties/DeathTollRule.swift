/// "the death toll rose to 12", "a death toll of at least 30", "the toll stands at five": the
/// first figure after "toll" in the same clause.
struct DeathTollRule: CasualtyRule {
  static let name = "casualty.death-toll"

  private static let clauseEnds: WordSet = [".", ";", ":", "(", "while", "but", "and"]

  private static let toll = WordTokenizer.hash("toll")

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    // Compared by hash (as the casualty lexicons compare words), not by string.
    for t in context.tokens.indices where context.tokens[t].hash == Self.toll {
      let before = context.word(t - 1)
      guard before == "death" || before == "the" || before == "casualty" || before == "a"
      else { continue }
      var k = t + 1
      while k < context.tokens.count, k <= t + 7, !Self.clauseEnds.contains(context.word(k)) {
        if let p = context.phrase(startingAt: k) {
          if p.head != .unknown {
            found.append(FoundFigure(phrase: p, kind: .killed, rule: Self.name, trigger: t))
          }
          break
        }
        k += 1
      }
    }
    return found
  }
}
