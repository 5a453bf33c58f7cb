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
  var lists = ListInterner()
  /// Room for decoding strings with escapes, reused.
  var scratch: [UInt8] = []

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
      while index < end, base[index] | 0x20 >= UInt8(ascii: "a"),
        base[index] | 0x20 <= UInt8(ascii: "z")
      {
        index += 1
      }
      let word = String(
        decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
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
      throw Failure(offset: at, problem: "wrong value: \(DecodingErrorText.nested(error))")
    }
  }
}
