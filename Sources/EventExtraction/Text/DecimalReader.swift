/// Reads plain decimal numbers ("36.2021", "-0.5", "12") from UTF-8 bytes without a `String`:
/// the gazetteer's coordinates, 80,000 of them at every start-up.
enum DecimalReader {
  /// The value of `bytes` exactly as `Double(String(decoding: bytes, as: UTF8.self))` reads it.
  ///
  /// An optional `-`, digits, and optionally `.` and more digits, at most 15 digits in all, is
  /// read as an integer divided by a power of ten: both are exact doubles, so the one division
  /// rounds correctly, as `strtod` does (Clinger's fast path). Anything else (exponents, `+`,
  /// longer numbers, junk) is left to `Double(_:)`.
  static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    let negative = i < bytes.count && bytes[i] == 0x2D
    if negative { i += 1 }
    var mantissa: Int64 = 0
    var digits = 0
    var fraction = 0
    var sawPoint = false
    var plain = i < bytes.count
    while i < bytes.count, plain {
      let b = bytes[i]
      if b &- 0x30 < 10 {
        mantissa = mantissa * 10 + Int64(b &- 0x30)
        digits += 1
        if sawPoint { fraction += 1 }
      } else if b == 0x2E, !sawPoint, digits > 0 {
        sawPoint = true
      } else {
        plain = false
      }
      i += 1
    }
    guard plain, digits <= 15, !sawPoint || fraction > 0 else {
      return Double(String(decoding: bytes, as: UTF8.self))
    }
    let value = Double(mantissa) / powersOfTen[fraction]
    return negative ? -value : value
  }

  /// 10^0 ... 10^15, each an exact double.
  private static let powersOfTen: [Double] = (0...15).map { k in
    (0..<k).reduce(1.0) { product, _ in product * 10 }
  }
}
