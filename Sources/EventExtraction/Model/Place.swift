/// How precisely a place is known, from a neighbourhood up to a whole country.
public enum PlacePrecision: String, Sendable, Hashable, Codable, CaseIterable {
  case neighbourhood, city, district, province, country, region
}

/// A resolved place: the text the article used and the gazetteer entry it resolved to.
public struct Place: Sendable, Hashable, Codable {
  /// The words in the article ("the contested city", "Hemeimeem").
  public var raw: String
  /// The gazetteer's name ("Aleppo", "Hmeimim").
  public var name: String
  public var precision: PlacePrecision
  /// The larger place this one lies in, when that is not admin1 ("Aleppo" for al-Sakhour).
  public var within: String?
  public var admin1: String?
  public var country: String?
  public var latitude: Double?
  public var longitude: Double?
  /// Why a referring phrase resolved to this place, when it did not name it.
  public var basis: String?

  public init(
    raw: String, name: String, precision: PlacePrecision, within: String? = nil,
    admin1: String? = nil, country: String? = nil, latitude: Double? = nil,
    longitude: Double? = nil, basis: String? = nil
  ) {
    self.raw = raw
    self.name = name
    self.precision = precision
    self.within = within
    self.admin1 = admin1
    self.country = country
    self.latitude = latitude
    self.longitude = longitude
    self.basis = basis
  }
}
