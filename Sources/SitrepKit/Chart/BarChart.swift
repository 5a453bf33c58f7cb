/// Draws a tally as horizontal bars of Unicode blocks, or as columns when the key is a date unit.
public struct BarChart: Sendable {
  public var labels: [String]
  public var values: [Int]
  public var title: String

  public init(labels: [String], values: [Int], title: String) {
    self.labels = labels
    self.values = values
    self.title = title
  }

  static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// Horizontal bars fitting `width` columns.
  public func bars(width: Int) -> String {
    let labelWidth = min(24, labels.map(\.count).max() ?? 0)
    let numberWidth = values.map { String($0).count }.max() ?? 1
    let room = max(10, width - labelWidth - numberWidth - 4)
    let top = max(1, values.max() ?? 1)
    var out = title + "\n"
    for (label, value) in zip(labels, values) {
      let eighthsTotal = value * room * 8 / top
      var bar = String(repeating: "█", count: eighthsTotal / 8)
      if eighthsTotal % 8 > 0 { bar.append(BarChart.eighths[eighthsTotal % 8]) }
      let shown = label.count > labelWidth ? String(label.prefix(labelWidth - 1)) + "…" : label
      out += shown + String(repeating: " ", count: labelWidth - shown.count) + " │"
      out += bar + " " + String(value) + "\n"
    }
    return out
  }

  /// Vertical columns (time running left to right), `height` rows tall.
  public func columns(width: Int, height: Int = 10) -> String {
    let count = max(1, labels.count)
    let columnWidth = max(1, min(6, (width - 8) / count - 1))
    let top = max(1, values.max() ?? 1)
    var out = title + "\n"
    let topLabel = String(top)
    for row in stride(from: height, to: 0, by: -1) {
      out += (row == height ? topLabel : "").padded(to: topLabel.count) + " │"
      for value in values {
        let eighthsTotal = value * height * 8 / top
        let full = eighthsTotal / 8
        let glyph: Character =
          full >= row ? "█" : (full == row - 1 && eighthsTotal % 8 > 0 ? BarChart.vertical[eighthsTotal % 8] : " ")
        out += String(repeating: glyph, count: columnWidth) + " "
      }
      out += "\n"
    }
    out += String(repeating: " ", count: topLabel.count) + " └" + String(repeating: "─", count: count * (columnWidth + 1)) + "\n"
    out += String(repeating: " ", count: topLabel.count + 2)
    out += labels.enumerated().map { i, label in i == 0 || i == labels.count - 1 ? label : "" }
      .first.map { $0 } ?? ""
    if labels.count > 1, let last = labels.last {
      let used = labels[0].count
      let target = (count - 1) * (columnWidth + 1)
      out += String(repeating: " ", count: max(1, target - used)) + last
    }
    return out + "\n"
  }

  static let vertical: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
