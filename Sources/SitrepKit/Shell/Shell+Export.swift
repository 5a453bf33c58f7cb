import Foundation
import QueryLanguage

extension Shell {
  /// `export events|NAME [where EXPR] to FILE`: writes the matching events in the format the
  /// file's extension names.
  func exportEvents(_ query: ListQuery, to file: Argument, console: inout some Console)
    throws(Diagnostic)
  {
    guard let format = ExportFormat(path: file.text), ExportFormat.events.contains(format) else {
      throw .error(
        "cannot export events to '\(file.text)'; use .csv, .jsonl, .geojson or .md", at: file.range)
    }
    let events = try selectEvents(query)
    guard let lines = format.lines(in: session) else { return }
    let (target, skipped) = try streamExport(lines, of: events, to: file)
    let written = events.count - skipped
    var message = "exported \(written) event\(written == 1 ? "" : "s") to \(display(target))"
    if skipped > 0 { message += "; \(skipped) without coordinates skipped" }
    acknowledge(message + "\n", console: &console)
  }

  /// Writes `events` line by line, atomically, in chunks of about 1 MB, with progress; Ctrl-C
  /// stops it and leaves the file as it was.
  ///
  /// - Returns: the file written and how many events the format skipped.
  private func streamExport(_ lines: LineExport, of events: [SessionEvent], to file: Argument)
    throws(Diagnostic) -> (String, skipped: Int)
  {
    let target = context.resolve(file.text, home: home)
    let progress = reporting("export", unit: .items)
    var cancelled = false
    var written = 0
    do {
      try AtomicFile.write(to: target) { output in
        var chunk = lines.header
        for (done, event) in events.enumerated() {
          guard let line = lines.line(event, written) else { continue }
          chunk += line
          written += 1
          guard chunk.utf8.count >= 1 << 20 else { continue }
          output.write(Data(chunk.utf8))
          chunk = ""
          if !progress(done + 1, events.count) {
            cancelled = true
            output.failure = "cancelled"
            return
          }
        }
        output.write(Data((chunk + lines.footer).utf8))
      }
    } catch {
      context.progress(nil)
      if cancelled {
        throw .error("export cancelled; \(Shell.untouched(target, display: display(target)))", at: file.range)
      }
      throw .error("cannot write '\(file.text)': \(Shell.describe(error))", at: file.range)
    }
    context.progress(nil)
    return (target, events.count - written)
  }

  /// `export tally ... to FILE`: computes the tally as `tally` does and writes it with its
  /// reported totals.
  mutating func exportTally(_ query: TallyQuery, to file: Argument, console: inout some Console)
    throws(Diagnostic)
  {
    guard let format = ExportFormat(path: file.text), ExportFormat.tally.contains(format) else {
      throw .error(
        "cannot export a tally to '\(file.text)'; use .csv, .md or .json", at: file.range)
    }
    let result = try tallied(query)
    guard let text = format.tally(result) else { return }
    let target = try writeExport(text, to: file)
    // Markdown is the table as shown, without the rows that have no figure; CSV and JSON keep
    // them (with empty figures): the count says which.
    let shown = Shell.rowsShown(in: result).count
    let none = result.rows.count - shown
    let rows = format == .md ? shown : result.rows.count
    var said = "exported a tally of \(rows) row\(rows == 1 ? "" : "s")"
    if none > 0 {
      said += format == .md ? " (\(none) with no figure left out, as on screen)" : " (\(none) with no figure)"
    }
    let reported = result.reported.count
    acknowledge(
      said + " and \(reported) reported total\(reported == 1 ? "" : "s") to \(display(target))\n",
      console: &console)
  }

  /// `import events FILE.csv`: adds ACLED-coded events under fresh ids, status `accepted`, tagged
  /// `acled`, with ACLED's id and notes kept as notes.
  mutating func importEvents(_ file: Argument, command: String, console: inout some Console)
    throws(Diagnostic)
  {
    guard file.text.lowercased().hasSuffix(".csv") else {
      throw .error(
        "'import events' reads ACLED-format .csv files: '\(file.text)' is not one", at: file.range)
    }
    let path = context.resolve(file.text, home: home)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .error("no such file '\(file.text)'", at: file.range)
    }
    let started = context.clock()
    let context = context
    let result = ACLEDEventImporter.events(in: ArticleText(bytes: [UInt8](data)).text) { phase, done, total in
      context.progress(CommandProgress(label: phase, done: done, total: total, started: started))
      return !context.isCancelled()
    }
    context.progress(nil)
    if result.cancelled {
      throw .error("import cancelled; nothing was changed", at: file.range)
    }
    for error in result.errors.prefix(5) {
      console.report("\(display(path)):\(error.line): skipped: \(error.message)\n")
    }
    if result.errors.count > 5 {
      console.report("\(display(path)): \(result.errors.count - 5) more lines skipped\n")
    }
    let imported = result.sessionEvents
    // Nothing readable is an error (a script stops), as it is for 'load events'.
    guard !imported.isEmpty else {
      throw .error(
        "no events imported from \(display(path)); the session is unchanged", at: file.range,
        hint: "'import events' reads ACLED's CSV or 'export events to FILE.csv'")
    }
    var transaction = Transaction(session: session)
    let first = transaction.nextIDs(articles: 0, events: imported.count).event
    var ids: [String: String] = [:]
    for (offset, event) in imported.enumerated() { ids[event.id] = "e\(first + offset)" }
    let groups = Self.mergeGroups(imported.map(\.merge), firstID: first)
    for (offset, var event) in imported.enumerated() {
      event.merge = groups[offset]
      let acledID = event.id
      event.current.id = ids[acledID] ?? acledID
      event.current.partOf = event.current.partOf.map { ids[$0] ?? $0 }
      event.notes.insert("ACLED \(acledID)", at: 0)
      if !event.tags.contains("acled") { event.tags.append("acled") }
      transaction.addEvent(event)
    }
    commit(transaction, command: command, undoable: false)
    var summary =
      "imported \(imported.count) event\(imported.count == 1 ? "" : "s") from \(display(path))"
    if !result.errors.isEmpty {
      summary += "; \(result.errors.count) record\(result.errors.count == 1 ? "" : "s") skipped"
    }
    acknowledge(summary + "\n", console: &console)
  }

  /// Writes an export atomically; a failure keeps the session as it is.
  private func writeExport(_ text: String, to file: Argument) throws(Diagnostic) -> String {
    let target = context.resolve(file.text, home: home)
    do {
      try AtomicFile.write(Data(text.utf8), to: target)
    } catch {
      throw .error("cannot write '\(file.text)': \(Shell.describe(error))", at: file.range)
    }
    return target
  }
}
