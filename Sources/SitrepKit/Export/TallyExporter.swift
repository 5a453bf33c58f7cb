import Foundation
import QueryLanguage

/// A tally as CSV, Markdown or JSON, with the reported totals that were listed beside it and
/// never added to it.
public enum TallyExporter {
  /// The tally's columns: `kind`, the keys, then each measure (`killed` as a figure and its
  /// low, best and high), then `note`.
  static func columns(_ result: TallyResult) -> [String] {
    var names =
      ["kind"] + (result.query.keys.isEmpty ? ["all"] : result.query.keys.map(\.field.rawValue))
    for measure in result.query.measures {
      switch measure {
      case .events, .articles: names.append(measure.rawValue)
      case .killed, .injured:
        names += ["low", "best", "high"].reduce([measure.rawValue]) {
          $0 + ["\(measure.rawValue)_\($1)"]
        }
      }
    }
    return names + ["note"]
  }

  /// CSV (RFC 4180, CRLF): one `tally` line per row, then one `reported` line per reported total
  /// (its figure under `killed`, its best under `killed_best`, where and whence under `note`).
  public static func csv(_ result: TallyResult) -> String {
    let names = columns(result)
    var out = CSVEventExporter.line(names)
    for row in result.rows { out += CSVEventExporter.line(cells(row, result)) }
    for total in result.reported {
      var fields = [String](repeating: "", count: names.count)
      fields[0] = "reported"
      if let i = names.firstIndex(of: "killed") { fields[i] = total.figure }
      if let i = names.firstIndex(of: "killed_best") {
        fields[i] = total.best.map(String.init) ?? ""
      }
      fields[names.count - 1] = "\(total.place), \(total.period), \(total.source) (\(total.event))"
      out += CSVEventExporter.line(fields)
    }
    return out
  }

  /// The tally as the shell shows it, as a Markdown table with its notes and reported totals.
  public static func markdown(_ result: TallyResult) -> String {
    TableRenderer(format: .markdown, width: 10_000, colors: false).render(Shell.table(of: result))
  }

  /// JSON: `keys`, `measures`, `rows` (`key`, and per measure a number or a
  /// `{display, low, best, high}` figure with `high` null when open), `reported`, `notes`.
  public static func json(_ result: TallyResult) -> String {
    let rows: [[String: Any]] = result.rows.map { row in
      var object: [String: Any] = ["key": row.key]
      for measure in result.query.measures {
        switch measure {
        case .events: object["events"] = row.events
        case .articles: object["articles"] = row.articles.count
        case .killed, .injured:
          let sum = measure == .killed ? row.killed : row.injured
          object[measure.rawValue] =
            [
              "display": sum.display, "low": sum.low, "best": sum.best,
              "high": sum.high ?? NSNull(),
            ] as [String: Any]
        }
      }
      return object
    }
    let reported: [[String: Any]] = result.reported.map {
      [
        "event": $0.event, "place": $0.place, "period": $0.period, "figure": $0.figure,
        "best": $0.best ?? NSNull(), "source": $0.source,
      ]
    }
    let document: [String: Any] = [
      "keys": result.query.keys.map(\.field.rawValue),
      "measures": result.query.measures.map(\.rawValue),
      "rows": rows, "reported": reported, "notes": result.notes,
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
      ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func cells(_ row: TallyRow, _ result: TallyResult) -> [String] {
    var fields = ["tally"] + (row.key.isEmpty ? ["all"] : row.key)
    for measure in result.query.measures {
      switch measure {
      case .events: fields.append(String(row.events))
      case .articles: fields.append(String(row.articles.count))
      case .killed, .injured:
        let sum = measure == .killed ? row.killed : row.injured
        fields += [sum.display, String(sum.low), String(sum.best), sum.high.map(String.init) ?? ""]
      }
    }
    return fields + [""]
  }
}
