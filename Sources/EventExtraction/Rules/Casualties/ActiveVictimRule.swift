/// "killed 6 suspected members", "killing at least five people", "killed a woman", "wounded ten
/// others": the object of a verb of killing or injuring.
struct ActiveVictimRule: CasualtyRule {
  static let name = "casualty.killing-n"

  func figures(in context: CasualtyContext) -> [FoundFigure] {
    var found: [FoundFigure] = []
    for t in context.tokens.indices {
      let w = context.tokens[t].lower
      let kind: CasualtyKind
      if CasualtyLexicon.killingVerbs.contains(w) {
        kind = .killed
      } else if CasualtyLexicon.injuringVerbs.contains(w) {
        kind = .injured
      } else {
        continue
      }
      guard let object = context.phrase(startingAt: t + 1) else { continue }
      let chain = context.chain(startingWith: object)
      found += figures(chain: (nil, chain), kind: kind, rule: Self.name, trigger: t)
    }
    return found
  }
}
