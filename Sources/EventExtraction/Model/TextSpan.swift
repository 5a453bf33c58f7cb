/// A range of UTF-8 byte offsets into an article's original text, `start` inclusive, `end` exclusive.
///
/// Offsets always refer to the text as it was loaded (before any normalisation), so
/// `text.utf8[start..<end]` is exactly the evidence an analyst sees.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }

  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  /// The spanned text of `text`, or an empty string when the span lies outside it.
  public func slice(of text: String) -> String {
    let bytes = text.utf8
    guard start >= 0, start <= end, end <= bytes.count else { return "" }
    let lower = bytes.index(bytes.startIndex, offsetBy: start)
    let upper = bytes.index(lower, offsetBy: end - start)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}

/// Where a field's value came from: the span of original text and the rule that read it.
public struct Evidence: Sendable, Hashable, Codable {
  public var span: TextSpan
  public var rule: String

  public init(span: TextSpan, rule: String) {
    self.span = span
    self.rule = rule
  }
}
