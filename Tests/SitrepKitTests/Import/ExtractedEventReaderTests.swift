import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct ExtractedEventReaderTests {
  static let text = "Shelling kills 12 in Aleppo. At least 5 of them were children, medics said."

  /// An event as `sitrep extract` would write it for article `000`.
  static func event(
    _ id: String, partOf: String? = nil, killed: Casualties? = .exactly(12)
  ) -> Event {
    Event(
      id: id, article: "000", type: .shelling, killed: killed,
      injured: Casualties(
        low: nil, best: 30, high: nil, qualifier: .about, victims: "people",
        parts: [CasualtyPart(group: "children", count: 4)]),
      place: Place(
        raw: "Aleppo", name: "Aleppo", precision: .city, admin1: "Aleppo", country: "Syria",
        latitude: 36.2021, longitude: 37.1343, basis: nil),
      date: EventDate(
        start: Day(year: 2016, month: 4, day: 28), end: Day(year: 2016, month: 4, day: 30),
        precision: .range),
      actors: ["Syrian government forces"], target: "market", source: "medics",
      scope: .incident, partOf: partOf,
      evidence: Evidence(span: TextSpan(start: 0, end: 28), rule: "type.shelling"))
  }

  static func line(_ event: Event) -> String {
    EventRecord(event: event, text: text).jsonLine()
  }

  static func read(_ text: String) -> ExtractedEventReader.Result {
    ExtractedEventReader.read(Array(text.utf8))
  }

  @Test func readsBackWhatExtractWrites() {
    let written = Self.event("000#1")
    let result = Self.read(Self.line(written) + "\n")
    #expect(result.errors == [])
    #expect(result.lines == 1)
    #expect(result.records.count == 1)
    #expect(result.records.first?.event == written)
    #expect(result.records.first?.evidenceText == "Shelling kills 12 in Aleppo.")
    #expect(result.records.first?.line == 1)
    #expect(result.records.first?.whole == nil)
  }

  @Test func resolvesPartOfWithinTheArticleAndSkipsBlankLines() {
    let whole = Self.line(Self.event("000#1"))
    let part = Self.line(Self.event("000#2", partOf: "000#1", killed: .qualified(.atLeast, 5)))
    // The same local id in another article is another event.
    let other = Self.line(Self.event("000#1")).replacingOccurrences(
      of: #""article":"000""#, with: #""article":"001""#)
    let result = Self.read("\u{FEFF}" + part + "\r\n\n  \n" + whole + "\n" + other)
    #expect(result.errors == [])
    #expect(result.lines == 3)
    #expect(result.records.map(\.line) == [1, 4, 5])
    #expect(result.records.map(\.whole) == [1, nil, nil])
    #expect(result.records.map(\.event.article) == ["000", "000", "001"])
  }

  @Test func anArticleLocalPartOfAsTheFormatDocWritesIt() {
    let whole = Self.line(Self.event("1"))
    let part = Self.line(Self.event("2", partOf: "1"))
    let result = Self.read(whole + "\n" + part + "\n")
    #expect(result.records.map(\.whole) == [nil, 0])
  }

  struct BadLine: Sendable, CustomTestStringConvertible {
    var name: String
    var line: String
    var message: String
    var testDescription: String { name }
  }

  static let good = line(event("000#1"))

  /// The 1-based column (in characters) where `needle` starts in `line`, plus `after`.
  static func column(_ needle: String, in line: String, after: Int = 0) -> Int {
    guard let range = line.range(of: needle) else { return -1 }
    return line.distance(from: line.startIndex, to: range.lowerBound) + 1 + after
  }

  /// `good` with `old` replaced by `new`, and the column where `new` begins plus `after`.
  static func changed(_ old: String, _ new: String, after: Int = 0) -> (String, Int) {
    let line = good.replacingOccurrences(of: old, with: new)
    return (line, column(new, in: line, after: after))
  }

  @Test(arguments: [
    BadLine(name: "not JSON", line: "not json", message: "invalid JSON at column 1: expected '{'"),
    BadLine(
      name: "cut short in a key", line: String(good.prefix(20)),
      message: "invalid JSON at column 21: unexpected end of the line"),
    BadLine(
      name: "cut short in a value", line: String(good.prefix(24)),
      message: "'id' at column 25: unexpected end of the line"),
    BadLine(
      name: "missing key", line: good.replacingOccurrences(of: #""scope":"incident","#, with: ""),
      message: "missing key 'scope'"),
    { () -> BadLine in
      let (line, column) = changed(#""id":"000#1""#, #""id":1"#, after: 5)
      return BadLine(
        name: "wrong type", line: line, message: "'id' at column \(column): expected a string")
    }(),
    { () -> BadLine in
      let (line, column) = changed(#""best":12"#, #""best":"12""#, after: 7)
      return BadLine(
        name: "figure not a number", line: line,
        message: "'killed.best' at column \(column): expected a number")
    }(),
    { () -> BadLine in
      let (line, column) = changed(#""type":"shelling""#, #""type":"shellin""#, after: 7)
      return BadLine(
        name: "unknown type", line: line,
        message: "'type' at column \(column): unknown value 'shellin'")
    }(),
    { () -> BadLine in
      let (line, column) = changed(
        #""start":"2016-04-28""#, #""start":"28/04/2016""#, after: 8)
      return BadLine(
        name: "not a day", line: line,
        message: "'date.start' at column \(column): '28/04/2016' is not a day (YYYY-MM-DD)")
    }(),
    { () -> BadLine in
      let (line, _) = changed(#""qualifier":"exact","#, "")
      return BadLine(
        name: "figure without qualifier", line: line,
        message: "'killed' at column \(column(#""killed":{"#, in: line, after: 9)): "
          + "missing key 'qualifier'")
    }(),
    BadLine(
      name: "two objects", line: good + "{}",
      message: "invalid JSON at column \(good.count + 1): text after the event's closing '}'"),
  ])
  func aBadLineIsSkippedWithItsNumberAndTheGoodOnesKept(_ bad: BadLine) {
    let result = Self.read(Self.good + "\n" + bad.line + "\n")
    #expect(result.errors == [CorpusReader.LineError(line: 2, message: bad.message)])
    #expect(result.records.map(\.line) == [1])
    #expect(result.lines == 2)
  }

  @Test func invalidUTF8IsSkippedWithItsColumn() {
    var bytes = Array(#"{"article":"é"#.utf8)
    bytes += [0xC3, 0x28] + Array("\n".utf8) + Array(Self.good.utf8)
    let result = ExtractedEventReader.read(bytes)
    #expect(
      result.errors == [CorpusReader.LineError(line: 1, message: "invalid UTF-8 at column 14")])
    #expect(result.records.map(\.line) == [2])
  }

  @Test func aPartWhoseWholeIsNotReadFromTheFileIsReadOnItsOwn() {
    let lines = [
      Self.line(Self.event("000#2", partOf: "000#9")),
      Self.good.replacingOccurrences(of: #""rule":"type.shelling""#, with: #""rule":7"#),
      Self.line(Self.event("000#3", partOf: "000#1")),
      Self.line(Self.event("000#4", partOf: "000#3")),
      Self.line(Self.event("000#5")),
      Self.line(Self.event("000#5")),
      Self.line(Self.event("000#6", partOf: "000#7")),
      Self.line(Self.event("000#7")).replacingOccurrences(of: #""rule":"type.shelling""#, with: #""rule":7"#),
    ]
    let result = Self.read(lines.joined(separator: "\n"))
    // Line 7's whole is on line 8, which cannot be read: the part is read on its own.
    #expect(result.records.map(\.line) == [1, 3, 4, 5, 7])
    #expect(result.records.map(\.partOfOutside) == ["000#9", "000#1", nil, nil, "000#7"])
    #expect(result.records.map(\.event.partOf) == [nil, nil, "000#3", nil, nil])
    #expect(result.records.map(\.whole) == [nil, nil, 1, nil, nil])
    #expect(
      result.errors.map { "\($0.line): \($0.message)" } == [
        "2: 'rule' at column \(Self.good.count - 15): expected a string",
        "6: event '000#5' of article '000' is already on line 5",
        "8: 'rule' at column \(Self.good.count - 15): expected a string",
      ])
  }

  @Test func anEmptyFileHasNoLines() {
    for text in ["", "\n\n", "  \r\n"] {
      let result = Self.read(text)
      #expect(result.lines == 0)
      #expect(result.records.isEmpty && result.errors.isEmpty)
    }
  }

  @Test func stopsWhenAskedAndReportsProgress() {
    let text = Array(repeating: Self.good, count: 5).joined(separator: "\n")
    var calls: [[Int]] = []
    let stopped = Array(text.utf8).withUnsafeBufferPointer { bytes in
      ExtractedEventReader.read(bytes, batch: 2) { done, total in
        calls.append([done, total])
        return done < 4
      }
    }
    #expect(stopped == nil)
    #expect(calls == [[2, 5], [4, 5]])
    var progress: [[Int]] = []
    let finished = Array(text.utf8).withUnsafeBufferPointer { bytes in
      ExtractedEventReader.read(bytes, batch: 2) { done, total in
        progress.append([done, total])
        return true
      }
    }
    #expect(progress == [[2, 5], [4, 5], [5, 5]])
    // The same event five times: the first is kept, the others are repeats.
    #expect(finished?.records.count == 1)
    #expect(finished?.errors.count == 4)
  }

  @Test(
    arguments: [
      ([0x61, 0x62], nil), ([0xC3, 0xA9], nil), ([0xE2, 0x80, 0x9C], nil),
      ([0xF0, 0x9F, 0x98, 0x80], nil), ([0x61, 0xC3], 1), ([0xC0, 0x80], 0),
      ([0xED, 0xA0, 0x80], 0), ([0x61, 0x62, 0xE2, 0x28, 0xA1], 2), ([0xFF], 0),
    ] as [([UInt8], Int?)])
  func findsTheFirstInvalidUTF8Byte(_ bytes: [UInt8], _ offset: Int?) {
    #expect(bytes.withUnsafeBufferPointer { ExtractedEventReader.invalidUTF8($0) } == offset)
  }
}
