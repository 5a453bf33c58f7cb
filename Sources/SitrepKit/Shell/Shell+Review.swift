import EventExtraction
import QueryLanguage

extension Shell {
  /// `review [where EXPR]`: walks unreviewed events one at a time.
  ///
  /// Answers: `a` accept, `r` reject, `s` skip, `u` undo the last decision or edit (and go back
  /// to its event), `e FIELD = VALUE` edit and stay, `q` leave. Each decision and each edit is
  /// one change in the audit trail.
  mutating func review(_ filter: Condition?, console: inout some Console) throws(Diagnostic) {
    guard let prompter else {
      throw .error("review needs a terminal or answers on standard input", at: nil)
    }
    let query = ListQuery(subject: .events, subjectRange: Shell.nowhere, filter: filter)
    let queue = try selectEvents(query).filter { $0.status == .extracted }.map(\.id)
    guard !queue.isEmpty else {
      console.write("nothing to review\n")
      return
    }
    var position = 0
    // What this review changed, in order, for `u`: where, and whether it accepted (true),
    // rejected (false) or edited (nil).
    var steps: [(position: Int, accepted: Bool?)] = []
    var accepted = 0
    var rejected = 0
    while position < queue.count {
      let id = queue[position]
      guard let event = session.event(id) else { position += 1; continue }
      console.write(card(event, number: position + 1, of: queue.count))
      guard let answer = prompter("review \(position + 1)/\(queue.count)> ")?.trimmed() else { break }
      let argument = Argument(text: id, range: Shell.nowhere)
      switch answer.lowercased().first {
      case "a":
        try set(.ids([argument]), [Assignment(field: Argument(text: "status", range: Shell.nowhere), value: Argument(text: "accepted", range: Shell.nowhere))], command: "review: accept \(id)", console: &console)
        accepted += 1
        steps.append((position, true))
        position += 1
      case "r":
        try drop(.ids([argument]), restore: false, command: "review: reject \(id)", console: &console)
        rejected += 1
        steps.append((position, false))
        position += 1
      case "s":
        position += 1
      case "u":
        guard let last = steps.popLast() else {
          console.report("nothing decided yet in this review\n")
          continue
        }
        try undo(nil, console: &console)
        if last.accepted == true { accepted -= 1 }
        if last.accepted == false { rejected -= 1 }
        position = last.position
      case "e":
        let edit = String(answer.dropFirst()).trimmed()
        guard case .success(let statement) = Parser.parse("set \(id) \(edit)"), case .set(let t, let values) = statement.command else {
          console.report("write e FIELD = VALUE, for example: e killed = 12\n")
          continue
        }
        do throws(Diagnostic) {
          try set(t, values, command: "review: set \(id) \(edit)", console: &console)
          steps.append((position, nil))
        } catch {
          console.report(error.message + "\n")
        }
      case "q":
        position = queue.count
      default:
        console.report("a accept, r reject, s skip, u undo, e FIELD = VALUE edit, q leave\n")
      }
    }
    console.write("reviewed: \(accepted) accepted, \(rejected) rejected, \(queue.count - accepted - rejected) left\n")
  }

  /// The event as a review card: its sentence with every extracted span marked, and its fields.
  func card(_ event: SessionEvent, number: Int, of total: Int) -> String {
    guard let article = session.article(event.current.article) else { return "" }
    let e = event.current
    let sentence = e.evidence.span
    let spans = e.fieldEvidence.values.map(\.span).filter { sentence.contains($0) }.sorted()
    var text = ""
    var at = sentence.start
    let open = context.colors ? "\u{1B}[7m" : "«"
    let close = context.colors ? "\u{1B}[0m" : "»"
    for span in spans where span.start >= at {
      text += TextSpan(start: at, end: span.start).slice(of: article.text)
      text += open + span.slice(of: article.text) + close
      at = span.end
    }
    text += TextSpan(start: at, end: sentence.end).slice(of: article.text)
    var out = "── \(number) of \(total) ── \(e.id) in \(article.id) \(article.title)\n"
    out += Shell.flatten(text) + "\n"
    out += "  type \(e.type.rawValue)"
    if let k = e.killed { out += " · killed \(k.display)" }
    if let i = e.injured { out += " · injured \(i.display)" }
    if let p = e.place { out += " · place \(p.name)" }
    if let d = e.date { out += " · date \(d.start == d.end ? d.start.description : "\(d.start)..\(d.end)")" }
    out += " · scope \(e.scope.rawValue)\n"
    return out
  }
}
