import EventExtraction
import QueryLanguage

extension Shell {
  /// `add event in ARTICLE "QUOTE" FIELD = VALUE, ...`: an event by hand, the quote its evidence.
  mutating func addEvent(
    _ articleID: Argument, _ quote: Argument, _ assignments: [Assignment], command: String,
    console: inout some Console
  ) throws(Diagnostic) {
    let article = try requireArticle(articleID)
    guard !quote.text.isEmpty, let span = Shell.find(quote.text, in: article.text) else {
      throw .error("the quote does not occur in \(article.id) ('\(article.title)')", at: quote.range,
        hint: "copy the words exactly as the article has them")
    }
    var event = Event(
      id: "", article: article.id, type: .other, evidence: Evidence(span: span, rule: "manual"))
    let editor = FieldEditor(gazetteer: gazetteer)
    var status = EventStatus.manual
    for assignment in assignments {
      if assignment.field.text.lowercased() == "status" {
        guard let s = EventStatus(rawValue: assignment.value.text.lowercased()) else {
          throw Shell.choiceError("status", assignment.value, EventStatus.allCases.map(\.rawValue))
        }
        status = s
        continue
      }
      switch editor.change(assignment.field.text, assignment.value.text, in: session) {
      case .success(let change):
        change(&event)
        event.fieldEvidence[assignment.field.text.lowercased()] = Evidence(span: span, rule: "manual")
      case .failure(.field(let message, let guess)):
        throw .error(message + (guess.map { "; did you mean '\($0)'?" } ?? ""), at: assignment.field.range)
      case .failure(.value(let message, let guess)):
        throw .error(message + (guess.map { "; did you mean '\($0)'?" } ?? ""), at: assignment.value.range)
      }
    }
    var transaction = Transaction(session: session)
    let ids = transaction.nextIDs(articles: 0, events: 1)
    event.id = "e\(ids.event)"
    var added = SessionEvent(extracted: event)
    added.extracted = nil
    added.status = status
    transaction.addEvent(added)
    commit(transaction, command: command)
    console.write("added \(event.id)\n")
  }

  /// The UTF-8 span of the first occurrence of `needle` in `text`.
  static func find(_ needle: String, in text: String) -> TextSpan? {
    let hay = Array(text.utf8)
    let pin = Array(needle.utf8)
    guard !pin.isEmpty, hay.count >= pin.count else { return nil }
    outer: for i in 0...(hay.count - pin.count) where hay[i] == pin[0] {
      for j in 1..<pin.count where hay[i + j] != pin[j] { continue outer }
      return TextSpan(start: i, end: i + pin.count)
    }
    return nil
  }
}
