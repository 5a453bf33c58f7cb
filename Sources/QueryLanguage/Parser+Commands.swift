extension Parser {
  mutating func parseCommand() throws(Diagnostic) -> Command {
    let head = current
    guard head.kind == .word else { throw unexpected(expected: "a command") }
    let name = head.text.lowercased()
    if CommandCatalog.lookup(name) == nil, setNames.contains(head.text) {
      advance()
      return .list(try parseListQuery(subject: head))
    }
    guard let info = CommandCatalog.lookup(name) else {
      // A misspelled set name is as likely as a misspelled command.
      let suggestion =
        closestMatch(to: name, in: CommandCatalog.names) ?? closestMatch(to: head.text, in: setNames.sorted())
      if let suggestion {
        throw .error(
          "unknown command '\(head.text)'; did you mean '\(suggestion)'?", at: head.range,
          hint: "did you mean '\(suggestion)'?")
      }
      throw .error("unknown command '\(head.text)'", at: head.range, hint: "type 'help' for the list")
    }
    advance()
    switch info.name {
    case "load": return try parseLoad()
    case "events", "articles": return .list(try parseListQuery(subject: head))
    case "count":
      let subject = try subjectToken()
      return .count(try parseListQuery(subject: subject))
    case "tally": return .tally(try parseTally())
    case "let": return try parseLet()
    case "find":
      let text = try argument("a text to find")
      // `find barrel bomb`: a phrase of several words is one quoted text.
      let words = tokens[position...].prefix { $0.kind == .word }.map(\.text)
      if !words.isEmpty {
        throw .error(
          "expected end of statement, found '\(words[0])'", at: current.range,
          hint: "quote a phrase: find \"\(([text.text] + words).joined(separator: " "))\"")
      }
      return .find(text)
    case "read": return .read(try argument("an article id such as 'a1'"))
    case "show": return .show(try argument("an event id such as 'e3'"))
    case "why":
      let id = try argument("an event id such as 'e3'")
      return .why(id, field: atEnd ? nil : try fieldReference())
    case "save": return .save(optionalArgument())
    case "open": return .open(try argument("a session file"))
    case "run": return .run(try argument("a script file"))
    case "history": return .history
    case "help": return .help(optionalArgument())
    case "output": return .output(optionalArgument())
    case "timer": return .timer(optionalArgument())
    case "policy": return .policy(optionalArgument())
    case "chart":
      guard consumeWord("to") != nil else { return .chart(to: nil) }
      return .chart(to: try argument("a file name ending in .svg"))
    case "echo":
      var words: [Argument] = []
      while !atEnd { words.append(Argument(text: current.text, range: advance().range)) }
      return .echo(words)
    case "quit": return .quit
    case "clear": return .clear
    case "set": return try parseSet()
    case "add": return try parseAdd()
    case "drop": return .drop(try parseIdsOrQuery())
    case "restore": return .restore(try parseIdsOrQuery())
    case "tag": return try parseTag(remove: false)
    case "untag": return try parseTag(remove: true)
    case "note":
      let id = try argument("an event id such as 'e3'")
      guard current.kind == .string else { throw unexpected(expected: "the note in double quotes") }
      let text = advance()
      return .note(id, Argument(text: text.text, range: text.range))
    case "merge": return .merge(try idList("an event id", atLeast: 2))
    case "unmerge": return .unmerge(try idList("an event id", atLeast: 1))
    case "undo": return .undo(optionalArgument())
    case "redo": return .redo
    case "log": return .log(optionalArgument())
    case "analyst": return .analyst(optionalArgument())
    case "review": return .review(consumeWord("where") != nil ? try parseExpression() : nil)
    case "extract":
      _ = try expectWord("again")
      var ids: [Argument] = []
      while !atEnd {
        _ = consume(.comma)
        ids.append(try argument("an article id"))
      }
      return .extractAgain(ids)
    case "evaluate": return .evaluate
    case "export": return try parseExport()
    case "import": return try parseImport()
    default: throw .error("command '\(info.name)' is not available yet", at: head.range)
    }
  }

  private mutating func parseLoad() throws(Diagnostic) -> Command {
    var kind = LoadKind.articles
    if current.isWord("gazetteer") || current.isWord("actors") || current.isWord("events"),
      peek().kind != .end
    {
      kind = LoadKind(rawValue: advance().text.lowercased()) ?? .articles
    }
    var paths: [Argument] = [try argument("a file, directory or glob to load")]
    while !atEnd {
      _ = consume(.comma)
      paths.append(try argument("a file, directory or glob to load"))
    }
    return .load(kind, paths)
  }

  /// The subject after `count`: `events`, `articles`, or a name from `let`.
  private mutating func subjectToken() throws(Diagnostic) -> Token {
    guard current.kind == .word else { throw unexpected(expected: "'events', 'articles' or a set name") }
    return advance()
  }

  static func subject(of token: Token) -> Subject {
    switch token.text.lowercased() {
    case "events": .events
    case "articles": .articles
    default: .named(token.text)
    }
  }

  mutating func parseListQuery(subject token: Token) throws(Diagnostic) -> ListQuery {
    var query = ListQuery(subject: Parser.subject(of: token), subjectRange: token.range)
    if consumeWord("where") != nil { query.filter = try parseExpression() }
    if consumeWord("sort") != nil { query.sort = try parseSortKeys() }
    if consumeWord("limit") != nil { query.limit = try limitCount() }
    if consumeWord("select") != nil {
      repeat { query.select.append(try fieldReference()) } while consume(.comma) != nil
    }
    return query
  }

  /// The whole number after `limit`.
  private mutating func limitCount() throws(Diagnostic) -> Int {
    let token = current
    guard token.kind == .word, let n = Int(token.text), n >= 0 else {
      throw unexpected(expected: "a whole number after 'limit'")
    }
    advance()
    return n
  }

  /// `tally [MEASURE[, MEASURE]] [by KEY[, KEY]] [in SET] [where EXPR] [sort by KEY [desc][, ...]]
  /// [limit N]`; without a measure, events are counted.
  mutating func parseTally() throws(Diagnostic) -> TallyQuery {
    let clauses = ["by", "in", "where", "sort", "limit", "to"]
    let named = !atEnd && !(current.kind == .word && clauses.contains(current.text.lowercased()))
    let measures = named ? try parseMeasures() : [.events]
    var query = TallyQuery(measures: measures, keys: [], subject: .events)
    if consumeWord("by") != nil {
      repeat { query.keys.append(try fieldReference()) } while consume(.comma) != nil
    }
    if consumeWord("in") != nil {
      let token = try subjectToken()
      query.subject = Parser.subject(of: token)
    }
    if consumeWord("where") != nil { query.filter = try parseExpression() }
    if consumeWord("sort") != nil { query.sortKeys = try parseSortKeys() }
    if consumeWord("limit") != nil { query.limit = try limitCount() }
    return query
  }

  /// `by KEY [desc|asc][, KEY [desc|asc]]`, after `sort`.
  private mutating func parseSortKeys() throws(Diagnostic) -> [SortKey] {
    _ = try expectWord("by")
    var keys: [SortKey] = []
    repeat {
      let field = try fieldReference()
      var descending = false
      if consumeWord("desc") != nil { descending = true } else { _ = consumeWord("asc") }
      keys.append(SortKey(field: field, descending: descending))
    } while consume(.comma) != nil
    return keys
  }

  /// `MEASURE[, MEASURE]`.
  private mutating func parseMeasures() throws(Diagnostic) -> [TallyQuery.Measure] {
    var measures: [TallyQuery.Measure] = []
    repeat {
      let token = current
      guard token.kind == .word, let measure = TallyQuery.Measure(rawValue: token.text.lowercased()) else {
        let names = TallyQuery.Measure.allCases.map(\.rawValue)
        let hint = closestMatch(to: token.text, in: names).map { "did you mean '\($0)'?" }
        throw .error(
          "unknown measure '\(token.text)'" + (hint.map { "; \($0)" } ?? ""), at: token.range,
          hint: hint ?? "measures: \(names.joined(separator: ", "))")
      }
      advance()
      measures.append(measure)
    } while consume(.comma) != nil
    return measures
  }

  private mutating func parseLet() throws(Diagnostic) -> Command {
    let name = try argument("a name for the set")
    guard name.text.first?.isLetter == true,
      name.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    else {
      throw .error("'\(name.text)' is not a valid set name", at: name.range,
        hint: "use letters, digits and '_', starting with a letter")
    }
    if CommandCatalog.lookup(name.text.lowercased()) != nil || ["events", "articles"].contains(name.text.lowercased()) {
      throw .error("'\(name.text)' is a command word and cannot name a set", at: name.range)
    }
    // A set named `e5` would hide event e5 wherever ids are read (`tag e5 : hot`).
    if Self.isID(name.text, prefix: "e") || Self.isID(name.text, prefix: "a") {
      let kind = Self.isID(name.text, prefix: "e") ? "an event" : "an article"
      throw .error(
        "'\(name.text)' is shaped like \(kind) id and cannot name a set", at: name.range,
        hint: "choose a name that is not a letter and digits alone, such as '\(name.text)_set'")
    }
    _ = try expect(.equal, "'='")
    let subject = try subjectToken()
    return .define(name: name, query: try parseListQuery(subject: subject))
  }
}
