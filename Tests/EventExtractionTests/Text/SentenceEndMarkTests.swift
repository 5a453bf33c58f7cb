import Testing

@testable import EventExtraction

/// ``SentenceSplitter/nextEndMark(_:from:)`` finds the first `.`, `!` or `?` from an offset as
/// a byte loop does, wherever it falls in an eight-byte word and whatever bytes surround it.
@Suite struct SentenceEndMarkTests {
  /// The byte loop the word-at-a-time search replaced.
  static func reference(_ bytes: [UInt8], from start: Int) -> Int {
    bytes[start...].firstIndex { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F } ?? bytes.count
  }

  @Test(arguments: [
    ("", 0, 0), ("no mark here at all, none", 0, 25), ("Hi.", 0, 2), ("Hi. Yes!", 3, 7),
    ("abcdefg.", 0, 7), ("abcdefgh.", 0, 8), ("abcdefghijklmno?", 0, 15),
    ("Aleppo, Syria — 12 killed! Then?", 0, 27), ("Aleppo, Syria — 12 killed! Then?", 28, 33),
    ("\u{00AE}\u{00A1}\u{00BF}\u{2E2E} then.", 0, 14), ("...", 1, 1), ("a!b?c.d", 2, 3),
  ])
  func findsTheFirstMark(text: String, from: Int, index: Int) {
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer { SentenceSplitter.nextEndMark($0, from: from) }
    #expect(found == index)
    #expect(found == Self.reference(bytes, from: from))
  }

  /// Every single mark at every position of a 24-byte run of each filler byte.
  @Test(arguments: [0x20, 0x2D, 0x2F, 0x3E, 0x40, 0x61, 0xAE, 0xBF, 0xFF] as [UInt8])
  func findsAMarkAtEveryPosition(filler: UInt8) {
    for mark in [0x2E, 0x21, 0x3F] as [UInt8] {
      for position in 0..<24 {
        var bytes = [UInt8](repeating: filler, count: 24)
        bytes[position] = mark
        for from in [0, position / 2, position] {
          let found = bytes.withUnsafeBufferPointer {
            SentenceSplitter.nextEndMark($0, from: from)
          }
          #expect(found == position)
        }
        let after = bytes.withUnsafeBufferPointer {
          SentenceSplitter.nextEndMark($0, from: position + 1)
        }
        #expect(after == 24)
      }
    }
  }
}
