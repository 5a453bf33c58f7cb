extension Parser {
  /// `export events|NAME [where EXPR] [sort by ...] [limit N] to FILE` and
  /// `export tally [MEASURE[, MEASURE]] [by KEY[, KEY]] [in SET] [where EXPR]
  /// [sort by KEY[, KEY]] [limit N] to FILE`.
  mutating func parseExport() throws(Diagnostic) -> Command {
    if consumeWord("tally") != nil {
      let query = try parseTally()
      _ = try expectWord("to")
      return .exportTally(query, to: try argument("a file name ending in .csv, .md or .json"))
    }
    guard current.kind == .word, !current.isWord("to") else {
      throw unexpected(expected: "'events', 'tally' or a set name")
    }
    let subject = advance()
    let query = try parseListQuery(subject: subject)
    _ = try expectWord("to")
    return .exportEvents(
      query, to: try argument("a file name ending in .csv, .jsonl, .geojson or .md"))
  }

  /// `import events FILE`.
  mutating func parseImport() throws(Diagnostic) -> Command {
    _ = try expectWord("events")
    return .importEvents(try argument("an ACLED-format .csv file"))
  }
}
