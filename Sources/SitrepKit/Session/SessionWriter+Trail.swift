import Foundation

extension SessionWriter {
  /// The audit trail, in the shape Foundation's encoder gives `[Change]` with sorted keys (the
  /// shape of the journal and of every earlier file), so either reader reads it.
  ///
  /// Event edits, which a re-extraction of a corpus makes by the ten thousand, are written byte
  /// by byte like the session's events; the rare other edits (an article, settings, a named set,
  /// counters, dictionary additions) through `encoder`.
  ///
  /// - Parameter flush: handed the buffer whenever it holds ``chunkSize`` bytes (a bulk edit of a
  ///   million-event session is gigabytes of trail); it empties it.
  mutating func write(trail: [Change], encoder: JSONEncoder, flush: (inout [UInt8]) -> Void) throws {
    json.beginArray()
    for change in trail {
      try write(change, encoder: encoder, flush: flush)
    }
    json.endArray()
  }

  /// One change: `{"analyst", "command", "edits", "kind", "number", "time"}`, handed to `flush`
  /// in chunks of about ``chunkSize`` bytes as its edits are written.
  mutating func write(_ change: Change, encoder: JSONEncoder, flush: (inout [UInt8]) -> Void) throws {
    json.beginObject()
    json.string("analyst", change.analyst)
    json.string("command", change.command)
    json.key("edits")
    json.beginArray()
    for edit in change.edits {
      if json.bytes.count >= chunkSize { flush(&json.bytes) }
      if case .marks(let id, let before, let after) = edit {
        json.beginObject()
        json.key("marks")
        json.beginObject()
        json.key("after")
        write(after)
        json.key("before")
        write(before)
        json.string("id", id)
        json.endObject()
        json.endObject()
        continue
      }
      guard case .event(let before, let after) = edit else {
        json.raw(try encoder.encode(edit))
        continue
      }
      json.beginObject()
      json.key("event")
      json.beginObject()
      if let after {
        json.key("after")
        write(after, proposalInFull: true)
      }
      if let before {
        json.key("before")
        write(before, proposalInFull: true)
      }
      json.endObject()
      json.endObject()
    }
    json.endArray()
    json.key("kind")
    json.beginObject()
    switch change.kind {
    case .edit: emptyCase("edit")
    case .load: emptyCase("load")
    case .undo(let n):
      json.key("undo")
      json.beginObject()
      json.int("_0", n)
      json.endObject()
    case .redo(let n):
      json.key("redo")
      json.beginObject()
      json.int("_0", n)
      json.endObject()
    }
    json.endObject()
    json.int("number", change.number)
    json.string("time", change.time)
    json.endObject()
  }

  /// An event's review marks, keys as Foundation sorts them.
  private mutating func write(_ marks: EventMarks) {
    json.beginObject()
    writeMarkFields(marks)
    json.endObject()
  }

  /// `"name":{}`, an enum case without values as Foundation writes it.
  private mutating func emptyCase(_ name: StaticString) {
    json.key(name)
    json.beginObject()
    json.endObject()
  }
}
