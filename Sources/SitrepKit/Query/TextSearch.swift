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
    let pattern = Array(straightened(needle).utf8).map(fold)
    guard !pattern.isEmpty else { return [] }
    var hits: [TextHit] = []
    // Event indices per article, built only once the first hit needs them (one pass, not one
    // scan of all events per article).
    var eventsByArticle: [String: [Int]]?
    for (a, article) in session.articles.enumerated() {
      var text = article.text
      guard text.utf8.count >= pattern.count else { continue }
      let found: [Range<Int>] = text.withUTF8 { scan($0, pattern) }
      if found.isEmpty { continue }
      let events: [Int]
      if let eventsOfArticle {
        events = eventsOfArticle(a)
      } else {
        if eventsByArticle == nil { eventsByArticle = indexEvents(session) }
        events = eventsByArticle?[article.id] ?? []
      }
      let bytes = Array(article.text.utf8)
      for range in found {
        let (i, stop) = (range.lowerBound, range.upperBound)
        let span = TextSpan(start: i, end: stop)
        let event = events.first { session.events[$0].current.evidence.span.contains(span) }
          .map { session.events[$0].id }
        hits.append(
          TextHit(
            article: article.id, offset: i,
            before: snippet(bytes, max(0, i - context), i, trimStart: true),
            match: snippet(bytes, i, stop, trimStart: false),
            after: snippet(bytes, stop, min(bytes.count, stop + context), trimStart: false),
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

  /// Non-overlapping case-folded matches of `pattern` in `bytes`, as byte ranges.
  ///
  /// A straight quote in the pattern also matches its curly forms (`'` matches ‘ and ’, `"`
  /// matches “ and ”), as news text writes "country’s" and analysts type "country's"; so a
  /// match may be longer than the pattern. Sixteen bytes at a time are compared with the
  /// pattern's first byte (letters folded with `| 0x20`, which may let a few other bytes
  /// through: each candidate is then checked in full).
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    let n = pattern.count
    guard n > 0, bytes.count >= n, let base = bytes.baseAddress else { return found }
    let first = pattern[0]
    let isLetter = first &- 0x61 < 26
    // A pattern opening with a quote may match a curly one, whose first byte differs.
    let skips = !isQuote(first)
    let mask = SIMD16<UInt8>(repeating: isLetter ? 0x20 : 0)
    let target = SIMD16<UInt8>(repeating: first)
    let last = bytes.count - n
    var i = 0
    while i <= last {
      if skips, i + 16 <= bytes.count {
        let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        if !any((chunk | mask) .== target) {
          i += 16
          continue
        }
      }
      let end = min(i + 16, last + 1)
      while i < end {
        if let stop = matchEnd(bytes, i, pattern) {
          found.append(i..<stop)
          i = stop
          break
        }
        i += 1
      }
    }
    return found
  }

  /// Where a match of `pattern` starting at byte `i` ends, or nil when there is none.
  @inline(__always)
  private static func matchEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ pattern: [UInt8]) -> Int? {
    var k = i
    for p in pattern {
      guard k < bytes.count else { return nil }
      if fold(bytes[k]) == p {
        k += 1
      } else if isQuote(p), k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80,
        p == 0x27 ? (bytes[k + 2] == 0x98 || bytes[k + 2] == 0x99) : (bytes[k + 2] == 0x9C || bytes[k + 2] == 0x9D)
      {
        k += 3
      } else {
        return nil
      }
    }
    return k
  }

  @inline(__always) private static func isQuote(_ b: UInt8) -> Bool { b == 0x27 || b == 0x22 }

  /// The searched text with curly quotes written straight (they match either form).
  static func straightened(_ needle: String) -> String {
    guard needle.utf8.contains(0xE2) else { return needle }
    return String(
      needle.map { c -> Character in
        switch c {
        case "\u{2018}", "\u{2019}": "'"
        case "\u{201C}", "\u{201D}": "\""
        default: c
        }
      })
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
