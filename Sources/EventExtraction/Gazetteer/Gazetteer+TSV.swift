import Foundation

extension Gazetteer {
  /// Reads Sitrep's own TSV format: `name, kind, within, admin1, country, latitude, longitude,
  /// code, aliases` (aliases `|`-separated); `#` lines are comments.
  ///
  /// - Throws: ``GazetteerError`` for a short line or an unknown kind.
  public static func parseTSV(_ text: String) throws -> [GazetteerEntry] {
    var text = text
    return try text.withUTF8 { try parseTSV(bytes: $0) }
  }

  /// ``parseTSV(_:)`` over UTF-8 bytes: one pass, one `String` per non-empty cell.
  static func parseTSV(bytes t: UnsafeBufferPointer<UInt8>) throws -> [GazetteerEntry] {
    var result: [GazetteerEntry] = []
    result.reserveCapacity(t.count / 64)
    var cells: [Range<Int>] = []
    cells.reserveCapacity(12)
    // One `memcpy` into the string's own buffer (as ``WordScanner`` builds words).
    func text(_ r: Range<Int>) -> String { ASCIIBytes.string(t, r) }
    /// The index of the first `byte` in `t[from..<to]`, or `to`.
    func find(_ byte: UInt8, from: Int, to: Int) -> Int {
      ASCIIBytes.firstIndex(of: byte, in: t, from: from, to: to) ?? to
    }
    var lineNumber = 0
    var start = 0
    while start <= t.count {
      // Line and cell ends found with `memchr` (vectorised), not a byte loop.
      let end = find(0x0A, from: start, to: t.count)
      lineNumber += 1
      defer { start = end + 1 }
      if end == start || t[start] == 0x23 {
        if end == t.count { break }
        continue
      }
      cells.removeAll(keepingCapacity: true)
      var cell = start
      while true {
        let i = find(0x09, from: cell, to: end)
        cells.append(cell..<i)
        if i == end { break }
        cell = i + 1
      }
      guard cells.count >= 5 else {
        throw GazetteerError.malformedLine(lineNumber, text(start..<end))
      }
      guard let kind = kind(UnsafeBufferPointer(rebasing: t[cells[1]])) else {
        throw GazetteerError.unknownKind(line: lineNumber, text(cells[1]))
      }
      func col(_ i: Int) -> String? { i < cells.count && !cells[i].isEmpty ? text(cells[i]) : nil }
      func number(_ i: Int) -> Double? {
        i < cells.count && !cells[i].isEmpty
          ? DecimalReader.double(UnsafeBufferPointer(rebasing: t[cells[i]])) : nil
      }
      var aliases: [String] = []
      if cells.count > 8, !cells[8].isEmpty {
        var bars = 0
        for i in cells[8] where t[i] == 0x7C { bars += 1 }
        aliases.reserveCapacity(bars + 1)
        var a = cells[8].lowerBound
        for i in cells[8].lowerBound...cells[8].upperBound
        where i == cells[8].upperBound || t[i] == 0x7C {
          if i > a { aliases.append(text(a..<i)) }
          a = i + 1
        }
      }
      result.append(
        GazetteerEntry(
          name: text(cells[0]), kind: kind, within: col(2), admin1: col(3), country: col(4),
          latitude: number(5), longitude: number(6),
          code: col(7), aliases: aliases))
      if end == t.count { break }
    }
    return result
  }

  /// The raw values of ``PlacePrecision`` as bytes, for reading a kind without a `String`.
  private static let kindBytes: [([UInt8], PlacePrecision)] = PlacePrecision.allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  /// `PlacePrecision(rawValue:)` of a cell's bytes.
  private static func kind(_ cell: UnsafeBufferPointer<UInt8>) -> PlacePrecision? {
    kindBytes.first { $0.0.elementsEqual(cell) }?.1
  }
}
