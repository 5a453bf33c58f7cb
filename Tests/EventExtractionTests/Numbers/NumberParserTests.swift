import Testing

@testable import EventExtraction

/// Numbers in digits, words and vague words, read at a byte offset.
@Suite struct NumberParserTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let offset: Int
    /// value, the parsed text, vague; nil when nothing parses.
    let expected: (value: Int, text: String, vague: Bool)?
    var testDescription: String { "'\(text)' at \(offset)" }

    init(_ text: String, at offset: Int = 0, _ expected: (Int, String, Bool)?) {
      self.text = text
      self.offset = offset
      self.expected = expected
    }
  }

  static let cases: [Case] = [
    Case("five people", (5, "five", false)),
    Case("two hundred civilians", (200, "two hundred", false)),
    Case("two hundred and fifty civilians", (250, "two hundred and fifty", false)),
    Case("1,200 on Tuesday", (1200, "1,200", false)),
    Case("2 million people", (2_000_000, "2 million", false)),
    Case("2.5 million people", (2_500_000, "2.5 million", false)),
    Case("a dozen soldiers", (12, "a dozen", false)),
    Case("two dozen soldiers", (24, "two dozen", false)),
    Case("dozens of people", (12, "dozens", true)),
    Case("tens of thousands of people", (10_000, "tens of thousands", true)),
    Case("scores were hurt", (20, "scores", true)),
    Case("hundreds of civilians", (100, "hundreds", true)),
    Case("several soldiers", (3, "several", true)),
    Case("a few civilians", (3, "a few", true)),
    Case("many villagers", (3, "many", true)),
    Case("12 killed", (12, "12", false)),
    Case("twenty-three people", (23, "twenty-three", false)),
    Case("one person", (1, "one", false)),
    Case("a thousand people", (1000, "a thousand", false)),
    Case("killing at least five people", at: 17, (5, "five", false)),
    Case("killing at least five people", at: 8, nil),
    Case("a soldier", nil),
    Case("the village", nil),
  ]

  @Test(arguments: cases) func parsesNumbers(_ c: Case) {
    let parsed = NumberParser.parse(c.text, at: c.offset)
    guard let expected = c.expected else {
      #expect(parsed == nil)
      return
    }
    #expect(parsed?.value == expected.value)
    #expect(parsed.map { $0.span.slice(of: c.text) } == expected.text)
    #expect(parsed?.isVague == expected.vague)
  }

  @Test func spansAreByteOffsetsIntoTheText() {
    let text = "Über 1,200 Menschen"
    let parsed = NumberParser.parse(text, at: 6)
    #expect(parsed == ParsedNumber(value: 1200, span: TextSpan(start: 6, end: 11), isVague: false))
  }
}
