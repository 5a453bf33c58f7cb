/// Writes one line of `sitrep extract` output (docs/extract-format.md), keys in the documented
/// order, from an ``EventRecord`` or straight from an ``Event`` (``EventLineView``): the one
/// place that knows the line's shape.
enum EventLineWriter {
  /// Appends the line of `f` to `out`, without a trailing newline.
  static func append<F: EventLineFields>(_ f: F, to out: inout [UInt8]) {
    var w = JSONLineWriter()
    defer { w.finish(appendingTo: &out) }
    w.string(f.article, after: #"{"article":"#)
    w.raw(#","id":"#)
    prefixed(f.id, by: f.idPrefix, to: &w)
    w.string(f.typeName, after: #","type":"#)
    if let acled = f.acledTypes {
      w.string(acled.eventType, after: #","acled":{"event_type":"#)
      w.string(acled.subEventType, after: #","sub_event_type":"#)
      w.raw(#"},"cameo":"#)
    } else {
      w.raw(#","acled":null,"cameo":"#)
    }
    w.string(f.cameo)
    w.raw(#","killed":"#)
    write(f.killed, to: &w)
    w.raw(#","injured":"#)
    write(f.injured, to: &w)
    if let place = f.place {
      w.string(place.raw, after: #","place":{"raw":"#)
      w.string(place.name, after: #","name":"#)
      w.string(place.precisionName, after: #","precision":"#)
      w.string(place.admin1, after: #","admin1":"#)
      w.string(place.country, after: #","country":"#)
      w.double(place.latitude, after: #","latitude":"#)
      w.double(place.longitude, after: #","longitude":"#)
      w.string(place.basis, after: #","basis":"#)
      w.raw(#"},"date":"#)
    } else {
      w.raw(#","place":null,"date":"#)
    }
    if let date = f.date {
      w.string(date.startText, after: #"{"start":"#)
      w.string(date.endText, after: #","end":"#)
      w.string(date.precisionName, after: #","precision":"#)
      w.raw(#"},"actors":["#)
    } else {
      w.raw(#"null,"actors":["#)
    }
    for (i, actor) in f.actors.enumerated() {
      if i > 0 { w.raw(",") }
      w.string(actor)
    }
    w.string(f.target, after: #"],"target":"#)
    w.string(f.source, after: #","source":"#)
    w.string(f.scopeName, after: #","scope":"#)
    w.raw(#","part_of":"#)
    if let partOf = f.partOf {
      prefixed(partOf, by: f.idPrefix, to: &w)
    } else {
      w.raw("null")
    }
    w.int(f.evidenceStart, after: #","evidence":{"start":"#)
    w.int(f.evidenceEnd, after: #","end":"#)
    w.raw(#","text":""#)
    f.writeEvidenceText(to: &w)
    w.string(f.rule, after: #""},"rule":"#)
    w.raw("}")
  }

  /// `"prefix#id"` as one JSON string, or `"id"` without a prefix; escaping works byte by byte,
  /// so the parts are escaped one after the other without joining them.
  private static func prefixed(_ id: String, by prefix: String?, to w: inout JSONLineWriter) {
    guard let prefix else { return w.string(id) }
    w.byte(0x22)
    w.escaped(prefix)
    w.byte(0x23)
    w.escaped(id)
    w.byte(0x22)
  }

  private static func write(_ c: (some CasualtyLineFields)?, to w: inout JSONLineWriter) {
    guard let c else { return w.raw("null") }
    w.int(c.low, after: #"{"low":"#)
    w.int(c.best, after: #","best":"#)
    w.int(c.high, after: #","high":"#)
    w.string(c.qualifierName, after: #","qualifier":"#)
    w.string(c.victims, after: #","victims":"#)
    w.raw(#","parts":["#)
    for (i, p) in c.parts.enumerated() {
      w.raw(i > 0 ? #",{"group":"# : #"{"group":"#)
      w.string(p.group)
      w.int(p.count, after: #","count":"#)
      w.raw("}")
    }
    w.raw("]}")
  }
}
