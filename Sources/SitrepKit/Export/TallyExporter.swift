import Foundation
import QueryLanguage

/// A tally as CSV, Markdown or JSON, with the reported totals that were listed beside it and
/// never added to it.
public enum TallyExporter {
  /// The tally's columns: `kind`, the keys, then each measure (`killed` as a figure and its
  /// low, best and high), then `note`; after them, added later so the first stay where they
  /// were: each figure measure's `incidents` (`killed_incidents`), then the reported totals'
  /// `place` (unless a key is the place), `period`, `source` and `event`.
  static func columns(_ result: TallyResult) -> [String] {
    let keys = result.query.keys.map(\.field.rawValue)
    var names = ["kind"] + (keys.isEmpty ? ["all"] : keys)
    for measure in result.query.measures {
      switch measure {
      case .events, .articles: names.append(measure.rawValue)
      case .killed, .injured:
        names += [measure.rawValue] + ["low", "best", "high"].map { columnName(measure, $0) }
      }
    }
    names.append("note")
    for measure in result.query.measures where measure == .killed || measure == .injured {
      names.append(columnName(measure, "incidents"))
    }
    return names + (keys.contains("place") ? [] : ["place"]) + ["period", "source", "event"]
  }

  /// A figure measure's column for `part` (`low`, `best`, `high`, `incidents`): `killed_low`.
  static func columnName(_ measure: TallyQuery.Measure, _ part: String) -> String {
    "\(measure.rawValue)_\(part)"
  }

  /// CSV (RFC 4180, CRLF): one `tally` line per row, then one `reported` line per reported total
  /// (its figure under `killed`, its bounds under `killed_low`, `killed_best`, `killed_high`, its place under `place`, its
  /// period, source and event in their columns, and all of them read out under `note`).
  ///
  /// A row with no figure for a measure leaves that measure's figure, low, best and high empty,
  /// as the shell says "no figure": `0` would claim a count, and a high of `0` a bound, that
  /// nobody reported. Its `incidents` is 0.
  public static func csv(_ result: TallyResult) -> String {
    let names = columns(result)
    var out = CSVEventExporter.line(names)
    for row in result.rows { out += CSVEventExporter.line(cells(row, result, names.count)) }
    for total in result.reported {
      var fields = [String](repeating: "", count: names.count)
      func put(_ value: String, under name: String) {
        if let i = names.firstIndex(of: name) { fields[i] = value }
      }
      fields[0] = "reported"
      put(total.figure, under: "killed")
      put(total.low.map(String.init) ?? "", under: "killed_low")
      put(total.best.map(String.init) ?? "", under: "killed_best")
      put(total.high.map(String.init) ?? "", under: "killed_high")
      put("\(total.place), \(total.period), \(total.source) (\(total.event))", under: "note")
      put(total.place, under: "place")
      put(total.period, under: "period")
      put(total.source, under: "source")
      put(total.event, under: "event")
      out += CSVEventExporter.line(fields)
    }
    return out
  }

  /// The tally as the shell shows it, as a Markdown table with its notes and reported totals.
  public static func markdown(_ result: TallyResult) -> String {
    TableRenderer(format: .markdown, width: 10_000, colors: false).render(Shell.table(of: result))
  }

  /// JSON: `keys`, `measures`, `rows` (`key`, and per measure a number or a
  /// `{display, incidents, low, best, high}` figure with `high` null when open, or null when the
  /// row has no figure), `reported`, `notes`.
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
            sum.count == 0
            ? NSNull()
            : [
              "display": sum.display, "incidents": sum.count, "low": sum.low, "best": sum.best,
              "high": sum.high ?? NSNull(),
            ] as [String: Any]
        }
      }
      return object
    }
    let reported: [[String: Any]] = result.reported.map {
      [
        "event": $0.event, "place": $0.place, "period": $0.period, "figure": $0.figure,
        "low": $0.low ?? NSNull(), "best": $0.best ?? NSNull(), "high": $0.high ?? NSNull(),
        "source": $0.source,
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

  /// A `tally` line: kind, keys, each measure, an empty note, each figure's incidents, and empty
  /// cells up to `count` for the reported totals' columns.
  private static func cells(_ row: TallyRow, _ result: TallyResult, _ count: Int) -> [String] {
    var fields = ["tally"] + (row.key.isEmpty ? ["all"] : row.key)
    var incidents: [String] = []
    for measure in result.query.measures {
      switch measure {
      case .events: fields.append(String(row.events))
      case .articles: fields.append(String(row.articles.count))
      case .killed, .injured:
        let sum = measure == .killed ? row.killed : row.injured
        incidents.append(String(sum.count))
        guard sum.count > 0 else {
          fields += ["", "", "", ""]
          continue
        }
        fields += [sum.display, String(sum.low), String(sum.best), sum.high.map(String.init) ?? ""]
      }
    }
    fields += [""] + incidents
    return fields + [String](repeating: "", count: count - fields.count)
  }
}
