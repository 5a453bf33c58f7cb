import EventExtraction
import Foundation

/// Writes a session file (format version 3, docs/session-format.md) as compact JSON straight into
/// a byte buffer, handing it on in chunks: the file never exists whole in memory.
///
/// The header and small parts come first, the articles and events last; keys inside records are
/// in sorted order, so the same session always gives the same bytes.
struct SessionWriter {
  var json = JSONByteWriter()
  /// How many bytes are gathered before they are handed on.
  var chunkSize = 1 << 20
  /// Told after each chunk how many of the session's records (articles, then events) are
  /// written, and of how many; false stops the write with ``Cancelled``.
  var progress: (_ done: Int, _ total: Int) -> Bool = { _, _ in true }

  /// Foundation's encoder as the file's small parts need it: keys sorted, slashes as they are.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The write was stopped by ``progress``.
  struct Cancelled: Error {}

  /// Writes `s`, handing each chunk of about ``chunkSize`` bytes (and the last, smaller one) to
  /// `flush`, which empties the buffer it is given.
  ///
  /// - Throws: what Foundation's encoder throws for the trail or the dictionary additions.
  mutating func write(_ s: Session, flush: (inout [UInt8]) -> Void) throws {
    let total = s.articles.count + s.events.count
    guard progress(0, total) else { throw Cancelled() }
    let encoder = SessionWriter.encoder()
    json.beginObject()
    json.key("format")
    json.string(SessionFile.formatName)
    json.int("version", SessionFile.currentVersion)
    json.int("nextArticle", s.nextArticle)
    json.int("nextEvent", s.nextEvent)
    json.key("analysts")
    json.strings(s.analysts)
    json.key("settings")
    json.beginObject()
    json.string("output", s.settings.output.rawValue)
    json.string("policy", s.settings.policy.rawValue)
    json.endObject()
    json.key("sets")
    json.beginObject()
    for (name, query) in s.sets.sorted(by: { $0.key < $1.key }) {
      json.key(named: name)
      json.string(query)
    }
    json.endObject()
    json.key("dictionary")
    json.raw(try encoder.encode(s.dictionary))
    json.key("trail")
    try write(trail: s.trail, encoder: encoder, flush: flush)
    json.key("undoable")
    json.ints(s.undoable)
    json.key("redoable")
    json.ints(s.redoable)
    var done = 0
    func flushed(_ json: inout JSONByteWriter) throws(Cancelled) {
      flush(&json.bytes)
      guard progress(done, total) else { throw Cancelled() }
    }
    json.key("articles")
    json.beginArray()
    for article in s.articles {
      write(article)
      done += 1
      if json.bytes.count >= chunkSize { try flushed(&json) }
    }
    json.endArray()
    json.key("events")
    json.beginArray()
    for event in s.events {
      write(event)
      done += 1
      if json.bytes.count >= chunkSize { try flushed(&json) }
    }
    json.endArray()
    json.endObject()
    flush(&json.bytes)
  }

  private mutating func write(_ a: Article) {
    json.beginObject()
    json.key("date")
    json.beginObject()
    json.string("basis", a.date.basis.rawValue)
    json.string("day", a.date.day?.description)
    json.string("note", a.date.note)
    json.endObject()
    json.string("dateline", a.dateline)
    json.string("id", a.id)
    json.key("loadNotes")
    json.strings(a.loadNotes)
    json.string("outlet", a.outlet)
    json.string("path", a.path)
    json.string("sha256", a.sha256)
    json.string("text", a.text)
    json.string("title", a.title)
    json.endObject()
  }

  /// One event; `extracted` only when it differs from `current` (null for an event added by hand).
  ///
  /// - Parameter proposalInFull: the trail's shape instead (Foundation's, format version 1):
  ///   `extracted` always written, left out for an event added by hand.
  mutating func write(_ e: SessionEvent, proposalInFull: Bool = false) {
    json.beginObject()
    json.key("current")
    write(e.current)
    if proposalInFull {
      if let extracted = e.extracted {
        json.key("extracted")
        write(extracted)
      }
    } else if !e.extractedIsCurrent {
      json.key("extracted")
      if let extracted = e.extracted { write(extracted) } else { json.raw("null") }
    }
    writeMarkFields(EventMarks(e))
    json.endObject()
  }

  /// An event's review marks as members of the object being written, keys sorted (they sort
  /// after `current` and `extracted`).
  mutating func writeMarkFields(_ marks: EventMarks) {
    json.string("merge", marks.merge)
    json.key("notes")
    json.strings(marks.notes)
    json.string("status", marks.status.rawValue)
    json.key("tags")
    json.strings(marks.tags)
  }

  private mutating func write(_ e: Event) {
    json.beginObject()
    json.key("actors")
    json.strings(e.actors)
    json.string("article", e.article)
    if let date = e.date {
      json.key("date")
      json.beginObject()
      json.string("end", date.end.description)
      json.string("precision", date.precision.rawValue)
      json.string("start", date.start.description)
      json.endObject()
    }
    if let d = e.dateExpression {
      json.key("dateExpression")
      json.beginObject()
      json.int("count", d.count)
      json.int("dayOfMonth", d.dayOfMonth)
      json.string("end", d.end?.description)
      json.string("kind", d.kind.rawValue)
      json.int("month", d.month)
      json.string("raw", d.raw)
      json.string("start", d.start?.description)
      json.int("weekday", d.weekday)
      json.int("year", d.year)
      json.endObject()
    }
    json.key("evidence")
    write(e.evidence)
    json.key("fieldEvidence")
    json.beginObject()
    if e.fieldEvidence.count == 1, let only = e.fieldEvidence.first {
      json.key(named: only.key)
      write(only.value)
    } else {
      for (field, evidence) in e.fieldEvidence.sorted(by: { $0.key < $1.key }) {
        json.key(named: field)
        write(evidence)
      }
    }
    json.endObject()
    json.string("id", e.id)
    write("injured", e.injured)
    write("killed", e.killed)
    json.key("mentions")
    json.beginArray()
    for span in e.mentions { write(span) }
    json.endArray()
    json.string("partOf", e.partOf)
    if let p = e.place {
      json.key("place")
      json.beginObject()
      json.string("admin1", p.admin1)
      json.string("basis", p.basis)
      json.string("country", p.country)
      json.double("latitude", p.latitude)
      json.double("longitude", p.longitude)
      json.string("name", p.name)
      json.string("precision", p.precision.rawValue)
      json.string("raw", p.raw)
      json.string("within", p.within)
      json.endObject()
    }
    json.string("scope", e.scope.rawValue)
    json.string("source", e.source)
    json.string("target", e.target)
    json.string("type", e.type.rawValue)
    json.endObject()
  }

  private mutating func write(_ name: StaticString, _ c: Casualties?) {
    guard let c else { return }
    json.key(name)
    json.beginObject()
    json.int("best", c.best)
    json.int("high", c.high)
    json.int("low", c.low)
    json.key("parts")
    json.beginArray()
    for part in c.parts {
      json.beginObject()
      json.int("count", part.count)
      json.string("group", part.group)
      json.endObject()
    }
    json.endArray()
    json.string("qualifier", c.qualifier.rawValue)
    json.string("victims", c.victims)
    json.endObject()
  }

  private mutating func write(_ evidence: Evidence) {
    json.beginObject()
    json.string("rule", evidence.rule)
    json.key("span")
    write(evidence.span)
    json.endObject()
  }

  private mutating func write(_ span: TextSpan) {
    json.beginObject()
    json.int("end", span.end)
    json.int("start", span.start)
    json.endObject()
  }
}
