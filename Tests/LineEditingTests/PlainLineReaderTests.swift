import Foundation
import Testing

@testable import LineEditing

@Suite struct PlainLineReaderTests {
  /// Raw input bytes and the lines a reader must return for them.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let lines: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "LF lines", bytes: Array("a\nbb\n".utf8), lines: ["a", "bb"]),
    Case(name: "CRLF lines", bytes: Array("a\r\nbb\r\n".utf8), lines: ["a", "bb"]),
    Case(name: "last line unterminated", bytes: Array("a\nlast".utf8), lines: ["a", "last"]),
    Case(name: "last line CR only", bytes: Array("a\nlast\r".utf8), lines: ["a", "last"]),
    Case(name: "empty lines kept", bytes: Array("\n\nx\n".utf8), lines: ["", "", "x"]),
    Case(name: "empty input", bytes: [], lines: []),
    Case(name: "lone CR inside a line kept", bytes: Array("a\rb\n".utf8), lines: ["a\rb"]),
    Case(
      name: "invalid UTF-8 replaced", bytes: [0x61, 0xFF, 0x62, 0x0A, 0xC3, 0x0A],
      lines: ["a\u{FFFD}b", "\u{FFFD}"]),
    Case(
      name: "UTF-8 kept", bytes: Array("Дамаск حلب\r\nKharkiv\n".utf8),
      lines: ["Дамаск حلب", "Kharkiv"]),
  ]

  @Test(arguments: cases)
  func readsLinesFromAFileDescriptor(_ testCase: Case) throws {
    let lines = try readAll(testCase.bytes)
    #expect(lines == testCase.lines)
  }

  @Test(arguments: cases)
  func textInitSplitsLikeStandardInput(_ testCase: Case) {
    var reader = PlainLineReader(text: String(decoding: testCase.bytes, as: UTF8.self))
    #expect(drain(&reader) == testCase.lines)
  }

  @Test func linesLongerThanOneReadChunkArriveWhole() throws {
    let long = String(repeating: "x", count: 200_000)
    let lines = try readAll(Array("\(long)\nshort\r\n\(long)".utf8))
    #expect(lines.map(\.count) == [200_000, 5, 200_000])
  }

  @Test func givenLinesComeBackInOrderThenNilForever() {
    var reader = PlainLineReader(lines: ["events", "", "count killed"])
    #expect(reader.readLine(prompt: "sitrep> ") == "events")
    #expect(reader.readLine(prompt: "sitrep> ") == "")
    #expect(reader.readLine(prompt: "   ...> ") == "count killed")
    #expect(reader.readLine(prompt: "sitrep> ") == nil)
    #expect(reader.readLine(prompt: "sitrep> ") == nil)
  }

  @Test func addHistoryChangesNothing() {
    var reader = PlainLineReader(lines: ["a"])
    reader.addHistory("b")
    #expect(drain(&reader) == ["a"])
  }

  @Test func endOfFileStaysEndOfFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/input"
    try Data("one".utf8).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    var reader = PlainLineReader(fileDescriptor: descriptor)
    #expect(reader.readLine(prompt: "") == "one")
    #expect(reader.readLine(prompt: "") == nil)
    #expect(reader.readLine(prompt: "") == nil)
  }

  private func readAll(_ bytes: [UInt8]) throws -> [String] {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/input"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    var reader = PlainLineReader(fileDescriptor: descriptor)
    return drain(&reader)
  }

  private func drain(_ reader: inout PlainLineReader) -> [String] {
    var lines: [String] = []
    while let line = reader.readLine(prompt: "sitrep> ") { lines.append(line) }
    return lines
  }
}
