import EventExtraction
import Foundation

/// Events as a GeoJSON FeatureCollection of points (RFC 7946), with the CSV columns as
/// properties, for QGIS and web maps: one feature a line, so a million events stream to the
/// file. Events without coordinates cannot be placed and are skipped.
public enum GeoJSONEventExporter {
  static let header = "{\"type\":\"FeatureCollection\",\"features\":[\n"
  static let footer = "\n]}\n"
  /// Properties written as numbers or lists rather than as the CSV's text.
  private static let typed: Set<String> = [
    "latitude", "longitude", "fatalities", "killed_low", "killed_high", "tags",
  ]

  /// - Returns: the document, and how many events were skipped for lack of coordinates.
  public static func export(_ events: [SessionEvent], in session: Session) -> (
    text: String, skipped: Int
  ) {
    let features = events.compactMap { feature($0, in: session) }
    return (header + features.joined(separator: ",\n") + footer, events.count - features.count)
  }

  /// One feature, without a separator; nil when the event has no coordinates.
  public static func feature(_ event: SessionEvent, in session: Session) -> String? {
    guard let place = event.current.place, let lat = place.latitude, let lon = place.longitude,
      lat.isFinite, lon.isFinite
    else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1024)
    bytes.append(contentsOf: #"{"type":"Feature","id":"#.utf8)
    JSONString.append(event.id, to: &bytes)
    // GeoJSON orders coordinates longitude first.
    bytes.append(contentsOf: #","geometry":{"type":"Point","coordinates":["#.utf8)
    bytes.append(contentsOf: "\(lon),\(lat)]},\"properties\":{".utf8)
    for (name, value) in zip(EventColumns.names, EventColumns.values(event, in: session))
    where !typed.contains(name) {
      JSONString.append(name, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      JSONString.append(value, to: &bytes)
      bytes.append(UInt8(ascii: ","))
    }
    let killed = event.current.killed
    bytes.append(contentsOf: "\"fatalities\":\(EventColumns.fatalities(killed))".utf8)
    bytes.append(contentsOf: ",\"killed_low\":\(killed?.low.map(String.init) ?? "null")".utf8)
    bytes.append(contentsOf: ",\"killed_high\":\(killed?.high.map(String.init) ?? "null")".utf8)
    bytes.append(contentsOf: #","tags":"#.utf8)
    JSONLinesEventExporter.appendList(event.tags, to: &bytes)
    bytes.append(contentsOf: "}}".utf8)
    return String(decoding: bytes, as: UTF8.self)
  }
}
