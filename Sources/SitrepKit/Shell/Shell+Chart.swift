import Foundation
import QueryLanguage

extension Shell {
  func chart(to file: Argument?, console: inout some Console) throws(Diagnostic) {
    guard let tally = lastTally else {
      throw .error("nothing to chart yet; run a tally first", at: nil, hint: "tally killed by place")
    }
    let measure = tally.query.measures.first ?? .events
    var rows = tally.rows
    let timeKey = tally.query.keys.first.map { [.date, .week, .month, .year].contains($0.field) } ?? false
    if timeKey { rows.sort { $0.key.lexicographicallyPrecedes($1.key) } }
    let values = rows.map { row -> Int in
      switch measure {
      case .events: row.events
      case .articles: row.articles.count
      case .killed: row.killed.best
      case .injured: row.injured.best
      }
    }
    let keyNames = tally.query.keys.map(\.field.rawValue).joined(separator: ", ")
    let chart = BarChart(
      labels: rows.map { $0.key.joined(separator: " / ") }, values: values,
      title: "\(measure.rawValue) by \(keyNames.isEmpty ? "all" : keyNames) (best figures; incidents only)")
    guard let file else {
      console.write(timeKey ? chart.columns(width: context.width) : chart.bars(width: context.width))
      return
    }
    guard file.text.lowercased().hasSuffix(".svg") else {
      throw .error("chart files are SVG: '\(file.text)' should end in .svg", at: file.range)
    }
    let target = context.resolve(file.text, home: home)
    do {
      try AtomicFile.write(Data(SVGChart(chart: chart, vertical: timeKey).render().utf8), to: target)
    } catch {
      throw .error("cannot write '\(file.text)': \(Shell.describe(error))", at: file.range)
    }
    console.write("wrote \(display(target))\n")
  }
}
