/// "..., including at least 50 people in a hospital", "among them 3 children", "five of whom
/// were women": a share of the nearest figure before it, never added to it.
///
/// Runs after the other rules, over the phrases they left, because its whole must already be
/// known.
struct PartRule {
  static let name = "casualty.part"

  /// Parts of `wholes` (top-level figures found so far) that no rule claimed yet.
  func figures(in context: CasualtyContext, wholes: [FoundFigure]) -> [FoundFigure] {
    var claimed = Set(wholes.map(\.phrase.start))
    var found: [FoundFigure] = []
    for phrase in context.phrases where phrase.isPart && !claimed.contains(phrase.start) {
      guard
        let whole = wholes.last(where: { $0.whole == nil && $0.phrase.start < phrase.start }),
        phrase.count.best ?? 0 <= whole.phrase.count.best ?? 0
          || whole.phrase.count.qualifier == .vague
      else { continue }
      for member in context.chain(startingWith: phrase) where !claimed.contains(member.start) {
        claimed.insert(member.start)
        found.append(
          FoundFigure(
            phrase: member, kind: whole.kind, rule: Self.name, trigger: whole.trigger,
            whole: whole.phrase))
      }
    }
    return found
  }
}
