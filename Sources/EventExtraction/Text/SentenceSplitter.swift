import Foundation

/// Splits an article into normalised ``Sentence``s that keep their original offsets.
///
/// Blocks (paragraphs, headline and caption lines) always end a sentence. Inside a block a
/// sentence ends at `.`, `!` or `?` followed by a space and a capital, digit or quote — except
/// after titles and abbreviations ("Gov.", "Dr.", "Lt.-Gen."), initials ("J. Smith") and dotted
/// acronyms ("U.N.", "U.S."); decimals ("2.5") never split because no space follows the point.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// Splits a whole article.
  ///
  /// - Parameter text: the article text as loaded.
  /// - Returns: its sentences in reading order.
  public func sentences(in text: String) -> [Sentence] {
    let bytes = Array(text.utf8)
    return TextBlock.blocks(in: bytes).flatMap { sentences(in: $0, bytes: bytes) }
  }

  /// Splits one block of an article.
  ///
  /// - Parameters:
  ///   - block: a block from ``TextBlock/blocks(in:)``.
  ///   - bytes: the article's UTF-8 bytes.
  /// - Returns: the block's sentences.
  public func sentences(in block: TextBlock, bytes: [UInt8]) -> [Sentence] {
    sentences(
      in: TextNormalizer.normalize(bytes, range: block.span.start..<block.span.end), bytes: bytes)
  }

  /// Splits a block already normalised (see ``TextNormalizer``).
  func sentences(in normalized: NormalizedText, bytes: [UInt8]) -> [Sentence] {
    // The block's own bytes, not a copy.
    var text = normalized.text
    return text.withUTF8 { t in
      var result: [Sentence] = []
      var start = 0
      var ends = boundaries(t)
      ends.append(t.count)
      for end in ends where end > start {
        var lo = start
        var hi = end
        while lo < hi, t[lo] == 0x20 { lo += 1 }
        while hi > lo, t[hi - 1] == 0x20 { hi -= 1 }
        start = end
        guard lo < hi else { continue }
        result.append(makeSentence(t, normalized.offsets, lo, hi, bytes: bytes))
      }
      return result
    }
  }

  private func makeSentence(
    _ t: UnsafeBufferPointer<UInt8>, _ offsets: [Int], _ lo: Int, _ hi: Int, bytes: [UInt8]
  ) -> Sentence {
    // The end entry is the original offset just past the sentence's last byte.
    let end = offsets[hi - 1] + TextNormalizer.originalWidth(bytes, at: offsets[hi - 1])
    let span = TextSpan(start: offsets[lo], end: end)
    // Most sentences are their original bytes: check in place, copy the offsets only if not.
    // Offsets consecutive from the start, then the bytes compared as memory (unchecked reads:
    // the indexed loop over both arrays was a tenth of the splitting).
    var identical = span.length == hi - lo
    if identical {
      identical = offsets.withUnsafeBufferPointer { o in
        for k in 0..<(hi - lo) where o[lo + k] != span.start + k { return false }
        return bytes.withUnsafeBufferPointer { b in
          memcmp(b.baseAddress! + span.start, t.baseAddress! + lo, hi - lo) == 0
        }
      }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: t[lo..<hi]), as: UTF8.self)
    guard !identical else { return Sentence(text: text, span: span) }
    var local = Array(offsets[lo...hi])
    local[local.count - 1] = end
    return Sentence(text: text, span: span, offsets: local)
  }

  /// Byte offsets in `t` just past each sentence-final punctuation (and closing quotes).
  func boundaries(_ t: UnsafeBufferPointer<UInt8>) -> [Int] {
    var result: [Int] = []
    var i = 0
    while true {
      i = Self.nextEndMark(t, from: i)
      guard i < t.count else { break }
      let c = t[i]
      var j = i + 1
      while j < t.count, t[j] == 0x22 || t[j] == 0x27 || t[j] == 0x29 { j += 1 }
      guard j + 1 < t.count, t[j] == 0x20, startsSentence(t[j + 1]) else {
        i = j
        continue
      }
      if c == 0x2E, !endsSentence(t, periodAt: i) {
        i = j
        continue
      }
      result.append(j)
      i = j
    }
    return result
  }

  /// The index of the first `.`, `!` or `?` in `t` from `start` on, or `t.count`.
  ///
  /// Eight bytes at a time (a byte loop with three compares a byte was most of the splitting),
  /// with ``ASCIIBytes/bytesEqual(_:_:)``: the lowest byte flagged for any of the three marks is
  /// the first mark.
  static func nextEndMark(_ t: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    if let base = UnsafeRawPointer(t.baseAddress) {
      while i + 8 <= t.count {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let m =
          ASCIIBytes.bytesEqual(w, 0x2E) | ASCIIBytes.bytesEqual(w, 0x21)
          | ASCIIBytes.bytesEqual(w, 0x3F)
        if m != 0 { return i + m.trailingZeroBitCount / 8 }
        i += 8
      }
    }
    while i < t.count {
      let c = t[i]
      if c == 0x2E || c == 0x21 || c == 0x3F { return i }
      i += 1
    }
    return t.count
  }

  private func startsSentence(_ b: UInt8) -> Bool {
    ASCIIBytes.isCapital(b) || (0x30...0x39).contains(b) || b == 0x22 || b == 0x27 || b == 0x28
      || b >= 0xC0
  }

  /// Whether the period at `i` ends a sentence, judged by the word before it.
  private func endsSentence(_ t: UnsafeBufferPointer<UInt8>, periodAt i: Int) -> Bool {
    var s = i
    while s > 0, isLetter(t[s - 1]) || t[s - 1] == 0x2E { s -= 1 }
    let word = t[s..<i]
    if word.isEmpty { return true }
    if word.contains(0x2E) { return false }  // U.N. / U.S. / a.m.
    if word.count == 1, let first = word.first, ASCIIBytes.isCapital(first) { return false }
    return !Self.abbreviations.contains(String(decoding: word, as: UTF8.self))
  }

  private func isLetter(_ b: UInt8) -> Bool {
    (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
  }

  /// Titles and abbreviations after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt",
    "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig", "Insp", "Supt", "Rev", "Fr", "Sr", "Jr", "St",
    "Mt", "Ft", "No", "Nos", "Vol", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "approx", "est",
    "Pres", "Amb", "Dept", "Govt", "Hon",
  ]
}
