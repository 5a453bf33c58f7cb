import Testing

@testable import EventExtraction

/// A sentence and whether one rule should fire on it.
struct TriggerCase: CustomTestStringConvertible, Sendable {
  var sentence: String
  var fires: Bool
  var testDescription: String { (fires ? "fires: " : "silent: ") + sentence }

  /// Whether `rule` finds a trigger in the sentence.
  func fired(_ rule: any TriggerRule) -> Bool {
    !rule.triggers(in: words(sentence)).isEmpty
  }
}
