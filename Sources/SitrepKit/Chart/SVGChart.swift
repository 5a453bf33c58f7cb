/// Writes a bar chart as a standalone SVG picture with title, axes and labels.
public struct SVGChart: Sendable {
  public var chart: BarChart
  public var vertical: Bool

  public init(chart: BarChart, vertical: Bool) {
    self.chart = chart
    self.vertical = vertical
  }

  public func render() -> String {
    let n = max(1, chart.values.count)
    let top = max(1, chart.values.max() ?? 1)
    let width = 800
    // About 7 pixels a character at this size; a label turned 45° takes about 5 each way.
    let widestFigure = chart.values.indices.map { chart.figure($0).count * 7 }.max() ?? 0
    let widestLabel = chart.labels.map { $0.count * 7 }.max() ?? 0
    // Room left of the plot for the labels: level beside bars, turned under the first column.
    let left = vertical ? max(60, widestLabel * 5 / 7 + 10) : max(180, min(400, widestLabel + 12))
    let barArea = vertical ? width - left - 20 : width - left - max(80, widestFigure + 10)
    let step = barArea / n
    // Figures wider than a column's step run upwards above it: room for the widest below the title.
    let plotTop = vertical && widestFigure > step ? 40 + widestFigure : 50
    let rowHeight = 24
    let height =
      vertical ? plotTop + 290 + max(60, widestLabel * 5 / 7 + 24) : 60 + n * rowHeight + 40
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(width / 2)" y="24" text-anchor="middle" font-size="16" font-weight="bold">\(escape(chart.title))</text>

      """
    if vertical {
      let plotBottom = plotTop + 290
      let plotHeight = plotBottom - plotTop
      svg +=
        line(left, plotTop, left, plotBottom) + line(left, plotBottom, left + barArea, plotBottom)
      svg += "<text x=\"\(left - 6)\" y=\"\(plotTop + 4)\" text-anchor=\"end\">\(top)</text>\n"
      svg += "<text x=\"\(left - 6)\" y=\"\(plotBottom + 4)\" text-anchor=\"end\">0</text>\n"
      for (i, (label, value)) in zip(chart.labels, chart.values).enumerated() {
        let h = value * plotHeight / top
        let x = left + i * step + step / 8
        let figure = escape(chart.figure(i))
        svg +=
          "<rect x=\"\(x)\" y=\"\(plotBottom - h)\" width=\"\(max(1, step * 3 / 4))\" height=\"\(h)\" fill=\"#b03a2e\"><title>\(escape(label)): \(figure)</title></rect>\n"
        // The figure above its column: level when every figure fits a column's step, else all
        // turned to run upwards from the columns' tops.
        let (middle, above) = (x + step * 3 / 8, plotBottom - h - 4)
        let turn =
          widestFigure > step
          ? " transform=\"rotate(-90 \(middle) \(above))\" dominant-baseline=\"middle\"" : ""
        svg +=
          "<text x=\"\(middle)\" y=\"\(above)\" text-anchor=\"\(turn.isEmpty ? "middle" : "start")\"\(turn)>\(figure)</text>\n"
        svg +=
          "<text x=\"\(x + step * 3 / 8)\" y=\"\(plotBottom + 16)\" text-anchor=\"end\" transform=\"rotate(-45 \(x + step * 3 / 8) \(plotBottom + 16))\">\(escape(label))</text>\n"
      }
    } else {
      svg += line(left, plotTop, left, plotTop + n * rowHeight)
      for (i, (label, value)) in zip(chart.labels, chart.values).enumerated() {
        let y = plotTop + i * rowHeight
        let w = value * barArea / top
        svg +=
          "<text x=\"\(left - 6)\" y=\"\(y + 16)\" text-anchor=\"end\">\(escape(label))</text>\n"
        svg +=
          "<rect x=\"\(left)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"\(rowHeight - 8)\" fill=\"#b03a2e\"/>\n"
        svg += "<text x=\"\(left + w + 4)\" y=\"\(y + 16)\">\(escape(chart.figure(i)))</text>\n"
      }
      svg += line(left, plotTop + n * rowHeight, left + barArea, plotTop + n * rowHeight)
      svg += "<text x=\"\(left)\" y=\"\(plotTop + n * rowHeight + 16)\">0</text>\n"
      svg +=
        "<text x=\"\(left + barArea)\" y=\"\(plotTop + n * rowHeight + 16)\" text-anchor=\"end\">\(top)</text>\n"
    }
    return svg + "</svg>\n"
  }

  private func line(_ x1: Int, _ y1: Int, _ x2: Int, _ y2: Int) -> String {
    "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"black\"/>\n"
  }

  private func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
