import EventExtraction
import QueryLanguage

extension Shell {
  /// The fields `set ARTICLE` changes.
  static let articleFields = ["date", "title", "source"]

  /// `set ARTICLE date|title|source = VALUE`; a new date re-resolves relative event dates.
  mutating func setArticle(
    _ id: Argument, _ assignments: [Assignment], command: String, console: inout some Console
  ) throws(Diagnostic) {
    guard let index = session.articleIndex(id.text) else { _ = try requireArticle(id); return }
    var transaction = Transaction(session: session)
    var newDate: Day?
    for assignment in assignments {
      switch assignment.field.text.lowercased() {
      case "date":
        guard let day = Day(iso: assignment.value.text) else {
          throw .error("'\(assignment.value.text)' is not a day; write 2014-02-13", at: assignment.value.range)
        }
        newDate = day
        transaction.updateArticle(at: index) { $0.date = ArticleDate(day: day, basis: .analyst) }
      case "title": transaction.updateArticle(at: index) { $0.title = assignment.value.text }
      case "source", "outlet": transaction.updateArticle(at: index) { $0.outlet = assignment.value.text }
      default:
        let guess = closestMatch(to: assignment.field.text, in: Shell.articleFields)
        throw .error(
          "articles have no settable field '\(assignment.field.text)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
          at: assignment.field.range, hint: "articles: " + Shell.articleFields.joined(separator: ", "))
      }
    }
    var changedEvents = 0
    if newDate != nil {
      let article = transaction.session.articles[index]
      changedEvents = reextract(article, in: &transaction).changed.count
    }
    commit(transaction, command: command)
    var message = "changed \(id.text)"
    if newDate != nil { message += "; \(changedEvents) event\(changedEvents == 1 ? "" : "s") re-dated" }
    acknowledge(message + "\n", console: &console)
  }

  /// `extract again [ARTICLE...]`: re-runs extraction, keeping the analyst's work: on every
  /// core in batches, with progress and Ctrl-C between batches (a cancelled run changes nothing).
  mutating func extractAgain(_ ids: [Argument], command: String, console: inout some Console) throws(Diagnostic) {
    var articles: [Article] = []
    for id in ids { articles.append(try requireArticle(id)) }
    if ids.isEmpty { articles = session.articles }
    let extractor = extractor()
    // Each article's events, found in one pass (a scan per article is quadratic in a corpus).
    var eventsOf: [String: [Int]] = [:]
    let wanted = Set(articles.map(\.id))
    for i in session.events.indices where wanted.contains(session.events[i].current.article) {
      eventsOf[session.events[i].current.article, default: []].append(i)
    }
    // Not `beginTransaction()`: Ctrl-C must find the session as it was.
    var transaction = Transaction(session: session)
    var changed = 0
    var added = 0
    var unmatched: [String] = []
    try extractInBatches(
      articles, label: "extract again", untouched: "nothing was changed", extractor: extractor,
      input: Shell.input(of:)
    ) { article, extraction in
      let old = (eventsOf[article.id] ?? []).map { transaction.session.events[$0] }
      let result = fold(extraction, of: article, old: old, in: &transaction)
      changed += result.changed.count
      added += result.added.count
      unmatched += result.unmatched
    }
    commit(transaction, command: command)
    acknowledge("re-extracted \(articles.count) article\(articles.count == 1 ? "" : "s"): \(changed) events changed, \(added) added\n", console: &console)
    if !unmatched.isEmpty {
      console.report("evidence no longer matches for \(Shell.someIDs(unmatched)); kept as they were\n")
    }
  }

  /// "e6, e7 and e9"; past `limit` ids, the first ones and how many more.
  static func someIDs(_ ids: [String], limit: Int = 10) -> String {
    guard ids.count > 1 else { return ids.first ?? "" }
    guard ids.count > limit else { return ids.dropLast().joined(separator: ", ") + " and " + ids[ids.count - 1] }
    return "\(ids.count) events (\(ids.prefix(limit).joined(separator: ", ")) and \(ids.count - limit) more)"
  }

  /// Re-extracts one article into a transaction.
  mutating func reextract(_ article: Article, in transaction: inout Transaction) -> Reextraction {
    let extraction = extractor().extract(Shell.input(of: article))
    return fold(extraction, of: article, old: transaction.session.events(of: article.id), in: &transaction)
  }

  /// What the extractor reads of a session article: its date only when stated or set by hand.
  static func input(of article: Article) -> ArticleInput {
    ArticleInput(
      id: article.id, text: article.text, title: article.title,
      date: article.date.basis == .analyst || article.date.basis == .stated ? article.date.day : nil,
      source: article.outlet)
  }

  /// Folds a fresh extraction of `article` into its `old` events in the transaction.
  private func fold(
    _ extraction: ArticleExtraction, of article: Article, old: [SessionEvent], in transaction: inout Transaction
  ) -> Reextraction {
    let result = Reextraction(
      old: old, new: extraction.events, article: article.id, nextEvent: transaction.session.nextEvent)
    if !result.added.isEmpty { _ = transaction.nextIDs(articles: 0, events: result.added.count) }
    for event in result.events {
      if let index = transaction.session.eventIndex(event.id) {
        transaction.updateEvent(at: index) { $0 = event }
      } else {
        transaction.addEvent(event)
      }
    }
    return result
  }
}
