import EventExtraction
import Foundation
import QueryLanguage

extension Shell {
  /// `load events FILE.jsonl...`: adds the events `sitrep extract` wrote, without their articles.
  ///
  /// Each event gets a fresh session id (`e17`) with `part_of` following it, status `extracted`
  /// (unreviewed, as `load` gives), its article as `FILE#ARTICLE` (never a session article id
  /// such as `a3`, and distinct for two files that reuse article ids; there is no article text,
  /// so `show` and `why` have no sentence to quote) and a note naming the line, the file's article
  /// and event ids and the evidence the extractor quoted. Lines that cannot be read are reported
  /// as `FILE:LINE: skipped: ...` and the rest loaded; an article whose events are already in
  /// the session (the same file loaded again) is not added twice. Like `load`, it is not undone
  /// by `undo`, and Ctrl-C leaves the session as it was.
  mutating func loadEvents(_ paths: [Argument], command: String, console: inout some Console)
    throws(Diagnostic)
  {
    var files: [(path: String, argument: Argument)] = []
    for argument in paths {
      let resolved = context.resolve(argument.text, home: home)
      switch scan(resolved) {
      case .success(let found):
        // A directory or glob gives its .jsonl files; a named file is read whatever its name.
        let chosen =
          found == [resolved] ? found : found.filter { $0.lowercased().hasSuffix(".jsonl") }
        guard !chosen.isEmpty else {
          throw .error("no .jsonl files in '\(argument.text)'", at: argument.range)
        }
        files += chosen.map { ($0, argument) }
      case .failure(.notFound): throw .error("no such file '\(argument.text)'", at: argument.range)
      case .failure(.noMatches):
        throw .error("no files match '\(argument.text)'", at: argument.range)
      case .failure(.emptyDirectory):
        throw .error("no .jsonl files in '\(argument.text)'", at: argument.range)
      case .failure(.cancelled): throw Shell.loadCancelled
      case .failure:
        throw .error("cannot read '\(argument.text)'", at: argument.range)
      }
    }
    let started = context.clock()
    var transaction = Transaction(session: session)
    var added = 0
    var skipped = 0
    var repeated = 0
    // Said once the load is done: a file of the wrong kind gets its hint, not a line per record.
    var lineNotes: [String] = []
    for (path, argument) in files {
      if context.isCancelled() {
        context.progress(nil)
        throw .error("load events cancelled; nothing was added", at: nil)
      }
      // Mapped, not copied: the reader makes its own strings of what it keeps.
      guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
      else {
        throw .error(
          "cannot read '\(argument.text)': permission denied or not a file", at: argument.range)
      }
      let name = display(path)
      let read = data.withUnsafeBytes { raw in
        ExtractedEventReader.read(raw.bindMemory(to: UInt8.self)) { done, total in
          if context.isCancelled() { return false }
          context.progress(
            CommandProgress(label: "load events", done: done, total: total, started: started))
          return true
        }
      }
      guard let result = read else {
        context.progress(nil)
        throw .error("load events cancelled; nothing was added", at: nil)
      }
      if result.lines == 0 { lineNotes.append("\(name):1: skipped: the file is empty\n") }
      for error in result.errors.prefix(5) {
        lineNotes.append("\(name):\(error.line): skipped: \(error.message)\n")
      }
      if result.errors.count > 5 {
        lineNotes.append("\(name): \(result.errors.count - 5) more lines skipped\n")
      }
      skipped += result.errors.count
      // Articles of this file whose events are in the session already (the file loaded
      // again) are not added a second time.
      let prefix = name + "#"
      let already = Set(
        transaction.session.events.lazy.map(\.current.article).filter { $0.hasPrefix(prefix) })
      let records = result.records
      var position = [Int](repeating: -1, count: records.count)
      var fresh: [Int] = []
      fresh.reserveCapacity(records.count)
      for i in records.indices
      where already.isEmpty || !already.contains(prefix + records[i].event.article) {
        position[i] = fresh.count
        fresh.append(i)
      }
      repeated += records.count - fresh.count
      let first = transaction.nextIDs(articles: 0, events: fresh.count).event
      let groups = Self.mergeGroups(fresh.map { records[$0].merge }, firstID: first)
      // One string per article, shared by its events.
      var article = ("", "")
      for (offset, i) in fresh.enumerated() {
        let record = records[i]
        var event = record.event
        if article.0 != event.article { article = (event.article, prefix + event.article) }
        event.id = "e\(first + offset)"
        event.article = article.1
        event.partOf = record.whole.map { position[$0] }.flatMap {
          $0 >= 0 ? "e\(first + $0)" : nil
        }
        var loaded = SessionEvent(extracted: event)
        // An exported session's review marks come back with it.
        if let status = record.status { loaded.status = status }
        loaded.tags = record.tags
        loaded.merge = groups[offset]
        loaded.notes = [
          "from \(name):\(record.line), article \(record.event.article), event \(record.event.id)"
            + (record.evidenceText.isEmpty ? "" : ": “\(record.evidenceText)”")
            + (record.partOfOutside.map { "; part of \($0), which is not in the file" } ?? "")
        ]
        transaction.addEvent(loaded)
      }
      added += fresh.count
      let outside = fresh.filter { records[$0].partOfOutside != nil }.map { records[$0].line }
      if !outside.isEmpty {
        let n = outside.count
        let lines = outside.prefix(5).map(String.init).joined(separator: ", ")
        lineNotes.append(
          "\(name): \(n) event\(n == 1 ? "" : "s") with a part_of naming no event in the file "
            + "(line\(n == 1 ? "" : "s") \(lines)\(n > 5 ? ", ..." : "")): loaded on "
            + "\(n == 1 ? "its" : "their") own, counted as incidents\n")
      }
    }
    context.progress(nil)
    let source = files.count == 1 ? display(files[0].path) : "\(files.count) files"
    // Nothing readable is an error (a script stops); a file loaded again is not.
    guard added > 0 || repeated > 0 else {
      let hint = Shell.loadEventsHint(files.first?.path)
      if hint == nil { for note in lineNotes { console.report(note) } }
      throw .error(
        "no events loaded from \(source); the session is unchanged", at: paths.first?.range,
        hint: hint)
    }
    for note in lineNotes { console.report(note) }
    let overlap = Self.articlesAlreadyLoaded(
      transaction.session.events[session.events.count...].map(\.current.article), in: session)
    commit(transaction, command: command, undoable: false)
    var summary = "loaded \(added) event\(added == 1 ? "" : "s") from \(source)"
    if repeated > 0 { summary += "; \(repeated) already loaded" }
    if skipped > 0 { summary += "; \(skipped) line\(skipped == 1 ? "" : "s") skipped" }
    acknowledge(summary + "\n", console: &console)
    if !overlap.isEmpty {
      let named = overlap.prefix(3).joined(separator: ", ") + (overlap.count > 3 ? ", ..." : "")
      let n = overlap.count
      console.report(
        "note: \(n) of these article\(n == 1 ? " is" : "s are") loaded as text already (\(named)): "
          + "\(n == 1 ? "its" : "their") events are now in the session twice, and a tally counts "
          + "both copies\n")
    }
  }

  /// The merge group of each event, given the groups it was exported in, once loaded as
  /// `e(firstID + offset)`: named after its member loaded first; none for a group of one here.
  static func mergeGroups(_ groups: [String?], firstID: Int) -> [String?] {
    var members: [String: [Int]] = [:]
    for (offset, group) in groups.enumerated() {
      if let group { members[group, default: []].append(offset) }
    }
    return groups.map { group in
      guard let group, let offsets = members[group], offsets.count > 1 else { return nil }
      return "e\(firstID + offsets[0])"
    }
  }

  /// The articles named by loaded events (`FILE#ARTICLE`) that the session holds as text: an
  /// article loaded from `ARTICLE` (its file name) or from a corpus line with id `ARTICLE`.
  static func articlesAlreadyLoaded(_ names: [String], in session: Session) -> [String] {
    guard !session.articles.isEmpty, !names.isEmpty else { return [] }
    var loaded = Set<String>()
    for article in session.articles {
      let path = article.path
      loaded.insert((path as NSString).lastPathComponent)
      if let hash = path.lastIndex(of: "#") {
        loaded.insert(String(path[path.index(after: hash)...]))
      }
    }
    var found: [String] = []
    var seen = Set<String>()
    for name in names {
      guard seen.insert(name).inserted, let hash = name.firstIndex(of: "#") else { continue }
      let article = String(name[name.index(after: hash)...])
      if loaded.contains(article) { found.append(article) }
    }
    return found
  }

  /// What to do instead when `load events` read nothing from `path`: articles are loaded with
  /// `load`, ACLED-style CSV is imported with `import events`, a session is opened with `open`,
  /// and GeoJSON or Markdown exports are not read back.
  static func loadEventsHint(_ path: String?) -> String? {
    if looksLikeArticles(path) {
      return "these look like articles ({\"id\", \"text\"}); load them with 'load FILE'"
    }
    let lowered = path?.lowercased() ?? ""
    if lowered.hasSuffix(".csv") {
      return "for events in CSV (ACLED's columns, or 'export events'), use 'import events FILE.csv'"
    }
    if lowered.hasSuffix(".json") {
      return "a saved session is opened with 'open FILE.json'"
    }
    if lowered.hasSuffix(".geojson") || lowered.hasSuffix(".md") {
      return "GeoJSON and Markdown exports are for other tools; 'load events' reads the JSON "
        + "Lines of 'sitrep extract' or 'export events to FILE.jsonl'"
    }
    return nil
  }

  /// Whether the first line of the file at `path` is an article of a JSON Lines corpus (it has
  /// a `"text"` key and no `"evidence"`), for the hint when `load events` is given one.
  static func looksLikeArticles(_ path: String?) -> Bool {
    guard let path, let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let line = firstLine((try? handle.read(upToCount: 64 << 10)) ?? Data())
    return line.contains("\"text\"") && !line.contains("\"evidence\"")
  }

  /// Whether `data` starts with a line of `sitrep extract` output (`"evidence"` and `"rule"`
  /// keys), for the note when `load` is given one.
  static func looksLikeEvents(_ data: Data) -> Bool {
    let line = firstLine(data.prefix(64 << 10))
    return line.contains("\"evidence\"") && line.contains("\"rule\"")
  }

  private static func firstLine(_ data: Data) -> String {
    String(decoding: data.prefix { $0 != 0x0A }, as: UTF8.self)
  }
}
