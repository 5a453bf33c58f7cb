/// Writes compact JSON into a byte buffer, keys in the order they are written (JSONEncoder does
/// not promise an order). The caller writes the punctuation between values (`raw`), which for
/// the fixed shape of an ``EventRecord`` line is cheaper than tracking it.
struct JSONLineWriter {
  /// What has been written so far: UTF-8 JSON.
  var bytes: [UInt8]

  init(bytes: [UInt8] = []) {
    self.bytes = bytes
  }

  /// Appends literal JSON text (keys, punctuation) as it is.
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `s` as a JSON string, or `null`.
  mutating func string(_ s: String?) {
    guard let s else { return raw("null") }
    Self.appendQuoted(s, to: &bytes)
  }

  /// Appends `n` in decimal, or `null`.
  mutating func int(_ n: Int?) {
    guard let n else { return raw("null") }
    Self.appendDecimal(n, to: &bytes)
  }

  /// Appends `x` as Swift prints it (shortest round-trip form), or `null`.
  mutating func double(_ x: Double?) {
    guard let x else { return raw("null") }
    bytes.append(contentsOf: x.description.utf8)
  }

  /// Appends the decimal digits of `n` without making a `String`: written last digit first into
  /// a stack buffer, then appended at once (appending each digit and reversing the array's tail
  /// cost 770 instructions a number).
  static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
    if n < 0 { out.append(0x2D) }
    var m = n.magnitude
    // 20 digits hold any `UInt64`.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var i = digits.count
      repeat {
        i -= 1
        digits[i] = UInt8(truncatingIfNeeded: m % 10) + 0x30
        m /= 10
      } while m > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i...]))
    }
  }

  static func quoted(_ s: String) -> String {
    var out: [UInt8] = []
    appendQuoted(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `s` as a JSON string; text without quotes, backslashes or control characters (most
  /// of it) is copied whole, the rest escaped byte by byte.
  static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    out.append(0x22)
    appendEscaped(s, to: &out)
    out.append(0x22)
  }

  /// Appends `s` escaped for a JSON string, without quotes.
  static func appendEscaped(_ s: String, to out: inout [UInt8]) {
    let copied: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out) }
    if copied == nil { appendEscaped(Array(s.utf8), to: &out) }
  }

  /// ``appendEscaped(_:to:)-(Collection)`` for contiguous bytes: whether any byte needs an
  /// escape is read eight bytes at a time.
  static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    if needsEscape(text) {
      appendEscaped(text[...], to: &out)
    } else {
      out.append(contentsOf: text)
    }
  }

  /// Whether `t` holds a control character, a quote or a backslash.
  static func needsEscape(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
    ASCIIBytes.firstJSONSpecial(in: t, from: 0, quote: true, control: true) < t.count
  }

  static func appendEscaped(_ text: some Collection<UInt8>, to out: inout [UInt8]) {
    guard text.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
      out.append(contentsOf: text)
      return
    }
    out.reserveCapacity(out.count + text.count + 16)
    for b in text {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case ..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 15)]
      default: out.append(b)
      }
    }
  }

  private static func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x57 + n }
}

/// JSON string literals, shared by the extractor's JSON Lines and the shell's JSON output.
public enum JSONString {
  /// `s` quoted and escaped as a JSON string.
  public static func quote(_ s: String) -> String { JSONLineWriter.quoted(s) }

  /// Appends `s` quoted and escaped as a JSON string to `out`.
  public static func append(_ s: String, to out: inout [UInt8]) {
    JSONLineWriter.appendQuoted(s, to: &out)
  }

  /// Appends the decimal digits of `n` to `out`.
  public static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
    JSONLineWriter.appendDecimal(n, to: &out)
  }
}
