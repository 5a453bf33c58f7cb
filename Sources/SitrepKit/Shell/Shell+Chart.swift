import Foundation
import QueryLanguage

extension Shell {
  /// The widest a chart is drawn in text.
  static let chartWidth = 120

  /// Draws the last tally: the rows its table showed (a page of them in the terminal), bars
  /// worded as the table words its figures; to an SVG file, every row the table would show.
  func chart(to file: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let tally = lastTally else {
      throw .error(
        "nothing to chart yet; run a tally first", at: nil, hint: "tally killed by place")
    }
    guard let file else {
      let drawn = TallyChart(tally, limit: session.settings.output == .table ? Shell.pageSize : nil)
      let chart = drawn.chart
      // Tables take 400 columns when piped, so as not to cut a cell; a bar that long reads no
      // better, so a chart keeps to a page's width.
      let width = min(context.width, Shell.chartWidth)
      console.write(drawn.overTime ? chart.columns(width: width) : chart.bars(width: width))
      return
    }
    guard file.text.lowercased().hasSuffix(".svg") else {
      throw .error("chart files are SVG: '\(file.text)' should end in .svg", at: file.range)
    }
    let drawn = TallyChart(tally)
    let target = context.resolve(file.text, home: home)
    do {
      try AtomicFile.write(
        Data(SVGChart(chart: drawn.chart, vertical: drawn.overTime).render().utf8), to: target)
    } catch {
      throw .error("cannot write '\(file.text)': \(Shell.describe(error))", at: file.range)
    }
    acknowledge("wrote \(display(target))\n", console: &console)
  }
}
