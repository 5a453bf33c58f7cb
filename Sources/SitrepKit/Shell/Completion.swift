import Foundation
import QueryLanguage

/// Tab completion: what fits where the cursor is, given the session.
public enum Completion {
  static let keywords = ["where", "and", "or", "not", "sort", "by", "desc", "limit", "select", "in", "is", "missing", "has", "tag"]

  /// Candidate words for `word`, the word being typed at the end of `line` (the text before the
  /// cursor); the line reader decides where that word starts.
  public static func candidates(
    for line: String, word: String, session: Session, workingDirectory: String
  ) -> [String] {
    let statement = String(line.split(separator: ";", omittingEmptySubsequences: false).last ?? "")
    // Splits the words before the cursor, to know the command and the last keyword or field.
    let separators: Set<Character> = [" ", "\t", "(", ",", "=", "\"", "'", "<", ">", "~", ":"]
    let before = String(statement.dropLast(min(word.count, statement.count)))
    let words = before.split(whereSeparator: { separators.contains($0) }).map { $0.lowercased() }
    let pool = options(words: words, before: before, word: word, session: session, cwd: workingDirectory)
    let lowered = word.lowercased()
    var seen = Set<String>()
    // A quoted value (`"suicide bombing"`) also fits the word typed without its quote.
    return pool.filter { candidate in
      let text = candidate.lowercased()
      let fits = text.hasPrefix(lowered) || (text.first == "\"" && text.dropFirst().hasPrefix(lowered))
      return fits && seen.insert(candidate).inserted
    }
  }

  private static func options(
    words: [String], before: String, word: String, session: Session, cwd: String
  ) -> [String] {
    // A set's name starts a listing as `events` does.
    let sets = session.sets.keys.sorted()
    let isSet = words.first.map { first in sets.contains { $0.lowercased() == first } } ?? false
    guard let command = isSet ? "events" : words.first.flatMap({ CommandCatalog.lookup($0)?.name }) else {
      return words.isEmpty ? CommandCatalog.names + sets : []
    }
    let last = words.last ?? ""
    let fields = QueryField.allCases.map(\.rawValue)
    let trimmed = before.trimmingCharacters(in: .whitespaces)
    switch command {
    case "load", "save", "open", "run":
      if command == "load", words.count == 1, !word.contains("/") {
        return paths(word, cwd: cwd) + ["events", "gazetteer", "actors"]
      }
      return paths(word, cwd: cwd)
    case "chart": return words.count == 1 ? ["to"] : paths(word, cwd: cwd)
    case "export" where last == "to": return paths(word, cwd: cwd)
    case "export" where words.count == 1: return ["events", "tally"] + sets
    case "output": return OutputFormat.allCases.map(\.rawValue)
    case "timer": return ["on", "off"]
    case "policy": return ReconciliationPolicy.allCases.map(\.rawValue)
    case "help": return CommandCatalog.names + ["fields"]
    case "count" where words.count == 1: return ["events", "articles"] + sets
    case "tally" where last == "in", "let" where trimmed.hasSuffix("="):
      return ["events"] + sets
    case "tally" where !words.contains("by"):
      return TallyQuery.Measure.allCases.map(\.rawValue) + ["by"]
    default:
      if let found = eventCommandOptions(
        command, words: words, before: before, word: word, session: session)
      {
        return found
      }
    }
    if isTallyKeyList(command: command, words: words), last == "by" || trimmed.hasSuffix(",") {
      return Shell.tallyKeys.map(\.rawValue)
    }
    if trimmed.hasSuffix("="), let field = words.last.flatMap({ QueryField(name: $0) }) {
      return values(of: field, in: session)
    }
    if let field = QueryField(name: last), ["in", "!="].contains(where: { trimmed.hasSuffix($0) }) || trimmed.hasSuffix("(") {
      return values(of: field, in: session)
    }
    if ["where", "and", "or", "not", "by", "select", ","].contains(last) || trimmed.hasSuffix(",") {
      return fields
    }
    // A listing's subject ("events", "articles", a set) is followed by its clauses, not by an
    // operator, though "events" is also a field of articles.
    let previous = words.dropLast().last
    let isSubject =
      (["events", "articles"].contains(last) || sets.contains { $0.lowercased() == last })
      && (previous == nil || ["count", "in", "export"].contains(previous ?? "")
        || (command == "let" && words.count == 3))
    if isSubject {
      // What may follow: `export events ... to FILE`; a tally's set (`tally ... in SET`) takes
      // no `select`.
      if command == "export" { return ["where", "sort", "limit", "to"] }
      if previous == "in" { return ["where", "sort", "limit"] }
      return ["where", "sort", "limit", "select"]
    }
    // A tally's key is followed by another key or the rest of the tally, not an operator.
    if QueryField(name: last) != nil {
      let isKey = isTallyKeyList(command: command, words: words)
      return isKey ? ["where", "in", "sort", "limit"] : ["=", "!=", "<", ">", "~", "in", "is"]
    }
    return keywords + fields
  }

  /// Whether the words end in a tally's key list (`tally killed by place, month`, also after
  /// `export tally`), where only ``Shell/tallyKeys`` are accepted.
  static func isTallyKeyList(command: String, words: [String]) -> Bool {
    guard command == "tally" || (command == "export" && words.dropFirst().first == "tally"),
      let by = words.lastIndex(of: "by")
    else { return false }
    return !words[by...].contains { ["where", "in", "limit", "to"].contains($0) }
  }

  /// The ids of the session's events that start with `prefix` (any case), read in place: a
  /// Tab after `show e` over a million events must not copy a million events.
  static func eventIDs(startingWith prefix: String, in session: Session) -> [String] {
    let lowered = prefix.lowercased()
    var found: [String] = []
    session.events.withUnsafeBufferPointer { events in
      for i in events.indices where events[i].current.id.lowercased().hasPrefix(lowered) {
        found.append(events[i].current.id)
      }
    }
    return found
  }

  /// Values present in the session for a field (places, types, tags, ...), as typed: quoted
  /// when they hold a space.
  static func values(of field: QueryField, in session: Session) -> [String] {
    presentValues(of: field, in: session).map { $0.contains(" ") ? "\"\($0)\"" : $0 }.sorted()
  }

  /// Values present in the session for a field, as they are.
  static func presentValues(of field: QueryField, in session: Session) -> Set<String> {
    var found = Set<String>()
    // Read in place through the buffer: iterating the array would copy every event.
    session.events.withUnsafeBufferPointer { events in
      for i in events.indices {
        switch events[i].value(of: field, in: session) {
        case .text(let s): found.insert(s)
        case .list(let items): found.formUnion(items)
        default: break
        }
      }
    }
    return found
  }

  /// Files and directories starting with `prefix` (directories end in '/').
  static func paths(_ prefix: String, cwd: String) -> [String] {
    let slash = prefix.lastIndex(of: "/")
    let directoryPart = slash.map { String(prefix[...$0]) } ?? ""
    let directory = directoryPart.hasPrefix("/") ? directoryPart : cwd + "/" + directoryPart
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    return names.sorted().filter { !$0.hasPrefix(".") || prefix.hasSuffix(".") }.map { name in
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
      return directoryPart + name + (isDirectory.boolValue ? "/" : "")
    }
  }
}
