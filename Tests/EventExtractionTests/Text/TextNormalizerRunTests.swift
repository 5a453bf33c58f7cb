import Testing

@testable import EventExtraction

/// The eight-byte copy of ``TextNormalizer/normalize(_:range:)`` writes what the byte path
/// writes: whitespace runs collapse to one space at the run's first offset, ends are trimmed.
@Suite struct TextNormalizerRunTests {
  /// ``TextNormalizer/isPlainRun(_:)`` byte by byte.
  static func isPlainRunByBytes(_ b: [UInt8]) -> Bool {
    b.allSatisfy { (0x20...0x7E).contains($0) }
      && !zip(b, b.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 } && b[7] != 0x20
  }

  @Test(arguments: [
    "abcdefgh", "ab cd ef", " abcdefg", "abc  def", "abcdefg ", "a b c d ", "ab\tcdefg",
    "abcdef~\u{7F}", "abcd\u{00E9}fg", "!\"#$%&'(", "a b c de", "        ", "x y z w ",
  ])
  func tellsPlainRuns(text: String) {
    let b = Array(text.utf8.prefix(8))
    let w = b.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    #expect(TextNormalizer.isPlainRun(w) == Self.isPlainRunByBytes(b))
  }

  /// Every byte value at every position of an otherwise plain word.
  @Test func tellsEveryByteAtEveryPosition() {
    for value in 0...255 {
      for position in 0..<8 {
        var b = Array("abcdefgh".utf8)
        b[position] = UInt8(value)
        let w = b.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(TextNormalizer.isPlainRun(w) == Self.isPlainRunByBytes(b))
      }
    }
  }

  /// ASCII text normalised by the rule stated above, byte by byte.
  static func reference(_ b: [UInt8]) -> (text: [UInt8], offsets: [Int]) {
    var text: [UInt8] = []
    var offsets: [Int] = []
    var pending = -1
    var lastEnd = 0
    for (i, c) in b.enumerated() {
      if [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains(c) {
        if pending < 0 { pending = i }
        continue
      }
      if pending >= 0, !text.isEmpty {
        text.append(0x20)
        offsets.append(pending)
      }
      pending = -1
      text.append(c)
      offsets.append(i)
      lastEnd = i + 1
    }
    return (text, offsets + [lastEnd])
  }

  /// Pseudo-random texts of words, single and double spaces, tabs and line breaks.
  @Test(arguments: 0..<40)
  func normalisesAsTheByteRuleSays(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    let pieces = ["a", "Aleppo", "killed", "400,", "U.N.", " ", "  ", "\t", "\n", "(AP)", "x"]
    var text = ""
    for _ in 0..<60 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += pieces[Int(state >> 33) % pieces.count]
    }
    let bytes = Array(text.utf8)
    let n = TextNormalizer.normalize(bytes, range: 0..<bytes.count)
    let expected = Self.reference(bytes)
    #expect(Array(n.text.utf8) == expected.text)
    #expect(n.offsets == expected.offsets)
  }
}
