import Testing

@testable import EventExtraction

/// ``ASCIIBytes``: the shared byte helpers, with exact values.
@Suite struct ASCIIBytesTests {
  @Test(arguments: [
    (UInt8(0x41), true), (0x5A, true), (0x4D, true), (0x40, false), (0x5B, false),
    (0x61, false), (0x7A, false), (0x30, false), (0x00, false), (0xC3, false), (0xFF, false),
  ])
  func tellsCapitals(_ byte: UInt8, _ expected: Bool) {
    #expect(ASCIIBytes.isCapital(byte) == expected)
  }

  @Test(arguments: [
    (UInt8(0x41), UInt8(0x61)), (0x5A, 0x7A), (0x40, 0x40), (0x5B, 0x5B), (0x61, 0x61),
    (0x2D, 0x2D), (0xC3, 0xC3), (0x89, 0x89),
  ])
  func lowersOnlyCapitals(_ byte: UInt8, _ expected: UInt8) {
    #expect(ASCIIBytes.lowered(byte) == expected)
  }

  @Test(arguments: [
    ("", true), ("plain ASCII, eight+ bytes", true), ("caf\u{E9}", false),
    ("0123456\u{E9}", false), ("01234567\u{E9}", false), ("\u{1F600} at the start", false),
    ("\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}", true),
  ])
  func tellsASCIIText(_ text: String, _ expected: Bool) {
    #expect(ASCIIBytes.isASCII(text) == expected)
    var copy = text
    #expect(copy.withUTF8 { ASCIIBytes.isASCII($0) } == expected)
  }

  @Test(arguments: [
    ("Aleppo", "aleppo"), ("U.N. SAYS", "u.n. says"), ("already low", "already low"),
    ("K\u{E9}TOU \u{C9}t\u{E9}", "k\u{E9}tou \u{C9}t\u{E9}"), ("", ""), ("@[`{", "@[`{"),
  ])
  func lowerCasesASCIIOnly(_ text: String, _ expected: String) {
    let lower = ASCIIBytes.lowercased(text)
    #expect(lower == expected)
    #expect(Array(lower.utf8).count == Array(text.utf8).count)
  }

  @Test(arguments: [
    ("Syria Strikes Kill 400", 6..<13, "Strikes", "strikes"),
    ("al-Sakhour, Idlib", 0..<10, "al-Sakhour", "al-sakhour"),
    ("Kétou NORTH", 0..<6, "Kétou", "kétou"),
    ("abc", 1..<1, "", ""),
  ])
  func makesStringsFromByteRanges(
    _ text: String, _ range: Range<Int>, _ expected: String, _ expectedLower: String
  ) {
    var copy = text
    copy.withUTF8 { t in
      #expect(ASCIIBytes.string(t, range) == expected)
      #expect(ASCIIBytes.lowercased(t, range) == expectedLower)
    }
  }

  @Test(arguments: [
    ("a\tb\tc\n", UInt8(0x09), 0, 6, 1 as Int?),
    ("a\tb\tc\n", 0x09, 2, 6, 3),
    ("a\tb\tc\n", 0x09, 4, 6, nil),
    ("a\tb\tc\n", 0x0A, 0, 5, nil),
    ("a\tb\tc\n", 0x0A, 0, 6, 5),
    ("a\tb\tc\n", 0x61, 3, 3, nil),
    ("", 0x61, 0, 0, nil),
  ])
  func findsAByteInARange(_ text: String, _ byte: UInt8, _ from: Int, _ to: Int, _ expected: Int?) {
    var copy = text
    let found = copy.withUTF8 { ASCIIBytes.firstIndex(of: byte, in: $0, from: from, to: to) }
    #expect(found == expected)
  }

  @Test(arguments: [
    ("line one\r\nline two", UInt8(0x0D), true), ("line one\nline two", 0x0D, false),
    ("", 0x0D, false), ("caf\u{E9}", 0xA9, true),
  ])
  func tellsWhetherTextContainsAByte(_ text: String, _ byte: UInt8, _ expected: Bool) {
    #expect(ASCIIBytes.contains(byte, in: text) == expected)
  }

  @Test(arguments: [
    ("plain text, no specials at all", true, true, 30),
    ("0123456789ab\"quote", true, false, 12), ("0123456789ab\"quote", false, true, 18),
    ("tab\tthen \\ backslash", false, false, 9), ("tab\tthen \\ backslash", false, true, 3),
    ("seventeen bytes..\u{1F}", true, true, 17), ("", true, true, 0),
  ])
  func findsTheFirstJSONSpecialByte(_ text: String, _ quote: Bool, _ control: Bool, _ at: Int) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { b in
      #expect(ASCIIBytes.firstJSONSpecial(in: b, from: 0, quote: quote, control: control) == at)
      // From every start too, so each byte is tried at each place in an 8-byte word, against
      // a byte-by-byte search.
      for start in 0...b.count {
        let expected =
          b[start...].firstIndex { $0 == 0x5C || (quote && $0 == 0x22) || (control && $0 < 0x20) }
          ?? b.count
        #expect(
          ASCIIBytes.firstJSONSpecial(in: b, from: start, quote: quote, control: control)
            == expected)
      }
    }
  }
}
