import Foundation

/// A cursor over the bytes of a JSON document that reads values of a known shape one at a time,
/// straight into Swift values, without building a tree for the document.
///
/// The bytes are borrowed (a mapped file): the cursor must not outlive them. Every failure names
/// the byte offset where reading stopped; ``JSONDamage`` turns it into a line and column.
struct JSONCursor {
  /// Why reading stopped, at which 0-based byte offset.
  struct Failure: Error {
    var offset: Int
    var problem: String
  }

  /// The bytes of a key, borrowed from the document (escapes are not decoded: our keys have none).
  struct Key {
    var start: UnsafePointer<UInt8>
    var count: Int

    /// Whether the key is exactly `name`.
    @inline(__always)
    func `is`(_ name: StaticString) -> Bool {
      count == name.utf8CodeUnitCount && memcmp(start, name.utf8Start, count) == 0
    }
  }

  let base: UnsafePointer<UInt8>
  let end: Int
  var index: Int
  var interner = StringInterner()
  private var scratch: [UInt8] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    end = bytes.count
    index = 0
  }

  func failure(_ problem: String) -> Failure {
    Failure(offset: index, problem: index >= end ? "unexpected end of file" : problem)
  }

  @inline(__always)
  mutating func skipSpace() {
    while index < end {
      let b = base[index]
      guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
      index += 1
    }
  }

  /// The next byte after white space, not consumed; nil at the end.
  @inline(__always)
  mutating func peek() -> UInt8? {
    skipSpace()
    return index < end ? base[index] : nil
  }

  @inline(__always)
  mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
    guard peek() == byte else { throw failure("expected \(what)") }
    index += 1
  }

  /// Consumes `{`; false when the object is empty (its `}` consumed too).
  mutating func beginObject() throws(Failure) -> Bool {
    try expect(UInt8(ascii: "{"), "'{'")
    if peek() == UInt8(ascii: "}") {
      index += 1
      return false
    }
    return true
  }

  /// Consumes `[`; false when the array is empty (its `]` consumed too).
  mutating func beginArray() throws(Failure) -> Bool {
    try expect(UInt8(ascii: "["), "'['")
    if peek() == UInt8(ascii: "]") {
      index += 1
      return false
    }
    return true
  }

  /// After a member or element: consumes `,` (true: another follows) or `close` (false).
  @inline(__always)
  mutating func next(_ close: UInt8) throws(Failure) -> Bool {
    switch peek() {
    case UInt8(ascii: ","):
      index += 1
      return true
    case close:
      index += 1
      return false
    default:
      throw failure(close == UInt8(ascii: "}") ? "expected ',' or '}'" : "expected ',' or ']'")
    }
  }

  /// A member's key and its `:`.
  mutating func key() throws(Failure) -> Key {
    guard peek() == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
    index += 1
    let start = index
    while index < end, base[index] != UInt8(ascii: "\"") {
      index += base[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    guard index < end else { throw failure("") }
    let key = Key(start: base + start, count: index - start)
    index += 1
    try expect(UInt8(ascii: ":"), "':' after a key")
    return key
  }

  /// Consumes `null` if it comes next.
  mutating func null() -> Bool {
    guard peek() == UInt8(ascii: "n"), index + 4 <= end, base[index + 1] == UInt8(ascii: "u"),
      base[index + 2] == UInt8(ascii: "l"), base[index + 3] == UInt8(ascii: "l")
    else { return false }
    index += 4
    return true
  }

  mutating func int() throws(Failure) -> Int {
    skipSpace()
    var negative = false
    if index < end, base[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    let start = index
    var value = 0
    while index < end, base[index] &- 0x30 < 10 {
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int(base[index] &- 0x30))
      guard !o1, !o2 else { throw failure("number out of range") }
      value = s
      index += 1
    }
    guard index > start else { throw failure("expected a number") }
    if index < end, base[index] == UInt8(ascii: ".") || base[index] | 0x20 == UInt8(ascii: "e") {
      throw failure("expected a whole number")
    }
    return negative ? -value : value
  }

  mutating func optionalInt() throws(Failure) -> Int? { null() ? nil : try int() }

  /// A number as a `Double`: exact fast path for up to 15 digits and small exponents, `strtod`
  /// for the rest.
  mutating func double() throws(Failure) -> Double {
    skipSpace()
    let start = index
    var negative = false
    if index < end, base[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var scale = 0
    while index < end, base[index] &- 0x30 < 10 {
      mantissa = mantissa &* 10 &+ UInt64(base[index] &- 0x30)
      digits += 1
      index += 1
    }
    guard digits > 0 else { throw failure("expected a number") }
    if index < end, base[index] == UInt8(ascii: ".") {
      index += 1
      while index < end, base[index] &- 0x30 < 10 {
        mantissa = mantissa &* 10 &+ UInt64(base[index] &- 0x30)
        digits += 1
        scale += 1
        index += 1
      }
    }
    var slow = false
    if index < end, base[index] | 0x20 == UInt8(ascii: "e") {
      slow = true
      index += 1
      if index < end, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") {
        index += 1
      }
      while index < end, base[index] &- 0x30 < 10 { index += 1 }
    }
    if !slow, digits <= 15, scale <= 22 {
      let value = Double(mantissa) / JSONCursor.powersOfTen[scale]
      return negative ? -value : value
    }
    let count = index - start
    let parsed = withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer in
      let raw = UnsafeMutableRawPointer(buffer.baseAddress!)
      raw.copyMemory(from: base + start, byteCount: count)
      buffer[count] = 0
      var stop: UnsafeMutablePointer<CChar>?
      let value = strtod(buffer.baseAddress!, &stop)
      return stop == buffer.baseAddress! + count ? value : nil
    }
    guard let parsed else { throw failure("expected a number") }
    return parsed
  }

  mutating func optionalDouble() throws(Failure) -> Double? { null() ? nil : try double() }

  private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

  /// A string, decoded; repeated short strings share one copy when `interned`.
  mutating func string(interned: Bool = false) throws(Failure) -> String {
    guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string") }
    index += 1
    let start = index
    while index < end {
      let b = base[index]
      if b == UInt8(ascii: "\"") {
        let bytes = UnsafeBufferPointer(start: base + start, count: index - start)
        index += 1
        if interned, bytes.count > 15, bytes.count <= 160 { return interner.intern(bytes) }
        return String(decoding: bytes, as: UTF8.self)
      }
      if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
      if b < 0x20 { throw failure("control character inside a string") }
      index += 1
    }
    throw failure("")
  }

  mutating func optionalString(interned: Bool = false) throws(Failure) -> String? {
    null() ? nil : try string(interned: interned)
  }

  /// A string holding escapes, from its first byte `start` (after the quote).
  private mutating func escapedString(from start: Int) throws(Failure) -> String {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
    while index < end {
      let b = base[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if b < 0x20 { throw failure("control character inside a string") }
      guard b == UInt8(ascii: "\\") else {
        // Copy the run up to the next quote, backslash or control character whole.
        let run = index
        index += 1
        while index < end {
          let c = base[index]
          if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
          index += 1
        }
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + run, count: index - run))
        continue
      }
      guard index + 1 < end else { break }
      let e = base[index + 1]
      index += 2
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
      case UInt8(ascii: "b"): scratch.append(0x08)
      case UInt8(ascii: "f"): scratch.append(0x0C)
      case UInt8(ascii: "n"): scratch.append(0x0A)
      case UInt8(ascii: "r"): scratch.append(0x0D)
      case UInt8(ascii: "t"): scratch.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if scalar & 0xFC00 == 0xD800, index + 1 < end, base[index] == UInt8(ascii: "\\"),
          base[index + 1] == UInt8(ascii: "u")
        {
          index += 2
          let low = try hex4()
          scalar = low & 0xFC00 == 0xDC00 ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
        }
        let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        scratch.append(contentsOf: Array(String(Character(s)).utf8))
      default:
        index -= 1
        throw failure("invalid escape in a string")
      }
    }
    throw failure("")
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    guard index + 4 <= end else { throw failure("") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = base[index]
      let digit: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - 0x30
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - 0x57
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - 0x37
      default: throw failure("invalid \\u escape")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// An array of strings.
  mutating func strings(interned: Bool = false) throws(Failure) -> [String] {
    var result: [String] = []
    var more = try beginArray()
    while more {
      result.append(try string(interned: interned))
      more = try next(UInt8(ascii: "]"))
    }
    return result
  }

  /// An array of whole numbers.
  mutating func ints() throws(Failure) -> [Int] {
    var result: [Int] = []
    var more = try beginArray()
    while more {
      result.append(try int())
      more = try next(UInt8(ascii: "]"))
    }
    return result
  }

  /// A string naming a case of `T`.
  mutating func enumeration<T: RawRepresentable<String>>(_: T.Type) throws(Failure) -> T {
    let start = index
    let text = try string()
    guard let value = T(rawValue: text) else {
      index = start
      throw failure("unknown value '\(text)'")
    }
    return value
  }

  /// Skips one value of any kind; returns the byte range it occupied.
  @discardableResult
  mutating func skipValue(depth: Int = 0) throws(Failure) -> Range<Int> {
    guard let first = peek() else { throw failure("") }
    let start = index
    guard depth < 512 else { throw failure("nested too deeply") }
    switch first {
    case UInt8(ascii: "{"):
      var more = try beginObject()
      while more {
        _ = try key()
        try skipValue(depth: depth + 1)
        more = try next(UInt8(ascii: "}"))
      }
    case UInt8(ascii: "["):
      var more = try beginArray()
      while more {
        try skipValue(depth: depth + 1)
        more = try next(UInt8(ascii: "]"))
      }
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      while index < end, base[index] | 0x20 >= UInt8(ascii: "a"), base[index] | 0x20 <= UInt8(ascii: "z") {
        index += 1
      }
      let word = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
      guard ["true", "false", "null"].contains(word) else { throw failure("expected a value") }
    default: _ = try double()
    }
    return start..<index
  }

  /// The next value decoded by Foundation (for the small, rarely large parts of a session).
  mutating func decoded<T: Decodable>(_ type: T.Type) throws(Failure) -> T {
    let at = index
    let range = try skipValue()
    let data = Data(bytes: base + range.lowerBound, count: range.count)
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw Failure(offset: at, problem: "wrong value: \(SessionStore.describe(error))")
    }
  }
}
