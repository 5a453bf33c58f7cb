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
    output += Self.quoted(name) + ":"
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

  func string(_ s: String) { raw(Self.quoted(s)) }

  func null() { raw("null") }

  private func raw(_ s: String) {
    separate()
    output += s
  }

  static func quoted(_ s: String) -> String { JSONString.quote(s) }
}

/// JSON string literals, shared by the extractor's JSON Lines and the shell's JSON output.
public enum JSONString {
  /// `s` quoted and escaped as a JSON string.
  public static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }
}
