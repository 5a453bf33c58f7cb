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
  /// - Parameter eventsOfArticle: the indices of the events of the article at an index of
  ///   `session.articles`, when the caller has them grouped already; else they are grouped here,
  ///   once, when the first hit needs them.
  public static func find(
    _ needle: String, in session: Session, context: Int, eventsOfArticle: ((Int) -> [Int])? = nil
  ) -> [TextHit] {
    let pattern = Array(needle.utf8).map(fold)
    guard !pattern.isEmpty else { return [] }
    var hits: [TextHit] = []
    // Event indices per article, built only once the first hit needs them (one pass, not one
    // scan of all events per article).
    var eventsByArticle: [String: [Int]]?
    for (a, article) in session.articles.enumerated() {
      var text = article.text
      guard text.utf8.count >= pattern.count else { continue }
      let found: [Int] = text.withUTF8 { scan($0, pattern) }
      if found.isEmpty { continue }
      let events: [Int]
      if let eventsOfArticle {
        events = eventsOfArticle(a)
      } else {
        if eventsByArticle == nil { eventsByArticle = indexEvents(session) }
        events = eventsByArticle?[article.id] ?? []
      }
      let bytes = Array(article.text.utf8)
      for i in found {
        let span = TextSpan(start: i, end: i + pattern.count)
        let event = events.first { session.events[$0].current.evidence.span.contains(span) }
          .map { session.events[$0].id }
        hits.append(
          TextHit(
            article: article.id, offset: i,
            before: snippet(bytes, max(0, i - context), i, trimStart: true),
            match: snippet(bytes, i, i + pattern.count, trimStart: false),
            after: snippet(
              bytes, i + pattern.count, min(bytes.count, i + pattern.count + context),
              trimStart: false),
            event: event))
      }
    }
    return hits
  }

  /// Event indices grouped by article id, in session order.
  private static func indexEvents(_ session: Session) -> [String: [Int]] {
    var index: [String: [Int]] = [:]
    for i in session.events.indices { index[session.events[i].current.article, default: []].append(i) }
    return index
  }

  /// Offsets of non-overlapping case-folded matches of `pattern` in `bytes`.
  ///
  /// Sixteen bytes at a time are compared with the pattern's first byte (letters folded with
  /// `| 0x20`, which may let a few other bytes through: each candidate is then checked in full).
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> [Int] {
    var found: [Int] = []
    let n = pattern.count
    guard n > 0, bytes.count >= n, let base = bytes.baseAddress else { return found }
    let first = pattern[0]
    let isLetter = first &- 0x61 < 26
    let mask = SIMD16<UInt8>(repeating: isLetter ? 0x20 : 0)
    let target = SIMD16<UInt8>(repeating: first)
    let last = bytes.count - n
    var i = 0
    while i <= last {
      if i + 16 <= bytes.count {
        let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        if !any((chunk | mask) .== target) {
          i += 16
          continue
        }
      }
      let end = min(i + 16, last + 1)
      while i < end {
        if fold(bytes[i]) == first {
          var j = 1
          while j < n, fold(bytes[i + j]) == pattern[j] { j += 1 }
          if j == n {
            found.append(i)
            i += n
            break
          }
        }
        i += 1
      }
    }
    return found
  }

  @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

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
