import Foundation

/// Known actors and the names they go by ("Moscow" → Russia, "SOHR" → the Syrian Observatory).
///
/// The built-in dictionary (``builtIn``) is `Resources/actors.tsv` plus every country of the
/// built-in gazetteer; analysts add theirs with ``merging(_:)`` and ``parseCSV(_:)`` /
/// ``parseJSON(_:)`` (columns `name`, `kind`, `country`, `aliases`).
public struct ActorDictionary: Sendable {
  public let entries: [ActorEntry]
  let lexicon: PhraseLexicon<Int>
  private let byKey: [String: Int]

  public init(entries: [ActorEntry]) {
    self.entries = entries
    var phrases: [(String, Int)] = []
    var byKey: [String: Int] = [:]
    for (i, e) in entries.enumerated() {
      for name in [e.name] + e.aliases where !name.isEmpty {
        phrases.append((name, i))
        let key = name.lowercased()
        if byKey[key] == nil { byKey[key] = i }
      }
    }
    // Earlier entries win: keep only the first phrase for each spelling.
    var seen = Set<String>()
    phrases = phrases.filter { seen.insert($0.0).inserted }
    self.byKey = byKey
    lexicon = PhraseLexicon(phrases, caseSensitive: true)
  }

  /// The dictionary shipped with Sitrep; countries come from the built-in gazetteer.
  public static let builtIn: ActorDictionary = {
    var entries: [ActorEntry] = []
    if let url = Bundle.module.url(
      forResource: "actors", withExtension: "tsv", subdirectory: "Resources")
      ?? Bundle.module.url(forResource: "actors", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    {
      entries = (try? parseTSV(text)) ?? []
    }
    // By index: filtering the entries copied each of the 40,000 (all their strings retained).
    let places = Gazetteer.builtIn.entries
    let countries = places.indices.filter { places[$0].kind == .country }.map {
      ActorEntry(
        name: places[$0].name, kind: "state", country: places[$0].name,
        aliases: places[$0].aliases)
    }
    return ActorDictionary(entries: entries + countries)
  }()

  /// This dictionary with `more` entries added; theirs come first and win ties.
  public func merging(_ more: [ActorEntry]) -> ActorDictionary {
    ActorDictionary(entries: more + entries)
  }

  /// The actor a name or alias (any case) refers to.
  public func lookup(_ name: String) -> ActorEntry? {
    byKey[Gazetteer.lowercased(Gazetteer.trimmed(name))].map { entries[$0] }
  }

  /// Known names closest to `name` by edit distance, best first.
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    let target = Array(name.lowercased().utf8)
    let budget = max(2, target.count / 3)
    let scored = byKey.compactMap { key, i -> (Int, Int, String)? in
      let d = EditDistance.between(Array(key.utf8), target, limit: budget)
      return d <= budget ? (d, i, entries[i].name) : nil
    }
    var seen = Set<String>()
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2).filter {
      seen.insert($0).inserted
    }
    .prefix(limit).map { $0 }
  }

  /// Reads the built-in TSV format: `name, kind, country, aliases`; `#` lines are comments.
  ///
  /// - Throws: ``GazetteerError/malformedLine(_:_:)`` for a line with fewer than two columns.
  public static func parseTSV(_ text: String) throws -> [ActorEntry] {
    var result: [ActorEntry] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.first == "#" { continue }
      let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard c.count >= 2 else { throw GazetteerError.malformedLine(n + 1, String(line)) }
      result.append(
        ActorEntry(
          name: c[0], kind: c[1], country: c.count > 2 && !c[2].isEmpty ? c[2] : nil,
          aliases: c.count > 3 ? c[3].split(separator: "|").map(String.init) : []))
    }
    return result
  }

  /// Reads an analyst's CSV with a header naming `name` and optionally `kind`, `country`,
  /// `aliases` (`|`- or `;`-separated).
  ///
  /// - Throws: ``GazetteerError/missingColumn(_:)`` without a `name` column.
  public static func parseCSV(_ text: String) throws -> [ActorEntry] {
    let rows = CSVReader.rows(text)
    guard let header = rows.first?.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) })
    else { return [] }
    guard let nameIndex = header.firstIndex(of: "name") else {
      throw GazetteerError.missingColumn("name")
    }
    let kind = header.firstIndex(of: "kind")
    let country = header.firstIndex(of: "country")
    let aliases = header.firstIndex(of: "aliases")
    return rows.dropFirst().compactMap { row in
      func field(_ i: Int?) -> String? {
        guard let i, i < row.count, !row[i].isEmpty else { return nil }
        return row[i].trimmingCharacters(in: .whitespaces)
      }
      guard let name = field(nameIndex) else { return nil }
      return ActorEntry(
        name: name, kind: field(kind) ?? "group", country: field(country),
        aliases: field(aliases)?.split(whereSeparator: { $0 == "|" || $0 == ";" }).map {
          $0.trimmingCharacters(in: .whitespaces)
        } ?? [])
    }
  }

  /// Reads an analyst's JSON: an array of ``ActorEntry`` objects (`aliases` may be omitted).
  ///
  /// - Throws: ``GazetteerError/invalidJSON(_:)`` when it does not decode.
  public static func parseJSON(_ data: Data) throws -> [ActorEntry] {
    struct Row: Decodable {
      var name: String
      var kind: String?
      var country: String?
      var aliases: [String]?
    }
    do {
      return try JSONDecoder().decode([Row].self, from: data).map {
        ActorEntry(
          name: $0.name, kind: $0.kind ?? "group", country: $0.country, aliases: $0.aliases ?? [])
      }
    } catch {
      throw GazetteerError.invalidJSON(String(describing: error))
    }
  }
}
