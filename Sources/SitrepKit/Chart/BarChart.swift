/// Draws a tally as horizontal bars of Unicode blocks, or as columns when the key is a date unit.
///
/// Every bar drawn carries its label and its figure, worded as the tally's table words it
/// (`at least 55`); the bar's length is the value.
public struct BarChart: Sendable {
  public var labels: [String]
  public var values: [Int]
  /// How each value reads beside its bar (`at least 55`); the plain number where absent.
  public var figures: [String]
  public var title: String
  /// Lines printed under the chart: rows not drawn, and why a layout was chosen.
  public var notes: [String]

  /// - Parameters:
  ///   - figures: the wording of each value; an empty array words each as its number.
  ///   - notes: lines to print under the chart.
  public init(
    labels: [String], values: [Int], figures: [String] = [], title: String, notes: [String] = []
  ) {
    self.labels = labels
    self.values = values
    self.figures = figures
    self.title = title
    self.notes = notes
  }

  static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
  static let vertical: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// The widest a horizontal bar's label gets before it is cut with `…`.
  static let labelLimit = 24

  /// The wording of the value at `index`.
  func figure(_ index: Int) -> String {
    index < figures.count ? figures[index] : String(values[index])
  }

  /// Horizontal bars fitting `width` columns, one labelled row per value.
  public func bars(width: Int) -> String {
    bars(width: width, notes: notes)
  }

  private func bars(width: Int, notes: [String]) -> String {
    let labelWidth = min(BarChart.labelLimit, labels.map(\.count).max() ?? 0)
    let numberWidth = values.indices.map { figure($0).count }.max() ?? 1
    let room = max(10, width - labelWidth - numberWidth - 4)
    let top = max(1, values.max() ?? 1)
    var out = title + "\n"
    for (i, (label, value)) in zip(labels, values).enumerated() {
      let eighthsTotal = value * room * 8 / top
      var bar = String(repeating: "█", count: eighthsTotal / 8)
      if eighthsTotal % 8 > 0 { bar.append(BarChart.eighths[eighthsTotal % 8]) }
      let shown = label.count > labelWidth ? String(label.prefix(labelWidth - 1)) + "…" : label
      out += shown + String(repeating: " ", count: labelWidth - shown.count) + " │"
      out += bar + " " + figure(i) + "\n"
    }
    return out + notes.map { $0 + "\n" }.joined()
  }

  /// Vertical columns (time running left to right), `height` rows tall, each with its label and
  /// figure under it; as horizontal bars in the same order, saying so, when the columns and their
  /// labels do not fit `width`.
  public func columns(width: Int, height: Int = 10) -> String {
    let topLabel = String(max(1, values.max() ?? 1))
    let columnWidth = max(
      1, values.indices.map { max(labels[$0].count, figure($0).count) }.max() ?? 1)
    let inset = topLabel.count + 2
    guard inset + values.count * (columnWidth + 1) <= width else {
      let why =
        "\(values.count) columns of \(columnWidth) characters do not fit in \(width): "
        + "drawn as bars, in order"
      return bars(width: width, notes: [why] + notes)
    }
    let top = max(1, values.max() ?? 1)
    var out = title + "\n"
    for row in stride(from: height, to: 0, by: -1) {
      var line = (row == height ? topLabel : "").padded(to: topLabel.count) + " │"
      for value in values {
        let eighthsTotal = value * height * 8 / top
        let full = eighthsTotal / 8
        let glyph: Character =
          full >= row
          ? "█"
          : (full == row - 1 && eighthsTotal % 8 > 0 ? BarChart.vertical[eighthsTotal % 8] : " ")
        line += String(repeating: glyph, count: columnWidth) + " "
      }
      out += line.droppingTrailingSpaces() + "\n"
    }
    let margin = String(repeating: " ", count: topLabel.count)
    out += margin + " └" + String(repeating: "─", count: values.count * (columnWidth + 1)) + "\n"
    for line in [labels, values.indices.map(figure)] {
      let cells = line.map { $0 + String(repeating: " ", count: columnWidth - $0.count) }
      out += margin + "  " + cells.joined(separator: " ").droppingTrailingSpaces() + "\n"
    }
    return out + notes.map { $0 + "\n" }.joined()
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
