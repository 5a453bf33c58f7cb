/// Writes compact JSON with keys in the order they are written (JSONEncoder does not promise
/// an order). A class: the nested closures of one line all write to it.
final class JSONLineWriter {
  private(set) var output = ""
  private var needsComma: [Bool] = []

  private func separate() {
    if let last = needsComma.last {
      if last { output += "," }
      needsComma[needsComma.count - 1] = true
    }
  }

  func object(_ body: () -> Void) {
    separate()
    output += "{"
    needsComma.append(false)
    body()
    needsComma.removeLast()
    output += "}"
  }

  func array<T>(_ items: [T], _ each: (T) -> Void) {
    separate()
    output += "["
    needsComma.append(false)
    for item in items { each(item) }
    needsComma.removeLast()
    output += "]"
  }

  /// Writes `"name":` and then the value `body` writes.
  func key(_ name: String, _ body: () -> Void) {
    separate()
    Self.appendQuoted(name, to: &output)
    output += ":"
    needsComma.append(false)
    body()
    needsComma.removeLast()
  }

  func key(_ name: String, string: String?) {
    key(name) { string.map { self.string($0) } ?? self.null() }
  }

  func key(_ name: String, int: Int?) {
    key(name) { self.raw(int.map(String.init) ?? "null") }
  }

  func key(_ name: String, double: Double?) {
    key(name) { self.raw(double.map { "\($0)" } ?? "null") }
  }

  func string(_ s: String) {
    separate()
    Self.appendQuoted(s, to: &output)
  }

  func null() { raw("null") }

  private func raw(_ s: String) {
    separate()
    output += s
  }

  static func quoted(_ s: String) -> String {
    var out = ""
    appendQuoted(s, to: &out)
    return out
  }

  /// Appends `s` as a JSON string; text without quotes, backslashes or control characters (most
  /// of it) is copied whole, the rest escaped byte by byte.
  static func appendQuoted(_ s: String, to out: inout String) {
    out += "\""
    guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
      out += s
      out += "\""
      return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count + 16)
    let hex = Array("0123456789abcdef".utf8)
    for b in s.utf8 {
      switch b {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case ..<0x20: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
      default: bytes.append(b)
      }
    }
    out += String(decoding: bytes, as: UTF8.self)
    out += "\""
  }
}

/// JSON string literals, shared by the extractor's JSON Lines and the shell's JSON output.
public enum JSONString {
  /// `s` quoted and escaped as a JSON string.
  public static func quote(_ s: String) -> String { JSONLineWriter.quoted(s) }
}
