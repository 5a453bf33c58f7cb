import CSV
import Foundation

/// A CSV text read with a header row: each record's fields by column name, with the line it
/// starts on (so errors can name it).
struct CSVTable {
  /// One record, with the 1-based line it starts on.
  struct Record {
    var line: Int
    var fields: [String]
  }

  var header: [String]
  var records: [Record]
  /// False when `progress` asked to stop: `records` then holds only those read before.
  private(set) var complete = true

  /// Reads `text`; nil when it has no header row.
  ///
  /// Quoted fields may hold commas, quotes and line breaks (RFC 4180, read by CSV.swift); line
  /// numbers count the line breaks inside such fields. Blank lines are skipped.
  ///
  /// - Parameter progress: told every 1,000 records the line reached and the text's line count;
  ///   returns false to stop reading (a long file and Ctrl-C).
  init?(text: String, progress: (_ line: Int, _ lines: Int) -> Bool = { _, _ in true }) {
    guard let reader = try? CSVReader(string: text, hasHeaderRow: true),
      let header = reader.headerRow,
      !header.allSatisfy(\.isEmpty)
    else { return nil }
    self.header = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    let lines = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    var line = 2 + CSVTable.lineBreaks(in: header)
    var records: [Record] = []
    while let row = reader.next() {
      if row.count == 1, row[0].isEmpty {
        line += 1
        continue
      }
      records.append(Record(line: line, fields: row))
      line += 1 + CSVTable.lineBreaks(in: row)
      if records.count % 1000 == 0, !progress(min(line, lines), lines) {
        complete = false
        break
      }
    }
    self.records = records
  }

  /// The column index of `name` (lowercase), if the header has it.
  func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// The field of `record` in column `index`, trimmed; nil when absent or empty.
  func value(_ record: Record, _ index: Int?) -> String? {
    guard let index, index < record.fields.count else { return nil }
    let field = record.fields[index]
    // Most fields have nothing to trim: their first and last bytes are ASCII and not blank
    // (Foundation's trimming costs a bridged string a field, most of an import's time).
    if let first = field.utf8.first, let last = field.utf8.last, CSVTable.isSolid(first), CSVTable.isSolid(last) {
      return field
    }
    let value = field.trimmingCharacters(in: .whitespaces)
    return value.isEmpty ? nil : value
  }

  private static func isSolid(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }

  private static func lineBreaks(in fields: [String]) -> Int {
    fields.reduce(0) { count, field in count + field.unicodeScalars.filter { $0 == "\n" }.count }
  }
}
