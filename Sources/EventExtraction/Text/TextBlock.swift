import Foundation

/// A run of article lines read as one unit: a paragraph, or a headline, caption or heading line.
///
/// Hard-wrapped lines of one paragraph are joined into one block; a blank line, or a line that
/// cannot continue the one before (a headline without a final period followed by a capitalised
/// line), starts a new block.
public struct TextBlock: Sendable, Hashable {
  /// The block's original extent (trimmed of surrounding whitespace).
  public var span: TextSpan
  /// The original spans of the lines joined into this block.
  public var lines: [TextSpan]
  /// Whether a blank line (or the start of the text) comes before this block.
  public var startsParagraph: Bool

  public init(span: TextSpan, lines: [TextSpan], startsParagraph: Bool) {
    self.span = span
    self.lines = lines
    self.startsParagraph = startsParagraph
  }

  /// Splits an article into blocks.
  ///
  /// - Parameter bytes: the article's UTF-8 bytes.
  /// - Returns: the blocks in reading order; blank lines yield none.
  public static func blocks(in bytes: [UInt8]) -> [TextBlock] {
    var result: [TextBlock] = []
    var current: [TextSpan] = []
    var sawBlank = true
    var currentStarts = true

    func close() {
      guard let first = current.first, let last = current.last else { return }
      result.append(
        TextBlock(
          span: TextSpan(start: first.start, end: last.end), lines: current,
          startsParagraph: currentStarts))
      current = []
    }

    for line in lineSpans(bytes) {
      guard let line else {
        close()
        sawBlank = true
        continue
      }
      if let previous = current.last, !sawBlank, continues(previous, with: line, in: bytes) {
        current.append(line)
      } else {
        close()
        current = [line]
        currentStarts = sawBlank
      }
      sawBlank = false
    }
    close()
    return result
  }

  /// Trimmed line spans; nil for a blank line.
  static func lineSpans(_ bytes: [UInt8]) -> [TextSpan?] {
    var spans: [TextSpan?] = []
    bytes.withUnsafeBufferPointer { b in
      var start = 0
      while start <= b.count {
        // The next newline by `memchr` (a byte loop with bounds checks cost several times more).
        let end = ASCIIBytes.firstIndex(of: 0x0A, in: b, from: start, to: b.count) ?? b.count
        var lo = start
        var hi = end
        while lo < hi, isBlank(b[lo]) { lo += 1 }
        while hi > lo, isBlank(b[hi - 1]) { hi -= 1 }
        if end < b.count || lo < hi {
          spans.append(lo < hi ? TextSpan(start: lo, end: hi) : nil)
        }
        start = end + 1
      }
    }
    return spans
  }

  private static func isBlank(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0D
  }

  /// Whether `next` is a hard-wrapped continuation of `line`.
  static func continues(_ line: TextSpan, with next: TextSpan, in bytes: [UInt8]) -> Bool {
    var last = bytes[line.end - 1]
    if last == 0x22 || last == 0x27 || last == 0x29, line.length > 1 {
      last = bytes[line.end - 2]
    }
    if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A { return false }
    let first = bytes[next.start]
    if (0x61...0x7A).contains(first) || (0x30...0x39).contains(first) { return true }
    // A capitalised next line continues only a long line (a wrapped paragraph), and never when
    // it repeats the line's opening (a cut-off copy followed by the full line).
    guard line.length >= 60 else { return false }
    let probe = min(20, line.length, next.length)
    return !bytes[line.start..<(line.start + probe)].elementsEqual(
      bytes[next.start..<(next.start + probe)])
  }
}
