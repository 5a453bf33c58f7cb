/// Which trigger rules can fire on a sentence, read from its words in one pass.
///
/// Each rule states the words one of which a sentence must contain for it to find anything
/// (``TriggerRule/requiredKeys``: the first words of its phrases, plus any word its other checks
/// start from). One table maps each such word to the set of rules it wakes, so a sentence costs
/// one probe per word instead of one lexicon walk per rule.
struct TriggerGate: Sendable {
  /// Word key → bit set of rule indexes (bit `i` is `rules[i]`).
  private let wakes: KeyTable<UInt64>
  /// Rules that read every sentence (no required words).
  private let always: UInt64

  /// - Parameter rules: the registry, at most 64 rules, in order.
  init(_ rules: [any TriggerRule]) {
    precondition(rules.count <= 64, "a gate holds at most 64 rules")
    var wakes = KeyTable<UInt64>(minimumCapacity: 512)
    var always: UInt64 = 0
    for (i, rule) in rules.enumerated() {
      let bit: UInt64 = 1 << UInt64(i)
      guard let keys = rule.requiredKeys else {
        always |= bit
        continue
      }
      for key in keys { wakes[key] = (wakes[key] ?? 0) | bit }
    }
    self.wakes = wakes
    self.always = always
  }

  /// The bit set of rules that may find a trigger in `words`.
  func rules(for words: [Word]) -> UInt64 {
    var result = always
    // By index: reads each word's key without copying the word (two strings to retain).
    for i in words.indices {
      if let bits = wakes[words[i].key] { result |= bits }
    }
    return result
  }
}
