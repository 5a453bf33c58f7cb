/// One known place: its name, kind, where it lies, and the other names it goes by.
public struct GazetteerEntry: Sendable, Hashable, Codable {
  public var name: String
  public var kind: PlacePrecision
  /// The larger place it lies in when that is not its admin1 ("Aleppo" for al-Sakhour).
  public var within: String?
  /// First-level division (province, governorate, state, department).
  public var admin1: String?
  public var country: String?
  public var latitude: Double?
  public var longitude: Double?
  /// ISO 3166 alpha-2 code, for countries.
  public var code: String?
  /// Other spellings and transliterations ("Hemeimeem", "Khmeimim"; "Halab", "حلب").
  public var aliases: [String]

  public init(
    name: String, kind: PlacePrecision, within: String? = nil, admin1: String? = nil,
    country: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
    code: String? = nil, aliases: [String] = []
  ) {
    self.name = name
    self.kind = kind
    self.within = within
    self.admin1 = admin1
    self.country = country
    self.latitude = latitude
    self.longitude = longitude
    self.code = code
    self.aliases = aliases
  }

  /// The entry as a resolved ``Place``, with the words the article used.
  public func place(raw: String, basis: String? = nil) -> Place {
    Place(
      raw: raw, name: name, precision: kind, within: within, admin1: admin1,
      country: kind == .country ? name : country, latitude: latitude, longitude: longitude,
      basis: basis)
  }
}

/// Why a gazetteer or actor file could not be read.
public enum GazetteerError: Error, Sendable, Hashable {
  /// A line (1-based) without the expected columns.
  case malformedLine(Int, String)
  /// A kind that is not a ``PlacePrecision`` ("neighbourhood", "city", ...).
  case unknownKind(line: Int, String)
  /// A required column is missing from a CSV header.
  case missingColumn(String)
  /// The JSON could not be decoded.
  case invalidJSON(String)
}
