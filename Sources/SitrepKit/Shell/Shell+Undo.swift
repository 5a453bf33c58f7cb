import EventExtraction
import QueryLanguage

extension Shell {
  mutating func undo(_ count: Argument?, console: inout some Console) throws(Diagnostic) {
    let n = try Shell.count(count)
    guard !session.undoable.isEmpty else { throw .error("nothing to undo", at: count?.range) }
    var undone: [String] = []
    for _ in 0..<min(n, session.undoable.count) {
      guard let number = session.undoable.last, let change = session.trail.first(where: { $0.number == number })
      else { break }
      let inverse = change.edits.reversed().map(\.inverted)
      let before = session.revision
      session.apply(inverse)
      record(
        edits: inverse, command: "undo (of #\(number): \(change.command))", kind: .undo(number),
        from: before)
      undone.append("#\(number) \(change.command)")
    }
    acknowledge("undid " + undone.joined(separator: "; ") + "\n", console: &console)
  }

  mutating func redo(console: inout some Console) throws(Diagnostic) {
    guard let number = session.redoable.last, let change = session.trail.first(where: { $0.number == number })
    else { throw .error("nothing to redo", at: nil) }
    let before = session.revision
    session.apply(change.edits)
    record(
      edits: change.edits, command: "redo (of #\(number): \(change.command))", kind: .redo(number),
      from: before)
    acknowledge("redid #\(number) \(change.command)\n", console: &console)
  }

  /// `log [EVENT]`: the audit trail, each field's value before and after.
  func log(_ id: Argument?, console: inout some Console) throws(Diagnostic) {
    if let id { _ = try requireEvent(id) }
    var rows: [[Cell]] = []
    for change in session.trail {
      let lines = change.edits.flatMap { Shell.describe($0, only: id?.text) }
      if id != nil, lines.isEmpty { continue }
      rows.append([
        .number(change.number), .text(change.time), .text(change.analyst), .text(change.command),
        .text(lines.isEmpty ? "" : lines.joined(separator: "; ")),
      ])
    }
    emit(
      Table(columns: [.init("#", alignRight: true), .init("time"), .init("analyst"), .init("command"), .init("changes")], rows: rows),
      console: &console)
  }

  mutating func setAnalyst(_ name: Argument?, console: inout some Console) {
    if let name { context.analyst = name.text }
    acknowledge("analyst \(context.analyst)\n", console: &console)
  }

  static func count(_ argument: Argument?) throws(Diagnostic) -> Int {
    guard let argument else { return 1 }
    guard let n = Int(argument.text), n >= 1 else {
      throw .error("'\(argument.text)' is not a number of changes", at: argument.range)
    }
    return n
  }

  /// One line per changed mark: `e3 tags: – → checked`.
  static func describe(_ eid: String, _ before: EventMarks, _ after: EventMarks) -> [String] {
    var lines: [String] = []
    func diff(_ name: String, _ a: String?, _ b: String?) {
      if a != b { lines.append("\(eid) \(name): \(a ?? "–") → \(b ?? "–")") }
    }
    func list(_ items: [String], _ separator: String) -> String? {
      items.isEmpty ? nil : items.joined(separator: separator)
    }
    diff("status", before.status.rawValue, after.status.rawValue)
    diff("tags", list(before.tags, ", "), list(after.tags, ", "))
    diff("notes", list(before.notes, " | "), list(after.notes, " | "))
    diff("merge", before.merge, after.merge)
    return lines
  }

  /// One line per changed field: `e3 killed: 5 → 50`.
  static func describe(_ edit: Edit, only id: String?) -> [String] {
    switch edit {
    case .event(let before, let after):
      let eid = after?.id ?? before?.id ?? "?"
      if let id, id != eid { return [] }
      guard let before else { return ["\(eid) added"] }
      guard let after else { return ["\(eid) removed"] }
      var lines: [String] = []
      func diff(_ name: String, _ a: String?, _ b: String?) {
        if a != b { lines.append("\(eid) \(name): \(a ?? "–") → \(b ?? "–")") }
      }
      let (x, y) = (before.current, after.current)
      diff("type", x.type.rawValue, y.type.rawValue)
      diff("killed", x.killed?.display, y.killed?.display)
      diff("injured", x.injured?.display, y.injured?.display)
      diff("place", x.place?.name, y.place?.name)
      diff("date", x.date.map { "\($0.start)..\($0.end)" }, y.date.map { "\($0.start)..\($0.end)" })
      diff("scope", x.scope.rawValue, y.scope.rawValue)
      diff("part_of", x.partOf, y.partOf)
      diff("actors", x.actors.joined(separator: ", "), y.actors.joined(separator: ", "))
      diff("target", x.target, y.target)
      diff("source", x.source, y.source)
      return lines + describe(eid, EventMarks(before), EventMarks(after))
    case .marks(let eid, let before, let after):
      if let id, id != eid { return [] }
      return describe(eid, before, after)
    case .article(let before, let after):
      if id != nil { return [] }
      guard let b = before else { return ["\(after?.id ?? "?") loaded"] }
      guard let a = after else { return ["\(b.id) removed"] }
      var lines: [String] = []
      if b.date != a.date { lines.append("\(a.id) date: \(b.date.day?.description ?? "–") → \(a.date.day?.description ?? "–")") }
      if b.title != a.title { lines.append("\(a.id) title: \(b.title) → \(a.title)") }
      if b.outlet != a.outlet { lines.append("\(a.id) source: \(b.outlet ?? "–") → \(a.outlet ?? "–")") }
      return lines
    case .settings(let b, let a):
      return id == nil && b.policy != a.policy ? ["policy: \(b.policy.rawValue) → \(a.policy.rawValue)"] : []
    case .namedSet(let name, let b, let a):
      return id == nil ? ["set \(name): \(b ?? "–") → \(a ?? "–")"] : []
    case .counters: return []
    case .dictionary(let b, let a):
      guard id == nil else { return [] }
      return ["dictionary: \(a.places.count - b.places.count) places, \(a.actors.count - b.actors.count) actors added"]
    }
  }
}
