import EventExtraction
import Foundation

/// Compact JSON written straight into a byte buffer, which its owner flushes in chunks.
///
/// Members are written in the order the caller gives; the caller keeps that order fixed so the
/// same value always gives the same bytes.
struct JSONByteWriter {
  var bytes: [UInt8] = []
  /// Whether the next member or element needs a comma before it.
  private var needsComma = false

  init(capacity: Int = 1 << 20) {
    bytes.reserveCapacity(capacity)
  }

  @inline(__always)
  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = false
  }

  mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
  }

  mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
  }

  mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// `"name":`; `name` is a plain ASCII key.
  @inline(__always)
  mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// `"name":` for a key held in a `String` (field names, set names), escaped as needed.
  mutating func key(named name: String) {
    separate()
    quoted(name)
    bytes.append(UInt8(ascii: ":"))
  }

  mutating func string(_ s: String) {
    separate()
    quoted(s)
    needsComma = true
  }

  mutating func string(_ name: StaticString, _ s: String?) {
    guard let s else { return }
    key(name)
    string(s)
  }

  mutating func int(_ n: Int) {
    separate()
    JSONString.appendDecimal(n, to: &bytes)
    needsComma = true
  }

  mutating func int(_ name: StaticString, _ n: Int?) {
    guard let n else { return }
    key(name)
    int(n)
  }

  /// The shortest digits that read back as the same `Double` (Swift's `description`).
  mutating func double(_ name: StaticString, _ x: Double?) {
    guard let x else { return }
    key(name)
    guard x.isFinite else { return raw("null") }
    raw(x.description)
  }

  /// Text already in JSON form (a value encoded elsewhere).
  mutating func raw(_ json: String) {
    separate()
    var json = json
    json.withUTF8 { bytes.append(contentsOf: $0) }
    needsComma = true
  }

  mutating func raw(_ json: Data) {
    separate()
    bytes.append(contentsOf: json)
    needsComma = true
  }

  mutating func strings(_ items: [String]) {
    beginArray()
    for item in items { string(item) }
    endArray()
  }

  mutating func ints(_ items: [Int]) {
    beginArray()
    for item in items { int(item) }
    endArray()
  }

  /// `s` as a JSON string, escaped as every JSON the project writes
  /// (``EventExtraction/JSONString``).
  private mutating func quoted(_ s: String) {
    JSONString.append(s, to: &bytes)
  }
}
