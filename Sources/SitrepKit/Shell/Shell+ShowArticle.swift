import EventExtraction
import QueryLanguage

extension Shell {
  /// `show a1`: what Sitrep knows about an article (where it came from, its date and how that
  /// was found, its outlet and events), the text itself being `read a1`.
  func showArticle(_ article: Article, console: inout some Console) {
    var rows: [[Cell]] = []
    func add(_ field: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      rows.append([.text(field), .text(value)])
    }
    add("id", article.id)
    add("title", article.title)
    add("path", article.path)
    let date = article.date
    // How the date was found: the rule's own note ("stated: 'May 3, 2016'", "from the file
    // name ..."), else the basis alone.
    let how =
      date.note.map { date.basis == .inferred ? "inferred: \($0)" : $0 }
      ?? (date.basis == .analyst ? "set by hand" : date.basis.rawValue)
    add(
      "date",
      date.day.map { "\($0) (\(how))" }
        ?? "unknown; set it with 'set \(article.id) date = YYYY-MM-DD'")
    add("outlet", article.outlet)
    add("dateline", article.dateline)
    add("words", String(article.wordCount))
    let events = session.events.filter { $0.current.article == article.id }
    let counted = events.filter { $0.status != .rejected }.count
    add(
      "events",
      "\(events.count)" + (counted < events.count ? " (\(events.count - counted) rejected)" : "")
        + (events.isEmpty ? "" : ": " + events.map(\.id).joined(separator: ", ")))
    add("sha256", article.sha256)
    add("notes", article.loadNotes.joined(separator: "; "))
    emit(Table(columns: [.init("field"), .init("value")], rows: rows), console: &console)
  }
}
