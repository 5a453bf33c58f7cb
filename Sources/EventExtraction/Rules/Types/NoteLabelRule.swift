/// A coder's label at the start of a note ("Looting:", "Movement of forces:", "Arrests:")
/// decides the type, the way ACLED's own notes are written.
struct NoteLabelRule: TriggerRule {
  let id = "type.note-label"
  private static let labels = PhraseLexicon<EventType>([
    ("Looting", .looting), ("Property destruction", .looting), ("Arrests", .arrest),
    ("Arrest", .arrest), ("Movement of forces", .movement), ("Displacement", .other),
    ("Security measures", .other), ("Headquarters or base established", .movement),
    ("Non-violent transfer of territory", .evacuation), ("Disrupted weapons use", .other),
    ("Agreement", .agreement), ("Change to group/activity", .movement), ("Other", .other),
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    guard let m = Self.labels.match(words, at: 0), m.end < words.count,
      words[m.end].text == ":"
    else { return unknownLabel(words) }
    // A label outranks every trigger in its note: it is the coder's own decision.
    return [Trigger(type: m.value, first: 0, end: m.end, rule: id)]
  }

  /// Any other short capitalised label before a dated note ("Defusal: On 8 August ...") marks a
  /// strategic development ACLED has no finer type for.
  private func unknownLabel(_ words: [Word]) -> [Trigger] {
    guard let colon = words.prefix(5).firstIndex(where: { $0.text == ":" }), colon > 0,
      words[0].isCapitalized, words[..<colon].allSatisfy(\.isWord), colon + 1 < words.count,
      ["on", "around", "between", "in"].contains(words[colon + 1].lower)
    else { return [] }
    return [Trigger(type: .other, first: 0, end: colon, rule: id)]
  }
}
