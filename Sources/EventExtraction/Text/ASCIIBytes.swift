import Foundation

/// The byte-level helpers the extractor's scanners share: ASCII capitals and lower case, whether
/// text is ASCII, strings made from byte ranges, `memchr` searches, and where a JSON string's
/// plain run ends (which the session and corpus readers share too).
///
/// Written once here so that every scanner agrees on them (a word's key, its lower-case string
/// and a gazetteer name's key must lower-case alike). The small ones sit on hot paths and are
/// `@inline(__always)`; none allocates except those that return a `String`.
package enum ASCIIBytes {
  /// Whether `b` is an ASCII capital, `A`...`Z` (one subtraction and one comparison).
  @inline(__always)
  static func isCapital(_ b: UInt8) -> Bool { b &- 0x41 < 26 }

  /// `b` in ASCII lower case: `A`...`Z` become `a`...`z`; every other byte is kept, so byte
  /// offsets and UTF-8 validity are unchanged.
  @inline(__always)
  static func lowered(_ b: UInt8) -> UInt8 { isCapital(b) ? b | 0x20 : b }

  /// Whether every byte of `bytes` is ASCII (below 0x80), eight bytes at a time.
  ///
  /// - Parameter bytes: any bytes; an empty buffer is ASCII.
  /// - Returns: `bytes.allSatisfy { $0 < 0x80 }`.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var i = 0
    var bits: UInt64 = 0
    while i + 8 <= bytes.count {
      bits |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      i += 8
    }
    while i < bytes.count {
      bits |= UInt64(bytes[i])
      i += 1
    }
    return bits & 0x8080_8080_8080_8080 == 0
  }

  /// Whether every UTF-8 byte of `text` is ASCII (``isASCII(_:)-(UnsafeBufferPointer<UInt8>)``
  /// over the string's own bytes).
  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isASCII($0) }
  }

  /// A string of the bytes `bytes[range]`, written into the string's own buffer with one
  /// `memcpy`: up to 15 ASCII bytes that is a small string built without the UTF-8 validation
  /// `String(decoding:)` runs (`initialize(from:)` copied byte by byte through an iterator).
  ///
  /// - Parameters:
  ///   - bytes: valid UTF-8.
  ///   - range: a range of `bytes` that starts and ends on scalar boundaries.
  @inline(__always)
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    guard !range.isEmpty, let base = bytes.baseAddress else { return "" }
    return String(unsafeUninitializedCapacity: range.count) { buffer in
      UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(
        from: base + range.lowerBound, byteCount: range.count)
      return range.count
    }
  }

  /// A string of the bytes `bytes[range]` in ASCII lower case (each byte ``lowered(_:)``):
  /// non-ASCII bytes are copied as they are, so the result has the same byte offsets.
  ///
  /// - Parameters:
  ///   - bytes: valid UTF-8.
  ///   - range: a range of `bytes` that starts and ends on scalar boundaries.
  @inline(__always)
  static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    guard !range.isEmpty, let base = bytes.baseAddress else { return "" }
    return String(unsafeUninitializedCapacity: range.count) { buffer in
      let from = base + range.lowerBound
      for k in 0..<range.count { buffer[k] = lowered(from[k]) }
      return range.count
    }
  }

  /// `text` in ASCII lower case (``lowercased(_:_:)`` of all its bytes): `É` and other
  /// non-ASCII letters are kept as they are, unlike `String.lowercased()`.
  static func lowercased(_ text: String) -> String {
    var text = text
    return text.withUTF8 { lowercased($0, 0..<$0.count) }
  }

  /// The index of the first `byte` in `bytes[from..<to]`, found with `memchr` (vectorised; a
  /// byte loop with bounds checks cost several times as much).
  ///
  /// - Returns: the index in `bytes`, or nil when the range is empty or lacks `byte`.
  @inline(__always)
  package static func firstIndex(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    guard from < to, let base = bytes.baseAddress,
      let hit = memchr(base + from, Int32(byte), to - from)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
  }

  /// Whether `text` contains the byte `byte` (`memchr` over the string's own bytes).
  static func contains(_ byte: UInt8, in text: String) -> Bool {
    var text = text
    return text.withUTF8 { firstIndex(of: byte, in: $0, from: 0, to: $0.count) != nil }
  }

  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `w` that is `byte` (and perhaps of bytes above the first
  /// such, through a borrow; never below it): `(v - 0x01…) & ~v & 0x80…` with `v` the word xor
  /// the byte repeated. The lowest bit set marks the first match.
  @inline(__always)
  static func bytesEqual(_ w: UInt64, _ byte: UInt8) -> UInt64 {
    let v = w ^ (UInt64(byte) &* ones)
    return (v &- ones) & ~v & highs
  }

  /// The index of the first byte from `start` on that is a backslash, a quote (with `quote`)
  /// or a control character below 0x20 (with `control`); `bytes.count` when there is none.
  /// Where a JSON string's plain run ends when reading it, and whether text needs escaping when
  /// writing it.
  ///
  /// Eight bytes at a time: a high bit of `(v - 0x01…) & ~v & 0x80…` is set where a byte of `v`
  /// is zero (`v` is the word xor the byte sought, repeated), and of `(w - 0x20…) & ~w & 0x80…`
  /// where a byte of `w` is below 0x20. A borrow can flag a byte above a true match but never
  /// below one, so the lowest flagged byte is the first match.
  package static func firstJSONSpecial(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, quote: Bool, control: Bool
  ) -> Int {
    var i = start
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while i + 8 <= bytes.count {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        var m = bytesEqual(w, 0x5C)
        if control { m |= (w &- 0x20 &* ones) & ~w & highs }
        if quote { m |= bytesEqual(w, 0x22) }
        if m != 0 { return i + m.trailingZeroBitCount / 8 }
        i += 8
      }
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x5C || (quote && b == 0x22) || (control && b < 0x20) { return i }
      i += 1
    }
    return i
  }
}
