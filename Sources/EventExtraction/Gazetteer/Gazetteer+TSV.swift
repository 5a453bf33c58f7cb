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
          ? coordinate(UnsafeBufferPointer(rebasing: t[cells[i]])) : nil
      }
      var aliases: [String] = []
      if cells.count > 8, !cells[8].isEmpty {
        // `|`s found with `memchr`, as lines and cells are (a megabyte of aliases).
        let cell = cells[8]
        var bars = 0
        var i = cell.lowerBound
        while i < cell.upperBound {
          i = find(0x7C, from: i, to: cell.upperBound) + 1
          bars += 1
        }
        aliases.reserveCapacity(bars)
        var a = cell.lowerBound
        while a <= cell.upperBound {
          let bar = find(0x7C, from: a, to: cell.upperBound)
          if bar > a { aliases.append(text(a..<bar)) }
          a = bar + 1
        }
      }
      // Built, then moved into the array (appending the initialiser's result copied the entry).
      let entry = GazetteerEntry(
        name: text(cells[0]), kind: kind, within: col(2), admin1: col(3), country: col(4),
        latitude: number(5), longitude: number(6),
        code: col(7), aliases: consume aliases)
      result.append(consume entry)
      if end == t.count { break }
    }
    return result
  }

  /// The raw values of ``PlacePrecision`` as bytes, for reading a kind without a `String`.
  private static let kindBytes: [([UInt8], PlacePrecision)] = PlacePrecision.allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  /// `PlacePrecision(rawValue:)` of a cell's bytes: lengths compared first, then bytes with
  /// `memcmp` (a generic `elementsEqual` per kind cost 130 instructions a line).
  private static func kind(_ cell: UnsafeBufferPointer<UInt8>) -> PlacePrecision? {
    guard let base = cell.baseAddress else { return nil }
    for (bytes, kind) in kindBytes where bytes.count == cell.count {
      if bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, cell.count) }) == 0 {
        return kind
      }
    }
    return nil
  }

  // MARK: Coordinates

  /// The value of a latitude or longitude cell exactly as
  /// `Double(String(decoding: bytes, as: UTF8.self))` reads it, without making a `String`: the
  /// gazetteer's coordinates are 80,000 plain decimals ("36.2021", "-0.5", "12") read at every
  /// start-up.
  ///
  /// An optional `-`, digits, and optionally `.` and more digits, at most 15 digits in all, is
  /// read as an integer divided by a power of ten: both are exact doubles, so the one division
  /// rounds correctly, as `strtod` does (Clinger's fast path). Anything else (exponents, `+`,
  /// longer numbers, junk) is left to `Double(_:)`.
  static func coordinate(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    // The integer digits, then after one `.` the fraction's: two tight loops with no flags
    // (one loop that tracked the point and the form cost 16 instructions a byte). Wrapping
    // arithmetic: past 15 digits the value is discarded anyway.
    let n = bytes.count
    let negative = n > 0 && bytes[0] == 0x2D
    var i = negative ? 1 : 0
    var mantissa: Int64 = 0
    let integerStart = i
    while i < n, bytes[i] &- 0x30 < 10 {
      mantissa = mantissa &* 10 &+ Int64(bytes[i] &- 0x30)
      i += 1
    }
    let integerDigits = i - integerStart
    var fraction = 0
    if i < n, bytes[i] == 0x2E, integerDigits > 0 {
      i += 1
      let fractionStart = i
      while i < n, bytes[i] &- 0x30 < 10 {
        mantissa = mantissa &* 10 &+ Int64(bytes[i] &- 0x30)
        i += 1
      }
      fraction = i - fractionStart
      // "12." is left to `Double(_:)`.
      if fraction == 0 { return Double(String(decoding: bytes, as: UTF8.self)) }
    }
    guard i == n, integerDigits > 0, integerDigits + fraction <= 15 else {
      return Double(String(decoding: bytes, as: UTF8.self))
    }
    let value = Double(mantissa) / powersOfTen[fraction]
    return negative ? -value : value
  }

  /// 10^0 ... 10^15, each an exact double.
  private static let powersOfTen: [Double] = (0...15).map { k in
    (0..<k).reduce(1.0) { product, _ in product * 10 }
  }
}
