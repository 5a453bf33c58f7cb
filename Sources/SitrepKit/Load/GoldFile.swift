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
      let message = message(for: decoding, line: error.text)
      return .failure(LineError(line: error.line, message: message))
    }
  }

  /// What `error` says about `line`: `missing key 'text'`, `key 'fatalities' has the wrong
  /// type; expected a whole number`, `key 'id' is null; expected a string`, `not a JSON object`.
  static func message(for error: DecodingError, line: String) -> String {
    if let message = DecodingErrorText.flat(error) { return message }
    // `JSONDecoder` says a number that fits no `Int` (`1.5`, `1e30`) is invalid JSON, with no
    // key: when the line is a valid object, the key is found here.
    guard let key = fractionalCount(in: line) else { return "not a JSON object" }
    return "key '\(key)' has the wrong type; expected a whole number"
  }

  /// The first count key of ``GoldRecord``, in the order it decodes them, whose value in the
  /// JSON object `line` is a number that is no `Int`; nil when `line` is no JSON object.
  private static func fractionalCount(in line: String) -> String? {
    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    return ["fatalities", "dup_text_count", "dup_text_fatalities_sum"].first { key in
      guard let number = object?[key] as? NSNumber else { return false }
      return Int(exactly: number.doubleValue) == nil
    }
  }
}
