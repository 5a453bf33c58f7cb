/// Writes one line of `sitrep extract` output (docs/extract-format.md), keys in the documented
/// order, from an ``EventRecord`` or straight from an ``Event`` (``EventLineView``): the one
/// place that knows the line's shape.
enum EventLineWriter {
  /// Appends the line of `f` to `out`, without a trailing newline.
  static func append<F: EventLineFields>(_ f: F, to out: inout [UInt8]) {
    var w = JSONLineWriter()
    defer { w.finish(appendingTo: &out) }
    w.raw(#"{"article":"#)
    w.string(f.article)
    w.raw(#","id":"#)
    prefixed(f.id, by: f.idPrefix, to: &w)
    w.raw(#","type":"#)
    w.string(f.typeName)
    if let acled = f.acledTypes {
      w.raw(#","acled":{"event_type":"#)
      w.string(acled.eventType)
      w.raw(#","sub_event_type":"#)
      w.string(acled.subEventType)
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
      w.raw(#","place":{"raw":"#)
      w.string(place.raw)
      w.raw(#","name":"#)
      w.string(place.name)
      w.raw(#","precision":"#)
      w.string(place.precisionName)
      w.raw(#","admin1":"#)
      w.string(place.admin1)
      w.raw(#","country":"#)
      w.string(place.country)
      w.raw(#","latitude":"#)
      w.double(place.latitude)
      w.raw(#","longitude":"#)
      w.double(place.longitude)
      w.raw(#","basis":"#)
      w.string(place.basis)
      w.raw(#"},"date":"#)
    } else {
      w.raw(#","place":null,"date":"#)
    }
    if let date = f.date {
      w.raw(#"{"start":"#)
      w.string(date.startText)
      w.raw(#","end":"#)
      w.string(date.endText)
      w.raw(#","precision":"#)
      w.string(date.precisionName)
      w.raw(#"},"actors":["#)
    } else {
      w.raw(#"null,"actors":["#)
    }
    for (i, actor) in f.actors.enumerated() {
      if i > 0 { w.raw(",") }
      w.string(actor)
    }
    w.raw(#"],"target":"#)
    w.string(f.target)
    w.raw(#","source":"#)
    w.string(f.source)
    w.raw(#","scope":"#)
    w.string(f.scopeName)
    w.raw(#","part_of":"#)
    if let partOf = f.partOf {
      prefixed(partOf, by: f.idPrefix, to: &w)
    } else {
      w.raw("null")
    }
    w.raw(#","evidence":{"start":"#)
    w.int(f.evidenceStart)
    w.raw(#","end":"#)
    w.int(f.evidenceEnd)
    w.raw(#","text":""#)
    f.writeEvidenceText(to: &w)
    w.raw(#""},"rule":"#)
    w.string(f.rule)
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
    w.raw(#"{"low":"#)
    w.int(c.low)
    w.raw(#","best":"#)
    w.int(c.best)
    w.raw(#","high":"#)
    w.int(c.high)
    w.raw(#","qualifier":"#)
    w.string(c.qualifierName)
    w.raw(#","victims":"#)
    w.string(c.victims)
    w.raw(#","parts":["#)
    for (i, p) in c.parts.enumerated() {
      w.raw(i > 0 ? #",{"group":"# : #"{"group":"#)
      w.string(p.group)
      w.raw(#","count":"#)
      w.int(p.count)
      w.raw("}")
    }
    w.raw("]}")
  }
}
