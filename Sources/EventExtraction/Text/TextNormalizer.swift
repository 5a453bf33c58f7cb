/// Normalised text with, for every byte, the offset in the original text it came from.
public struct NormalizedText: Sendable, Hashable {
  /// The text on one line: plain single spaces, straight quotes, ASCII hyphens.
  public var text: String
  /// `offsets[i]` is the original offset of byte `i` of `text`; one extra entry for the end.
  public var offsets: [Int]

  public init(text: String, offsets: [Int]) {
    self.text = text
    self.offsets = offsets
  }
}

/// Rewrites a slice of an article into the plain form the extraction rules match on.
///
/// Line breaks, tabs, non-breaking and thin spaces become one space (runs collapse, ends are
/// trimmed); curly quotes become straight ones; en and em dashes and the minus sign become `-`.
/// Every output byte keeps the original offset it came from, so evidence can be reported in the
/// article's own offsets.
public enum TextNormalizer {
  /// Normalises `bytes[range]` of an article.
  ///
  /// - Parameters:
  ///   - bytes: the article's UTF-8 bytes.
  ///   - range: the byte range to normalise.
  /// - Returns: the normalised text and its offset map into `bytes`.
  public static func normalize(_ bytes: [UInt8], range: Range<Int>) -> NormalizedText {
    // The runs of visible ASCII below are read unchecked: the range must lie in the bytes, as
    // checked subscripts would have required of every byte.
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the bytes")
    // The output is never longer than the input: write the text and its offsets in place, no
    // appends. The text is written straight into the `String` (a byte array decoded into one
    // afterwards was a second allocation and copy of every block).
    var offsets: [Int] = []
    let text = String(unsafeUninitializedCapacity: range.count) { out in
      var outCount = 0
      offsets = [Int](unsafeUninitializedCapacity: range.count + 1) { offsets, offsetCount in
        var n = 0
        var pendingSpace = -1  // original offset of a whitespace run not yet written, or -1
        var lastEnd = range.lowerBound  // original offset just past the last written character
        @inline(__always) func put(_ b: UInt8, from at: Int) {
          if pendingSpace >= 0 {
            if n > 0 {  // leading whitespace is trimmed
              out[n] = 0x20
              offsets[n] = pendingSpace
              n += 1
            }
            pendingSpace = -1
          }
          out[n] = b
          offsets[n] = at
          n += 1
        }
        var i = range.lowerBound
        while i < range.upperBound {
          // Visible ASCII (most bytes) is kept as it is, as ``classify`` says, without the call.
          let c = bytes[i]
          if c > 0x20 && c < 0x7F {
            put(c, from: i)
            i += 1
            // The rest of the run of visible ASCII, read unchecked: no space can be pending.
            bytes.withUnsafeBufferPointer { b in
              // Eight bytes at a time while they are visible ASCII and lone spaces between
              // visible bytes (``isPlainRun(_:)``): such a space is written as itself from its
              // own offset, as the pending-space path would write it. The output never outruns
              // the input, so eight bytes fit wherever eight were read.
              if let from = b.baseAddress, let to = out.baseAddress {
                while i + 8 <= range.upperBound {
                  let w = UnsafeRawPointer(from).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                  guard Self.isPlainRun(w) else { break }
                  UnsafeMutableRawPointer(to + n).storeBytes(of: w, as: UInt64.self)
                  for k in 0..<8 { offsets[n + k] = i + k }
                  n += 8
                  i += 8
                }
              }
              while i < range.upperBound, b[i] > 0x20, b[i] < 0x7F {
                out[n] = b[i]
                offsets[n] = i
                n += 1
                i += 1
              }
            }
            lastEnd = i
            continue
          }
          // A plain space (one a word) only starts or extends a pending run, as ``classify``
          // says, without the call.
          if c == 0x20 {
            if pendingSpace < 0 { pendingSpace = i }
            i += 1
            continue
          }
          let (replacement, width) = classify(bytes, at: i, limit: range.upperBound)
          switch replacement {
          case .space:
            if pendingSpace < 0 { pendingSpace = i }
          case .byte(let b):
            put(b, from: i)
            lastEnd = i + width
          case .keep:
            for k in 0..<width { put(bytes[i + k], from: i + k) }
            lastEnd = i + width
          }
          i += width
        }
        offsets[n] = lastEnd
        offsetCount = n + 1
        outCount = n
      }
      return outCount
    }
    return NormalizedText(text: text, offsets: offsets)
  }

  /// Whether the eight bytes of `w` (in memory order) are copied as they are after a visible
  /// byte: each is visible ASCII or a space, no two spaces are adjacent (a run collapses) and
  /// the last is no space (it may be trailing, or the first of a run).
  ///
  /// A high bit of `(w - 0x20…) & ~w & 0x80…` flags a byte below 0x20 (exact as to whether
  /// there is one), and of `(w + 0x01…) | w` a byte above 0x7E; the spaces are flagged exactly,
  /// by the bytes of `w ^ 0x20…` that are zero.
  @inline(__always)
  static func isPlainRun(_ w: UInt64) -> Bool {
    let (ones, highs) = (ASCIIBytes.ones, ASCIIBytes.highs)
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let below = (w &- 0x20 &* ones) & ~w & highs
    let above = ((w &+ ones) | w) & highs
    guard below | above == 0 else { return false }
    let x = w ^ (0x20 &* ones)
    let spaces = ~(((x & lows) &+ lows) | x | lows)
    return spaces & (spaces >> 8) == 0 && spaces >> 63 == 0
  }

  /// Normalises a whole string (convenience for tests and small inputs).
  public static func normalize(_ text: String) -> NormalizedText {
    let bytes = Array(text.utf8)
    return normalize(bytes, range: 0..<bytes.count)
  }

  private enum Replacement {
    case space
    case byte(UInt8)
    case keep
  }

  /// What the character at `i` becomes, and how many bytes it spans.
  private static func classify(_ b: [UInt8], at i: Int, limit: Int) -> (Replacement, Int) {
    let c = b[i]
    switch c {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return (.space, 1)
    case 0xC2 where i + 1 < limit && b[i + 1] == 0xA0: return (.space, 2)  // NBSP
    case 0xE2 where i + 2 < limit && b[i + 1] == 0x80:
      switch b[i + 2] {
      case 0x80...0x8B, 0xAF: return (.space, 3)  // en quad ... zero-width space, NNBSP
      case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return (.byte(0x2D), 3)  // hyphens, dashes
      case 0x98, 0x99, 0x9A, 0x9B: return (.byte(0x27), 3)  // single quotes
      case 0x9C, 0x9D, 0x9E, 0x9F: return (.byte(0x22), 3)  // double quotes
      case 0xA8, 0xA9: return (.space, 3)  // line and paragraph separators
      default: return (.keep, 3)
      }
    case 0xE2 where i + 2 < limit && b[i + 1] == 0x88 && b[i + 2] == 0x92:
      return (.byte(0x2D), 3)  // minus sign
    case 0xE3 where i + 2 < limit && b[i + 1] == 0x80 && b[i + 2] == 0x80:
      return (.space, 3)  // ideographic space
    default:
      return (.keep, utf8Width(c, remaining: limit - i))
    }
  }

  /// The byte width of the UTF-8 character starting at `offset` in `bytes`.
  static func originalWidth(_ bytes: [UInt8], at offset: Int) -> Int {
    utf8Width(bytes[offset], remaining: bytes.count - offset)
  }

  static func utf8Width(_ lead: UInt8, remaining: Int) -> Int {
    let w: Int
    switch lead {
    case 0..<0xC0: w = 1
    case 0xC0..<0xE0: w = 2
    case 0xE0..<0xF0: w = 3
    default: w = 4
    }
    return min(w, max(remaining, 1))
  }
}
