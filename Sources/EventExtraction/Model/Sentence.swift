/// One sentence of an article, normalised for matching, that still knows where it came from.
///
/// `text` is the sentence on one line with plain spaces, straight quotes and ASCII hyphens
/// (hard wraps, non-breaking spaces, curly quotes and dashes normalised). Rules match on `text`
/// and report sentence-local byte offsets; ``originalSpan(_:)`` maps them back to the article.
public struct Sentence: Sendable, Hashable {
  public var text: String
  /// Where the sentence lies in the original article text.
  public var span: TextSpan
  /// For each byte of `text` (and one past the end), its offset in the original article text.
  /// Empty when `text` is byte-for-byte the original slice.
  public var offsets: [Int]

  public init(text: String, span: TextSpan, offsets: [Int] = []) {
    self.text = text
    self.span = span
    self.offsets = offsets
  }

  /// Maps a span of byte offsets in `text` to the original article text.
  public func originalSpan(_ local: TextSpan) -> TextSpan {
    guard !offsets.isEmpty else {
      return TextSpan(start: span.start + local.start, end: span.start + local.end)
    }
    let lo = offsets[min(max(local.start, 0), offsets.count - 1)]
    // The end maps through the last byte inside the span, so trailing normalised bytes do not
    // stretch it; +1 past that byte's original position (multi-byte originals end later).
    let lastInside = max(local.start, local.end - 1)
    let endIndex = min(max(lastInside + 1, 0), offsets.count - 1)
    return TextSpan(start: lo, end: max(lo, offsets[endIndex]))
  }
}
