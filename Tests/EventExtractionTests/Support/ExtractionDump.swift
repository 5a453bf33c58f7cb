@testable import EventExtraction

/// A one-line-per-event dump of an extraction, for reading test failures.
enum ExtractionDump {
  static func render(_ x: ArticleExtraction, text: String) -> String {
    var lines = [
      "title=\(x.title ?? "-") date=\(x.date.day?.description ?? "-")/\(x.date.basis.rawValue) outlet=\(x.outlet ?? "-") dateline=\(x.dateline ?? "-")"
    ]
    for e in x.events {
      let k =
        e.killed.map {
          "k=\($0.low.map(String.init) ?? "_")/\($0.best.map(String.init) ?? "_")/\($0.high.map(String.init) ?? "_") \($0.qualifier.rawValue) \($0.victims ?? "") parts=\($0.parts.map { "\($0.group):\($0.count)" })"
        } ?? ""
      let d = e.date.map { "\($0.start)..\($0.end) \($0.precision.rawValue)" } ?? "nodate"
      let p = e.place.map { "\($0.name)[\($0.precision.rawValue)]" } ?? "noplace"
      lines.append(
        "#\(e.id) \(e.type.rawValue) \(p) \(d) \(e.scope.rawValue) \(k) actors=\(e.actors) target=\(e.target ?? "-") source=\(e.source ?? "-") partOf=\(e.partOf ?? "-") mentions=\(e.mentions.count)\n    | \(e.evidence.span.slice(of: text))"
      )
    }
    return lines.joined(separator: "\n")
  }
}
