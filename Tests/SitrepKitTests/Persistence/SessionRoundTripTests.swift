import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// The byte reader and writer: every field kind survives, the bytes are stable, older files open.
@Suite struct SessionRoundTripTests {
  /// A session holding every kind of field: a manual event, a corrected one, a merge, tags and
  /// notes with characters that need escaping, sets, dictionary additions, the trail and stacks.
  static func everyField() -> Session {
    var s = Fixtures.session(
      [
        Fixtures.event("e1", killed: .exactly(12)),
        Fixtures.event("e2", killed: .qualified(.atLeast, 5), partOf: "e1"),
        Fixtures.event("e3", place: nil, date: nil),
      ], articles: ["a1", "a2"])
    s.articles[1].dateline = "ALEPPO, Syria"
    s.articles[1].outlet = nil
    s.articles[1].loadNotes = ["3 invalid UTF-8 sequences replaced"]
    s.articles[1].date = ArticleDate(day: nil, basis: .inferred, note: "latest date + 'Sunday'")
    s.articles[1].text = "Line one\n\t\"quoted\" \\ back\u{01} caf\u{E9} \u{1F600} \u{0645}"
    var killed = Casualties(low: 10, best: 12, high: 15, qualifier: .range, victims: "civilians")
    killed.parts = [CasualtyPart(group: "children", count: 3)]
    s.events[0].current.killed = killed
    s.events[0].current.injured = .qualified(.about, 40)
    s.events[0].current.actors = ["Syrian Arab Army", "Russian Air Force"]
    s.events[0].current.target = "a market"
    s.events[0].current.source = "the Syrian Observatory for Human Rights"
    s.events[0].current.mentions = [TextSpan(start: 37, end: 60)]
    s.events[0].current.place?.latitude = 36.2021
    s.events[0].current.place?.longitude = -37.1343
    s.events[0].current.place?.within = "Aleppo"
    s.events[0].current.place?.basis = "the contested city"
    s.events[0].current.dateExpression = DateExpression(
      kind: .since, raw: "since April 22", month: 4, dayOfMonth: 22)
    s.events[0].current.fieldEvidence["type"] = Evidence(
      span: TextSpan(start: 7, end: 13), rule: "type.killed")
    s.events[0].status = .corrected
    s.events[0].tags = ["checked", "needs \"second\" look"]
    s.events[0].notes = ["recounted from the hospital list\nsecond line"]
    s.events[1].status = .accepted
    s.events[1].merge = "e1"
    s.events[0].merge = "e1"
    var manual = SessionEvent(extracted: Fixtures.event("e4", type: .protest, place: "Homs"))
    manual.extracted = nil
    manual.status = .manual
    s.events.append(manual)
    s.nextEvent = 5
    s.sets = ["big": "events where killed > 5", "z\u{E9} \"q\" \\": "events where place = \"Homs\""]
    s.dictionary.places = [
      GazetteerEntry(name: "al-Sakhour", kind: .neighbourhood, within: "Aleppo")
    ]
    s.dictionary.actors = [
      ActorEntry(name: "Jaysh al-Fatah", kind: "armed-group", country: "Syria")
    ]
    s.analysts = ["analyst", "second"]
    s.settings.policy = .range
    s.settings.output = .markdown
    let edit = Edit.event(
      before: SessionEvent(extracted: Fixtures.event("e1", killed: .exactly(12))),
      after: s.events[0])
    s.trail = [
      Change(
        number: 1, time: "2026-01-02T03:04:05Z", analyst: "analyst", command: "load x", edits: [],
        kind: .load),
      Change(
        number: 2, time: "2026-01-02T03:05:05Z", analyst: "analyst", command: "set e1 killed = 12",
        edits: [edit]),
      Change(
        number: 3, time: "2026-01-02T03:06:05Z", analyst: "second", command: "undo",
        edits: [edit.inverted], kind: .undo(2)),
    ]
    s.undoable = []
    s.redoable = [2]
    return s
  }

  @Test func everyFieldSurvivesSaveAndOpen() throws {
    let session = Self.everyField()
    let opened = try SessionStore.decode(try SessionStore.encode(session))
    #expect(opened == session)
    #expect(opened.events[0].extracted != opened.events[0].current)
    #expect(opened.events[0].extracted?.killed == .exactly(12))
    #expect(opened.events[3].extracted == nil)
    #expect(opened.events[1].extracted == opened.events[1].current)
    #expect(opened.articles[1].text == session.articles[1].text)
    #expect(opened.nextArticle == 3)
    #expect(opened.nextEvent == 5)
  }

  @Test func saveOpenSaveGivesIdenticalBytes() throws {
    let first = try SessionStore.encode(Self.everyField())
    let second = try SessionStore.encode(try SessionStore.decode(first))
    #expect(first == second)
    #expect(first.count > 1000)
  }

  @Test func aSavedRealSessionOpensAndSavesToTheSameBytes() throws {
    let dir = Fixtures.temporaryDirectory()
    let (shell, errors) = SessionSamples.savedShell(in: dir)
    #expect(errors == SessionSamples.notes)
    let saved = try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json"))
    let opened = try SessionStore.open(dir + "/s.json")
    #expect(opened == shell.session)
    try SessionStore.save(opened, to: dir + "/again.json")
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/again.json")) == saved)
  }

  @Test func theFileWritesTheProposalOnlyWhereItDiffers() throws {
    let text = String(decoding: try SessionStore.encode(Self.everyField()), as: UTF8.self)
    #expect(
      text.hasPrefix(
        "{\"format\":\"sitrep-session\",\"version\":3,\"nextArticle\":3,\"nextEvent\":5,"))
    let events = try #require(text.components(separatedBy: "\"events\":[").last)
    // e1 corrected (written), e2 and e3 unchanged (left out), e4 by hand (null).
    #expect(events.components(separatedBy: "\"extracted\":{").count - 1 == 1)
    #expect(events.components(separatedBy: "\"extracted\":null").count - 1 == 1)
    #expect(events.components(separatedBy: "\"current\":{").count - 1 == 4)
  }

  @Test func aVersionOneFileOpensWithItsProposalsAndManualEvents() throws {
    let session = Self.everyField()
    // Version 1 as Foundation wrote it: pretty, keys sorted, `extracted` in full, absent = manual.
    struct V1: Encodable {
      var format = "sitrep-session"
      var version = 1
      var analysts: [String]
      var settings: SessionSettings
      var articles: [Article]
      var events: [SessionEvent]
      var sets: [String: String]
      var dictionary: DictionaryAdditions
      var trail: [Change]
      var undoable: [Int]
      var redoable: [Int]
      var nextArticle: Int
      var nextEvent: Int
    }
    let v1 = V1(
      analysts: session.analysts, settings: session.settings, articles: session.articles,
      events: session.events, sets: session.sets, dictionary: session.dictionary,
      trail: session.trail, undoable: session.undoable, redoable: session.redoable,
      nextArticle: session.nextArticle, nextEvent: session.nextEvent)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let opened = try SessionStore.decode(try encoder.encode(v1))
    #expect(opened == session)
    #expect(opened.events[3].extracted == nil)
    #expect(opened.events[2].extracted == opened.events[2].current)
  }

  @Test func correctingAnUnchangedEventKeepsTheProposal() throws {
    var event = SessionEvent(extracted: Fixtures.event("e1", killed: .exactly(3)))
    event.current.killed = .exactly(4)
    #expect(event.extracted?.killed == .exactly(3))
    #expect(event.current.killed == .exactly(4))
    event.current.killed = .exactly(3)
    #expect(event.extracted == event.current)
    #expect(event == SessionEvent(extracted: Fixtures.event("e1", killed: .exactly(3))))
  }

  @Test func aNewerVersionReadInFullIsStillRefused() throws {
    var text = String(decoding: try SessionStore.encode(Self.everyField()), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"version\":3,", with: "\"version\":4,")
    #expect(throws: SessionStore.Failure.newerVersion(4)) {
      try SessionStore.decode(Data(text.utf8))
    }
  }

  @Test func repeatedRuleNamesShareOneCopy() throws {
    let events = (1...3).map { Fixtures.event("e\($0)") }
    var session = Fixtures.session(events)
    for i in session.events.indices {
      session.events[i].current.evidence.rule = "casualty.killing-n-of-a-long-name"
    }
    let opened = try SessionStore.decode(try SessionStore.encode(session))
    func address(_ s: String) -> UInt? {
      var s = s
      return s.withUTF8 { UInt(bitPattern: $0.baseAddress) }
    }
    let addresses = Set(opened.events.map { address($0.current.evidence.rule) })
    #expect(addresses.count == 1)
  }

  struct LargeFileCase: CustomTestStringConvertible, Sendable {
    var from: String
    var to: String
    var failure: SessionStore.Failure
    var testDescription: String { to }
  }

  /// Files too large for Foundation's decoder to explain are explained by the byte reader.
  @Test(arguments: [
    LargeFileCase(
      from: "\"status\":\"extracted\"", to: "\"status\":\"maybe\"",
      failure: .corrupt("line 1, column 0 (byte 0): unknown value 'maybe'")),
    LargeFileCase(
      from: "\"version\":3,\"nextArticle\":2,", to: "\"version\":4,\"nextArticle\":\"many\",",
      failure: .newerVersion(4)),
    LargeFileCase(
      from: "\"format\":\"sitrep-session\"", to: "\"format\":\"other\"",
      failure: .notASession("other")),
  ])
  func aLargeFileIsExplainedWithoutFoundation(_ c: LargeFileCase) throws {
    let session = Fixtures.session([Fixtures.event("e1")])
    let text = String(decoding: try SessionStore.encode(session), as: UTF8.self)
    let broken = text.replacingOccurrences(of: c.from, with: c.to)
    #expect(broken != text)
    var failure = c.failure
    if case .corrupt = failure {
      let offset = try #require(broken.utf8.firstRange(of: Array("\"maybe\"".utf8))).lowerBound
      let byte = broken.utf8.distance(from: broken.utf8.startIndex, to: offset)
      failure = .corrupt("line 1, column \(byte + 1) (byte \(byte)): unknown value 'maybe'")
    }
    let bytes = Array(broken.utf8)
    #expect(throws: failure) {
      try bytes.withUnsafeBufferPointer { buffer throws(SessionStore.Failure) in
        _ = try SessionStore.read(buffer, explainLimit: 0)
      }
    }
  }
}
