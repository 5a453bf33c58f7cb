/// Riots: demonstrators who use violence ("rioters", "violent demonstration", "burned tyres",
/// protesters who clash, throw stones or loot).
struct RiotRule: TriggerRule {
  let id = "type.riot"
  /// A riot needs a riot phrase or demonstrators who turn violent.
  var requiredKeys: [Int]? { Self.named.headKeys + Self.demonstratorWords.map(WordKey.of) }
  private static let named = LexiconMatcher([
    "rioters", "riot", "riots", "rioted", "rioting", "violent demonstration",
    "violent demonstrations", "violent protest", "violent protests", "burned tyres",
    "burned tires", "burnt tyres", "burning tyres", "burning tires", "threw stones",
    "throwing stones", "pelted", "barricades", "erected barricades", "vandalized",
    "vandalised", "ransacked", "set fire", "set on fire", "torched", "barricaded",
  ])
  private static let violence: WordSet = [
    "clashed", "clashes", "stones", "burned", "burnt", "torched", "vandalized", "vandalised",
    "looted", "ransacked", "injured", "wounded", "attacked", "destroyed", "damaged", "violent",
    "violence", "assaulted", "beat", "blocked", "barricaded", "stormed", "pillaged", "robbed",
    "raped", "threw", "stoned", "confrontation",
  ]
  private static let riotWords: WordSet = [
    "rioters", "riot", "riots", "rioted", "rioting", "violent", "burned", "burnt", "burning",
  ]
  private static let stops: WordSet = [
    "after", "because", "against", "following", "over", "when", "since", "demanded", "to",
  ]
  private static let demonstratorWords = [
    "protesters", "protestors", "demonstrators", "protest", "protests", "demonstration",
    "demonstrations", "protested", "demonstrated", "marchers", "rioters",
  ]
  private static let demonstrators = WordSet(demonstratorWords)

  func triggers(in words: [Word]) -> [Trigger] {
    let named = Self.named.triggers(in: words, type: .riot, rule: id, checkIrrealis: false)
    guard let protestIndex = words.firstIndex(where: { Self.demonstrators.contains($0) })
    else {
      // Without demonstrators only the riot words themselves count: arson and vandalism by
      // attackers are not a riot.
      return named.filter {
        Self.riotWords.contains(words[$0.first])
          || Cues.subjectKind(words, before: $0.first) == .crowd
      }
    }
    // The demonstrators themselves turn violent: a violent verb shortly after them, before any
    // "after", "because" or "against" that would make it the cause rather than the act.
    let turned = words.indices.filter { Self.demonstrators.contains(words[$0]) }.filter { d in
      var k = d + 1
      while k < min(words.count, d + 8) {
        if Self.stops.contains(words[k]) || words[k].text == "." { return false }
        if Self.violence.contains(words[k]) { return true }
        k += 1
      }
      return false
    }.prefix(1).map { Trigger(type: .riot, first: $0, end: $0 + 1, rule: id) }
    _ = protestIndex
    return named + turned
  }
}
