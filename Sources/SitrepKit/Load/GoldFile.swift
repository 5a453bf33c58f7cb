import EventExtraction
import Foundation

/// Reads the gold file of `sitrep evaluate`: human-coded records (``GoldRecord``), one JSON
/// object per line, with a bad line told in the analyst's terms (`missing key 'text'`) rather
/// than in `DecodingError`'s debug text.
public enum GoldFile {
  /// The first line that is no gold record: its 1-based number in the file (blank lines
  /// counted) and what is wrong with it.
  public struct LineError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
  }

  /// The records of `text`, one per non-blank line, or the first line that is none.
  public static func records(jsonLines text: String) -> Result<[GoldRecord], LineError> {
    do throws(GoldRecord.LineError) {
      return .success(try GoldRecord.records(jsonLines: text))
    } catch {
      guard let decoding = error.error as? DecodingError else {
        return .failure(LineError(line: error.line, message: "not a JSON object"))
      }
      let message = message(for: decoding, line: Substring(error.text))
      return .failure(LineError(line: error.line, message: message))
    }
  }

  /// What `error` says about `line`: `missing key 'text'`, `key 'fatalities' has the wrong
  /// type; expected a whole number`, `key 'id' is null; expected a string`, `not a JSON object`.
  static func message(for error: DecodingError, line: Substring) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key '\(keyPath(context.codingPath + [key]))'"
    case .typeMismatch(let type, let context):
      guard !context.codingPath.isEmpty else { return "not a JSON object" }
      return "key '\(keyPath(context.codingPath))' has the wrong type; expected \(expected(type))"
    case .valueNotFound(let type, let context):
      guard !context.codingPath.isEmpty else { return "not a JSON object" }
      return "key '\(keyPath(context.codingPath))' is null; expected \(expected(type))"
    case .dataCorrupted(let context):
      if !context.codingPath.isEmpty {
        return "key '\(keyPath(context.codingPath))' has an unreadable value"
      }
      // `JSONDecoder` says a number that fits no `Int` (`1.5`, `1e30`) is invalid JSON, with
      // no key: when the line is a valid object, the key is found here.
      guard let key = fractionalCount(in: line) else { return "not a JSON object" }
      return "key '\(key)' has the wrong type; expected a whole number"
    @unknown default:
      return "not a JSON object"
    }
  }

  /// The first count key of ``GoldRecord``, in the order it decodes them, whose value in the
  /// JSON object `line` is a number that is no `Int`; nil when `line` is no JSON object.
  private static func fractionalCount(in line: Substring) -> String? {
    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    return ["fatalities", "dup_text_count", "dup_text_fatalities_sum"].first { key in
      guard let number = object?[key] as? NSNumber else { return false }
      return Int(exactly: number.doubleValue) == nil
    }
  }

  /// Dotted names of a coding path (`fatalities`); gold records are flat, so one name.
  private static func keyPath(_ path: [any CodingKey]) -> String {
    path.map(\.stringValue).joined(separator: ".")
  }

  /// The kind of JSON value `type` decodes from, with its article.
  private static func expected(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type: "a whole number"
    case is String.Type: "a string"
    default: "a value of another type"
    }
  }
}
