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
    else { return [] }
    // A label outranks every trigger in its note: it is the coder's own decision.
    return [Trigger(type: m.value, first: 0, end: m.end, rule: id)]
  }
}
