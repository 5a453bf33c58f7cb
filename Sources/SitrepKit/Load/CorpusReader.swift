import EventExtraction
import Foundation

/// One article of a JSON Lines corpus: `{"id", "text"}` with optional title, date, source, url.
public struct CorpusRecord: Sendable, Hashable, Decodable {
  public var id: String
  public var text: String
  public var title: String?
  public var date: String?
  public var source: String?
  public var url: String?

  /// The record as extractor input (an unreadable date is dropped, not fatal).
  public var input: ArticleInput {
    ArticleInput(id: id, text: text, title: title, date: date.flatMap { Day(iso: String($0.prefix(10))) }, source: source)
  }
}

/// Reads JSON Lines corpora one line at a time; a bad line is reported and skipped.
public enum CorpusReader {
  /// A line that could not be read, with its 1-based number.
  public struct LineError: Error, Sendable, Hashable {
    public var line: Int
    public var message: String
  }

  /// Parses one line; nil for a blank line.
  public static func record(line: Substring, number: Int) -> Result<CorpusRecord, LineError>? {
    if line.allSatisfy(\.isWhitespace) { return nil }
    do {
      let record = try JSONDecoder().decode(CorpusRecord.self, from: Data(line.utf8))
      return .success(record)
    } catch let DecodingError.keyNotFound(key, _) {
      return .failure(LineError(line: number, message: "missing field '\(key.stringValue)'"))
    } catch let DecodingError.typeMismatch(_, context) {
      let field = context.codingPath.map(\.stringValue).joined(separator: ".")
      return .failure(LineError(line: number, message: "field '\(field)' has the wrong type"))
    } catch {
      return .failure(LineError(line: number, message: "not a JSON object"))
    }
  }

  /// Every record of a corpus text, and the lines that failed.
  public static func records(in text: String) -> (records: [CorpusRecord], errors: [LineError]) {
    var records: [CorpusRecord] = []
    var errors: [LineError] = []
    var number = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      number += 1
      switch record(line: line, number: number) {
      case .success(let r): records.append(r)
      case .failure(let e): errors.append(e)
      case nil: break
      }
    }
    return (records, errors)
  }
}
