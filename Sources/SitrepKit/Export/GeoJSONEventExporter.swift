import Foundation

/// Events as a GeoJSON FeatureCollection of points, with the CSV columns as properties, for
/// QGIS and web maps. Events without coordinates cannot be placed and are skipped.
public enum GeoJSONEventExporter {
  /// - Returns: the document, and how many events were skipped for lack of coordinates.
  public static func export(_ events: [SessionEvent], in session: Session) -> (
    text: String, skipped: Int
  ) {
    var features: [[String: Any]] = []
    var skipped = 0
    for event in events {
      guard let place = event.current.place, let lat = place.latitude, let lon = place.longitude
      else {
        skipped += 1
        continue
      }
      var properties: [String: Any] = [:]
      for (name, value) in zip(EventColumns.names, EventColumns.values(event, in: session))
      where !["latitude", "longitude"].contains(name) {
        properties[name] = value
      }
      properties["fatalities"] = EventColumns.fatalities(event.current.killed)
      properties["killed_low"] = event.current.killed?.low ?? NSNull()
      properties["killed_high"] = event.current.killed?.high ?? NSNull()
      properties["tags"] = event.tags
      features.append([
        "type": "Feature",
        "id": event.id,
        // GeoJSON orders coordinates longitude first (RFC 7946).
        "geometry": ["type": "Point", "coordinates": [lon, lat]],
        "properties": properties,
      ])
    }
    let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: collection,
        options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
      ?? Data()
    return (String(decoding: data, as: UTF8.self) + "\n", skipped)
  }
}
