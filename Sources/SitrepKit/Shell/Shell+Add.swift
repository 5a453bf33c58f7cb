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
    var notes: [String] = []
    for assignment in assignments {
      if assignment.field.text.lowercased() == "note" {
        notes.append(assignment.value.text)
        continue
      }
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
    let inherited = inheritDatePlace(&event, article: article)
    var transaction = Transaction(session: session)
    let ids = transaction.nextIDs(articles: 0, events: 1)
    event.id = "e\(ids.event)"
    var added = SessionEvent(extracted: event)
    added.extracted = nil
    added.status = status
    added.notes = notes
    transaction.addEvent(added)
    commit(transaction, command: command)
    acknowledge("added \(event.id)\(inherited.map { " (\($0))" } ?? "")\n", console: &console)
  }

  /// Gives an event added by hand the date and place it was not given: those of the extracted
  /// event whose sentence holds its quote, else the article's date, as the extractor dates an
  /// event its text leaves undated. Says where they came from, or nil when nothing was taken.
  private func inheritDatePlace(_ event: inout Event, article: Article) -> String? {
    let span = event.evidence.span
    let holder = session.events(of: article.id).lazy
      .filter { $0.status != .rejected }
      .map(\.current)
      .filter { $0.evidence.span.start <= span.start && span.end <= $0.evidence.span.end }
      .min { a, b in
        a.evidence.span.end - a.evidence.span.start < b.evidence.span.end - b.evidence.span.start
      }
    var taken: [String] = []
    var fromHolder = false
    if event.date == nil {
      if let holder, let date = holder.date {
        event.date = date
        event.fieldEvidence["date"] = holder.fieldEvidence["date"] ?? holder.evidence
        taken.append("date")
        fromHolder = true
      } else if let day = article.date.day {
        event.date = .on(day)
        event.fieldEvidence["date"] = Evidence(span: span, rule: "date.article")
        taken.append("the article's date")
      }
    }
    if event.place == nil, let holder, let place = holder.place {
      event.place = place
      event.fieldEvidence["place"] = holder.fieldEvidence["place"] ?? holder.evidence
      taken.append("place")
      fromHolder = true
    }
    guard !taken.isEmpty else { return nil }
    let from = fromHolder ? holder.map { " from \($0.id)" } ?? "" : ""
    return taken.joined(separator: " and ") + from
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
