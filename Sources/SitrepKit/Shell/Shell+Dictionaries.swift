import EventExtraction
import Foundation
import QueryLanguage

extension Shell {
  /// `load gazetteer FILE` (GeoNames TSV, or CSV/JSON of the analyst's places) and
  /// `load actors FILE` (CSV/JSON): extends the dictionaries for this session, saved with it.
  mutating func loadDictionary(
    _ kind: LoadKind, _ paths: [Argument], command: String, console: inout some Console
  ) throws(Diagnostic) {
    var transaction = Transaction(session: session)
    var added = 0
    for path in paths {
      let file = context.resolve(path.text, home: home)
      guard let data = FileManager.default.contents(atPath: file) else {
        throw .error("no such file or directory '\(path.text)'", at: path.range)
      }
      let text = ArticleText(bytes: [UInt8](data)).text
      let ext = (file as NSString).pathExtension.lowercased()
      do {
        if kind == .gazetteer {
          let entries =
            ext == "json" ? try Gazetteer.parseJSON(data)
            : ext == "csv" ? try Gazetteer.parseCSV(text) : try Gazetteer.parseGeoNames(tsv: text)
          transaction.updateDictionary { $0.places += entries }
          added += entries.count
        } else {
          let entries = ext == "json" ? try ActorDictionary.parseJSON(data)
            : ext == "tsv" ? try ActorDictionary.parseTSV(text) : try ActorDictionary.parseCSV(text)
          transaction.updateDictionary { $0.actors += entries }
          added += entries.count
        }
      } catch {
        throw .error("cannot read \(kind.rawValue) file '\(path.text)': \(Shell.describe(error))", at: path.range)
      }
    }
    commit(transaction, command: command)
    let what = kind == .gazetteer ? "place" : "actor"
    acknowledge("added \(added) \(what)\(added == 1 ? "" : "s"); 'extract again' applies them to loaded articles\n", console: &console)
  }

  static func describe(_ error: any Error) -> String {
    switch error as? GazetteerError {
    case .malformedLine(let line, _)?:
      "line \(line) does not have the expected columns (GeoNames: 19 tab-separated; CSV: a header row)"
    case .unknownKind(let line, let kind)?:
      "line \(line): unknown kind '\(kind)' (one of \(PlacePrecision.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .missingColumn(let name)?: "the header has no column '\(name)'"
    case .invalidJSON(let detail)?: "not valid JSON: \(detail)"
    case nil: "\(error)"
    }
  }
}
