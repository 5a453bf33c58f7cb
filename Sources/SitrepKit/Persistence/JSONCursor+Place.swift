import EventExtraction

/// The fields of a place object, as the session file and `sitrep extract` lines both write it.
struct PlaceFields {
  var place = Place(raw: "", name: "", precision: .city)
  /// The required fields, nil when the object lacks them (each reader says so its own way).
  var raw: String?
  var name: String?
  var precision: PlacePrecision?
}

extension JSONCursor {
  /// Reads a place object: `raw`, `name`, `precision`, `within`, `admin1`, `country`,
  /// `latitude`, `longitude`, `basis`; other keys are skipped. `reading` is told each key
  /// before its value is read (for the path a failure names).
  mutating func placeFields(reading: (Key) -> Void = { _ in }) throws(Failure) -> PlaceFields {
    var fields = PlaceFields()
    var more = try beginObject()
    while more {
      let key = try self.key()
      reading(key)
      if key.is("raw") {
        fields.raw = try string(interned: true)
      } else if key.is("name") {
        fields.name = try string(interned: true)
      } else if key.is("precision") {
        fields.precision = try enumeration(PlacePrecision.self)
      } else if key.is("within") {
        fields.place.within = try optionalString(interned: true)
      } else if key.is("admin1") {
        fields.place.admin1 = try optionalString(interned: true)
      } else if key.is("country") {
        fields.place.country = try optionalString(interned: true)
      } else if key.is("latitude") {
        fields.place.latitude = try optionalDouble()
      } else if key.is("longitude") {
        fields.place.longitude = try optionalDouble()
      } else if key.is("basis") {
        fields.place.basis = try optionalString(interned: true)
      } else {
        try skipValue()
      }
      more = try next(UInt8(ascii: "}"))
    }
    return fields
  }
}
