import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// The audit trail is read and written byte by byte in the shape Foundation gives `[Change]`:
/// each side reads what the other writes, for every kind of edit and change.
@Suite struct TrailCodingTests {
  /// A trail with every kind of edit: an event corrected, added by hand (no proposal), added by
  /// extraction, removed; an article, settings, a named set, counters, dictionary additions;
  /// a load, an undo and a redo.
  static func everyKindOfChange() -> Session {
    var s = SessionRoundTripTests.everyField()
    let corrected = s.events[0]
    let original = SessionEvent(extracted: Fixtures.event("e1", killed: .exactly(12)))
    let manual = s.events[3]
    var article = s.articles[1]
    article.date = ArticleDate(day: Day(year: 2016, month: 5, day: 1), basis: .analyst)
    var settings = s.settings
    settings.policy = .best
    var dictionary = s.dictionary
    dictionary.places.append(GazetteerEntry(name: "Bustan al-Qasr", kind: .neighbourhood, within: "Aleppo"))
    let edits: [Edit] = [
      .event(before: original, after: corrected),
      .event(before: nil, after: manual),
      .event(before: nil, after: SessionEvent(extracted: Fixtures.event("e9", killed: .qualified(.nearly, 250)))),
      .event(before: s.events[2], after: nil),
      .article(before: s.articles[1], after: article),
      .settings(before: s.settings, after: settings),
      .namedSet(name: "big \"one\"", before: nil, after: "events where killed > 5"),
      .counters(before: [3, 5], after: [3, 10]),
      .dictionary(before: s.dictionary, after: dictionary),
      .marks(
        id: "e2", before: EventMarks(s.events[1]),
        after: EventMarks(status: .rejected, tags: ["dup \"of\" e1"], notes: ["same strike"], merge: nil)),
    ]
    func change(_ n: Int, _ command: String, _ edits: [Edit], _ kind: Change.Kind) -> Change {
      Change(number: n, time: "2026-11-21T20:0\(n):00Z", analyst: "rh", command: command, edits: edits, kind: kind)
    }
    s.trail = [
      change(1, "load x", [], .load),
      change(2, "extract again; \"quoted\" \\ é", edits, .edit),
      change(3, "undo", edits.reversed().map(\.inverted), .undo(2)),
      change(4, "redo", edits, .redo(2)),
    ]
    return s
  }

  private struct TrailOnly: Codable {
    var trail: [Change]
  }

  @Test func foundationReadsTheTrailTheByteWriterWrites() throws {
    let session = Self.everyKindOfChange()
    let file = try SessionStore.encode(session)
    let read = try JSONDecoder().decode(TrailOnly.self, from: file).trail
    #expect(read == session.trail)
    #expect(read[1].edits.count == 10)
    // The hand-made event has no proposal: the trail leaves `extracted` out, as Foundation does.
    if case .event(nil, let after?) = read[1].edits[1] {
      #expect(after.extracted == nil)
    } else {
      Issue.record("the second edit is not an added event")
    }
  }

  @Test func theByteReaderReadsTheTrailFoundationWrites() throws {
    let session = Self.everyKindOfChange()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let foundation = try encoder.encode(TrailOnly(trail: session.trail))
    let read = try foundation.withUnsafeBytes { raw in
      var reader = SessionReader(raw.bindMemory(to: UInt8.self))
      _ = try reader.cursor.beginObject()
      _ = try reader.cursor.key()
      return try reader.trail()
    }
    #expect(read == session.trail)
    // And the whole session through the byte writer and reader.
    #expect(try SessionStore.decode(try SessionStore.encode(session)).trail == session.trail)
  }

  @Test func journalsOfEitherWriterRecoverTheSameChanges() throws {
    let trail = Self.everyKindOfChange().trail
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var foundation = Data()
    var bytes = Data()
    for change in trail {
      foundation.append(try encoder.encode(change))
      foundation.append(0x0A)
      bytes.append(contentsOf: try ChangeCoding.bytes(of: change))
      bytes.append(0x0A)
    }
    #expect(SessionJournal.recover(from: foundation).changes == trail)
    #expect(SessionJournal.recover(from: bytes).changes == trail)
    let lines = bytes.split(separator: 0x0A)
    #expect(try lines.map { try JSONDecoder().decode(Change.self, from: Data($0)) } == trail)
    // Text after a record's change makes the line damaged, as Foundation's decoder would say.
    var damaged = Data(lines[0])
    damaged.append(contentsOf: Array("x\n".utf8) + Array(lines[1]) + [0x0A])
    let recovery = SessionJournal.recover(from: damaged)
    #expect(recovery.changes.isEmpty && recovery.damagedLine == 1)
  }

  @Test(arguments: [
    ("[{\"analyst\":\"a\",\"command\":\"x\",\"edits\":[],\"number\":1,\"time\":\"t\"}]",
     "a change in the trail lacks a field"),
    ("[{\"analyst\":\"a\",\"command\":\"x\",\"edits\":[],\"kind\":{\"purge\":{}},\"number\":1,\"time\":\"t\"}]",
     "unknown kind of change"),
    ("[{\"analyst\":\"a\",\"command\":\"x\",\"edits\":[{}],\"kind\":{\"edit\":{}},\"number\":1,\"time\":\"t\"}]",
     "an edit of the trail is empty"),
    ("[{\"analyst\":\"a\",\"command\":\"x\",\"edits\":[],\"kind\":{\"undo\":{}},\"number\":1,\"time\":\"t\"}]",
     "an undo or redo names no change"),
  ])
  func aDamagedTrailSaysWhatIsWrong(json: String, problem: String) {
    var bytes = Array(json.utf8)
    let failure = bytes.withUnsafeMutableBufferPointer { buffer -> JSONCursor.Failure? in
      var reader = SessionReader(UnsafeBufferPointer(buffer))
      do {
        _ = try reader.trail()
        return nil
      } catch {
        return error as? JSONCursor.Failure
      }
    }
    #expect(failure?.problem == problem)
  }
}
