import EventExtraction

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
    ArticleInput(
      id: id, text: text, title: title, date: date.flatMap { Day(iso: String($0.prefix(10))) },
      source: source)
  }
}

/// Reads JSON Lines corpora one line at a time; a bad line is reported and skipped.
///
/// Lines are read over their bytes (``CorpusLineParser``) with the verdicts and messages
/// `JSONDecoder` gave: `missing field 'id'`, `field 'title' has the wrong type`, `not a JSON
/// object`.
public enum CorpusReader {
  /// A line that could not be read, with its 1-based number.
  public struct LineError: Error, Sendable, Hashable {
    public var line: Int
    public var message: String
  }

  /// Parses one line; nil for a blank line.
  public static func record(line: Substring, number: Int) -> Result<CorpusRecord, LineError>? {
    var line = line
    return line.withUTF8 { record(bytes: $0, number: number) }
  }

  /// Parses one line given as UTF-8 bytes without its `\n`; nil for a blank line.
  public static func record(
    bytes: UnsafeBufferPointer<UInt8>, number: Int
  ) -> Result<CorpusRecord, LineError>? {
    switch CorpusLineParser.record(bytes) {
    case .success(let record): return .success(record)
    case .failure(let failure):
      if isBlank(bytes) { return nil }
      return .failure(LineError(line: number, message: failure.message))
    }
  }

  /// Every record of a corpus text, and the lines that failed.
  ///
  /// - Parameter progress: called every 256 lines with the bytes read so far and in all;
  ///   returning `false` stops the reading (the records so far are returned).
  public static func records(
    in text: String, progress: (_ done: Int, _ total: Int) -> Bool = { _, _ in true }
  ) -> (records: [CorpusRecord], errors: [LineError]) {
    var records: [CorpusRecord] = []
    var errors: [LineError] = []
    var text = text
    text.withUTF8 { bytes in
      var number = 0
      var start = 0
      while start <= bytes.count {
        if number % 256 == 255, !progress(start, bytes.count) { return }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        number += 1
        switch record(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), number: number) {
        case .success(let r): records.append(r)
        case .failure(let e): errors.append(e)
        case nil: break
        }
        start = end + 1
      }
    }
    return (records, errors)
  }

  /// Whether a line is only white space (Unicode's, as `Character.isWhitespace` says).
  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return true }
    guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
    return String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
  }
}
