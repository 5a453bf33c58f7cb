import Foundation

extension SessionReader {
  /// The audit trail (`[Change]` in Foundation's shape, see ``SessionWriter/write(trail:encoder:)``):
  /// event edits read byte by byte like the session's events, any other edit by Foundation.
  mutating func trail() throws(JSONCursor.Failure) -> [Change] {
    var changes: [Change] = []
    var more = try cursor.beginArray()
    while more {
      changes.append(try change())
      more = try cursor.next(UInt8(ascii: "]"))
    }
    return changes
  }

  mutating func change() throws(JSONCursor.Failure) -> Change {
    var analyst: String?
    var command: String?
    var time: String?
    var number: Int?
    var edits: [Edit]?
    var kind: Change.Kind?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("analyst") {
        analyst = try cursor.string(interned: true)
      } else if key.is("command") {
        command = try cursor.string()
      } else if key.is("time") {
        time = try cursor.string()
      } else if key.is("number") {
        number = try cursor.int()
      } else if key.is("edits") {
        edits = try self.edits()
      } else if key.is("kind") {
        kind = try changeKind()
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let analyst, let command, let time, let number, let edits, let kind else {
      throw cursor.failure("a change in the trail lacks a field")
    }
    return Change(number: number, time: time, analyst: analyst, command: command, edits: edits, kind: kind)
  }

  private mutating func edits() throws(JSONCursor.Failure) -> [Edit] {
    var edits: [Edit] = []
    var more = try cursor.beginArray()
    while more {
      cursor.skipSpace()
      let start = cursor.index
      guard try cursor.beginObject() else { throw cursor.failure("an edit of the trail is empty") }
      let kind = try cursor.key()
      if kind.is("marks") {
        edits.append(try marksEdit())
        guard try !cursor.next(UInt8(ascii: "}")) else { throw cursor.failure("an edit has two kinds") }
      } else if kind.is("event") {
        var before: SessionEvent?
        var after: SessionEvent?
        var inner = try cursor.beginObject()
        while inner {
          let key = try cursor.key()
          // The trail's shape: no `extracted` key means an event added by hand.
          if key.is("before") {
            before = try sessionEvent().0
          } else if key.is("after") {
            after = try sessionEvent().0
          } else {
            try cursor.skipValue()
          }
          inner = try cursor.next(UInt8(ascii: "}"))
        }
        guard try !cursor.next(UInt8(ascii: "}")) else { throw cursor.failure("an edit has two kinds") }
        edits.append(.event(before: before, after: after))
      } else {
        cursor.index = start
        edits.append(try cursor.decoded(Edit.self))
      }
      more = try cursor.next(UInt8(ascii: "]"))
    }
    return edits
  }

  /// `{"after": MARKS, "before": MARKS, "id": ID}`.
  private mutating func marksEdit() throws(JSONCursor.Failure) -> Edit {
    var id: String?
    var before: EventMarks?
    var after: EventMarks?
    var more = try cursor.beginObject()
    while more {
      let key = try cursor.key()
      if key.is("id") {
        id = try cursor.string()
      } else if key.is("before") {
        before = try marks()
      } else if key.is("after") {
        after = try marks()
      } else {
        try cursor.skipValue()
      }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let id, let before, let after else { throw cursor.failure("a marks edit lacks a field") }
    return .marks(id: id, before: before, after: after)
  }

  private mutating func marks() throws(JSONCursor.Failure) -> EventMarks {
    var fields = MarkFields()
    var more = try cursor.beginObject()
    while more {
      if try !readMark(try cursor.key(), into: &fields) { try cursor.skipValue() }
      more = try cursor.next(UInt8(ascii: "}"))
    }
    guard let status = fields.status, let tags = fields.tags, let notes = fields.notes else {
      throw cursor.failure("an event's marks lack a field")
    }
    return EventMarks(status: status, tags: tags, notes: notes, merge: fields.merge)
  }

  /// `{"edit":{}}`, `{"load":{}}`, `{"undo":{"_0":N}}` or `{"redo":{"_0":N}}`.
  private mutating func changeKind() throws(JSONCursor.Failure) -> Change.Kind {
    guard try cursor.beginObject() else { throw cursor.failure("a change has no kind") }
    let key = try cursor.key()
    let kind: Change.Kind
    if key.is("edit") || key.is("load") {
      guard try !cursor.beginObject() else { throw cursor.failure("expected {} for the kind of a change") }
      kind = key.is("edit") ? .edit : .load
    } else if key.is("undo") || key.is("redo") {
      var number: Int?
      var more = try cursor.beginObject()
      while more {
        if try cursor.key().is("_0") { number = try cursor.int() } else { try cursor.skipValue() }
        more = try cursor.next(UInt8(ascii: "}"))
      }
      guard let number else { throw cursor.failure("an undo or redo names no change") }
      kind = key.is("undo") ? .undo(number) : .redo(number)
    } else {
      throw cursor.failure("unknown kind of change")
    }
    guard try !cursor.next(UInt8(ascii: "}")) else { throw cursor.failure("a change has two kinds") }
    return kind
  }
}
