extension Parser {
  /// `set TARGET FIELD = VALUE, ...` where TARGET is ids, or `events where ... :`.
  mutating func parseSet() throws(Diagnostic) -> Command {
    let target = try editTarget(needsColon: true)
    return .set(target, try assignments())
  }

  /// `add event in ARTICLE "QUOTE" FIELD = VALUE, ...`
  mutating func parseAdd() throws(Diagnostic) -> Command {
    _ = try expectWord("event")
    _ = try expectWord("in")
    let article = try argument("an article id such as 'a1'")
    guard current.kind == .string else { throw unexpected(expected: "the quoted text of the event") }
    let quote = advance()
    let values = atEnd ? [] : try assignments()
    return .addEvent(article: article, quote: Argument(text: quote.text, range: quote.range), values)
  }

  /// `tag EVENT... : NAME...`, `tag EVENT NAME...` or `tag events where ... : NAME...`.
  mutating func parseTag(remove: Bool) throws(Diagnostic) -> Command {
    if isQueryTarget {
      let target = try editTarget(needsColon: true)
      return .tag(target, try names(), remove: remove)
    }
    let hasColon = tokens[position...].contains { $0.kind == .colon }
    var ids = [try argument("an event id")]
    if hasColon {
      while consume(.colon) == nil {
        _ = consume(.comma)
        ids.append(try argument("an event id"))
      }
    }
    let names = try names()
    // Without a colon the first word is the one event: `tag e9 e10 disputed` would tag e9 with
    // "e10". A tag shaped like an event id is taken as a missing colon.
    if !hasColon, let id = names.first(where: { Self.isEventID($0.text) }) {
      let all = ([ids[0]] + names.prefix { Self.isEventID($0.text) }).map(\.text)
      let rest = names.drop { Self.isEventID($0.text) }.map(\.text)
      let verb = remove ? "untag" : "tag"
      throw .error(
        "'\(id.text)' is an event id, not a tag", at: id.range,
        hint: "to \(verb) several events: \(verb) \(all.joined(separator: " ")) : "
          + (rest.isEmpty ? "TAG" : rest.joined(separator: " ")))
    }
    return .tag(.ids(ids), names, remove: remove)
  }

  /// `e` and digits: the shape of an event id.
  static func isEventID(_ text: String) -> Bool { isID(text, prefix: "e") }

  /// `prefix` and digits: the shape of an event (`e`) or article (`a`) id.
  static func isID(_ text: String, prefix: Unicode.Scalar) -> Bool {
    let u = Array(text.utf8)
    return u.count > 1 && u[0] == UInt8(ascii: prefix)
      && u.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  mutating func parseIdsOrQuery() throws(Diagnostic) -> EditTarget {
    try editTarget(needsColon: false)
  }

  /// Whether an edit's target here is a query (`events where ...`, `NAME where ...`, a set's
  /// `NAME`) rather than ids.
  private var isQueryTarget: Bool {
    current.kind == .word && (current.isWord("events") || peek().isWord("where") || setNames.contains(current.text))
  }

  /// Ids (`e3 e5, e7`) or `events where ...` / `NAME where ...` / a set's `NAME`.
  private mutating func editTarget(needsColon: Bool) throws(Diagnostic) -> EditTarget {
    if isQueryTarget {
      let subject = advance()
      let query = try parseListQuery(subject: subject)
      if needsColon {
        _ = try expect(.colon, "':' before the changes")
      } else {
        // `drop events where ... :` as the grammar writes a target; the colon ends it.
        _ = consume(.colon)
      }
      return .query(query)
    }
    var ids: [Argument] = [try argument("an event or article id such as 'e3'")]
    while current.kind == .word || current.kind == .comma {
      _ = consume(.comma)
      if needsColon, peek().kind == .equal { break }
      ids.append(try argument("an id"))
    }
    _ = consume(.colon)
    return .ids(ids)
  }

  /// `FIELD = VALUE { , FIELD = VALUE }`
  private mutating func assignments() throws(Diagnostic) -> [Assignment] {
    var result: [Assignment] = []
    repeat {
      let field = try argument("a field name")
      _ = try expect(.equal, "'=' after '\(field.text)'")
      var value = try argument("a value")
      // `at least 5` and other multi-word values run to the next comma.
      while current.kind == .word, !atEnd {
        let next = advance()
        value = Argument(text: value.text + " " + next.text, range: value.range.lowerBound..<next.range.upperBound)
      }
      result.append(Assignment(field: field, value: value))
    } while consume(.comma) != nil
    return result
  }

  private mutating func names() throws(Diagnostic) -> [Argument] {
    var result = [try argument("a tag name")]
    while !atEnd {
      _ = consume(.comma)
      result.append(try argument("a tag name"))
    }
    return result
  }

  /// Event ids separated by spaces or commas.
  mutating func idList(_ what: String, atLeast: Int) throws(Diagnostic) -> [Argument] {
    var ids: [Argument] = []
    while !atEnd {
      _ = consume(.comma)
      ids.append(try argument(what))
    }
    if ids.count < atLeast {
      throw unexpected(expected: atLeast == 1 ? what : "at least \(atLeast) event ids")
    }
    return ids
  }
}
