/// Agreements signed between parties.
struct AgreementRule: TriggerRule {
  let id = "type.agreement"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "signed an agreement", "signed a peace agreement", "signed a peace deal", "signed a deal",
    "signed an accord", "peace agreement", "peace accord", "agreement was signed",
    "reached an agreement",
    "reached a deal", "struck a deal", "signed a memorandum",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .agreement, rule: id)
  }
}
