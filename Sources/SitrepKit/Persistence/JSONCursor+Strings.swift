import Foundation

extension JSONCursor {
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
  mutating func escapedString(from start: Int) throws(Failure) -> String {
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
          scalar =
            low & 0xFC00 == 0xDC00 ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
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

  mutating func hex4() throws(Failure) -> UInt32 {
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

  /// An array of strings; when `interned`, its strings and the array itself are shared with
  /// equal ones read before (``ListInterner``).
  mutating func strings(interned: Bool = false) throws(Failure) -> [String] {
    var result: [String] = []
    var more = try beginArray()
    while more {
      result.append(try string(interned: interned))
      more = try next(UInt8(ascii: "]"))
    }
    guard interned, !result.isEmpty else { return result }
    return lists.intern(result)
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

  /// A member's key decoded as a string (escapes and all), and its `:`: for keys that are data
  /// (set names, field names), not part of the format.
  mutating func stringKey() throws(Failure) -> String {
    guard peek() == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
    let key = try string()
    try expect(UInt8(ascii: ":"), "':' after a key")
    return key
  }
}
