import Foundation
import Testing

@testable import SitrepKit

@Suite struct JSONCursorTests {
  struct StringCase: CustomTestStringConvertible, Sendable {
    var json: String
    var value: String
    var testDescription: String { json }
  }

  private func reading<T>(_ json: String, _ body: (inout JSONCursor) throws -> T) throws -> T {
    let bytes = Array(json.utf8)
    return try bytes.withUnsafeBufferPointer { buffer in
      var cursor = JSONCursor(buffer)
      return try body(&cursor)
    }
  }

  @Test(arguments: [
    StringCase(json: #""plain""#, value: "plain"),
    StringCase(json: #""a\"b\\c\/d""#, value: "a\"b\\c/d"),
    StringCase(json: #""\n\r\t\b\f""#, value: "\n\r\t\u{08}\u{0C}"),
    StringCase(json: #""caf\u00e9 \u0645""#, value: "caf\u{E9} \u{0645}"),
    StringCase(json: #""\ud83d\ude00!""#, value: "\u{1F600}!"),
    StringCase(json: #""lone \ud83d here""#, value: "lone \u{FFFD} here"),
    StringCase(json: "\"caf\u{E9} \u{1F600}\"", value: "caf\u{E9} \u{1F600}"),
    StringCase(
      json: #""a very long rule name, interned""#, value: "a very long rule name, interned"),
  ])
  func readsStrings(_ c: StringCase) throws {
    #expect(try reading(c.json) { try $0.string(interned: true) } == c.value)
  }

  struct NumberCase: CustomTestStringConvertible, Sendable {
    var json: String
    var value: Double
    var testDescription: String { json }
  }

  @Test(arguments: [
    NumberCase(json: "36.2021", value: 36.2021),
    NumberCase(json: "-37.1343", value: -37.1343),
    NumberCase(json: "0", value: 0),
    NumberCase(json: "12", value: 12),
    NumberCase(json: "1e-05", value: 0.00001),
    NumberCase(json: "2.5E+3", value: 2500),
    NumberCase(json: "0.1234567890123456789", value: 0.1234567890123456789),
  ])
  func readsNumbersExactly(_ c: NumberCase) throws {
    #expect(try reading(c.json) { try $0.double() } == c.value)
  }

  @Test func doublesWrittenAndReadBackAreTheSame() throws {
    for x in [36.2021, -0.1, 1e-7, 123456.789, 5e300, 0.30000000000000004] {
      var writer = JSONByteWriter()
      writer.double("x", x)
      let text = String(decoding: writer.bytes, as: UTF8.self)
      let number = try #require(text.split(separator: ":").last)
      #expect(try reading(String(number)) { try $0.double() } == x)
    }
  }

  @Test func readsWholeNumbersAndRefusesFractions() throws {
    #expect(try reading("[1, -20, 9223372036854775807]") { try $0.ints() } == [1, -20, Int.max])
    #expect(throws: JSONCursor.Failure.self) { try reading("1.5") { try $0.int() } }
    #expect(throws: JSONCursor.Failure.self) {
      try reading("99999999999999999999") { try $0.int() }
    }
  }

  @Test func writtenStringsReadBackTheSame() throws {
    let text = "line\n\t\"q\" \\ \u{01}\u{1F} caf\u{E9} \u{1F600}"
    var writer = JSONByteWriter()
    writer.string(text)
    let json = String(decoding: writer.bytes, as: UTF8.self)
    #expect(json == #""line\n\t\"q\" \\ \u0001\u001f caf"# + "\u{E9} \u{1F600}\"")
    #expect(try reading(json) { try $0.string() } == text)
  }

  struct FailureCase: CustomTestStringConvertible, Sendable {
    var json: String
    var offset: Int
    var problem: String
    var testDescription: String { problem }
  }

  @Test(arguments: [
    FailureCase(json: #"{"a" 1}"#, offset: 5, problem: "expected ':' after a key"),
    FailureCase(json: #"{"a":"x"#, offset: 7, problem: "unexpected end of file"),
    FailureCase(
      json: "{\"a\":\"x\u{01}\"}", offset: 7, problem: "control character inside a string"),
    FailureCase(json: #"{"a":"\q"}"#, offset: 7, problem: "invalid escape in a string"),
    FailureCase(json: #"{"a":"x" "b":1}"#, offset: 9, problem: "expected ',' or '}'"),
  ])
  func failuresNameTheirByte(_ c: FailureCase) throws {
    do {
      try reading(c.json) { cursor in
        var more = try cursor.beginObject()
        while more {
          _ = try cursor.key()
          _ = try cursor.string()
          more = try cursor.next(UInt8(ascii: "}"))
        }
      }
      Issue.record("no failure for \(c.json)")
    } catch let failure as JSONCursor.Failure {
      #expect(failure.offset == c.offset)
      #expect(failure.problem == c.problem)
    }
  }

  @Test func theInternerKeepsOneCopyPerText() throws {
    var interner = StringInterner(capacity: 4)
    var first: [String] = []
    for i in 0..<100 {
      let bytes = Array("a rule name longer than fifteen #\(i)".utf8)
      first.append(bytes.withUnsafeBufferPointer { interner.intern($0) })
    }
    #expect(interner.count == 100)
    for i in 0..<100 {
      let bytes = Array("a rule name longer than fifteen #\(i)".utf8)
      let again = bytes.withUnsafeBufferPointer { interner.intern($0) }
      #expect(again == first[i])
    }
    #expect(interner.count == 100)
  }

  @Test func repeatedListsShareOneArray() throws {
    let json = #"[["Russia","United States"],["Russia"],["Russia","United States"],[],[]]"#
    let bytes = Array(json.utf8)
    let lists = try bytes.withUnsafeBufferPointer { buffer throws(JSONCursor.Failure) in
      var cursor = JSONCursor(buffer)
      var lists: [[String]] = []
      var more = try cursor.beginArray()
      while more {
        lists.append(try cursor.strings(interned: true))
        more = try cursor.next(UInt8(ascii: "]"))
      }
      #expect(cursor.lists.count == 2)
      return lists
    }
    #expect(lists == [["Russia", "United States"], ["Russia"], ["Russia", "United States"], [], []])
    let storage = lists.map { $0.withUnsafeBufferPointer { $0.baseAddress } }
    #expect(storage[0] == storage[2])
    #expect(storage[0] != storage[1])
  }
}
