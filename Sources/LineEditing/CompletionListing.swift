import Foundation

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

  /// Whether `a` comes before `b` when runs of digits compare by their value (Foundation's
  /// numeric comparison), so that event ids list as e1, e2, ..., e10 rather than e1, e10, e100,
  /// e2. Equal values with different spellings ("e01", "e1") compare by code point.
  static func naturallyBefore(_ a: String, _ b: String) -> Bool {
    switch a.compare(b, options: .numeric) {
    case .orderedAscending: true
    case .orderedDescending: false
    case .orderedSame: a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
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
