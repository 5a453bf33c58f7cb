import EventExtraction

/// One occurrence of a searched text, in context.
public struct TextHit: Sendable, Hashable {
  public var article: String
  public var offset: Int
  public var before: String
  public var match: String
  public var after: String
  /// The event whose evidence contains the hit, if any.
  public var event: String?
}

/// Case-insensitive search of article text over UTF-8 bytes (ASCII letters fold; others match exactly).
public enum TextSearch {
  public static func find(_ needle: String, in session: Session, context: Int) -> [TextHit] {
    let pattern = Array(needle.utf8).map(fold)
    guard !pattern.isEmpty else { return [] }
    var hits: [TextHit] = []
    for article in session.articles {
      let events = session.events(of: article.id)
      let bytes = Array(article.text.utf8)
      guard bytes.count >= pattern.count else { continue }
      var i = 0
      let first = pattern[0]
      while i <= bytes.count - pattern.count {
        if fold(bytes[i]) == first, matches(bytes, at: i, pattern) {
          let span = TextSpan(start: i, end: i + pattern.count)
          let event = events.first { $0.current.evidence.span.contains(span) }?.id
          hits.append(
            TextHit(
              article: article.id, offset: i, before: snippet(bytes, max(0, i - context), i, trimStart: true),
              match: snippet(bytes, i, i + pattern.count, trimStart: false),
              after: snippet(bytes, i + pattern.count, min(bytes.count, i + pattern.count + context), trimStart: false),
              event: event))
          i += pattern.count
        } else {
          i += 1
        }
      }
    }
    return hits
  }

  @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  private static func matches(_ bytes: [UInt8], at i: Int, _ pattern: [UInt8]) -> Bool {
    for j in 1..<pattern.count where fold(bytes[i + j]) != pattern[j] { return false }
    return true
  }

  /// Bytes lo..<hi as one line of text, moved inward off broken UTF-8 sequences.
  private static func snippet(_ bytes: [UInt8], _ lo: Int, _ hi: Int, trimStart: Bool) -> String {
    var a = lo
    var b = hi
    while a < b, bytes[a] & 0xC0 == 0x80 { a += 1 }
    while b < bytes.count, b > a, bytes[b] & 0xC0 == 0x80 { b -= 1 }
    let text = String(decoding: bytes[a..<b], as: UTF8.self)
    return String(text.map { $0.isNewline ? " " : $0 })
  }
}
