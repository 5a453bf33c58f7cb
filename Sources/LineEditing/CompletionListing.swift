/// Lays completion candidates out in columns, the way `ls` does, for a terminal of given width.
enum CompletionListing {
  /// Spaces between two columns.
  static let gap = 2

  /// The candidates in natural order (``naturallyBefore(_:_:)``: e2 before e10), filled column
  /// by column, each row ending in `"\n"`.
  ///
  /// Columns are as wide as the widest candidate plus ``gap``; there are as many as fit in
  /// `width` (at least one); trailing spaces are not written.
  /// - Parameters:
  ///   - candidates: the words to show.
  ///   - width: the terminal's columns.
  /// - Returns: the rows; `""` when there is nothing to show.
  ///   - limit: at most this many are shown (the first in order), then a line saying how many
  ///     more there are: a Tab after `show e1` over a million events must not print 100,000 ids.
  static func render(_ candidates: [String], width: Int, limit: Int = 100) -> String {
    guard !candidates.isEmpty else { return "" }
    let all = candidates.sorted(by: naturallyBefore)
    let words = Array(all.prefix(limit))
    let widths = words.map { displayWidth($0) }
    let columnWidth = (widths.max() ?? 0) + gap
    let columns = max(1, min(words.count, (width + gap) / columnWidth))
    let rows = (words.count + columns - 1) / columns
    var output = ""
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < words.count else { break }
        line += words[index]
        if column + 1 < columns, index + rows < words.count {
          line += String(repeating: " ", count: columnWidth - widths[index])
        }
      }
      output += line + "\n"
    }
    if all.count > words.count {
      let more = all.count - words.count
      output += "… and \(more) more; type more of the word to narrow them\n"
    }
    return output
  }

  /// Whether `a` comes before `b` when runs of ASCII digits compare by their value, so that
  /// event ids list as e1, e2, ..., e10 rather than e1, e10, e100, e2. Equal values with
  /// different spellings ("e01", "e1") and everything else compare by code point.
  static func naturallyBefore(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    var i = 0, j = 0
    while i < x.count, j < y.count {
      guard isDigit(x[i]), isDigit(y[j]) else {
        if x[i] != y[j] { return x[i].value < y[j].value }
        i += 1
        j += 1
        continue
      }
      let (endI, endJ) = (digitRunEnd(x, i), digitRunEnd(y, j))
      // Leading zeros do not change a value; then the longer run is the larger number.
      let (startI, startJ) = (firstSignificant(x, i, endI), firstSignificant(y, j, endJ))
      if endI - startI != endJ - startJ { return endI - startI < endJ - startJ }
      for k in 0..<(endI - startI) where x[startI + k] != y[startJ + k] {
        return x[startI + k].value < y[startJ + k].value
      }
      i = endI
      j = endJ
    }
    if x.count - i != y.count - j { return x.count - i < y.count - j }
    return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value &- 0x30 < 10 }

  private static func digitRunEnd(_ s: [Unicode.Scalar], _ from: Int) -> Int {
    var k = from
    while k < s.count, isDigit(s[k]) { k += 1 }
    return k
  }

  private static func firstSignificant(_ s: [Unicode.Scalar], _ from: Int, _ end: Int) -> Int {
    var k = from
    while k + 1 < end, s[k] == "0" { k += 1 }
    return k
  }

  /// Terminal columns taken by `text`: 2 for East Asian wide characters and emoji, 0 for
  /// combining marks and format characters, 1 otherwise.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + displayWidth(of: $1) }
  }

  private static func displayWidth(of scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
