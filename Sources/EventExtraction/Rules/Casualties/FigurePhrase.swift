/// A counted noun phrase that may name victims: "at least five people", "a soldier",
/// "three members of the Fulani community", "dozens of civilians", "six".
///
/// Token indices are half-open: `tokens[start..<end]`. Rules decide whether a verb or noun of
/// death or injury makes the phrase a casualty figure.
struct FigurePhrase: Sendable, Hashable {
  /// What the phrase's head noun says about who is counted.
  enum Head: Sendable, Hashable {
    /// A noun for people: "civilians", "a soldier", "others".
    case people
    /// A noun not known either way ("two Fulani"): victims only next to a verb of death.
    case unknown
    /// No noun at all ("six dead", "killing 12").
    case bare
  }

  var start: Int
  var end: Int
  /// The first token of the number itself (after any qualifier words).
  var numberStart: Int
  var count: Casualties
  var head: Head
  /// Where the words naming who is counted ("civilians", "Fulani pastoralists") are, if any.
  var victims: TextSpan?
  /// The span of the qualifier and number: "at least five".
  var numberSpan: TextSpan
  /// Introduced by "the", "these", "those", "both": probably restates a figure given before.
  var isDefinite: Bool
  /// Introduced by "including", "among them", "of whom": a share of an earlier figure.
  var isPart: Bool
}
