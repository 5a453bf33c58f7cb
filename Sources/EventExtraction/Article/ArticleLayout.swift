import Foundation

/// What a block of an article is, for deciding which blocks can carry events.
public enum BlockRole: String, Sendable, Hashable {
  case headline
  case dateline
  case body
  case caption
  /// A short line without a final period inside the article ("Aleppo flashpoint"): context for
  /// places, never an event.
  case heading
  /// Page furniture ("To Read The Full Story", "Click to log in!").
  case furniture
  /// A verbatim repeat of an earlier block.
  case duplicate
  /// A cut-off copy of the next block ("In this image made from video and posted online fr").
  case truncatedCopy
}

/// An article's blocks with their roles, headline, dateline and outlet.
public struct ArticleLayout: Sendable {
  public var blocks: [TextBlock]
  public var roles: [BlockRole]
  public var headline: String?
  public var dateline: String?
  public var outlet: String?
  /// For a body block that starts with a dateline ("GENEVA (AP) - The ..."), the byte length
  /// of the dateline to skip.
  public var datelinePrefix: [Int: Int] = [:]
  /// Each block's normalised text, reused by the sentence splitter.
  var normalized: [NormalizedText] = []

  static let furniture: [String] = [
    "to read the full story", "more coverage", "special project", "are you already a subscriber",
    "click to log in", "advertisement", "related coverage", "related stories", "read more",
    "share this", "subscribe", "sign up for", "follow us", "recommended", "most read",
    "copyright", "all rights reserved", "click here", "watch:", "listen:",
  ]

  /// Lays out an article.
  ///
  /// - Parameter bytes: the article's UTF-8 bytes.
  public init(bytes: [UInt8]) {
    blocks = TextBlock.blocks(in: bytes)
    normalized = blocks.map { TextNormalizer.normalize(bytes, range: $0.span.start..<$0.span.end) }
    let texts = normalized.map(\.text)
    var roles: [BlockRole] = []
    var seen = SeenTexts(capacity: texts.count)
    var headlineTaken = false
    for (i, text) in texts.enumerated() {
      let next = i + 1 < texts.count ? texts[i + 1] : nil
      let role: BlockRole
      // Every block joins `seen`, whatever its role: one look-up, not two.
      let isNew = seen.insert(text)
      if text.utf8.count < 60, Self.isFurniture(text) {
        role = .furniture
      } else if !isNew {
        role = .duplicate
      } else if let next, Self.isCutCopy(text, of: next) {
        role = .truncatedCopy
      } else if ASCIIBytes.contains(0x28, in: text),
        let (place, outlet, length) = Self.dateline(text)
      {
        if dateline == nil {
          dateline = place
          self.outlet = outlet
        }
        if length >= text.utf8.count - 1 {
          role = .dateline
        } else {
          datelinePrefix[i] = length
          role = .body
        }
      } else if Self.isCaption(text) {
        role = .caption
      } else if !Self.endsSentence(text) && (text.utf8.count < 120 || text.count < 120) {
        role = (!headlineTaken && roles.allSatisfy { $0 != .body }) ? .headline : .heading
        if role == .headline {
          headlineTaken = true
          headline = text
        }
      } else {
        role = .body
      }
      roles.append(role)
    }
    self.roles = roles
  }

  /// The furniture phrases' bytes (lower-case ASCII).
  private static let furnitureBytes = furniture.map { Array($0.utf8) }

  /// Whether a short block starts with a furniture phrase (any case). ASCII text (nearly all)
  /// is compared in place, upper-case letters folded; other text is lower-cased first, where
  /// Unicode case and `Character`s decide ("\u{212A}" is "k", "e\u{301}" is not "e").
  static func isFurniture(_ text: String) -> Bool {
    var copy = text
    let ascii: Bool? = copy.withUTF8 { b in
      guard ASCIIBytes.isASCII(b) else { return nil }
      return furnitureBytes.contains { hasPrefix(b, $0) }
    }
    if let ascii { return ascii }
    let lower = text.lowercased()
    return furniture.contains { lower.hasPrefix($0) }
  }

  /// Whether `next` is longer than `text` and starts with it (in `Character`s); over bytes when
  /// both are ASCII without carriage returns, where each byte is one `Character`.
  static func isCutCopy(_ text: String, of next: String) -> Bool {
    // Different ASCII first bytes start different Characters (no ASCII scalar decomposes).
    if let a = text.utf8.first, let b = next.utf8.first, a != b, a < 0x80, b < 0x80 {
      return false
    }
    /// ASCII without carriage returns, eight bytes at a time then `memchr`.
    func plain(_ s: String) -> Bool {
      ASCIIBytes.isASCII(s) && !ASCIIBytes.contains(0x0D, in: s)
    }
    guard plain(text), plain(next) else { return next.count > text.count && next.hasPrefix(text) }
    return next.utf8.count > text.utf8.count && next.utf8.starts(with: text.utf8)
  }

  private static func endsSentence(_ text: String) -> Bool {
    guard var last = text.utf8.last else { return false }
    if last == 0x22 || last == 0x27 || last == 0x29, text.utf8.count > 1 {
      last = text.utf8[text.utf8.index(text.utf8.endIndex, offsetBy: -2)]
    }
    return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A
  }

  /// A photo caption: "In this image ...", "... is pictured ...", or a line ending in a full date.
  private static func isCaption(_ text: String) -> Bool {
    // The prefixes and " pictured" read the string's own bytes (no copy of every block).
    // "..., Syria, April 29, 2016.": the year's last digit comes right before the period (or
    // spaces), nothing else can be; read in place, so that most blocks are never copied.
    var copy = text
    let (marked, datedEnd) = copy.withUTF8 { b -> (Bool, Bool) in
      if Self.captionOpenings.contains(where: { Self.hasPrefix(b, $0) }) || Self.isPictured(b)
      {
        return (true, false)
      }
      guard b.count > 12, b[b.count - 1] == 0x2E else { return (false, false) }
      var k = b.count - 2
      while k >= 0, b[k] == 0x20 { k -= 1 }
      return (false, k >= 0 && (0x30...0x39).contains(b[k]))
    }
    if marked { return true }
    guard datedEnd else { return false }
    let bytes = Array(text.utf8)
    let tail = String(decoding: text.utf8.suffix(40), as: UTF8.self)
    let words = WordScanner.words(tail)
    guard words.count >= 6, words.last?.text == "." else { return false }
    let n = words.count
    return Int(words[n - 2].text).map { (1900...2100).contains($0) } == true
      && words[n - 3].text == "," && Int(words[n - 4].text) != nil
      && DateWords.month(words[n - 5]) != nil && !Self.find(bytes, " said")
  }

  /// Whether `bytes` start with `prefix` (lower-case ASCII), ASCII capitals folded.
  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
    guard prefix.count <= bytes.count else { return false }
    for k in prefix.indices {
      guard ASCIIBytes.lowered(bytes[k]) == prefix[k] else { return false }
    }
    return true
  }

  /// How a photo caption may open (lower-case ASCII).
  private static let captionOpenings = ["in this ", "file -", "file photo"].map { Array($0.utf8) }

  private static let pictured = Array(" pictured".utf8)

  /// Whether `bytes` contain " is pictured" or " are pictured": one pass for " pictured", then
  /// the verb before it.
  static func isPictured(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isPictured($0) }
  }

  /// ``isPictured(_:)`` over a buffer.
  static func isPictured(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let needle = pictured
    // Each candidate starts at a space before a "p": `memchr` jumps from "p" to "p".
    var p = 4
    while p + needle.count - 1 <= b.count {
      guard let hit = ASCIIBytes.firstIndex(of: 0x70, in: b, from: p, to: b.count) else {
        return false
      }
      p = hit
      let i = p - 1
      guard i + needle.count <= b.count else { return false }
      if b[i] == 0x20, b[(i + 2)..<(i + needle.count)].elementsEqual(needle[2...]) {
        if b[i - 3] == 0x20, b[i - 2] == 0x69, b[i - 1] == 0x73 { return true }  // " is"
        // " are"
        if i >= 4, b[i - 4] == 0x20, b[i - 3] == 0x61, b[i - 2] == 0x72, b[i - 1] == 0x65 {
          return true
        }
      }
      p += 1
    }
    return false
  }

  /// Whether `bytes` contain `needle` (exact bytes).
  private static func find(_ bytes: [UInt8], _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard bytes.count >= n.count, let first = n.first else { return false }
    var i = 0
    while i + n.count <= bytes.count {
      if bytes[i] == first, bytes[i..<(i + n.count)].elementsEqual(n) { return true }
      i += 1
    }
    return false
  }

  /// A dateline at the start of `text`: `GENEVA (AP) -`, `BEIRUT, May 1 (Reuters) -`.
  /// Returns the place, the outlet and the byte length to skip.
  static func dateline(_ text: String) -> (String, String, Int)? {
    // The place starts with the first word, in capitals; no token spans a space, so the first
    // word is the first word of the text up to its first inner space.
    let head = text.utf8.drop { $0 == 0x20 }.prefix { $0 != 0x20 }
    guard let lead = WordScanner.words(String(decoding: head, as: UTF8.self)).first, lead.isWord,
      lead.text == lead.text.uppercased()
    else { return nil }
    let words = WordScanner.words(text)
    var k = 0
    var place: [String] = []
    while k < words.count, words[k].isWord, words[k].text == words[k].text.uppercased(),
      words[k].text.count > 1 || place.isEmpty
    {
      place.append(words[k].text)
      k += 1
    }
    guard !place.isEmpty, place.joined().count >= 3 else { return nil }
    // optional ", May 1"
    while k < words.count, words[k].text != "(", k < place.count + 5 { k += 1 }
    guard k + 2 < words.count, words[k].text == "(", words[k + 2].text == ")" else { return nil }
    let outlet = words[k + 1].text
    guard outlet.first?.isUppercase == true else { return nil }
    var end = words[k + 2].end
    if k + 3 < words.count, words[k + 3].text == "-" { end = words[k + 3].end }
    return (place.joined(separator: " "), outlet, end)
  }
}

// MARK: - Repeats

/// The block texts of an article seen so far, for finding verbatim repeats.
///
/// While every text is ASCII, `String` equality is byte equality, so texts are kept in a list
/// with their byte lengths and compared only with earlier texts as long: no hash of the whole
/// text (hashing every block was 2% of extraction), and one array for an article, not a
/// dictionary of arrays by length (1,500 instructions an insert). The first non-ASCII text
/// (where `String` equality is canonical equivalence, "é" as one scalar or two) moves
/// everything into a `Set<String>`, so answers are exactly those of a `Set<String>` throughout.
/// So does a ``listLimit``-th text (a long article, or a table of same-width rows), which would
/// otherwise be compared with all the others: quadratic in the blocks.
struct SeenTexts {
  /// How many texts are kept in the list before the set takes over.
  static let listLimit = 64
  private var list: [(length: Int, text: String)] = []
  private var set: Set<String>? = nil

  /// Room for `capacity` texts in the list (the article's block count) before it grows.
  init(capacity: Int = 0) {
    list.reserveCapacity(min(capacity, Self.listLimit))
  }

  /// Adds `text`; returns whether it was new (as `Set.insert(_:).inserted`).
  mutating func insert(_ text: String) -> Bool {
    if set == nil, !ASCIIBytes.isASCII(text) { moveToSet() }
    if set != nil { return set!.insert(text).inserted }
    let length = text.utf8.count
    for seen in list where seen.length == length && seen.text == text { return false }
    if list.count + 1 >= Self.listLimit {
      moveToSet()
      return set!.insert(text).inserted
    }
    list.append((length, text))
    return true
  }

  private mutating func moveToSet() {
    set = Set(list.map(\.text))
    list = []
  }
}
