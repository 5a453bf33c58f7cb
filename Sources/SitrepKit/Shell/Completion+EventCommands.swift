import EventExtraction
import QueryLanguage

/// Tab completion after the commands that name events or articles by id: `show`, `why`,
/// `read`, `note`, `log`, `merge`, `unmerge`, `extract again`, and the edits `drop`, `restore`,
/// `tag`, `untag` and `set`, whose target is ids or a query.
extension Completion {
  /// Candidates after `command`, or nil when the command is not one of these or its target is
  /// a query (`drop events where ...`), which the query rules complete.
  ///
  /// - Parameters:
  ///   - words: the statement's words before the one being typed, lowercased, split at spaces,
  ///     commas, operators and colons (the command first).
  ///   - before: the statement before the word being typed, as typed.
  ///   - word: the word being typed.
  static func eventCommandOptions(
    _ command: String, words: [String], before: String, word: String, session: Session
  ) -> [String]? {
    let first = words.count == 1
    let ids = { eventIDs(startingWith: word, in: session) }
    switch command {
    case "show": return first ? ids() + session.articles.map(\.id) : []
    case "read": return first ? session.articles.map(\.id) : []
    case "why":
      if first { return ids() }
      return words.count == 2 ? explainableFields(of: words[1], in: session) : []
    case "note", "log": return first ? ids() : []
    case "merge", "unmerge": return ids()
    case "extract": return first ? ["again"] : session.articles.map(\.id)
    case "drop", "restore", "tag", "untag", "set": break
    default: return nil
    }
    let sets = session.sets.keys.sorted()
    if first { return ids() + ["events"] + sets }
    let hasColon = before.contains(":")
    let isQuery = words[1] == "events" || sets.contains { $0.lowercased() == words[1] }
      || words.dropFirst(2).first == "where"
    // Another id, offered only once the word looks like one: the rest of the line is more
    // likely a field or a tag.
    let moreIDs = isEventIDPrefix(word) ? ids() : []
    switch command {
    case "drop", "restore": return isQuery ? nil : ids()
    case "tag", "untag":
      if hasColon { return tagsInUse(in: session) }
      return isQuery ? nil : tagsInUse(in: session) + moreIDs
    default:
      if isQuery && !hasColon { return nil }
      return assignmentOptions(
        words: words, before: before, word: word, inAssignments: hasColon || before.contains("="),
        moreIDs: moreIDs, session: session)
    }
  }

  /// Candidates in `set`'s `FIELD = VALUE, ...` (or before it, among the ids): settable
  /// fields where a field starts, the field's values after `=`.
  private static func assignmentOptions(
    words: [String], before: String, word: String, inAssignments: Bool, moreIDs: [String],
    session: Session
  ) -> [String] {
    let trimmed = before.trimmingCharacters(in: .whitespaces)
    let last = words.last ?? ""
    // `set a1 ` changes an article: its own fields.
    if words.count > 1, session.article(words[1]) != nil {
      if trimmed.hasSuffix("=") { return [] }
      if words.count == 2 || trimmed.hasSuffix(",") { return Shell.articleFields }
      return Shell.articleFields.contains(last) ? ["="] : []
    }
    if trimmed.hasSuffix("=") { return settableValues(of: last, word: word, in: session) }
    if !inAssignments {
      // `set e1, ` goes on with ids; `set e1 ` with a field (or, typed so, another id).
      if trimmed.hasSuffix(",") { return eventIDs(startingWith: word, in: session) }
      return FieldEditor.eventFields + moreIDs
    }
    if trimmed.hasSuffix(",") || trimmed.hasSuffix(":") { return FieldEditor.eventFields }
    return FieldEditor.eventFields.contains(last) ? ["="] : []
  }

  /// What `set` accepts for `field`: the statuses, scopes and event types, an event for
  /// `part_of`, otherwise the values the session holds for the field.
  static func settableValues(of field: String, word: String, in session: Session) -> [String] {
    switch field {
    case "status": return EventStatus.allCases.map(\.rawValue)
    case "scope": return Scope.allCases.map(\.rawValue)
    case "type":
      return EventType.allCases.map(\.rawValue).map { $0.contains(" ") ? "\"\($0)\"" : $0 }
    case "part_of": return eventIDs(startingWith: word, in: session)
    default: return QueryField(name: field).map { values(of: $0, in: session) } ?? []
    }
  }

  /// The fields `why ID FIELD` can mark for the event `id`: those with their own evidence,
  /// spelt as `why` reads them (``Shell/evidenceKey(_:)``); none for an unknown event.
  static func explainableFields(of id: String, in session: Session) -> [String] {
    guard let event = session.event(id) else { return [] }
    return event.current.fieldEvidence.keys.filter { key in
      QueryField(name: key).map(Shell.evidenceKey) == key
    }.sorted()
  }

  /// The tags on the session's events, sorted.
  static func tagsInUse(in session: Session) -> [String] {
    values(of: .tags, in: session)
  }

  /// Whether `word` could be the start of an event id: `e` and digits.
  static func isEventIDPrefix(_ word: String) -> Bool {
    guard let head = word.first, head == "e" || head == "E" else { return false }
    return word.dropFirst().allSatisfy(\.isASCII) && word.dropFirst().allSatisfy(\.isNumber)
  }
}
