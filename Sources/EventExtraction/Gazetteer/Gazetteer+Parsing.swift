import Foundation

extension Gazetteer {
  /// Reads a GeoNames dump (`allCountries.txt`, `cities500.txt`, `SY.txt`: 19 tab-separated
  /// columns). Populated places become cities (sections of them neighbourhoods), first-level
  /// divisions provinces, second-level districts, independent political entities countries.
  ///
  /// - Throws: ``GazetteerError/malformedLine(_:_:)`` for a line without 19 columns.
  public static func parseGeoNames(tsv: String) throws -> [GazetteerEntry] {
    let countries = Dictionary(
      builtIn.entries.compactMap { e in e.code.map { ($0, e.name) } },
      uniquingKeysWith: { a, _ in a })
    var result: [GazetteerEntry] = []
    var lineNumber = 0
    for line in tsv.split(separator: "\n") {
      lineNumber += 1
      if line.first == "#" { continue }
      let c = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard c.count == 19 else { throw GazetteerError.malformedLine(lineNumber, String(line)) }
      let featureClass = c[6]
      let code = c[7]
      let kind: PlacePrecision
      switch (featureClass, code) {
      case ("P", "PPLX"): kind = .neighbourhood
      case ("P", _): kind = .city
      case ("A", "ADM1"): kind = .province
      case ("A", "ADM2"), ("A", "ADM3"): kind = .district
      case ("A", "PCLI"), ("A", "PCLD"), ("A", "PCLS"), ("A", "PCLF"): kind = .country
      case ("L", "RGN"), ("L", "AREA"): kind = .region
      default: continue
      }
      let aliases = c[3].split(separator: ",").map(String.init).filter { $0 != c[1] }
      let countryCode = String(c[8])
      result.append(
        GazetteerEntry(
          name: String(c[1]), kind: kind,
          country: kind == .country ? String(c[1]) : countries[countryCode] ?? countryCode,
          latitude: Double(c[4]), longitude: Double(c[5]),
          code: kind == .country ? countryCode : nil, aliases: aliases))
    }
    return result
  }

  /// Reads an analyst's CSV with a header naming the columns `name`, `kind`, and optionally
  /// `within`, `admin1`, `country`, `lat`/`latitude`, `lon`/`longitude`, `aliases`
  /// (`|`- or `;`-separated). Fields may be double-quoted.
  ///
  /// - Throws: ``GazetteerError`` for a missing column, short line or unknown kind.
  public static func parseCSV(_ text: String) throws -> [GazetteerEntry] {
    let rows = CSVReader.rows(text)
    guard let header = rows.first?.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) })
    else { return [] }
    func index(_ names: String...) -> Int? {
      names.lazy.compactMap { header.firstIndex(of: $0) }.first
    }
    guard let nameIndex = index("name") else { throw GazetteerError.missingColumn("name") }
    guard let kindIndex = index("kind") else { throw GazetteerError.missingColumn("kind") }
    let cols = (
      within: index("within"), admin1: index("admin1"), country: index("country"),
      lat: index("lat", "latitude"), lon: index("lon", "lng", "longitude"),
      aliases: index("aliases")
    )
    var result: [GazetteerEntry] = []
    for (n, row) in rows.enumerated().dropFirst() where !(row.count == 1 && row[0].isEmpty) {
      func field(_ i: Int?) -> String? {
        guard let i, i < row.count else { return nil }
        let v = row[i].trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
      }
      guard let name = field(nameIndex) else {
        throw GazetteerError.malformedLine(n + 1, row.joined(separator: ","))
      }
      guard let kind = PlacePrecision(rawValue: field(kindIndex)?.lowercased() ?? "") else {
        throw GazetteerError.unknownKind(line: n + 1, field(kindIndex) ?? "")
      }
      let aliases =
        field(cols.aliases).map {
          $0.split(whereSeparator: { $0 == "|" || $0 == ";" }).map {
            $0.trimmingCharacters(in: .whitespaces)
          }
        } ?? []
      result.append(
        GazetteerEntry(
          name: name, kind: kind, within: field(cols.within), admin1: field(cols.admin1),
          country: field(cols.country), latitude: field(cols.lat).flatMap(Double.init),
          longitude: field(cols.lon).flatMap(Double.init), aliases: aliases))
    }
    return result
  }

  /// Reads an analyst's JSON: an array of objects with the same keys as ``parseCSV(_:)``
  /// (`aliases` an array of strings).
  ///
  /// - Throws: ``GazetteerError/invalidJSON(_:)`` when it does not decode.
  public static func parseJSON(_ data: Data) throws -> [GazetteerEntry] {
    struct Row: Decodable {
      var name: String
      var kind: String
      var within: String?
      var admin1: String?
      var country: String?
      var lat: Double?
      var latitude: Double?
      var lon: Double?
      var longitude: Double?
      var aliases: [String]?
    }
    let rows: [Row]
    do {
      rows = try JSONDecoder().decode([Row].self, from: data)
    } catch {
      throw GazetteerError.invalidJSON(String(describing: error))
    }
    return try rows.enumerated().map { n, r in
      guard let kind = PlacePrecision(rawValue: r.kind.lowercased()) else {
        throw GazetteerError.unknownKind(line: n + 1, r.kind)
      }
      return GazetteerEntry(
        name: r.name, kind: kind, within: r.within, admin1: r.admin1, country: r.country,
        latitude: r.lat ?? r.latitude, longitude: r.lon ?? r.longitude, aliases: r.aliases ?? [])
    }
  }
}
