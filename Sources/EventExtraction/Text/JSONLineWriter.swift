/// Writes compact JSON into a byte buffer, keys in the order they are written (JSONEncoder does
/// not promise an order). The caller writes the punctuation between values (`raw`), which for
/// the fixed shape of an ``EventRecord`` line is cheaper than tracking it.
///
/// The buffer is the writer's own memory, handed over once by ``finish(appendingTo:)``: an
/// `Array.append(contentsOf:)` cost about 110 instructions whatever its size, and a line of
/// `sitrep extract` makes some 80 appends of a few bytes each.
struct JSONLineWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  /// An empty writer with room for `capacity` bytes before it grows.
  init(capacity: Int = 1024) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// What has been written so far: UTF-8 JSON.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Appends everything written to `out`, in one copy.
  func finish(appendingTo out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }

  /// Makes room for `n` more bytes.
  @inline(__always)
  private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(to: count + n) }
  }

  /// Moves the bytes to a buffer of at least `minimum` bytes, doubling the old size.
  @inline(never)
  private mutating func grow(to minimum: Int) {
    let grown = max(capacity * 2, minimum)
    let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    new.update(from: base, count: count)
    base.deallocate()
    base = new
    capacity = grown
  }

  /// Appends one byte.
  @inline(__always)
  mutating func byte(_ b: UInt8) {
    reserve(1)
    base[count] = b
    count += 1
  }

  /// Appends `b` as it is; 8 to 16 bytes (most keys) as two overlapping 8-byte words, not a
  /// call to `memcpy`.
  @inline(__always)
  mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
    let n = b.count
    guard n > 0, let start = b.baseAddress else { return }
    reserve(n)
    let to = UnsafeMutableRawPointer(base + count)
    let from = UnsafeRawPointer(start)
    if n >= 8, n <= 16 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
    } else {
      to.copyMemory(from: from, byteCount: n)
    }
    count += n
  }

  /// Appends literal JSON text (keys, punctuation) as it is.
  @inline(__always)
  mutating func raw(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends `key` (raw JSON such as `,"name":`), then `s` as a JSON string or `null`: the
  /// shape of every field of a line.
  @inline(__always)
  mutating func string(_ s: String?, after key: StaticString) {
    raw(key)
    string(s)
  }

  /// Appends `key`, then `n` in decimal or `null`.
  @inline(__always)
  mutating func int(_ n: Int?, after key: StaticString) {
    raw(key)
    int(n)
  }

  /// Appends `key`, then `x` as Swift prints it or `null`.
  @inline(__always)
  mutating func double(_ x: Double?, after key: StaticString) {
    raw(key)
    double(x)
  }

  /// Appends `s` as a JSON string, or `null`.
  mutating func string(_ s: String?) {
    guard let s else { return raw("null") }
    byte(0x22)
    escaped(s)
    byte(0x22)
  }

  /// Appends `s` escaped for a JSON string, without quotes.
  mutating func escaped(_ s: String) {
    var s = s
    s.withUTF8 { escaped($0) }
  }

  /// Appends `text` escaped for a JSON string, without quotes: copied whole unless it holds a
  /// quote, a backslash or a control character (rare), which ``appendEscaped(_:to:)`` escapes.
  mutating func escaped(_ text: UnsafeBufferPointer<UInt8>) {
    guard Self.needsEscape(text) else { return append(text) }
    var out: [UInt8] = []
    Self.appendEscaped(text[...], to: &out)
    out.withUnsafeBufferPointer { append($0) }
  }

  /// Appends `n` in decimal, or `null`.
  mutating func int(_ n: Int?) {
    guard let n else { return raw("null") }
    reserve(20)
    count += Self.writeDecimal(n, at: base + count)
  }

  /// Writes `n` in decimal at `p`, which has room for 20 bytes (a sign and 19 digits hold any
  /// `Int`), and returns how many bytes it wrote.
  @inline(__always)
  static func writeDecimal(_ n: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
    var start = 0
    if n < 0 {
      p[0] = 0x2D
      start = 1
    }
    var m = n.magnitude
    var digits = 1
    while m >= 10 {
      m /= 10
      digits += 1
    }
    m = n.magnitude
    for k in stride(from: start + digits - 1, through: start, by: -1) {
      p[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30
      m /= 10
    }
    return start + digits
  }

  /// Appends `x` as Swift prints it (shortest round-trip form), or `null`.
  mutating func double(_ x: Double?) {
    guard let x else { return raw("null") }
    var text = x.description
    text.withUTF8 { append($0) }
  }

  /// Appends the decimal digits of `n` without making a `String`: written into a stack buffer
  /// (``writeDecimal(_:at:)``), then appended at once (appending each digit and reversing the
  /// array's tail cost 770 instructions a number).
  static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      guard let p = buffer.baseAddress else { return }
      out.append(contentsOf: UnsafeBufferPointer(start: p, count: writeDecimal(n, at: p)))
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
