import EventExtraction
import Foundation

/// Reads articles from a CSV file with named columns: `id` and `text`, optional `title`,
/// `date`, `source`, `url` (any order, any case, other columns ignored).
public enum CSVCorpusReader {
  /// Every article of a CSV text, and the records that failed (by line), which are skipped.
  ///
  /// A file without `id` and `text` columns fails as a whole, reported on line 1.
  ///
  /// - Parameter progress: told every 1,000 records the line reached and the text's line count;
  ///   returns false to stop reading (the records read before are returned).
  public static func records(
    in text: String, progress: (_ line: Int, _ lines: Int) -> Bool = { _, _ in true }
  ) -> (records: [CorpusRecord], errors: [CorpusReader.LineError]) {
    guard let table = CSVTable(text: text, progress: progress) else {
      return ([], [CorpusReader.LineError(line: 1, message: "no header row")])
    }
    let missing = ["id", "text"].filter { table.column($0) == nil }
    guard missing.isEmpty else {
      let names = missing.map { "'\($0)'" }.joined(separator: " and ")
      return ([], [CorpusReader.LineError(line: 1, message: "no \(names) column in the header")])
    }
    let columns = ["id", "text", "title", "date", "source", "url"].map { table.column($0) }
    var records: [CorpusRecord] = []
    var errors: [CorpusReader.LineError] = []
    var seen: Set<String> = []
    for record in table.records {
      if record.fields.count != table.header.count {
        errors.append(
          .init(
            line: record.line,
            message: "\(record.fields.count) fields where the header has \(table.header.count)"))
        continue
      }
      guard let id = table.value(record, columns[0]) else {
        errors.append(.init(line: record.line, message: "empty 'id'"))
        continue
      }
      guard let text = table.value(record, columns[1]) else {
        errors.append(.init(line: record.line, message: "empty 'text' for '\(id)'"))
        continue
      }
      guard seen.insert(id).inserted else {
        errors.append(
          .init(line: record.line, message: "id '\(id)' appears twice; the first was kept"))
        continue
      }
      let date = table.value(record, columns[3])
      if let date, Day(iso: String(date.prefix(10))) == nil {
        errors.append(
          .init(line: record.line, message: "unreadable date '\(date)' for '\(id)'; use YYYY-MM-DD")
        )
        continue
      }
      records.append(
        CorpusRecord(
          id: id, text: text, title: table.value(record, columns[2]), date: date,
          source: table.value(record, columns[4]), url: table.value(record, columns[5])))
    }
    return (records, errors)
  }
}
