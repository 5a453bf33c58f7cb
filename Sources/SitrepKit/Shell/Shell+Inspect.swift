import EventExtraction
import QueryLanguage

extension Shell {
  func requireArticle(_ id: Argument) throws(Diagnostic) -> Article {
    if let article = session.article(id.text) { return article }
    if let range = Self.idRange(
      id, prefix: "a", first: session.articles.first?.id, last: session.articles.last?.id)
    {
      throw .error("no article '\(id.text)'; \(Self.span("article", range.0, range.1))", at: id.range)
    }
    let hint = closestMatch(to: id.text, in: session.articles.map(\.id))
    throw .error(
      "no article '\(id.text)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")
        + (session.articles.isEmpty ? "; nothing is loaded yet" : ""), at: id.range)
  }

  func requireEvent(_ id: Argument) throws(Diagnostic) -> SessionEvent {
    if let event = session.event(id.text) { return event }
    // A well-formed id past the end is told the range, not a near spelling ('e99999' is not a
    // typo of 'e999'), and without spelling out a million ids.
    if let range = Self.idRange(
      id, prefix: "e", first: session.events.first?.id, last: session.events.last?.id)
    {
      throw .error("no event '\(id.text)'; \(Self.span("event", range.0, range.1))", at: id.range)
    }
    let hint = closestMatch(to: id.text, in: session.events.map(\.id))
    throw .error(
      "no event '\(id.text)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")
        + (session.events.isEmpty ? "; no events yet" : ""), at: id.range)
  }

  /// The first and last ids, when `id` and the last are numbered ids (`e17`, `a3`).
  private static func idRange(
    _ id: Argument, prefix: Unicode.Scalar, first: String?, last: String?
  ) -> (String, String)? {
    let p = UInt8(ascii: prefix)
    guard Session.number(of: id.text, prefix: p) != nil, let first, let last,
      Session.number(of: last, prefix: p) != nil
    else { return nil }
    return (first, last)
  }

  /// "the events are e1 to e13", or "the only event is e1".
  static func span(_ what: String, _ first: String, _ last: String) -> String {
    first == last ? "the only \(what) is \(first)" : "the \(what)s are \(first) to \(last)"
  }

  /// `read ID`: the text wrapped to the width, numbered by its own lines.
  func read(_ id: Argument, console: inout some Console) throws(Diagnostic) {
    let article = try requireArticle(id)
    var out = "\(article.id)  \(article.title)\n"
    out += "date: \(article.date.day?.description ?? "unknown") (\(article.date.basis.rawValue))"
    if let outlet = article.outlet { out += "  outlet: \(outlet)" }
    out += "  path: \(article.path)\n\n"
    let lines = article.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    let gutter = String(lines.count).count
    let width = max(20, context.width - gutter - 3)
    for (n, line) in lines.enumerated() {
      let wrapped = String(line).wrapped(width: width)
      for (i, piece) in wrapped.enumerated() {
        let number = i == 0 ? String(n + 1) : ""
        out += String(repeating: " ", count: gutter - number.count) + number + " │ " + piece + "\n"
      }
    }
    console.write(out)
  }

  /// `show ID`: every field with its value, evidence and rule.
  func show(_ id: Argument, console: inout some Console) throws(Diagnostic) {
    if id.text.first == "a", id.text.dropFirst().allSatisfy(\.isNumber), id.text.count > 1 {
      return showArticle(try requireArticle(id), console: &console)
    }
    let event = try requireEvent(id)
    // An event loaded without its article (`load events`, `import events`) has no text to quote.
    let article =
      session.article(event.current.article)
      ?? Article(
        id: event.current.article, title: "(not in the session)", path: "", sha256: "", text: "",
        date: .unknown, outlet: nil, dateline: nil)
    let e = event.current
    var rows: [[Cell]] = []
    func add(_ field: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      let evidence = e.fieldEvidence[field]
      rows.append([
        .text(field), .text(value), .text(evidence.map { $0.span.slice(of: article.text) } ?? ""),
        .text(evidence?.rule ?? ""),
      ])
    }
    // A field the analyst corrected keeps the extractor's evidence (where it read its value):
    // the value says it was set by hand and what was extracted.
    func addField(_ key: String) {
      guard let hand = Shell.setByHand(key, of: event) else {
        return add(key, Shell.fieldText(key, of: e))
      }
      add(key, hand.now + " — set by hand (extracted: \(hand.extracted))")
    }
    add("id", e.id)
    add("article", "\(e.article) \(article.title)")
    add("status", event.status.rawValue)
    addField("type")
    add("acled", e.type.acled.map { "\($0.eventType) / \($0.subEventType)" })
    add("cameo", e.type.cameo)
    for key in ["killed", "injured", "place", "date", "actors", "target", "source", "scope", "part_of"] {
      addField(key)
    }
    if let group = event.merge {
      let members = session.events.filter { $0.merge == group }
      for member in members {
        // The article and its outlet; the article alone when it has none.
        let outlet = session.article(member.current.article)?.outlet
        let from = ([member.current.article] + [outlet].compactMap { $0 }).joined(separator: ", ")
        add("merged", "\(member.id) (\(from)): killed \(member.current.killed?.display ?? "–")")
      }
      let policy = session.settings.policy
      let figure = Reconciliation.figure(members.compactMap(\.current.killed), policy: policy)
      add("reconciled", "killed \(figure?.display ?? "–") (policy \(policy.rawValue))")
    }
    add("tags", event.tags.joined(separator: ", "))
    add("note", event.notes.joined(separator: "; "))
    if let block = Shell.blockRole(at: e.evidence.span, in: article.text), block != .body {
      add("from", block == .caption ? "a photo caption: check the picture shows this incident" : "the \(block.rawValue)")
    }
    let quoted = article.text.isEmpty ? "(no article text; see the note)" : e.evidence.span.slice(of: article.text)
    rows.append([.text("evidence"), .text(quoted), .empty, .text(e.rule)])
    let table = Table(
      columns: [.init("field"), .init("value"), .init("evidence"), .init("rule")], rows: rows)
    guard session.settings.output == .table else {
      emit(table, console: &console)
      return
    }
    // On a terminal: one field a line, its evidence and rule indented under it, wrapped to fit.
    let width = max(40, context.width - 12)
    var out = ""
    for row in rows {
      let (field, value, evidence, rule) = (row[0].display, Shell.flatten(row[1].display), Shell.flatten(row[2].display), row[3].display)
      for (i, piece) in value.wrapped(width: width).enumerated() {
        out += (i == 0 ? field.padding(10) : String(repeating: " ", count: 10)) + piece + "\n"
      }
      if !evidence.isEmpty || (!rule.isEmpty && field != "evidence") {
        let quoted = evidence.isEmpty ? "" : "“\(evidence)” "
        for piece in (quoted + "· " + rule).wrapped(width: width - 2) {
          out += String(repeating: " ", count: 12) + piece + "\n"
        }
      }
    }
    console.write(out)
  }

  /// `why ID [FIELD]`: the carrying sentence with the field's span marked, and the rule.
  func why(_ id: Argument, _ field: FieldReference?, console: inout some Console) throws(Diagnostic) {
    let event = try requireEvent(id)
    guard let article = session.article(event.current.article) else {
      let whose = event.current.article.isEmpty ? "it has no article" : "its article '\(event.current.article)' is not in the session"
      console.write("\(event.id): \(whose), so there is no text to mark\n")
      for note in event.notes { console.write("note: \(note)\n") }
      return
    }
    let e = event.current
    let name = field.map { Shell.evidenceKey($0.field) } ?? "event"
    let evidence: Evidence
    if let field {
      guard let found = e.fieldEvidence[name] else {
        if let hand = Shell.setByHand(name, of: event) {
          return console.write(
            "\(name): set by hand to \(hand.now) (extracted: \(hand.extracted)); no text of "
              + "\(article.id) was read for it\n")
        }
        throw .error("event \(e.id) has no evidence for '\(field.field.rawValue)'", at: field.range,
          hint: "fields with evidence: " + e.fieldEvidence.keys.sorted().joined(separator: ", "))
      }
      evidence = found
    } else {
      evidence = e.evidence
    }
    let sentence = e.evidence.span.contains(evidence.span) ? e.evidence.span : evidence.span
    let text = article.text
    let before = TextSpan(start: sentence.start, end: evidence.span.start).slice(of: text)
    let marked = evidence.span.slice(of: text)
    let after = TextSpan(start: evidence.span.end, end: sentence.end).slice(of: text)
    // Wrapped at words to the screen with one-character stand-ins for the marks, which then
    // become « » or reverse video (which takes no column).
    let (openMark, closeMark) = ("\u{E000}", "\u{E001}")
    let sentenceText =
      Shell.flatten(before) + openMark + Shell.flatten(marked) + closeMark + Shell.flatten(after)
    var out = sentenceText.wrapped(width: context.width).joined(separator: "\n")
      .replacingOccurrences(of: openMark, with: context.colors ? "\u{1B}[7m" : "«")
      .replacingOccurrences(of: closeMark, with: context.colors ? "\u{1B}[0m" : "»") + "\n"
    // The evidence is where the extractor read the field; a value set since is said so.
    if field != nil, let hand = Shell.setByHand(name, of: event) {
      out += "\(name): set by hand to \(hand.now) (extracted: \(hand.extracted))\n"
    }
    let line = text.utf8.prefix(evidence.span.start).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    out += "\(name): rule \(evidence.rule), \(article.id) line \(line), bytes \(evidence.span.start)-\(evidence.span.end)"
    if let block = Shell.blockRole(at: evidence.span, in: text), block != .body {
      out += block == .caption ? ", in a photo caption" : ", in the \(block.rawValue)"
    }
    console.write(out + "\n")
  }

  /// The role of the article block holding `span` (``ArticleLayout``): a caption's or a
  /// headline's event is worth a second look.
  static func blockRole(at span: TextSpan, in text: String) -> BlockRole? {
    guard !text.isEmpty else { return nil }
    let layout = ArticleLayout(bytes: Array(text.utf8))
    guard let b = layout.blocks.firstIndex(where: { $0.span.start <= span.start && span.start < $0.span.end }) else {
      return nil
    }
    return layout.roles[b]
  }

  /// `find "text"`: every hit in context, with the event whose evidence holds it.
  mutating func find(_ needle: Argument, console: inout some Console) throws(Diagnostic) {
    guard !needle.text.isEmpty else { throw .error("find needs some text", at: needle.range) }
    var index = currentQueryIndex()
    var eventsOfArticle: ((Int) -> [Int])?
    if index.articlesUnique {
      let grouped = index.eventsGroupedByArticle()
      eventsOfArticle = { a in grouped.events[Int(grouped.start[a])..<Int(grouped.start[a + 1])].map { Int($0) } }
    }
    queryIndex = index
    let hits = TextSearch.find(needle.text, in: session, context: 30, eventsOfArticle: eventsOfArticle)
    let rows = hits.prefix(session.settings.output == .table ? 200 : Int.max).map { hit -> [Cell] in
      [.text(hit.article), .text(hit.before), .text(hit.match), .text(hit.after), hit.event.map { .text($0) } ?? .empty]
    }
    var table = Table(
      columns: [.init("article"), .init("before", alignRight: true), .init("match"), .init("after"), .init("event")],
      rows: Array(rows))
    table.notes.append("\(hits.count) hit\(hits.count == 1 ? "" : "s")" + (hits.count > rows.count ? ", \(rows.count) shown" : ""))
    emit(table, console: &console)
  }

  static func evidenceKey(_ field: QueryField) -> String {
    switch field {
    case .killed, .killedLow, .killedHigh, .victims: "killed"
    case .injured, .injuredLow, .injuredHigh: "injured"
    case .place, .admin1, .country: "place"
    case .date, .week, .month, .year: "date"
    case .actor: "actors"
    case .partOf: "part_of"
    case .acledType, .acledSubtype, .cameo: "type"
    default: field.rawValue
    }
  }

  static func describe(_ p: Place) -> String {
    var s = p.name + " (\(p.precision.rawValue)"
    for part in [p.within, p.admin1, p.country].compactMap({ $0 }) where part != p.name { s += ", \(part)" }
    s += ")"
    if let lat = p.latitude, let lon = p.longitude { s += " \(lat),\(lon)" }
    if let basis = p.basis { s += " — \(basis)" }
    return s
  }

  static func parts(_ c: Casualties) -> String {
    c.parts.isEmpty ? "" : " (including " + c.parts.map { "\($0.count) \($0.group)" }.joined(separator: ", ") + ")"
  }

  static func flatten(_ s: String) -> String {
    String(s.map { $0.isNewline ? " " : $0 })
  }
}
