import Foundation
import Testing

@testable import SitrepKit

/// A `DecodingError` in a file's words: a session file's path (`.places[1]`) and kinds of JSON
/// value, a gold record's key and its type with an article.
@Suite struct DecodingErrorTextTests {
  private enum Status: String, Decodable { case checked }

  private struct Place: Decodable {
    var name: String
    var precision: Int
  }

  private struct Record: Decodable {
    var id: String
    var killed: Int?
    var certain: Bool?
    var status: Status?
    var places: [Place]?
  }

  /// The error `JSONDecoder` throws for `json` as a ``Record``.
  private static func error(decoding json: String) -> DecodingError? {
    do {
      _ = try JSONDecoder().decode(Record.self, from: Data(json.utf8))
      return nil
    } catch {
      return error as? DecodingError
    }
  }

  @Test(arguments: [
    ("{}", "missing 'id' at "),
    (
      #"{"id":"a","places":[{"name":"Kandi","precision":1},{"name":"Nikki"}]}"#,
      "missing 'precision' at .places[1]"
    ),
    (#"{"id":5}"#, "wrong value at .id: expected text in quotes"),
    (#"{"id":null}"#, "wrong value at .id: expected text in quotes"),
    (#"{"id":"a","killed":"3"}"#, "wrong value at .killed: expected a number"),
    (#"{"id":"a","certain":1}"#, "wrong value at .certain: expected true or false"),
    (#"{"id":"a","places":{}}"#, "wrong value at .places: expected a list or an object"),
    (
      #"{"id":"a","status":"maybe"}"#,
      "wrong value at .status: Cannot initialize Status from invalid String value maybe"
    ),
  ])
  func wordsASessionFileError(_ json: String, _ text: String) throws {
    let error = try #require(Self.error(decoding: json))
    #expect(DecodingErrorText.nested(error) == text)
  }

  /// With no key, the underlying error's own words, without their final period; an error that
  /// is no `DecodingError` as it describes itself.
  @Test func wordsAnErrorWithNoKeyAsItsCauseDoes() {
    struct DiskFull: Error, CustomStringConvertible {
      var description: String { "no space left on device." }
    }
    let cause = NSError(
      domain: "JSON", code: 1, userInfo: [NSDebugDescriptionErrorKey: "Unexpected end of file."])
    let withCause = DecodingError.dataCorrupted(
      .init(
        codingPath: [], debugDescription: "The given data was not valid JSON.",
        underlyingError: cause))
    let alone = DecodingError.dataCorrupted(
      .init(codingPath: [], debugDescription: "The given data was not valid JSON."))
    #expect(DecodingErrorText.nested(withCause) == "Unexpected end of file")
    #expect(DecodingErrorText.nested(alone) == "The given data was not valid JSON")
    #expect(DecodingErrorText.nested(DiskFull()) == "no space left on device")
  }

  /// Gold-record wording, or nil where the error names no key.
  private static let flatCases: [(String, String?)] = [
    ("{}", "missing key 'id'"),
    (#"{"id":5}"#, "key 'id' has the wrong type; expected a string"),
    (#"{"id":null}"#, "key 'id' is null; expected a string"),
    (#"{"id":"a","killed":"3"}"#, "key 'killed' has the wrong type; expected a whole number"),
    (
      #"{"id":"a","certain":1}"#,
      "key 'certain' has the wrong type; expected a value of another type"
    ),
    (#"{"id":"a","status":"maybe"}"#, "key 'status' has an unreadable value"),
    (#"{"id":"a","killed":1.5}"#, nil),
    (#"["a"]"#, nil),
    (#"{"id":"a""#, nil),
  ]

  @Test(arguments: flatCases)
  func wordsAFlatRecordError(_ json: String, _ text: String?) throws {
    let error = try #require(Self.error(decoding: json))
    #expect(DecodingErrorText.flat(error) == text)
  }
}
