import Foundation
import Testing

@testable import SitrepKit

/// One corpus line and what reading it gives: the record's fields or the error message.
struct CorpusLineCase: CustomTestStringConvertible, Sendable {
  var line: String
  /// `id|text|title|date|source|url` with `-` for nil, or `error: message`, or `blank`.
  var expected: String
  var testDescription: String { line.debugDescription }

  init(_ line: String, _ expected: String) {
    self.line = line
    self.expected = expected
  }

  static func describe(_ result: Result<CorpusRecord, CorpusReader.LineError>?) -> String {
    switch result {
    case nil: return "blank"
    case .failure(let e): return "error: \(e.message)"
    case .success(let r):
      return [r.id, r.text, r.title ?? "-", r.date ?? "-", r.source ?? "-", r.url ?? "-"]
        .joined(separator: "|")
    }
  }
}

@Suite struct CorpusReaderTests {
  static let cases: [CorpusLineCase] = [
    .init(#"{"id":"a","text":"b"}"#, "a|b|-|-|-|-"),
    .init(
      #"{"id": "a", "text": "b", "title": "t", "date": "2024-01-05", "source": "s", "url": "u"}"#,
      "a|b|t|2024-01-05|s|u"),
    .init(#"{"id":"a","text":"b","title":null,"extra":[1,{"x":null}]}"#, "a|b|-|-|-|-"),
    // Escapes, \u with surrogate pairs, and text that needs none.
    .init(#"{"id":"a","text":"q\" b\\ s\/ \b\f\n\r\t"}"#, "a|q\" b\\ s/ \u{8}\u{C}\n\r\t|-|-|-|-"),
    .init(
      #"{"id":"a","text":"\u00e9\u0041\u4e2d\uD83D\uDE00\udbff\udfff"}"#, "a|éA中😀\u{10FFFF}|-|-|-|-"
    ),
    .init(#"{"id":"\u0000","text":"caf\u00E9"}"#, "\u{0}|café|-|-|-|-"),
    .init(#"{"\u0069d":"a","text":"b"}"#, "a|b|-|-|-|-"),
    // Lone or mismatched surrogates and bad escapes in a field that is read.
    .init(#"{"id":"a","text":"\ud83d"}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"\ude00x"}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"\ud83d\u0041"}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"\x"}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"\u12"}"#, "error: not a JSON object"),
    .init("{\"id\":\"a\",\"text\":\"tab\there\"}", "error: not a JSON object"),
    // ... but JSONDecoder only skips a string no field reads.
    .init(#"{"id":"a","text":"b","n":"\x \ud800"}"#, "a|b|-|-|-|-"),
    // Missing fields, nulls, wrong types: in the order JSONDecoder reads the fields.
    .init(#"{"text":"b"}"#, "error: missing field 'id'"),
    .init(#"{}"#, "error: missing field 'id'"),
    .init(#"{"id":"a"}"#, "error: missing field 'text'"),
    .init(#"{"id":1,"text":"\x"}"#, "error: field 'id' has the wrong type"),
    .init(#"{"id":"a","text":["b"]}"#, "error: field 'text' has the wrong type"),
    .init(#"{"id":"a","text":"b","date":5}"#, "error: field 'date' has the wrong type"),
    .init(#"{"id":"a","text":"b","url":{}}"#, "error: field 'url' has the wrong type"),
    .init(#"{"id":null,"text":"b"}"#, "error: not a JSON object"),
    .init(#"[1]"#, "error: field '' has the wrong type"),
    .init(#"null"#, "error: not a JSON object"),
    // The first occurrence of a key counts.
    .init(#"{"id":"a","id":1,"text":"b"}"#, "a|b|-|-|-|-"),
    .init(#"{"id":1,"id":"a","text":"b"}"#, "error: field 'id' has the wrong type"),
    // Syntax: JSONDecoder's leniencies and its errors.
    .init(#"{"id":"a","text":"b","n":[1,2,],}"#, "a|b|-|-|-|-"),
    .init(#"{"id":"a","text":"b","n":01,"m":-,"o":1e+}"#, "a|b|-|-|-|-"),
    .init(#"{"id":"a","text":"b","n":.5}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"b",,}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"b"} x"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"b""#, "error: not a JSON object"),
    .init(#"{'id':'a'}"#, "error: not a JSON object"),
    .init(#"{"id":"a","text":"b","n":tru}"#, "error: not a JSON object"),
    .init(#"{"i\x":1,"id":"a","text":"b"}"#, "error: not a JSON object"),
    // White space, CRLF, a byte order mark, blank lines.
    .init(" \t{ \"id\" : \"a\" , \"text\" : \"b\" }\r", "a|b|-|-|-|-"),
    .init("\u{FEFF}{\"id\":\"a\",\"text\":\"b\"}", "a|b|-|-|-|-"),
    .init(" \u{FEFF}{\"id\":\"a\",\"text\":\"b\"}", "error: not a JSON object"),
    .init("{\"id\":\"a\",\"text\":\"b\"}\u{C}", "error: not a JSON object"),
    .init("", "blank"),
    .init(" \t\r", "blank"),
    .init("\u{A0}\u{2003}", "blank"),
  ]

  @Test(arguments: cases)
  func readsALine(_ c: CorpusLineCase) {
    #expect(
      CorpusLineCase.describe(CorpusReader.record(line: Substring(c.line), number: 7)) == c.expected
    )
  }

  /// The hand parser agrees with the JSONDecoder reader it replaced on every case above.
  @Test(arguments: cases)
  func agreesWithJSONDecoder(_ c: CorpusLineCase) {
    let fast = CorpusReader.record(line: Substring(c.line), number: 1)
    #expect(CorpusLineCase.describe(fast) == CorpusLineCase.describe(Self.reference(c.line)))
  }

  @Test func readsInvalidUTF8AsReplacementCharacters() {
    let bytes: [UInt8] = Array(#"{"id":"a","text":"x"#.utf8) + [0xE2, 0x82, 0x22, 0x7D]
    let result = bytes.withUnsafeBufferPointer { CorpusReader.record(bytes: $0, number: 1) }
    #expect(CorpusLineCase.describe(result) == "a|x\u{FFFD}|-|-|-|-")
    let outside: [UInt8] = [0xFF] + Array(#"{"id":"a","text":"b"}"#.utf8)
    let bad = outside.withUnsafeBufferPointer { CorpusReader.record(bytes: $0, number: 3) }
    #expect(CorpusLineCase.describe(bad) == "error: not a JSON object")
  }

  @Test func limitsNestingAt512LevelsAsJSONDecoderDoes() {
    func line(_ depth: Int) -> String {
      #"{"id":"a","text":"b","n":"# + String(repeating: "[", count: depth)
        + String(repeating: "]", count: depth) + "}"
    }
    #expect(
      CorpusLineCase.describe(CorpusReader.record(line: Substring(line(511)), number: 1))
        == "a|b|-|-|-|-")
    #expect(
      CorpusLineCase.describe(CorpusReader.record(line: Substring(line(512)), number: 1))
        == "error: not a JSON object")
  }

  @Test func numbersLinesAndSkipsBlankOnesInAText() {
    let text =
      "{\"id\":\"r1\",\"text\":\"x\"}\r\n\n  \n{\"id\":\"r2\"}\n{\"id\":\"r3\",\"text\":\"y\"}"
    let (records, errors) = CorpusReader.records(in: text)
    #expect(records.map(\.id) == ["r1", "r3"])
    #expect(errors == [CorpusReader.LineError(line: 4, message: "missing field 'text'")])
  }

  /// Mutations of a valid line (bytes dropped, doubled or replaced) read as JSONDecoder reads them.
  @Test func agreesWithJSONDecoderOnMutatedLines() {
    let seeds = [
      #"{"id":"a1","text":"x \"q\" \u00e9\uD83D\uDE00","title":null,"n":[1,-2.5e3,{"k":true}],"date":"2024-05-01"}"#,
      #"{"text":"b","id":"c","source":"AP","extra":{"a":[false,null]}}"#,
      #"{"id":7,"text":"b"}"#, #"{"id":"a","text":[1],"url":"\/"}"#,
    ]
    let alphabet = Array(#"{}[]",:\u0123456789.eE+-tfnrl "#.utf8)
    var rng = SplitMix(seed: 7)
    var disagreements: [String] = []
    var verdicts: [String: Int] = [:]
    for seed in seeds {
      let bytes = Array(seed.utf8)
      for _ in 0..<1500 {
        var line = bytes
        for _ in 0...(rng.next() % 3) {
          let at = Int(rng.next() % UInt64(line.count))
          switch rng.next() % 3 {
          case 0: line.remove(at: at)
          case 1: line.insert(line[at], at: at)
          default: line[at] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
          }
        }
        let text = String(decoding: line, as: UTF8.self)
        let fast = CorpusLineCase.describe(CorpusReader.record(line: Substring(text), number: 1))
        let slow = CorpusLineCase.describe(Self.reference(text))
        if fast != slow { disagreements.append("\(text) => \(fast) / \(slow)") }
        verdicts[fast.hasPrefix("error") ? fast : "read", default: 0] += 1
      }
    }
    #expect(disagreements == [])
    // The mutations reach every verdict, not just one.
    #expect(
      verdicts.keys.sorted() == [
        "error: field 'id' has the wrong type", "error: field 'text' has the wrong type",
        "error: missing field 'id'", "error: missing field 'text'", "error: not a JSON object",
        "read",
      ])
  }

  /// The reader this one replaced: Foundation's JSONDecoder, messages from its errors.
  static func reference(_ line: String) -> Result<CorpusRecord, CorpusReader.LineError>? {
    if line.allSatisfy(\.isWhitespace) { return nil }
    func fail(_ message: String) -> Result<CorpusRecord, CorpusReader.LineError> {
      .failure(CorpusReader.LineError(line: 1, message: message))
    }
    do {
      return .success(try JSONDecoder().decode(CorpusRecord.self, from: Data(line.utf8)))
    } catch let DecodingError.keyNotFound(key, _) {
      return fail("missing field '\(key.stringValue)'")
    } catch let DecodingError.typeMismatch(_, context) {
      return fail(
        "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
      )
    } catch {
      return fail("not a JSON object")
    }
  }

  @Test func reportsItsProgressAndStopsWhenAsked() {
    let text = (0..<600).map { #"{"id":"r\#($0)","text":"Five died."}"# }.joined(separator: "\n")
    var seen: [Int] = []
    let all = CorpusReader.records(in: text) { done, total in
      #expect(total == text.utf8.count)
      seen.append(done)
      return true
    }
    #expect(all.records.count == 600)
    // Before lines 256 and 512: the bytes of the lines read so far, line breaks included.
    func bytes(before line: Int) -> Int {
      (0..<line).reduce(0) { $0 + #"{"id":"r\#($1)","text":"Five died."}"#.utf8.count + 1 }
    }
    #expect(seen == [bytes(before: 255), bytes(before: 511)])
    let stopped = CorpusReader.records(in: text) { _, _ in false }
    #expect(stopped.records.count == 255)
  }
}
